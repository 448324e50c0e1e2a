#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QToolButton;
class QFrame;
class QStackedLayout;

namespace fw {

class ChatMessageModel;
class ChatTranscriptView;
class ConsoleSession;
class ConversationListModel;
class ElidedLabel;
class Preferences;

// The 1:1 chat (Fig. 3): conversations with unread counts and open help requests first, the
// transcript of the open one (history loaded from the server when it opens), canned replies,
// claiming, and marking help requests as handled.
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    ChatPane(ConsoleSession *session, Preferences *preferences, QWidget *parent = nullptr);

    void openConversation(const QString &sessionId);
    QString currentSession() const { return m_sessionId; }
    void focusInput();
    void insertCannedReply(int index);

    QPlainTextEdit *input() const { return m_input; }
    ChatTranscriptView *transcript() const { return m_transcript; }
    QListView *conversationList() const { return m_list; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *resolveButton() const { return m_resolve; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void claimRequested(const QString &sessionId, bool force);
    void releaseRequested(const QString &sessionId);
    void showVisitorRequested(const QString &sessionId);
    void editCannedRepliesRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send();
    void refreshHeader();
    void refreshHelp();
    void rebuildCannedMenu();
    void retranslate();
    void setStatus(const QString &text, bool error);

    ConsoleSession *m_session;
    Preferences *m_preferences;
    QString m_sessionId;
    ConversationListModel *m_conversations;
    QSortFilterProxyModel *m_sorted;
    ChatMessageModel *m_messages;
    QSplitter *m_splitter;
    QListView *m_list;
    QLabel *m_listTitle;
    QStackedLayout *m_pages;
    QWidget *m_conversation;
    QLabel *m_placeholder;
    ElidedLabel *m_title;
    QLabel *m_claimState;
    QPushButton *m_claim;
    QPushButton *m_showVisitor;
    QFrame *m_helpBar;
    ElidedLabel *m_helpText;
    QPushButton *m_resolve;
    ChatTranscriptView *m_transcript;
    QToolButton *m_canned;
    QMenu *m_cannedMenu;
    QList<QAction *> m_cannedActions;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    QLabel *m_counter;
    QLabel *m_status;
};

} // namespace fw
