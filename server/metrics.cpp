#include "metrics.h"

namespace fw {

namespace {
QByteArray number(double v)
{
    if (v == qint64(v))
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'g', 10);
}

QByteArray escapeLabel(const QString &v)
{
    QByteArray out = v.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}
} // namespace

void PrometheusWriter::header(const char *name, const char *type, const char *help)
{
    m_out += "# HELP ";
    m_out += name;
    m_out += ' ';
    m_out += help;
    m_out += "\n# TYPE ";
    m_out += name;
    m_out += ' ';
    m_out += type;
    m_out += '\n';
}

void PrometheusWriter::gauge(const char *name, const char *help, double value)
{
    header(name, "gauge", help);
    m_out += name;
    m_out += ' ' + number(value) + '\n';
}

void PrometheusWriter::counter(const char *name, const char *help, double value)
{
    header(name, "counter", help);
    m_out += name;
    m_out += ' ' + number(value) + '\n';
}

void PrometheusWriter::labelled(const char *name, const char *type, const char *help,
                                const char *label, const QList<std::pair<QString, double>> &rows)
{
    header(name, type, help);
    for (const auto &[value, n] : rows) {
        m_out += name;
        m_out += '{';
        m_out += label;
        m_out += "=\"" + escapeLabel(value) + "\"} " + number(n) + '\n';
    }
}

void RateMeter::sample(qint64 nowMs, quint64 total)
{
    m_samples.emplace_back(nowMs, total);
    while (int(m_samples.size()) > m_window + 1)
        m_samples.pop_front();
}

double RateMeter::perSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const auto &[t0, n0] = m_samples.front();
    const auto &[t1, n1] = m_samples.back();
    return t1 > t0 ? double(n1 - n0) * 1000.0 / double(t1 - t0) : 0;
}

} // namespace fw
