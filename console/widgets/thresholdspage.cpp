#include "thresholdspage.h"

#include "displayformat.h"
#include "plainlabel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
void setErrorColour(QLabel *l)
{
    QPalette pal = l->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    l->setPalette(pal);
}
} // namespace

ThresholdsPage::ThresholdsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"thresholdsPage"_s);
    auto *v = new QVBoxLayout(this);
    m_intro = new PlainLabel(this);
    m_intro->setWordWrap(true);
    v->addWidget(m_intro);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *grid = new QGridLayout(inner);
    grid->setColumnStretch(0, 1);
    int gridRow = 0;
    for (const ThresholdSpec &spec : thresholdSpecs()) {
        Row r;
        r.label = new PlainLabel(inner);
        r.label->setWordWrap(true);
        r.rule = new PlainLabel(inner);
        r.spin = new QSpinBox(inner);
        r.spin->setObjectName(QLatin1String(spec.name));
        r.spin->setRange(spec.min, spec.max);
        r.spin->setValue(spec.defaultValue);
        r.spin->setKeyboardTracking(true);
        r.spin->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
        r.label->setBuddy(r.spin);
        r.range = new PlainLabel(inner);
        r.reset = new QToolButton(inner);
        r.reset->setAutoRaise(true);
        r.error = new PlainLabel(inner);
        r.error->setObjectName(QLatin1String(spec.name) + u"Error"_s);
        setErrorColour(r.error);
        r.error->hide();
        grid->addWidget(r.label, gridRow, 0);
        grid->addWidget(r.rule, gridRow, 1);
        grid->addWidget(r.spin, gridRow, 2);
        grid->addWidget(r.range, gridRow, 3);
        grid->addWidget(r.reset, gridRow, 4);
        grid->addWidget(r.error, gridRow + 1, 0, 1, 5);
        gridRow += 2;
        const int index = int(m_rows.size());
        connect(r.spin->findChild<QLineEdit *>(), &QLineEdit::textEdited, this,
                [this, index](const QString &text) { validate(index, text); });
        connect(r.spin, &QSpinBox::valueChanged, this,
                [this, index] { validate(index, m_rows.at(index).spin->text()); });
        connect(r.spin, &QSpinBox::editingFinished, this,
                [this, index] { validate(index, m_rows.at(index).spin->text()); });
        connect(r.reset, &QToolButton::clicked, this, [this, index] {
            const ThresholdSpec &s = thresholdSpecs()[std::size_t(index)];
            m_rows.at(index).spin->setValue(s.defaultValue);
            validate(index, m_rows.at(index).spin->text());
        });
        m_rows.append(r);
    }
    grid->setRowStretch(gridRow, 1);
    scroll->setWidget(inner);
    v->addWidget(scroll, 1);
    auto *bottom = new QHBoxLayout;
    m_updated = new PlainLabel(this);
    bottom->addWidget(m_updated, 1);
    m_defaults = new QPushButton(this);
    bottom->addWidget(m_defaults);
    v->addLayout(bottom);
    m_pageError = new PlainLabel(this);
    m_pageError->setObjectName(u"thresholdsError"_s);
    m_pageError->setWordWrap(true);
    setErrorColour(m_pageError);
    m_pageError->hide();
    v->addWidget(m_pageError);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_rows.size(); ++i) {
            m_rows.at(i).spin->setValue(thresholdSpecs()[std::size_t(i)].defaultValue);
            validate(i, m_rows.at(i).spin->text());
        }
    });
    retranslate();
    setEditable(false);
}

QString ThresholdsPage::unitSuffix(const ThresholdSpec &spec)
{
    const QLatin1String unit(spec.unit);
    if (unit == "s"_L1)
        return tr(" s", "seconds");
    if (unit == "ms"_L1)
        return tr(" ms", "milliseconds");
    if (unit == "px"_L1)
        return tr(" px", "pixels");
    if (unit == "moves"_L1)
        return tr(" moves");
    if (unit == "clicks"_L1)
        return tr(" clicks");
    return u" "_s + unit;
}

void ThresholdsPage::setThresholds(const Thresholds &values, const QString &updatedBy,
                                   qint64 updatedAt)
{
    m_server = values;
    m_updatedBy = updatedBy;
    m_updatedAt = updatedAt;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ThresholdSpec &s = thresholdSpecs()[std::size_t(i)];
        const QSignalBlocker block(m_rows.at(i).spin);
        m_rows.at(i).spin->setValue(values.value(s.key));
        validate(i, m_rows.at(i).spin->text());
    }
    retranslate();
}

