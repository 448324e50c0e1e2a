#include "chatpane.h"

#include "chatmessagemodel.h"
#include "chattranscriptview.h"
#include "consolesession.h"
#include "conversationdelegate.h"
#include "conversationlistmodel.h"
#include "displayformat.h"
#include "elidedlabel.h"
#include "plainlabel.h"
#include "preferences.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw {

ChatPane::ChatPane(ConsoleSession *session, Preferences *preferences, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_preferences(preferences)
{
    m_conversations = new ConversationListModel(session->chats(), this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_conversations);
    m_sorted->setSortRole(ConversationListModel::SortKeyRole);
    m_sorted->setDynamicSortFilter(true); // a few dozen rows: keeping help first is cheap
    m_sorted->sort(0, Qt::DescendingOrder);
    m_messages = new ChatMessageModel(session->chats(), this);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(m_splitter);

    auto *left = new QWidget(m_splitter);
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    m_listTitle = new PlainLabel(left);
    QFont bold = m_listTitle->font();
    bold.setBold(true);
    m_listTitle->setFont(bold);
    lv->addWidget(m_listTitle);
    m_list = new QListView(left);
    m_list->setObjectName(u"conversationList"_s);
    m_list->setModel(m_sorted);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    lv->addWidget(m_list);
    m_listTitle->setBuddy(m_list);

    auto *right = new QWidget(m_splitter);
    m_pages = new QStackedLayout(right);
    m_placeholder = new PlainLabel(right);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_pages->addWidget(m_placeholder);
    m_conversation = new QWidget(right);
    m_pages->addWidget(m_conversation);
    auto *cv = new QVBoxLayout(m_conversation);
    cv->setContentsMargins(4, 0, 0, 0);

    auto *header = new QHBoxLayout;
    m_title = new ElidedLabel(m_conversation);
    m_title->setObjectName(u"chatTitle"_s);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);
    m_claimState = new PlainLabel(m_conversation);
    header->addWidget(m_claimState);
    m_claim = new QPushButton(m_conversation);
    m_claim->setObjectName(u"chatClaim"_s);
    header->addWidget(m_claim);
    m_showVisitor = new QPushButton(m_conversation);
    header->addWidget(m_showVisitor);
    cv->addLayout(header);

    m_helpBar = new QFrame(m_conversation);
    m_helpBar->setObjectName(u"helpBar"_s);
    m_helpBar->setFrameShape(QFrame::StyledPanel);
    m_helpBar->setAutoFillBackground(true);
    QPalette hp = m_helpBar->palette();
    hp.setColor(QPalette::Window, QColor(0xff, 0xeb, 0xee));
    hp.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_helpBar->setPalette(hp);
    auto *hb = new QHBoxLayout(m_helpBar);
    hb->setContentsMargins(6, 3, 3, 3);
    m_helpText = new ElidedLabel(m_helpBar);
    m_helpText->setObjectName(u"helpText"_s);
    hb->addWidget(m_helpText, 1);
    m_resolve = new QPushButton(m_helpBar);
    m_resolve->setObjectName(u"resolveHelp"_s);
    hb->addWidget(m_resolve);
    cv->addWidget(m_helpBar);

    m_transcript = new ChatTranscriptView(m_conversation);
    m_transcript->setObjectName(u"transcript"_s);
    m_transcript->setModel(m_messages);
    cv->addWidget(m_transcript, 1);

    auto *inputRow = new QHBoxLayout;
    m_canned = new QToolButton(m_conversation);
    m_canned->setObjectName(u"cannedReplies"_s);
    m_canned->setPopupMode(QToolButton::InstantPopup);
    m_cannedMenu = new QMenu(m_canned);
    m_canned->setMenu(m_cannedMenu);
    inputRow->addWidget(m_canned, 0, Qt::AlignTop);
    m_input = new QPlainTextEdit(m_conversation);
    m_input->setObjectName(u"chatInput"_s);
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(m_input->fontMetrics().height() * 4);
    m_input->installEventFilter(this);
    inputRow->addWidget(m_input, 1);
    auto *sendCol = new QVBoxLayout;
    m_send = new QPushButton(m_conversation);
    m_send->setObjectName(u"sendChat"_s);
    m_send->setDefault(false);
    sendCol->addWidget(m_send);
    m_counter = new PlainLabel(m_conversation);
    m_counter->setAlignment(Qt::AlignRight);
    sendCol->addWidget(m_counter);
    sendCol->addStretch();
    inputRow->addLayout(sendCol);
    cv->addLayout(inputRow);
    m_status = new PlainLabel(m_conversation);
    m_status->setObjectName(u"chatStatus"_s);
    m_status->setWordWrap(true);
    cv->addWidget(m_status);

    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes(
            { fontMetrics().averageCharWidth() * 24, fontMetrics().averageCharWidth() * 76 });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openConversation(current.data(ConversationListModel::SessionIdRole).toString());
            });
    connect(m_send, &QPushButton::clicked, this, &ChatPane::send);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        const int n = int(m_input->toPlainText().size());
        m_counter->setText(n > limits::TextLength * 4 / 5
                                   ? u"%1/%2"_s.arg(n).arg(limits::TextLength)
                                   : QString());
        m_send->setEnabled(!m_input->toPlainText().trimmed().isEmpty() && n <= limits::TextLength);
    });
    connect(m_claim, &QPushButton::clicked, this, [this] {
        if (m_session->isClaimedByMe(m_sessionId))
            emit releaseRequested(m_sessionId);
        else
            emit claimRequested(m_sessionId, m_session->isClaimedByOther(m_sessionId));
    });
    connect(m_showVisitor, &QPushButton::clicked, this,
            [this] { emit showVisitorRequested(m_sessionId); });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const QList<HelpRequest> open = m_session->chats()->openHelp(m_sessionId);
        if (open.isEmpty())
            return;
        m_resolve->setEnabled(false);
        m_session->resolveHelp(m_sessionId, open.first().id, this, [this](const Reply &r) {
            m_resolve->setEnabled(true);
            if (!r.ok)
                setStatus(ConsoleSession::describeError(r.error), true);
        });
    });
    connect(session->chats(), &ChatStore::conversationChanged, this, [this](int i) {
        if (i >= 0 && m_session->chats()->at(i).sessionId == m_sessionId) {
            refreshHelp();
            refreshHeader();
            if (m_session->chats()->at(i).unread > 0 && isVisible())
                m_session->chats()->markRead(m_sessionId);
        }
    });
    connect(session->visitors(), &VisitorTableModel::visitorsChanged, this,
            [this](const QSet<QString> &ids) {
                if (ids.contains(m_sessionId))
                    refreshHeader();
            });
    connect(preferences, &Preferences::changed, this, &ChatPane::rebuildCannedMenu);

    retranslate();
    m_pages->setCurrentIndex(0);
}

