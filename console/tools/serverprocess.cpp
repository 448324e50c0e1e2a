#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fw {

ServerProcess::ServerProcess(const QString &binary, QObject *parent)
    : QObject(parent)
    , m_binary(binary)
{ }

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::addUser(const QString &dataDir, const QString &name, const QString &role,
                            const QString &password, QString *error)
{
    QProcess p;
    p.start(m_binary, { u"--data-dir"_s, dataDir, u"--add-user"_s, name, u"--role"_s, role });
    if (!p.waitForStarted(10000)) {
        *error = u"cannot start %1: %2"_s.arg(m_binary, p.errorString());
        return false;
    }
    p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"--add-user %1 failed: %2"_s.arg(name,
                                                   QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool ServerProcess::start(const QString &dataDir, const QStringList &extraArgs, QString *error,
                          int timeoutMs)
{
    m_dataDir = dataDir;
    m_extraArgs = extraArgs;
    QStringList args { u"--data-dir"_s, dataDir, u"--listen"_s, u"127.0.0.1:0"_s };
    args += extraArgs;
    return launch(args, error, timeoutMs);
}

bool ServerProcess::restart(QString *error, int timeoutMs)
{
    stop();
    QStringList args { u"--data-dir"_s,  m_dataDir,
                       u"--listen"_s,    u"127.0.0.1:%1"_s.arg(m_httpPort),
                       u"--ws-listen"_s, u"127.0.0.1:%1"_s.arg(m_wsPort) };
    args += m_extraArgs;
    // The old sockets may linger a moment; try a few times.
    for (int i = 0; i < 20; ++i) {
        if (launch(args, error, timeoutMs))
            return true;
        QThread::msleep(250);
    }
    return false;
}

bool ServerProcess::launch(const QStringList &args, QString *error, int timeoutMs)
{
    delete m_process;
    m_process = new QProcess(this);
    m_stderr.clear();
    m_ready = {};
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += QString::fromUtf8(m_process->readAllStandardError()); });
    m_process->start(m_binary, args);
    if (!m_process->waitForStarted(10000)) {
        *error = u"cannot start %1: %2"_s.arg(m_binary, m_process->errorString());
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            break;
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const qsizetype nl = out.indexOf('\n');
        if (nl >= 0 && out.startsWith("ready ")) {
            m_ready = QJsonDocument::fromJson(out.mid(6, nl - 6)).object();
            const QUrl http(m_ready.value(u"http"_s).toString());
            const QUrl ws(m_ready.value(u"ws"_s).toString());
            m_httpPort = http.port();
            m_wsPort = ws.port();
            return !m_ready.isEmpty();
        }
    }
    m_stderr += QString::fromUtf8(m_process->readAllStandardError());
    *error = u"the server did not become ready: %1"_s.arg(m_stderr.right(2000));
    m_process->kill();
    m_process->waitForFinished(5000);
    return false;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

void ServerProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QUrl ServerProcess::consoleUrl() const
{
    return QUrl(m_ready.value(u"consoleWs"_s).toString());
}
QUrl ServerProcess::visitorUrl() const
{
    return QUrl(m_ready.value(u"visitorWs"_s).toString());
}

QString ServerProcess::demoUser() const
{
    return m_ready.value(u"demoLogin"_s).toObject().value(u"user"_s).toString();
}

QString ServerProcess::demoPassword() const
{
    return m_ready.value(u"demoLogin"_s).toObject().value(u"password"_s).toString();
}

} // namespace fw
