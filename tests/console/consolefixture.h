#pragma once

// A real floorwalker-server for a console test: a fresh data folder, an admin and a staff
// account made with --add-user, an identity key so scripted visitors can be verified
// customers. Password logins cost the server ~0.5 s each (PBKDF2, 600,000 iterations), so
// tests log in few times and reuse sessions.
#include "scriptedvisitor.h"
#include "serverprocess.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fw::testing {

inline QString serverBinary()
{
    return QStringLiteral(FW_BINARY_DIR "/server/floorwalker-server");
}

struct ConsoleFixture
{
    QTemporaryDir dir;
    std::unique_ptr<ServerProcess> server;
    const QString adminUser = QStringLiteral("admin");
    const QString adminPassword = QStringLiteral("admin password for tests");
    const QString staffUser = QStringLiteral("minji");
    const QString staffPassword = QStringLiteral("staff password for tests");
    const QByteArray identitySecret = QByteArrayLiteral("console-tests-identity-secret-0123456789");
    int visitors = 0;

    bool start(QString *error)
    {
        // FW_KEEP_TEST_DATA=1 keeps the server's data folder for a post-mortem.
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("FW_KEEP_TEST_DATA"));
        server = std::make_unique<ServerProcess>(serverBinary());
        const QString data = dir.filePath(QStringLiteral("data"));
        return server->addUser(data, adminUser, QStringLiteral("admin"), adminPassword, error) &&
                server->addUser(data, staffUser, QStringLiteral("staff"), staffPassword, error) &&
                server->start(
                        data,
                        { QStringLiteral("--identity-key"),
                          QStringLiteral("k1:") + QString::fromLatin1(identitySecret.toBase64()) },
                        error);
    }

    QUrl consoleUrl() const { return server->consoleUrl(); }

    // A new visitor on `page`, welcomed. Verified when `customerId` is given.
    std::unique_ptr<ScriptedVisitor> visitor(const PageInfo &page, const QString &customerId = {},
                                             int age = -1, const QString &gender = {},
                                             const QString &referrer = {})
    {
        auto v = std::make_unique<ScriptedVisitor>(
                server->visitorUrl(),
                QStringLiteral("v_test_visitor_%1").arg(++visitors, 4, 10, QLatin1Char('0')));
        v->setReferrer(referrer);
        if (!customerId.isEmpty())
            v->setIdentityToken(ScriptedVisitor::makeIdentityToken(
                    QStringLiteral("k1"), identitySecret, customerId, age, gender, 3, 129000,
                    QStringLiteral("KRW")));
        if (!v->openAndWait(page))
            return nullptr;
        return v;
    }
};

inline PageInfo shopPage(const QString &path, const QString &title, PageKind kind = PageKind::Other)
{
    return ScriptedVisitor::makePage(QStringLiteral("https://shop.example") + path, title, kind);
}

} // namespace fw::testing
