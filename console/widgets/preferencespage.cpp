#include "preferencespage.h"

#include "preferences.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw {

PreferencesPage::PreferencesPage(Preferences *preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
{
    setObjectName(u"preferencesPage"_s);
    auto *v = new QVBoxLayout(this);
    m_alertsBox = new QGroupBox(this);
    auto *av = new QVBoxLayout(m_alertsBox);
    m_alerts = new QButtonGroup(this);
    m_everyone = new QRadioButton(m_alertsBox);
    m_verified = new QRadioButton(m_alertsBox);
    m_none = new QRadioButton(m_alertsBox);
    m_alerts->addButton(m_everyone, int(ArrivalAlerts::Everyone));
    m_alerts->addButton(m_verified, int(ArrivalAlerts::VerifiedOnly));
    m_alerts->addButton(m_none, int(ArrivalAlerts::None));
    av->addWidget(m_everyone);
    av->addWidget(m_verified);
    av->addWidget(m_none);
    m_helpNote = new QLabel(m_alertsBox);
    m_helpNote->setTextFormat(Qt::PlainText);
    m_helpNote->setWordWrap(true);
    av->addWidget(m_helpNote);
    m_sound = new QCheckBox(m_alertsBox);
    av->addWidget(m_sound);
    v->addWidget(m_alertsBox);

    m_languageBox = new QGroupBox(this);
    auto *lv = new QHBoxLayout(m_languageBox);
    m_language = new QComboBox(m_languageBox);
    m_language->setObjectName(u"languageBox"_s);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    lv->addWidget(m_language);
    lv->addStretch();
    v->addWidget(m_languageBox);

    m_repliesBox = new QGroupBox(this);
    auto *rh = new QHBoxLayout(m_repliesBox);
    m_replies = new QListWidget(m_repliesBox);
    m_replies->setObjectName(u"cannedRepliesList"_s);
    m_replies->setEditTriggers(QAbstractItemView::DoubleClicked |
                               QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    rh->addWidget(m_replies, 1);
    auto *rb = new QVBoxLayout;
    m_add = new QPushButton(m_repliesBox);
    m_remove = new QPushButton(m_repliesBox);
    m_up = new QPushButton(m_repliesBox);
    m_down = new QPushButton(m_repliesBox);
    m_defaults = new QPushButton(m_repliesBox);
    for (QPushButton *b : { m_add, m_remove, m_up, m_down, m_defaults })
        rb->addWidget(b);
    rb->addStretch();
    rh->addLayout(rb);
    v->addWidget(m_repliesBox, 1);

    auto addItem = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_replies);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        return item;
    };
    connect(m_add, &QPushButton::clicked, this, [this, addItem] {
        if (m_replies->count() >= Preferences::MaxCannedReplies)
            return;
        QListWidgetItem *item = addItem(tr("New reply"));
        m_replies->setCurrentItem(item);
        m_replies->editItem(item);
        updateButtons();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_replies->currentItem();
        updateButtons();
    });
    auto move = [this](int delta) {
        const int row = m_replies->currentRow();
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= m_replies->count())
            return;
        QListWidgetItem *item = m_replies->takeItem(row);
        m_replies->insertItem(to, item);
        m_replies->setCurrentRow(to);
    };
    connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_defaults, &QPushButton::clicked, this, [this, addItem] {
        m_replies->clear();
        for (const QString &r : Preferences::defaultCannedReplies())
            addItem(r);
        updateButtons();
    });
    connect(m_replies, &QListWidget::currentRowChanged, this, &PreferencesPage::updateButtons);
    retranslate();
    load();
}

void PreferencesPage::load()
{
    if (QAbstractButton *b = m_alerts->button(int(m_preferences->arrivalAlerts())))
        b->setChecked(true);
    m_sound->setChecked(m_preferences->sound());
    const int lang = m_language->findData(m_preferences->language());
    m_language->setCurrentIndex(lang < 0 ? 0 : lang);
    m_replies->clear();
    for (const QString &r : m_preferences->cannedReplies()) {
        auto *item = new QListWidgetItem(r, m_replies);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

void PreferencesPage::save()
{
    m_preferences->setArrivalAlerts(ArrivalAlerts(m_alerts->checkedId()));
    m_preferences->setSound(m_sound->isChecked());
    QStringList replies;
    for (int i = 0; i < m_replies->count(); ++i)
        replies << m_replies->item(i)->text();
    m_preferences->setCannedReplies(replies);
    m_preferences->setLanguage(m_language->currentData().toString());
}

QRadioButton *PreferencesPage::alertButton(int mode) const
{
    return qobject_cast<QRadioButton *>(m_alerts->button(mode));
}

void PreferencesPage::focusReplies()
{
    m_replies->setFocus(Qt::OtherFocusReason);
}

void PreferencesPage::updateButtons()
{
    const int row = m_replies->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_replies->count() - 1);
    m_add->setEnabled(m_replies->count() < Preferences::MaxCannedReplies);
}

void PreferencesPage::retranslate()
{
    m_alertsBox->setTitle(tr("Alerts"));
    m_everyone->setText(tr("Alert me when &any visitor arrives"));
    m_verified->setText(tr("Alert me only for &verified customers"));
    m_none->setText(tr("&No arrival alerts"));
    m_helpNote->setText(tr("Help requests and messages from visitors always alert you."));
    m_sound->setText(tr("Play a &sound with alerts"));
    m_languageBox->setTitle(tr("Language"));
    const QString current = m_language->currentData().toString();
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    // Each language in its own words, so anyone can find theirs.
    m_language->addItem(u"한국어"_s, u"ko"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    const int i = m_language->findData(current);
    m_language->setCurrentIndex(i < 0 ? 0 : i);
    m_language->setAccessibleName(tr("Language"));
    m_repliesBox->setTitle(tr("Canned replies (Alt+1 … Alt+9 in the chat)"));
    m_replies->setAccessibleName(tr("Canned replies"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move do&wn"));
    m_defaults->setText(tr("Restore de&faults"));
}

void PreferencesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace fw