void ChatPane::openConversation(const QString &sessionId)
{
    if (sessionId.isEmpty())
        return;
    m_pages->setCurrentIndex(1);
    if (sessionId != m_sessionId) {
        m_sessionId = sessionId;
        m_messages->setVisitorName(m_session->visitorName(sessionId));
        m_session->openConversation(sessionId); // creates it, marks read, loads history
        m_messages->setSession(sessionId);
        m_input->clear();
        setStatus(QString(), false);
    } else {
        m_session->openConversation(sessionId);
    }
    // Select it in the list without re-entering.
    const int row = m_session->chats()->indexOf(sessionId);
    const QModelIndex proxy = m_sorted->mapFromSource(m_conversations->index(row));
    if (proxy.isValid() && m_list->currentIndex() != proxy) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(proxy);
    }
    refreshHeader();
    refreshHelp();
}

void ChatPane::focusInput()
{
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void ChatPane::insertCannedReply(int index)
{
    const QStringList replies = m_preferences->cannedReplies();
    if (index < 0 || index >= replies.size() || m_sessionId.isEmpty())
        return;
    m_input->setPlainText(replies.at(index));
    m_input->moveCursor(QTextCursor::End);
    focusInput();
}

void ChatPane::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty() || m_sessionId.isEmpty())
        return;
    if (text.size() > limits::TextLength) {
        setStatus(tr("A message can have at most %1 characters.").arg(limits::TextLength), true);
        return;
    }
    m_send->setEnabled(false);
    setStatus(tr("Sending…"), false);
    const QString sessionId = m_sessionId;
    m_session->sendChat(sessionId, text, this, [this, sessionId, text](const Reply &r) {
        m_send->setEnabled(true);
        if (!r.ok) {
            setStatus(tr("Not sent: %1").arg(ConsoleSession::describeError(r.error)), true);
            return;
        }
        setStatus(QString(), false);
        if (sessionId == m_sessionId && m_input->toPlainText().trimmed() == text)
            m_input->clear();
    });
}

