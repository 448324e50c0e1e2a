#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QUrl>

namespace fw {

// A real floorwalker-server in a child process, for the console's tests and screenshot tool:
// starts it on a data folder, reads its "ready {json}" line, restarts it on the same folder
// and ports, kills it the hard way.
class ServerProcess : public QObject
{
    Q_OBJECT
public:
    explicit ServerProcess(const QString &binary, QObject *parent = nullptr);
    ~ServerProcess() override;

    // Runs "--add-user" before the server starts (the password goes through standard input).
    bool addUser(const QString &dataDir, const QString &name, const QString &role,
                 const QString &password, QString *error);
    // `extraArgs` e.g. {"--demo"} or {"--identity-key", "k1:..."}. Listens on 127.0.0.1, port 0.
    bool start(const QString &dataDir, const QStringList &extraArgs, QString *error,
               int timeoutMs = 20000);
    // Starts again on the same data folder and the same ports.
    bool restart(QString *error, int timeoutMs = 20000);
    void kill(); // SIGKILL: no clean shutdown
    void stop(); // SIGTERM and wait

    const QJsonObject &ready() const { return m_ready; }
    QUrl consoleUrl() const;
    QUrl visitorUrl() const;
    QString demoUser() const;
    QString demoPassword() const;
    QString errorOutput() const { return m_stderr; }

private:
    bool launch(const QStringList &args, QString *error, int timeoutMs);

    QString m_binary;
    QString m_dataDir;
    QStringList m_extraArgs;
    QProcess *m_process = nullptr;
    QJsonObject m_ready;
    QString m_stderr;
    int m_httpPort = 0;
    int m_wsPort = 0;
};

} // namespace fw
