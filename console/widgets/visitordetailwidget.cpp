#include "visitordetailwidget.h"

#include "consolesession.h"
#include "displayformat.h"
#include "elidedlabel.h"
#include "evidencetext.h"
#include "plainlabel.h"
#include "statebadge.h"
#include "timelinedelegate.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
QTableView *timelineView(QAbstractItemModel *model, TimelineDelegate::Kind kind, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setModel(model);
    v->setItemDelegate(new TimelineDelegate(kind, v));
    v->verticalHeader()->hide();
    v->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() * 3 / 2 + 4);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setWordWrap(false);
    v->setShowGrid(false);
    v->setAlternatingRowColors(true);
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return v;
}
} // namespace

VisitorDetailWidget::VisitorDetailWidget(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new PlainLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(6, 6, 6, 0);
    auto *header = new QHBoxLayout;
    m_name = new ElidedLabel(page);
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_name->setFont(big);
    m_name->setObjectName(u"visitorName"_s);
    header->addWidget(m_name, 1);
    m_verified = new PlainLabel(page);
    header->addWidget(m_verified);
    m_badge = new StateBadge(page);
    header->addWidget(m_badge);
    m_claim = new QPushButton(page);
    m_claim->setObjectName(u"detailClaim"_s);
    m_chat = new QPushButton(page);
    m_chat->setObjectName(u"detailChat"_s);
    header->addWidget(m_claim);
    header->addWidget(m_chat);
    v->addLayout(header);
    m_evidence = new ElidedLabel(page);
    m_evidence->setObjectName(u"evidence"_s);
    v->addWidget(m_evidence);
    m_left = new PlainLabel(page);
    m_left->setObjectName(u"visitorLeft"_s);
    m_left->setStyleSheet(u"color: #c62828;"_s);
    v->addWidget(m_left);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    addField(0, 0, &m_customer);
    addField(1, 0, &m_ageGender);
    addField(2, 0, &m_purchases);
    addField(3, 0, &m_page);
    addField(4, 0, &m_url);
    addField(0, 2, &m_device);
    addField(1, 2, &m_language);
    addField(2, 2, &m_referrer);
    addField(3, 2, &m_dwell);
    addField(4, 2, &m_onSite);
    addField(5, 0, &m_pages);
    addField(5, 2, &m_claimedBy);
    for (int i = 0; i < m_fieldLabels.size(); ++i) {
        QLabel *label = m_fieldLabels.at(i);
        const int index = int(i);
        const int row = index < 5 ? index : (index < 10 ? index - 5 : 5);
        const int column = index < 5 ? 0 : (index < 10 ? 2 : (index == 10 ? 0 : 2));
        grid->addWidget(label, row, column);
    }
    const QList<ElidedLabel *> values { m_customer, m_ageGender, m_purchases, m_page,
                                        m_url,      m_device,    m_language,  m_referrer,
                                        m_dwell,    m_onSite,    m_pages,     m_claimedBy };
    for (int i = 0; i < values.size(); ++i) {
        const int row = i < 5 ? i : (i < 10 ? i - 5 : 5);
        const int column = (i < 5 ? 0 : (i < 10 ? 2 : (i == 10 ? 0 : 2))) + 1;
        grid->addWidget(values.at(i), row, column);
        m_fieldLabels.at(i)->setBuddy(values.at(i));
    }
    m_url->setElideMode(Qt::ElideMiddle);
    m_referrer->setElideMode(Qt::ElideMiddle);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    v->addLayout(grid);

    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);
    m_trailView = timelineView(session->trail(), TimelineDelegate::Kind::Trail, m_tabs);
    m_trailView->setObjectName(u"trailView"_s);
    m_statesView = timelineView(session->states(), TimelineDelegate::Kind::States, m_tabs);
    m_statesView->setObjectName(u"statesView"_s);
    m_tabs->addTab(m_trailView, QString());
    m_tabs->addTab(m_statesView, QString());
    v->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    const int em = fontMetrics().averageCharWidth();
    m_trailView->horizontalHeader()->resizeSection(TrailModel::Entered, em * 11);
    m_trailView->horizontalHeader()->resizeSection(TrailModel::Page, em * 24);
    m_trailView->horizontalHeader()->resizeSection(TrailModel::Address, em * 36);
    m_trailView->horizontalHeader()->setSectionResizeMode(TrailModel::Address,
                                                          QHeaderView::Stretch);
    m_trailView->horizontalHeader()->setStretchLastSection(false);
    m_trailView->horizontalHeader()->resizeSection(TrailModel::Dwell, em * 9);
    m_trailView->setTextElideMode(Qt::ElideMiddle);
    m_statesView->horizontalHeader()->resizeSection(StateTimelineModel::Time, em * 11);
    m_statesView->horizontalHeader()->resizeSection(StateTimelineModel::Change, em * 30);

    connect(m_chat, &QPushButton::clicked, this, [this] { emit chatRequested(m_sessionId); });
    connect(m_claim, &QPushButton::clicked, this, [this] {
        if (m_session->isClaimedByMe(m_sessionId))
            emit releaseRequested(m_sessionId);
        else
            emit claimRequested(m_sessionId, m_session->isClaimedByOther(m_sessionId));
    });
    connect(session, &ConsoleSession::focusedVisitorChanged, this,
            &VisitorDetailWidget::showVisitor);
    connect(session->visitors(), &VisitorTableModel::visitorsChanged, this,
            [this](const QSet<QString> &ids) {
                if (ids.contains(m_sessionId))
                    refresh();
            });
    connect(session, &ConsoleSession::ticked, this, &VisitorDetailWidget::refreshTimes);
    connect(session->trail(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_trailView->scrollToBottom();
        retranslate();
    });
    connect(session->trail(), &QAbstractItemModel::modelReset, this, [this] {
        m_trailView->scrollToBottom();
        retranslate();
    });
    connect(session->states(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_statesView->scrollToBottom();
        retranslate();
    });
    connect(session->states(), &QAbstractItemModel::modelReset, this, [this] { retranslate(); });
    retranslate();
    showVisitor(session->focusedVisitor());
}

