#include "purchasemodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

bool checkKeys(const QJsonObject &o, const QStringList &allowed, const QString &path,
               QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = u"%1: unknown key \"%2\" (allowed: %3)"_s.arg(path, it.key().left(40),
                                                                   allowed.join(u", "_s));
            return false;
        }
    }
    return true;
}

// {"default": p, "<profile>": p, ...}: the default applies to profiles not named.
bool readProbabilities(const QJsonValue &v, const QString &path, std::array<double, 7> *out,
                       QString *error)
{
    out->fill(0);
    if (v.isUndefined())
        return true;
    if (v.isDouble()) {
        const double p = v.toDouble();
        if (!(p >= 0 && p <= 1)) {
            *error = path + u": a probability must be from 0 to 1"_s;
            return false;
        }
        out->fill(p);
        return true;
    }
    if (!v.isObject()) {
        *error = path + u": must be a probability or an object of probabilities by profile"_s;
        return false;
    }
    const QJsonObject o = v.toObject();
    QStringList allowed { u"default"_s };
    for (int i = 0; i < 7; ++i)
        allowed.append(toString(Profile(i)));
    if (!checkKeys(o, allowed, path, error))
        return false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isDouble() || !(it.value().toDouble() >= 0 && it.value().toDouble() <= 1)) {
            *error = u"%1.%2: a probability must be a number from 0 to 1"_s.arg(path, it.key());
            return false;
        }
    }
    const double fallback = o.value("default"_L1).toDouble(0);
    for (int i = 0; i < 7; ++i)
        (*out)[std::size_t(i)] = o.value(toString(Profile(i))).toDouble(fallback);
    return true;
}

bool readRange(const QJsonValue &v, const QString &path, PurchaseModel::Range fallback,
               PurchaseModel::Range *out, QString *error)
{
    if (v.isUndefined()) {
        *out = fallback;
        return true;
    }
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble() ||
        a.at(0).toDouble() < 0 || a.at(1).toDouble() < a.at(0).toDouble() ||
        a.at(1).toDouble() > 3600) {
        *error = path + u": must be [min, max] seconds with 0 <= min <= max <= 3600"_s;
        return false;
    }
    out->minMs = qint64(a.at(0).toDouble() * 1000);
    out->maxMs = qint64(a.at(1).toDouble() * 1000);
    return true;
}

bool readTexts(const QJsonValue &v, const QString &path, QStringList *out, QString *error)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray()) {
        *error = path + u": must be an array of strings"_s;
        return false;
    }
    for (const QJsonValue &t : v.toArray()) {
        if (!t.isString() || t.toString().trimmed().isEmpty() || t.toString().size() > 500) {
            *error = path + u": every reply must be a non-blank string of at most 500 characters"_s;
            return false;
        }
        out->append(t.toString());
    }
    return true;
}

} // namespace

PurchaseModel PurchaseModel::builtIn()
{
    QFile f(u":/floorwalker-sim/purchase-model.json"_s);
    QString error;
    std::optional<PurchaseModel> m;
    if (f.open(QIODevice::ReadOnly))
        m = fromJson(f.readAll(), &error);
    Q_ASSERT_X(m, "PurchaseModel::builtIn", qPrintable(error));
    return m ? *m : PurchaseModel();
}

std::optional<PurchaseModel> PurchaseModel::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError
                ? u"not JSON (offset %1: %2)"_s.arg(pe.offset).arg(pe.errorString())
                : u"the model must be a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!checkKeys(root, { u"version"_s, u"description"_s, u"actions"_s }, u"model"_s, error))
        return std::nullopt;
    if (root.value("version"_L1).toInt(-1) != 1 || !root.value("version"_L1).isDouble()) {
        *error = u"version: required, must be 1"_s;
        return std::nullopt;
    }
    PurchaseModel m;
    m.m_source = root;
    m.m_description = root.value("description"_L1).toString();
    const QJsonValue actions = root.value("actions"_L1);
    if (!actions.isObject()) {
        *error = u"actions: required, an object of action kinds"_s;
        return std::nullopt;
    }
    static const QRegularExpression kindRe(u"^[a-z][a-z0-9_]{0,31}$"_s);
    const QJsonObject ao = actions.toObject();
    for (auto it = ao.begin(); it != ao.end(); ++it) {
        const QString path = u"actions.%1"_s.arg(it.key().left(40));
        if (!kindRe.match(it.key()).hasMatch()) {
            *error = path + u": an action kind is 1-32 of a-z, 0-9 and _, starting with a letter"_s;
            return std::nullopt;
        }
        if (!it.value().isObject()) {
            *error = path + u": must be an object"_s;
            return std::nullopt;
        }
        const QJsonObject o = it.value().toObject();
        if (!checkKeys(o,
                       { u"respond"_s, u"buy"_s, u"respondDelaySeconds"_s, u"buyDelaySeconds"_s,
                         u"replies"_s },
                       path, error))
            return std::nullopt;
        Action a;
        if (!readProbabilities(o.value("respond"_L1), path + u".respond"_s, &a.respond, error) ||
            !readProbabilities(o.value("buy"_L1), path + u".buy"_s, &a.buy, error) ||
            !readRange(o.value("respondDelaySeconds"_L1), path + u".respondDelaySeconds"_s,
                       { 2000, 10000 }, &a.respondDelay, error) ||
            !readRange(o.value("buyDelaySeconds"_L1), path + u".buyDelaySeconds"_s, { 5000, 20000 },
                       &a.buyDelay, error))
            return std::nullopt;
        const QJsonValue replies = o.value("replies"_L1);
        if (!replies.isUndefined()) {
            if (!replies.isObject()) {
                *error = path + u".replies: must be {\"ko\": [...], \"en\": [...]}"_s;
                return std::nullopt;
            }
            const QJsonObject r = replies.toObject();
            if (!checkKeys(r, { u"ko"_s, u"en"_s }, path + u".replies"_s, error) ||
                !readTexts(r.value("ko"_L1), path + u".replies.ko"_s, &a.repliesKo, error) ||
                !readTexts(r.value("en"_L1), path + u".replies.en"_s, &a.repliesEn, error))
                return std::nullopt;
        }
        if (a.repliesKo.isEmpty())
            a.repliesKo = { u"네, 감사합니다"_s };
        if (a.repliesEn.isEmpty())
            a.repliesEn = { u"Thanks!"_s };
        m.m_actions.insert(it.key(), a);
    }
    return m;
}

std::optional<PurchaseModel> PurchaseModel::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    QString e;
    auto m = fromJson(f.read(4 * 1024 * 1024), &e);
    if (!m)
        *error = u"%1: %2"_s.arg(path, e);
    return m;
}

const PurchaseModel::Action *PurchaseModel::action(const QString &kind) const
{
    const auto it = m_actions.constFind(kind);
    return it == m_actions.constEnd() ? nullptr : &*it;
}

QStringList PurchaseModel::kinds() const
{
    QStringList k = m_actions.keys();
    k.sort();
    return k;
}

} // namespace fw::sim