void ChatPane::refreshHeader()
{
    if (m_sessionId.isEmpty())
        return;
    const QString name = m_session->visitorName(m_sessionId);
    m_title->setFullText(name);
    m_messages->setVisitorName(name);
    const VisitorSnapshot *v = m_session->visitors()->visitor(m_sessionId);
    m_input->setEnabled(v != nullptr);
    m_claim->setEnabled(v != nullptr);
    m_showVisitor->setEnabled(v != nullptr);
    if (!v) {
        m_claimState->setText(tr("left the shop"));
        m_claim->setText(tr("&Claim"));
        return;
    }
    if (m_session->isClaimedByMe(m_sessionId)) {
        m_claimState->setText(tr("claimed by you"));
        m_claim->setText(tr("&Release"));
    } else if (m_session->isClaimedByOther(m_sessionId)) {
        m_claimState->setText(tr("claimed by %1").arg(v->claimedBy.name));
        m_claim->setText(m_session->isAdmin() ? tr("&Take over") : tr("&Claim"));
        m_claim->setEnabled(m_session->isAdmin());
        m_input->setEnabled(false);
    } else {
        m_claimState->setText(tr("not claimed"));
        m_claim->setText(tr("&Claim"));
    }
}

void ChatPane::refreshHelp()
{
    const QList<HelpRequest> open = m_session->chats()->openHelp(m_sessionId);
    m_helpBar->setVisible(!open.isEmpty());
    if (open.isEmpty())
        return;
    const HelpRequest &h = open.first();
    QString prefix = format::helpKind(h.kind);
    if (open.size() > 1)
        prefix = tr("%1 (1 of %2)").arg(prefix).arg(open.size());
    m_helpText->setFullText(u"⚠ "_s + prefix + u": "_s + h.text);
}

void ChatPane::rebuildCannedMenu()
{
    // The actions also live on the pane (for their shortcuts), so QMenu::clear() would not
    // delete them: do it here, or the shortcuts would pile up and clash.
    qDeleteAll(m_cannedActions);
    m_cannedActions.clear();
    m_cannedMenu->clear();
    const QStringList replies = m_preferences->cannedReplies();
    for (int i = 0; i < replies.size(); ++i) {
        // Menu texts treat '&' as a mnemonic marker; double it so the reply shows as written.
        QString label = replies.at(i);
        label.replace(u'&', u"&&"_s);
        QAction *a = m_cannedMenu->addAction(label);
        m_cannedActions.append(a);
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this, i] { insertCannedReply(i); });
        addAction(a); // so the shortcut works while the pane has focus
    }
    m_cannedMenu->addSeparator();
    connect(m_cannedMenu->addAction(tr("Edit canned replies…")), &QAction::triggered, this,
            &ChatPane::editCannedRepliesRequested);
}

void ChatPane::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText,
                 error ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
    m_status->setVisible(!text.isEmpty());
}

void ChatPane::retranslate()
{
    m_listTitle->setText(tr("&Conversations"));
    m_list->setAccessibleName(tr("Conversations"));
    m_placeholder->setText(tr("Choose a conversation, or open one from the visitors list "
                              "(double-click or Enter)."));
    m_showVisitor->setText(tr("Show &visitor"));
    m_resolve->setText(tr("Mark &handled"));
    m_resolve->setToolTip(tr("Mark this help request as handled for every console"));
    m_canned->setText(tr("Replies"));
    m_canned->setToolTip(tr("Canned replies (Alt+1 … Alt+9)"));
    m_canned->setAccessibleName(tr("Canned replies"));
    m_input->setPlaceholderText(tr("Type a message. Enter sends, Shift+Enter starts a new line."));
    m_input->setAccessibleName(tr("Message to the visitor"));
    m_send->setText(tr("&Send"));
    m_transcript->setAccessibleName(tr("Conversation"));
    m_helpBar->setAccessibleName(tr("Open help request"));
    rebuildCannedMenu();
    refreshHeader();
    refreshHelp();
    if (m_status->text().isEmpty())
        m_status->hide();
}

void ChatPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool ChatPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *k = static_cast<QKeyEvent *>(event);
        if ((k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter) &&
            !(k->modifiers() & Qt::ShiftModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fw