QLabel *VisitorDetailWidget::addField(int, int, ElidedLabel **value)
{
    QLabel *label = new PlainLabel(this);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(pal);
    m_fieldLabels.append(label);
    *value = new ElidedLabel(this);
    return label;
}

void VisitorDetailWidget::showVisitor(const QString &sessionId)
{
    m_sessionId = sessionId;
    m_stack->setCurrentIndex(sessionId.isEmpty() ? 0 : 1);
    refresh();
}

void VisitorDetailWidget::refresh()
{
    if (m_sessionId.isEmpty())
        return;
    const VisitorSnapshot *v = m_session->visitors()->visitor(m_sessionId);
    m_left->setVisible(!v);
    m_claim->setEnabled(v != nullptr);
    m_chat->setEnabled(v != nullptr);
    if (!v)
        return; // keep what we last showed, marked as left
    const Identity &id = v->identity;
    m_name->setFullText(visitorDisplayName(id, v->number));
    m_verified->setText(id.verified() ? u"✔ "_s + tr("Verified customer") : tr("Anonymous"));
    m_badge->setState(v->state.name);
    m_badge->setToolTip(QString()); // the evidence line below says it
    m_evidence->setFullText(describeEvidence(v->state.evidence) + u"  ·  "_s +
                            tr("since %1").arg(format::timeOfDay(v->state.since)));
    m_customer->setFullText(visitorDisplayName(id, v->number));
    QStringList ag;
    if (!format::ageBand(id.age).isEmpty())
        ag << format::ageBand(id.age);
    if (!format::gender(id.gender).isEmpty())
        ag << format::gender(id.gender);
    m_ageGender->setFullText(ag.isEmpty() ? tr("unknown") : ag.join(u", "_s));
    const QString p = format::purchases(id.purchases);
    m_purchases->setFullText(p.isEmpty() ? tr("none known") : p);
    m_device->setFullText(format::device(v->device));
    m_language->setFullText(v->lang.isEmpty() ? tr("unknown") : v->lang);
    m_referrer->setFullText(v->referrer.isEmpty() ? tr("direct") : v->referrer);
    m_page->setFullText(format::pageTitle(v->page) + u"  ("_s + format::pageKind(v->page.kind) +
                        u')');
    m_url->setFullText(v->page.url);
    m_pages->setFullText(QString::number(v->pageCount));
    m_claimedBy->setFullText(v->claimedBy.isNull() ? tr("nobody") : v->claimedBy.name);
    if (m_session->isClaimedByMe(m_sessionId)) {
        m_claim->setText(tr("&Release"));
        m_claim->setEnabled(true);
    } else if (m_session->isClaimedByOther(m_sessionId)) {
        m_claim->setText(m_session->isAdmin() ? tr("&Take over") : tr("Claimed by other"));
        m_claim->setEnabled(m_session->isAdmin());
    } else {
        m_claim->setText(tr("&Claim"));
    }
    refreshTimes();
}

void VisitorDetailWidget::refreshTimes()
{
    const VisitorSnapshot *v =
            m_sessionId.isEmpty() ? nullptr : m_session->visitors()->visitor(m_sessionId);
    if (!v)
        return;
    const qint64 now = m_session->clock()->nowMs();
    m_dwell->setFullText(tr("%1 visible, %2 wall")
                                 .arg(format::duration(VisitorTableModel::visibleDwellMs(*v, now)),
                                      format::duration(VisitorTableModel::wallDwellMs(*v, now))));
    m_onSite->setFullText(
            tr("%1 (since %2)")
                    .arg(format::duration(now - v->startedAt), format::timeOfDay(v->startedAt)));
}

void VisitorDetailWidget::retranslate()
{
    m_empty->setText(tr("Select a visitor in the list to see their profile, trail and behaviour."));
    m_left->setText(tr("This visitor has left the shop."));
    m_chat->setText(tr("C&hat"));
    m_chat->setToolTip(tr("Open the 1:1 chat with this visitor"));
    m_claim->setToolTip(tr("Mark this visitor as yours for every console"));
    const QStringList names {
        tr("Customer"), tr("Age, gender"), tr("Purchases"), tr("Page"),
        tr("Address"),  tr("Device"),      tr("Language"),  tr("Came from"),
        tr("On page"),  tr("On site"),     tr("Pages"),     tr("Claimed by")
    };
    for (int i = 0; i < m_fieldLabels.size() && i < names.size(); ++i)
        m_fieldLabels.at(i)->setText(names.at(i));
    m_tabs->setTabText(0, tr("URL trail (%1)").arg(m_session->trail()->rowCount()));
    m_tabs->setTabText(1, tr("Behaviour (%1)").arg(m_session->states()->rowCount()));
    m_trailView->setAccessibleName(tr("URL trail"));
    m_statesView->setAccessibleName(tr("Behaviour timeline"));
    m_name->setAccessibleName(tr("Visitor"));
    refresh();
}

void VisitorDetailWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace fw
