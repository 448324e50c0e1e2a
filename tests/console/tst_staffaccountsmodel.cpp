// StaffAccountsModel under QAbstractItemModelTester: a refresh keeps rows that stay.
#include "staffaccountsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fw;
using namespace Qt::StringLiterals;

class tst_StaffAccountsModel : public QObject
{
    Q_OBJECT
private slots:
    void refreshKeepsRows()
    {
        StaffAccountsModel m;
        QAbstractItemModelTester t(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const StaffAccount admin { u"admin"_s, u"Shop admin"_s, Role::Admin, false, 1 };
        StaffAccount minji { u"minji"_s, u"박민지"_s, Role::Staff, false, 2 };
        const StaffAccount joon { u"joon"_s, u"이준"_s, Role::Staff, false, 3 };
        m.setAccounts({ admin, minji, joon });
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(1, StaffAccountsModel::DisplayName).data().toString(), u"박민지"_s);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        minji.disabled = true;
        m.setAccounts({ admin, minji });
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(1, StaffAccountsModel::Status).data().toString(), u"disabled"_s);
        QVERIFY(m.index(1, 0).data(StaffAccountsModel::DisabledRole).toBool());
        QCOMPARE(m.rowOf(u"joon"_s), -1);
        QCOMPARE(m.index(0, StaffAccountsModel::Role).data().toString(), u"admin"_s);
    }
};

QTEST_GUILESS_MAIN(tst_StaffAccountsModel)
#include "tst_staffaccountsmodel.moc"
