// KeychainSecretStore against whatever keychain this machine has. On a desktop it must store,
// read back and remove; on a headless box (no Secret Service) every call must fail cleanly,
// in time, with a message, and never fall back to writing the password into a file.
#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace fw;
using namespace Qt::StringLiterals;

class tst_SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit tst_SecretStore(QString configDir)
        : m_configDir(std::move(configDir))
    { }

private:
    QString m_configDir;

    static std::optional<SecretStore::Result>
    wait(const std::function<void(SecretStore::Handler)> &call)
    {
        std::optional<SecretStore::Result> result;
        int calls = 0;
        call([&](const SecretStore::Result &r) {
            result = r;
            ++calls;
        });
        if (!QTest::qWaitFor([&] { return calls > 0; }, 15000))
            return std::nullopt;
        QTest::qWait(50);
        if (calls != 1)
            return std::nullopt; // a handler must run exactly once
        return result;
    }

    bool secretInFiles(const QByteArray &secret) const
    {
        QDirIterator it(m_configDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
                return true;
        }
        return false;
    }

private slots:
    void storeOrFailCleanly()
    {
        KeychainSecretStore store(u"floorwalker-console-test"_s);
        store.setTimeout(8000);
        const QString key =
                SecretStore::keyFor(QUrl(u"ws://127.0.0.1:1/v1/console"_s), u"tester"_s);
        const QString secret = u"not-a-real-password-%1"_s.arg(QCoreApplication::applicationPid());
        const auto written =
                wait([&](SecretStore::Handler h) { store.write(key, secret, this, h); });
        QVERIFY2(written, "write did not answer exactly once");
        const auto read = wait([&](SecretStore::Handler h) { store.read(key, this, h); });
        QVERIFY(read);
        if (written->ok) {
            qInfo("a system keychain is available: round trip");
            QVERIFY(read->ok);
            QCOMPARE(read->secret, secret);
            const auto removed = wait([&](SecretStore::Handler h) { store.remove(key, this, h); });
            QVERIFY(removed && removed->ok);
            const auto gone = wait([&](SecretStore::Handler h) { store.read(key, this, h); });
            QVERIFY(gone && !gone->ok);
        } else {
            qInfo("no system keychain here: %s", qPrintable(written->error));
            QVERIFY(!written->error.isEmpty());
            QVERIFY(!read->ok);
            QVERIFY(read->secret.isEmpty());
            const auto removed = wait([&](SecretStore::Handler h) { store.remove(key, this, h); });
            QVERIFY(removed);
        }
        // Whatever happened: no plain-text fallback.
        QVERIFY(!secretInFiles(secret.toUtf8()));
    }

    void goneContextGetsNoCall()
    {
        KeychainSecretStore store(u"floorwalker-console-test"_s);
        store.setTimeout(500);
        bool called = false;
        auto *context = new QObject;
        store.read(u"nobody@ws://x"_s, context,
                   [&](const SecretStore::Result &) { called = true; });
        delete context;
        QTest::qWait(1000);
        QVERIFY(!called);
    }
};

int main(int argc, char *argv[])
{
    // A private configuration folder, so a fallback file would be found (and nothing of the
    // user's is touched).
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"FloorwalkerTest"_s);
    QCoreApplication::setApplicationName(u"tst_secretstore"_s);
    tst_SecretStore test(config.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