void ThresholdsPage::thresholdsChangedElsewhere(const Thresholds &values, const QString &by)
{
    const Thresholds before = m_server;
    m_server = values;
    m_updatedBy = by;
    m_updatedAt = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ThresholdSpec &s = thresholdSpecs()[std::size_t(i)];
        QSpinBox *spin = m_rows.at(i).spin;
        if (spin->value() == before.value(s.key)) {
            const QSignalBlocker block(spin);
            spin->setValue(values.value(s.key));
        }
    }
    retranslate();
    m_updated->setText(tr("%1 changed the thresholds just now.").arg(by));
}

void ThresholdsPage::setEditable(bool editable)
{
    m_editable = editable;
    for (const Row &r : std::as_const(m_rows)) {
        r.spin->setReadOnly(!editable);
        r.spin->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows
                                          : QAbstractSpinBox::NoButtons);
        r.reset->setVisible(editable);
    }
    m_defaults->setVisible(editable);
    retranslate();
}

void ThresholdsPage::validate(int index, const QString &text)
{
    Row &r = m_rows[index];
    const ThresholdSpec &s = thresholdSpecs()[std::size_t(index)];
    QString digits = text;
    digits.remove(r.spin->suffix());
    bool ok = false;
    const int value = digits.trimmed().toInt(&ok);
    QString message;
    if (!ok)
        message = tr("Enter a whole number.");
    else if (value < s.min || value > s.max)
        message = tr("Must be between %1 and %2%3.").arg(s.min).arg(s.max).arg(unitSuffix(s));
    r.valid = message.isEmpty();
    r.error->setText(message);
    r.error->setVisible(!r.valid);
    r.reset->setEnabled(r.spin->value() != s.defaultValue);
    const bool all = isValid();
    if (all != m_lastValid) {
        m_lastValid = all;
        emit validityChanged(all);
    }
}

bool ThresholdsPage::isValid() const
{
    for (const Row &r : m_rows) {
        if (!r.valid)
            return false;
    }
    return true;
}

QJsonObject ThresholdsPage::changedValues() const
{
    QJsonObject changed;
    if (!m_editable)
        return changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ThresholdSpec &s = thresholdSpecs()[std::size_t(i)];
        const int v = m_rows.at(i).spin->value();
        if (v != m_server.value(s.key))
            changed.insert(QLatin1String(s.name), v);
    }
    return changed;
}

void ThresholdsPage::setError(const QString &message)
{
    m_pageError->setText(message);
    m_pageError->setVisible(!message.isEmpty());
}

QSpinBox *ThresholdsPage::spinBox(ThresholdKey key) const
{
    return m_rows.at(int(key)).spin;
}
QLabel *ThresholdsPage::errorLabel(ThresholdKey key) const
{
    return m_rows.at(int(key)).error;
}

void ThresholdsPage::retranslate()
{
    m_intro->setText(
            m_editable ? tr("These rules decide each visitor's behaviour state. A change "
                            "applies to every live visitor at once and every console sees it.")
                       : tr("Only an admin can change the behaviour thresholds. These are "
                            "the values the server uses now."));
    for (int i = 0; i < m_rows.size(); ++i) {
        const ThresholdSpec &s = thresholdSpecs()[std::size_t(i)];
        const Row &r = m_rows.at(i);
        r.label->setText(QCoreApplication::translate("Thresholds", s.label));
        r.rule->setText(QLatin1String(s.rule).startsWith(u'R') ? QLatin1String(s.rule) : QString());
        r.spin->setSuffix(unitSuffix(s));
        r.range->setText(tr("%1–%2, default %3").arg(s.min).arg(s.max).arg(s.defaultValue));
        r.reset->setText(tr("Default"));
        r.reset->setToolTip(tr("Reset to the default value"));
        r.spin->setAccessibleName(QCoreApplication::translate("Thresholds", s.label));
        r.spin->setAccessibleDescription(r.range->text());
    }
    m_defaults->setText(tr("Restore all &defaults"));
    if (!m_updatedBy.isEmpty())
        m_updated->setText(m_updatedAt > 0
                                   ? tr("Last changed by %1 at %2.")
                                             .arg(m_updatedBy, format::dateTime(m_updatedAt))
                                   : tr("Last changed by %1.").arg(m_updatedBy));
    else
        m_updated->setText(tr("No admin has changed them yet."));
}

void ThresholdsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace fw
