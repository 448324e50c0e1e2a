// fw-bench-table: prints one table row per floorwalker-sim load report (bench/visitor_load.sh).
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QJsonValue at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    const QStringList parts = path.split(u'.');
    for (const QString &p : parts)
        v = v.toObject().value(p);
    return v;
}

QString num(const QJsonValue &v, int decimals = 0)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', decimals) : u"-"_s;
}

QString percentiles(const QJsonObject &l)
{
    if (l.value("count"_L1).toDouble() <= 0)
        return u"-"_s;
    return u"%1 / %2 / %3"_s.arg(num(l.value("p50"_L1), 1), num(l.value("p95"_L1), 1),
                                 num(l.value("p99"_L1), 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList files = QCoreApplication::arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: fw-bench-table REPORT.json...\n");
        return 2;
    }
    const QStringList header { u"visitors"_s,
                               u"asked ev/s"_s,
                               u"acked ev/s"_s,
                               u"connect s (conn/s)"_s,
                               u"server CPU %"_s,
                               u"server RSS MB"_s,
                               u"KB/visitor"_s,
                               u"sim CPU %"_s,
                               u"ack p50/p95/p99 ms"_s,
                               u"console p50/p95/p99 ms"_s,
                               u"closes"_s,
                               u"load avg"_s };
    QList<QStringList> rows;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fw-bench-table: cannot read %s\n", qPrintable(file));
            return 1;
        }
        const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
        if (!r.contains(u"load"_s)) {
            std::fprintf(stderr, "fw-bench-table: %s is not a load-mode report\n",
                         qPrintable(file));
            continue;
        }
        const QJsonObject l = r.value("load"_L1).toObject();
        const double visitors = at(r, u"options.visitors"_s).toDouble();
        const double connected = l.value("connected"_L1).toDouble();
        const double rss = at(r, u"server.rssMb"_s).toDouble();
        const double rssBefore = at(r, u"server.rssMbBefore"_s).toDouble();
        double closes = 0;
        const QJsonObject byCode = at(r, u"closes.byCode"_s).toObject();
        for (auto it = byCode.begin(); it != byCode.end(); ++it)
            closes += it.value().toDouble();
        rows.append({ connected < visitors ? u"%1 (%2 in)"_s.arg(visitors).arg(connected)
                                           : QString::number(visitors),
                      num(l.value("requestedEventsPerSecond"_L1)),
                      num(l.value("ackedPerSecond"_L1)),
                      u"%1 (%2)"_s.arg(
                              num(QJsonValue(l.value("connectPhaseMs"_L1).toDouble() / 1000.0), 1),
                              num(l.value("connectionsPerSecond"_L1))),
                      num(l.value("serverCpuPercent"_L1)), num(at(r, u"server.rssMb"_s)),
                      connected > 0 && rss > 0
                              ? QString::number((rss - rssBefore) * 1024.0 / connected, 'f', 1)
                              : u"-"_s,
                      num(l.value("generatorCpuPercent"_L1)),
                      percentiles(at(l, u"latencyMs.eventToAck"_s).toObject()),
                      percentiles(at(l, u"latencyMs.eventToConsole"_s).toObject()),
                      QString::number(closes),
                      u"%1-%2"_s.arg(num(at(r, u"machine.loadAverageAtStart"_s), 1),
                                     num(at(r, u"machine.loadAverageAtEnd"_s), 1)) });
    }
    QList<qsizetype> width;
    for (const QString &h : header)
        width.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            width[i] = qMax(width[i], row.at(i).size());
    }
    auto print = [&](const QStringList &cells) {
        QString line = u"|"_s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += u' ' + cells.at(i).rightJustified(width[i]) + u" |"_s;
        std::printf("%s\n", qPrintable(line));
    };
    print(header);
    QStringList rule;
    for (qsizetype w : width)
        rule.append(QString(w, u'-'));
    print(rule);
    for (const QStringList &row : rows)
        print(row);
    return 0;
}
