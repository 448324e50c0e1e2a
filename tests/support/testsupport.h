#pragma once

#include "clock.h"
#include "messageregistry.h"
#include "serverapp.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <optional>

namespace fw::test {

// Spins the event loop until pred() holds or timeoutMs passes.
bool waitUntil(const std::function<bool()> &pred, int timeoutMs = 5000);

// A PostgreSQL database for one test: created fresh from FW_TEST_PG_URL (an admin URL to a
// running server), dropped afterwards. available() is false when no server is configured;
// required() says whether the test command promised one (FW_REQUIRE_PG=1).
class PgDatabase
{
public:
    PgDatabase();
    ~PgDatabase();
    static bool configured();
    static bool required();
    bool available() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString error() const { return m_error; }

private:
    QString m_admin;
    QString m_name;
    QString m_url;
    QString m_error;
};

// A WebSocket client that records every decoded message and can wait for one.
class WsClient : public QObject
{
    Q_OBJECT
public:
    explicit WsClient(const QString &origin = {}, QObject *parent = nullptr);
    ~WsClient() override;

    bool open(const QString &url, int timeoutMs = 5000);
    bool isOpen() const { return m_socket->state() == QAbstractSocket::ConnectedState; }
    template<typename T>
    void send(const T &message)
    {
        sendRaw(QString::fromUtf8(encodeMessage(message)));
    }
    void sendRaw(const QString &text);
    void sendBinary(const QByteArray &data);
    void close();
    void abort();

    // Waits for (and consumes) the next not-yet-consumed message of type T matching pred.
    template<typename T>
    std::optional<T> waitFor(const std::function<bool(const T &)> &pred = {}, int timeoutMs = 5000)
    {
        std::optional<T> found;
        waitUntil(
                [&] {
                    for (qsizetype i = m_cursor.size(); i < m_messages.size(); ++i)
                        m_cursor.append(false);
                    for (qsizetype i = 0; i < m_messages.size(); ++i) {
                        if (m_cursor[i])
                            continue;
                        if (const T *m = m_messages[i].template as<T>()) {
                            if (!pred || pred(*m)) {
                                m_cursor[i] = true;
                                found = *m;
                                return true;
                            }
                        }
                    }
                    return !isOpen() && m_closed;
                },
                timeoutMs);
        return found;
    }
    // Messages of type T received so far (consumed or not).
    template<typename T>
    QList<T> all() const
    {
        QList<T> out;
        for (const Decoded &d : m_messages) {
            if (const T *m = d.template as<T>())
                out.append(*m);
        }
        return out;
    }
    bool waitClosed(int timeoutMs = 5000);
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    QAbstractSocket::SocketError lastError() const { return m_error; }
    const QList<Decoded> &messages() const { return m_messages; }
    QWebSocket *socket() const { return m_socket.get(); }

private:
    std::unique_ptr<QWebSocket> m_socket;
    QList<Decoded> m_messages;
    QList<bool> m_cursor;
    bool m_closed = false;
    int m_closeCode = 0;
    QString m_closeReason;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
};

// The whole server in this process, on free loopback ports, with a manual clock.
class TestServer
{
public:
    struct Options
    {
        QString database; // empty: SQLite in the temporary data dir
        QList<std::pair<QString, QByteArray>> identityKeys;
        bool demo = false;
        int handshakeTimeoutMs = 2000;
        int helloTimeoutMs = 10000;
        int silenceSeconds = 3600;
    };
    TestServer();
    explicit TestServer(Options options);
    ~TestServer();

    bool start(QString *error = nullptr);
    void stop();
    ServerApp &app() { return *m_app; }
    ManualClock &clock() { return m_clock; }
    QString visitorUrl() const;
    QString consoleUrl() const;
    QString httpUrl() const;
    QString dataDir() const { return m_dir.path(); }
    // Creates an account directly (hash and all), before or while serving.
    void addStaff(const QString &name, Role role, const QString &password);
    // Moves the clock and lets the server's tick timers see it.
    void advance(qint64 ms);

private:
    Options m_options;
    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerApp> m_app;
};

// Convenience: a visitor that has said hello.
struct Visitor
{
    std::unique_ptr<WsClient> ws;
    Welcome welcome;
    qint64 seq = 0;
    QString visitorId;

    static std::optional<Visitor> connect(const QString &url, Hello hello);
    static Hello hello(const QString &visitorId, const QString &url = QStringLiteral("https://shop.example/"),
                       PageKind kind = PageKind::Main);
    template<typename E>
    qint64 sendEvent(E e)
    {
        e.h.seq = ++seq;
        ws->send(e);
        return seq;
    }
    qint64 page(const QString &url, PageKind kind = PageKind::Other, const QString &productId = {});
    qint64 scroll(int depth);
    qint64 click(int x, int y);
    qint64 visibility(bool hidden);
    qint64 chat(const QString &text);
    qint64 help(HelpKind kind, const QString &text);
    // Waits until the server acknowledged every event sent so far.
    bool waitAcked(int timeoutMs = 5000);
};

// Convenience: a logged-in console that applies snapshot and deltas.
struct Console
{
    std::unique_ptr<WsClient> ws;
    LoginOk login;
    qint64 rev = 0;
    qint64 nextReq = 1;

    static std::optional<Console> connect(const QString &url, const QString &user,
                                          const QString &password);
    // Waits for a change matching pred in the deltas (consumed in order).
    std::optional<Change> waitChange(const std::function<bool(const Change &)> &pred,
                                     int timeoutMs = 5000);
    template<typename T>
    std::optional<Result> command(T cmd, int timeoutMs = 5000)
    {
        cmd.reqId = nextReq++;
        const qint64 id = cmd.reqId;
        ws->send(cmd);
        return ws->waitFor<Result>([id](const Result &r) { return r.reqId == id; }, timeoutMs);
    }

private:
    QList<Change> m_pending;
};

// The server binary run as a separate process (for crash and CLI tests).
class ServerProcess
{
public:
    ~ServerProcess();
    static QString binary();
    bool start(const QStringList &args, QString *error, int timeoutMs = 15000);
    void kill(); // SIGKILL
    int terminate(int timeoutMs = 15000); // SIGTERM; returns the exit code (-1 on crash/timeout)
    QJsonObject ready() const { return m_ready; }
    QString stderrText() const;
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QJsonObject m_ready;
};

} // namespace fw::test
