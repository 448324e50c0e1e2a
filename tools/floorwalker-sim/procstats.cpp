#include "procstats.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace fw::sim {

std::optional<ProcStats> ProcStats::read(qint64 pid)
{
#ifdef Q_OS_LINUX
    const QString dir = pid > 0 ? u"/proc/%1"_s.arg(pid) : u"/proc/self"_s;
    QFile stat(dir + u"/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // The command name is in parentheses and may contain spaces: parse after the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> f = line.mid(close + 2).split(' ');
    // After the name: state(0) ... utime is field 14 of the whole line, i.e. index 11 here.
    if (f.size() < 18)
        return std::nullopt;
    static const long ticks = sysconf(_SC_CLK_TCK);
    ProcStats p;
    p.cpuMs = (f.at(11).toLongLong() + f.at(12).toLongLong()) * 1000 / (ticks > 0 ? ticks : 100);
    p.threads = f.at(17).toInt();
    QFile status(dir + u"/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &l : lines) {
            auto value = [&l] {
                return l.mid(l.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
            };
            if (l.startsWith("VmRSS:"))
                p.rssKb = value();
            else if (l.startsWith("VmHWM:"))
                p.peakRssKb = value();
        }
    }
    const QDir fd(dir + u"/fd"_s);
    if (fd.exists())
        p.openFiles =
                int(fd.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size());
    return p;
#else
    Q_UNUSED(pid);
    return std::nullopt;
#endif
}

std::optional<double> ProcStats::loadAverage()
{
#ifdef Q_OS_LINUX
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const double v = f.readAll().split(' ').value(0).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
#else
    return std::nullopt;
#endif
}

double ProcStats::cpuPercent(const ProcStats &from, const ProcStats &to, qint64 wallMs)
{
    if (wallMs <= 0)
        return 0;
    return double(to.cpuMs - from.cpuMs) * 100.0 / double(wallMs);
}

} // namespace fw::sim
