#include "jsonreader.h"

#include <cmath>

namespace fw {

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{
}

QString JsonReader::fieldPath(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(QLatin1String key, const QString &what)
{
    if (m_error.isEmpty())
        m_error = fieldPath(key) + QLatin1String(": ") + what;
}

void JsonReader::failHere(const QString &what)
{
    if (m_error.isEmpty())
        m_error = m_path.isEmpty() ? what : m_path + QLatin1String(": ") + what;
}

std::optional<QJsonValue> JsonReader::value(QLatin1String key, Need need)
{
    if (!ok())
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (need == Need::Required)
            fail(key, QStringLiteral("required"));
        return std::nullopt;
    }
    return *it;
}

QString JsonReader::string(QLatin1String key, Need need, int maxLength, int minLength)
{
    const auto v = value(key, need);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    QString s = v->toString();
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("too long (at most %1 characters)").arg(maxLength));
        return {};
    }
    if (s.size() < minLength) {
        fail(key, QStringLiteral("too short (at least %1 characters)").arg(minLength));
        return {};
    }
    // Lone surrogates pass QJsonDocument; they would poison every later UTF-8 round trip.
    // Control characters (NUL above all, which PostgreSQL cannot store) are never text.
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r') {
            fail(key, QStringLiteral("control character U+%1 is not allowed")
                              .arg(c.unicode(), 4, 16, QLatin1Char('0')));
            return {};
        }
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            fail(key, QStringLiteral("invalid UTF-16 surrogate"));
            return {};
        }
    }
    return s;
}

qint64 JsonReader::integer(QLatin1String key, Need need, qint64 min, qint64 max, qint64 fallback)
{
    const auto v = value(key, need);
    if (!v)
        return fallback;
    if (!v->isDouble()) {
        fail(key, QStringLiteral("must be a number"));
        return fallback;
    }
    const double d = v->toDouble();
    if (!std::isfinite(d) || d != std::floor(d)) {
        fail(key, QStringLiteral("must be an integer"));
        return fallback;
    }
    if (d < double(min) || d > double(max)) {
        fail(key, QStringLiteral("out of range (%1..%2)").arg(min).arg(max));
        return fallback;
    }
    return qint64(d);
}

double JsonReader::number(QLatin1String key, Need need, double min, double max, double fallback)
{
    const auto v = value(key, need);
    if (!v)
        return fallback;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        fail(key, QStringLiteral("must be a number"));
        return fallback;
    }
    const double d = v->toDouble();
    if (d < min || d > max) {
        fail(key, QStringLiteral("out of range (%1..%2)").arg(min).arg(max));
        return fallback;
    }
    return d;
}

bool JsonReader::boolean(QLatin1String key, Need need, bool fallback)
{
    const auto v = value(key, need);
    if (!v)
        return fallback;
    if (!v->isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return fallback;
    }
    return v->toBool();
}

QJsonObject JsonReader::object(QLatin1String key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return {};
    if (!v->isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return {};
    }
    return v->toObject();
}

QJsonArray JsonReader::array(QLatin1String key, Need need, int maxItems)
{
    const auto v = value(key, need);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(key, QStringLiteral("must be an array"));
        return {};
    }
    QJsonArray a = v->toArray();
    if (a.size() > maxItems) {
        fail(key, QStringLiteral("too many items (at most %1)").arg(maxItems));
        return {};
    }
    return a;
}

JsonReader JsonReader::child(QLatin1String key, const QJsonObject &object) const
{
    return JsonReader(object, fieldPath(key));
}

void JsonReader::adopt(const JsonReader &child)
{
    if (m_error.isEmpty() && !child.ok())
        m_error = child.error();
}

} // namespace fw
