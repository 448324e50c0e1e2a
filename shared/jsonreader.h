#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <array>
#include <optional>

namespace fw {

enum class Need { Required, Optional };

// Reads fields from an untrusted JSON object with type and range checks. The first problem is
// kept (with its field path) and every later read returns a default, so decoders read straight
// through and check ok() once at the end.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString path = {});

    QString string(QLatin1String key, Need need, int maxLength, int minLength = 0);
    qint64 integer(QLatin1String key, Need need, qint64 min, qint64 max, qint64 fallback = 0);
    double number(QLatin1String key, Need need, double min, double max, double fallback = 0);
    bool boolean(QLatin1String key, Need need, bool fallback = false);
    QJsonObject object(QLatin1String key, Need need);
    QJsonArray array(QLatin1String key, Need need, int maxItems);
    bool has(QLatin1String key) const { return m_object.contains(key); }
    const QJsonObject &raw() const { return m_object; }

    // A reader for a nested object that reports errors into this one.
    JsonReader child(QLatin1String key, const QJsonObject &object) const;
    void adopt(const JsonReader &child);

    template<typename E, std::size_t N>
    E enumValue(QLatin1String key, Need need, const std::array<const char *, N> &names, E fallback)
    {
        const QString s = string(key, need, 32);
        if (s.isEmpty())
            return fallback;
        for (std::size_t i = 0; i < N; ++i) {
            if (s == QLatin1String(names[i]))
                return static_cast<E>(i);
        }
        fail(key, QStringLiteral("unknown value \"%1\"").arg(s.left(32)));
        return fallback;
    }

    void fail(QLatin1String key, const QString &what);
    void failHere(const QString &what);
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    QString fieldPath(QLatin1String key) const;

private:
    std::optional<QJsonValue> value(QLatin1String key, Need need);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace fw
