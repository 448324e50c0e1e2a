// ChatStore with its two models (ChatMessageModel, ConversationListModel) under
// QAbstractItemModelTester: live messages, history merged without duplicates, unread counts,
// help requests as priority items.
#include "chatmessagemodel.h"
#include "chatstore.h"
#include "conversationlistmodel.h"
#include "modelfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace fw;
using namespace fw::testdata;
using namespace Qt::StringLiterals;

class tst_ChatStore : public QObject
{
    Q_OBJECT
private slots:
    void messagesUnreadAndOrder()
    {
        ChatStore store;
        ChatMessageModel messages(&store);
        ConversationListModel list(&store);
        QAbstractItemModelTester t1(&messages,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        messages.setSession(u"s1"_s);
        QSignalSpy unread(&store, &ChatStore::unreadChanged);
        store.addMessage(chat(u"s1"_s, u"v1"_s, true, u"hello"_s, 1000), true);
        store.addMessage(chat(u"s1"_s, u"s1"_s, false, u"찾으시는 물건이 있으세요?"_s, 2000), true);
        store.addMessage(chat(u"s2"_s, u"v1"_s, true, u"other"_s, 1500), true);
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(messages.rowCount(), 2);
        QCOMPARE(messages.index(1).data(ChatMessageModel::TextRole).toString(),
                 u"찾으시는 물건이 있으세요?"_s);
        QCOMPARE(messages.index(1).data(ChatMessageModel::AuthorRole).toString(), u"박민지"_s);
        // Only the visitor's messages count as unread.
        QCOMPARE(store.unread(u"s1"_s), 1);
        QCOMPARE(store.totalUnread(), 2);
        QCOMPARE(unread.count(), 2);
        // The same message from history and stream is kept once.
        store.addMessage(chat(u"s1"_s, u"v1"_s, true, u"hello"_s, 1000), true);
        QCOMPARE(messages.rowCount(), 2);
        QCOMPARE(store.unread(u"s1"_s), 1);
        store.markRead(u"s1"_s);
        QCOMPARE(store.unread(u"s1"_s), 0);
        QCOMPARE(list.index(0).data(ConversationListModel::UnreadRole).toInt(), 0);
        // An older message goes in time order.
        store.addMessage(chat(u"s1"_s, u"v0"_s, true, u"first"_s, 500), false);
        QCOMPARE(messages.index(0).data(ChatMessageModel::TextRole).toString(), u"first"_s);
    }

    void historyMerges()
    {
        ChatStore store;
        ChatMessageModel messages(&store);
        QAbstractItemModelTester t(&messages,
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
        messages.setSession(u"s1"_s);
        store.addMessage(chat(u"s1"_s, u"v3"_s, true, u"live"_s, 3000), true);
        History h;
        h.sessionId = u"s1"_s;
        h.chats = { chat(u"s1"_s, u"v1"_s, true, u"one"_s, 1000),
                    chat(u"s1"_s, u"s1"_s, false, u"two"_s, 2000),
                    chat(u"s1"_s, u"v3"_s, true, u"live"_s, 3000) };
        HelpRequest resolved = help(u"s1"_s, u"v2"_s, u"size?"_s, 1500);
        resolved.resolvedAt = 1600;
        resolved.resolvedBy = u"minji"_s;
        h.helps = { resolved };
        QSignalSpy reset(&messages, &QAbstractItemModel::modelReset);
        store.mergeHistory(h);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(messages.rowCount(), 4);
        QStringList texts;
        for (int r = 0; r < messages.rowCount(); ++r)
            texts << messages.index(r).data(ChatMessageModel::TextRole).toString();
        QCOMPARE(texts, (QStringList { u"one"_s, u"size?"_s, u"two"_s, u"live"_s }));
        QVERIFY(messages.index(1).data(ChatMessageModel::ResolvedRole).toBool());
        QVERIFY(store.find(u"s1"_s)->historyLoaded);
        QCOMPARE(store.find(u"s1"_s)->openHelp, 0);
        store.invalidateHistory();
        QVERIFY(!store.find(u"s1"_s)->historyLoaded);
    }

    void helpRequestsComeFirst()
    {
        ChatStore store;
        ConversationListModel list(&store);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&list);
        sorted.setSortRole(ConversationListModel::SortKeyRole);
        sorted.setDynamicSortFilter(true);
        sorted.sort(0, Qt::DescendingOrder);
        QAbstractItemModelTester t(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.ensure(u"s1"_s, u"anonymous #1"_s);
        store.addMessage(chat(u"s1"_s, u"v1"_s, true, u"old"_s, 1000), true);
        store.addMessage(chat(u"s2"_s, u"v1"_s, true, u"newer"_s, 2000), true);
        QCOMPARE(sorted.index(0, 0).data(ConversationListModel::SessionIdRole).toString(), u"s2"_s);
        // A help request outranks any recent chat.
        store.addHelp(help(u"s1"_s, u"v2"_s, u"I need help"_s, 1500), true);
        QCOMPARE(sorted.index(0, 0).data(ConversationListModel::SessionIdRole).toString(), u"s1"_s);
        QCOMPARE(sorted.index(0, 0).data(ConversationListModel::OpenHelpRole).toInt(), 1);
        QCOMPARE(store.openHelp(u"s1"_s).size(), 1);
        HelpRequest done = help(u"s1"_s, u"v2"_s, u"I need help"_s, 1500);
        done.resolvedAt = 2500;
        store.resolveHelp(done);
        QCOMPARE(store.openHelp(u"s1"_s).size(), 0);
        QCOMPARE(sorted.index(0, 0).data(ConversationListModel::SessionIdRole).toString(), u"s2"_s);
        QCOMPARE(sorted.index(0, 0).data(Qt::DisplayRole).toString(), u"s2"_s); // no title known
        QCOMPARE(sorted.index(1, 0).data(Qt::DisplayRole).toString(), u"anonymous #1"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ChatStore)
#include "tst_chatstore.moc"
