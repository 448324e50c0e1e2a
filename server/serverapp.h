#pragma once

#include "serverconfig.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

class QLockFile;

namespace fw {

class Clock;
class ConsoleFeed;
class ConsoleGateway;
class Database;
class HttpFrontend;
class JwtVerifier;
class LoginThrottle;
class RateMeter;
class SessionCore;
class StaffDirectory;
class VisitorGateway;
class WebSocketListener;

// The whole server, assembled: database thread, session core, gateways, HTTP. main() and the
// end-to-end tests both build one of these.
class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(ServerConfig config, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ServerApp() override;

    bool start(QString *error);
    // Stops accepting, closes every socket cleanly, commits every pending write. Idempotent.
    void stop();

    QJsonObject readyInfo() const;
    QString httpUrl() const;
    QString wsUrl() const;
    QJsonObject health() const;
    QByteArray metricsText() const;

    SessionCore *core() const { return m_core.get(); }
    Database *database() const { return m_db.get(); }
    ConsoleFeed *feed() const { return m_feed.get(); }
    StaffDirectory *staff() const { return m_staff.get(); }
    const ServerConfig &config() const { return m_config; }

    // --add-user: creates or resets an account, then returns. Blocking.
    static bool addUser(const ServerConfig &config, const QString &name, Role role,
                        const QString &password, QString *error);
    static QString findResourcesDir(const QString &configured);
    // Demo mode: an identity token for one of the demo shop's made-up customers.
    QString demoIdentityToken(const QString &customer) const;

private:
    ServerConfig m_config;
    const Clock *m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JwtVerifier> m_jwt;
    std::unique_ptr<ConsoleFeed> m_feed;
    std::unique_ptr<SessionCore> m_core;
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<VisitorGateway> m_visitors;
    std::unique_ptr<ConsoleGateway> m_consoles;
    std::unique_ptr<WebSocketListener> m_listener;
    std::unique_ptr<HttpFrontend> m_http;
    std::unique_ptr<RateMeter> m_rate;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_sampler;
    QElapsedTimer m_uptime;
    QString m_demoPassword;
    QByteArray m_demoIdentityKey;
    bool m_started = false;
    bool m_stopped = false;
};

} // namespace fw
