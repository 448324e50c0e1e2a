#pragma once

#include "protocoltypes.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fw {

struct ServerConfig
{
    QHostAddress httpHost = QHostAddress::LocalHost;
    quint16 httpPort = 8080;
    QHostAddress wsHost = QHostAddress::LocalHost;
    quint16 wsPort = 8081;
    QString dataDir;
    QString database; // empty: sqlite in dataDir
    bool sqliteFullSync = false;
    QString publicWsUrl; // what the tracker is told to connect to; empty: derived
    QStringList allowedOrigins;
    QStringList siteKeys{QStringLiteral("demo")};
    QList<std::pair<QString, QByteArray>> identityKeys;
    int identityLeewaySeconds = 60;

    int maxMessageBytes = 64 * 1024;
    int messagesPerSecond = 20;
    int burst = 60;
    int maxVisitors = 25000;
    int maxConsoles = 200;
    int handshakeTimeoutMs = 5000;
    int helloTimeoutMs = 10000;
    int visitorSilenceSeconds = 120;
    int consoleSilenceSeconds = 60;
    int pingIntervalSeconds = 25;
    int goneLingerSeconds = 60;
    int passwordIterations = 600000;

    bool demo = false;
    QString resourcesDir; // tracker and demo shop files; empty: next to the binary or source

    QString databaseUrl() const; // database, or sqlite:<dataDir>/floorwalker.db
};

// What the command line asked for.
struct Invocation
{
    enum class Mode { Serve, AddUser, Help, Version } mode = Mode::Serve;
    ServerConfig config;
    QString addUser;
    Role addRole = Role::Staff;
    QString helpText;
};

// Parses arguments (and the --config file they name). On a problem returns nullopt and a
// message fit for standard error.
std::optional<Invocation> parseInvocation(const QStringList &arguments, QString *error);

// Applies one config file entry; shared by the file reader and the tests.
bool applyConfigValue(ServerConfig &c, const QString &section, const QString &key,
                      const QString &value, QString *error);

bool parseHostPort(const QString &text, QHostAddress *host, quint16 *port, QString *error);

} // namespace fw
