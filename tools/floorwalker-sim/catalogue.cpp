#include "catalogue.h"

#include "protocoltypes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

constexpr int MaxCategories = 1000;
constexpr int MaxProducts = 100000;
constexpr int MaxNameLength = 200;

bool isValidId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._-]{1,64}$"_s);
    return re.match(id).hasMatch();
}

// A name is {"ko": ..., "en": ...} or a plain string.
bool readName(const QJsonValue &v, const QString &path, LocalText *out, QString *error)
{
    if (v.isString()) {
        out->ko = out->en = v.toString();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const char *key : { "ko", "en" }) {
            const QJsonValue x = o.value(QLatin1String(key));
            if (!x.isUndefined() && !x.isString()) {
                *error = u"%1.%2: must be a string"_s.arg(path, QLatin1String(key));
                return false;
            }
        }
        out->ko = o.value("ko"_L1).toString();
        out->en = o.value("en"_L1).toString();
    } else {
        *error = u"%1: required, a string or {\"ko\": …, \"en\": …}"_s.arg(path);
        return false;
    }
    if (out->ko.trimmed().isEmpty() && out->en.trimmed().isEmpty()) {
        *error = u"%1: must not be empty"_s.arg(path);
        return false;
    }
    if (out->ko.size() > MaxNameLength || out->en.size() > MaxNameLength) {
        *error = u"%1: longer than %2 characters"_s.arg(path).arg(MaxNameLength);
        return false;
    }
    return true;
}

QString readId(const QJsonObject &o, const QString &path, const char *key, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || !isValidId(v.toString())) {
        *error = u"%1.%2: required, 1-64 of A-Za-z0-9._-"_s.arg(path, QLatin1String(key));
        return {};
    }
    return v.toString();
}

} // namespace

QString LocalText::in(const QString &lang) const
{
    const bool korean = lang.startsWith("ko"_L1);
    const QString &first = korean ? ko : en;
    return first.isEmpty() ? (korean ? en : ko) : first;
}

std::optional<Catalogue> Catalogue::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = u"not JSON (offset %1: %2)"_s.arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = u"the catalogue must be a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Catalogue c;
    const QJsonValue currency = root.value("currency"_L1);
    if (!currency.isUndefined() && !currency.isString()) {
        *error = u"currency: must be a string"_s;
        return std::nullopt;
    }
    c.m_currency = currency.toString();

    const QJsonValue cats = root.value("categories"_L1);
    if (!cats.isArray() || cats.toArray().isEmpty() || cats.toArray().size() > MaxCategories) {
        *error = u"categories: required, an array of 1-%1 categories"_s.arg(MaxCategories);
        return std::nullopt;
    }
    const QJsonArray catArray = cats.toArray();
    for (qsizetype i = 0; i < catArray.size(); ++i) {
        const QString path = u"categories[%1]"_s.arg(i);
        if (!catArray.at(i).isObject()) {
            *error = path + u": must be an object"_s;
            return std::nullopt;
        }
        const QJsonObject o = catArray.at(i).toObject();
        CatalogueCategory cat;
        cat.id = readId(o, path, "id", error);
        if (cat.id.isEmpty() || !readName(o.value("name"_L1), path + u".name"_s, &cat.name, error))
            return std::nullopt;
        if (c.categoryIndex(cat.id) >= 0) {
            *error = u"%1.id: \"%2\" appears twice"_s.arg(path, cat.id);
            return std::nullopt;
        }
        c.m_categories.append(cat);
    }
    c.m_byCategory.resize(c.m_categories.size());

    const QJsonValue prods = root.value("products"_L1);
    if (!prods.isArray() || prods.toArray().isEmpty() || prods.toArray().size() > MaxProducts) {
        *error = u"products: required, an array of 1-%1 products"_s.arg(MaxProducts);
        return std::nullopt;
    }
    const QJsonArray prodArray = prods.toArray();
    QSet<QString> seen;
    QSet<QString> terms;
    for (qsizetype i = 0; i < prodArray.size(); ++i) {
        const QString path = u"products[%1]"_s.arg(i);
        if (!prodArray.at(i).isObject()) {
            *error = path + u": must be an object"_s;
            return std::nullopt;
        }
        const QJsonObject o = prodArray.at(i).toObject();
        CatalogueProduct p;
        p.id = readId(o, path, "id", error);
        if (p.id.isEmpty())
            return std::nullopt;
        if (seen.contains(p.id)) {
            *error = u"%1.id: \"%2\" appears twice"_s.arg(path, p.id);
            return std::nullopt;
        }
        seen.insert(p.id);
        p.category = readId(o, path, "category", error);
        if (p.category.isEmpty())
            return std::nullopt;
        const int ci = c.categoryIndex(p.category);
        if (ci < 0) {
            *error = u"%1.category: unknown category \"%2\""_s.arg(path, p.category);
            return std::nullopt;
        }
        if (!readName(o.value("name"_L1), path + u".name"_s, &p.name, error))
            return std::nullopt;
        const QJsonValue price = o.value("price"_L1);
        if (!price.isUndefined() && (!price.isDouble() || price.toDouble() < 0)) {
            *error = path + u".price: must be a number >= 0"_s;
            return std::nullopt;
        }
        p.price = price.toDouble();
        const QJsonValue tags = o.value("tags"_L1);
        if (!tags.isUndefined() && !tags.isArray()) {
            *error = path + u".tags: must be an array of strings"_s;
            return std::nullopt;
        }
        for (const QJsonValue &t : tags.toArray()) {
            if (!t.isString() || t.toString().size() > limits::QueryLength) {
                *error = u"%1.tags: must be strings of at most %2 characters"_s.arg(path).arg(
                        limits::QueryLength);
                return std::nullopt;
            }
            if (!t.toString().trimmed().isEmpty()) {
                p.tags.append(t.toString().trimmed());
                terms.insert(t.toString().trimmed());
            }
        }
        for (const QString &name : { p.name.ko, p.name.en }) {
            const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
            for (const QString &w : words) {
                if (w.size() >= 2 && w.size() <= 40)
                    terms.insert(w);
            }
        }
        c.m_byCategory[ci].append(int(c.m_products.size()));
        c.m_products.append(p);
    }
    c.m_terms = QStringList(terms.cbegin(), terms.cend());
    c.m_terms.sort(); // QSet order varies between runs; a seed must not
    return c;
}

std::optional<Catalogue> Catalogue::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray data = f.read(64 * 1024 * 1024 + 1);
    if (data.size() > 64 * 1024 * 1024) {
        *error = u"%1: larger than 64 MiB"_s.arg(path);
        return std::nullopt;
    }
    QString e;
    auto c = fromJson(data, &e);
    if (!c)
        *error = u"%1: %2"_s.arg(path, e);
    return c;
}

int Catalogue::categoryIndex(const QString &id) const
{
    for (int i = 0; i < m_categories.size(); ++i) {
        if (m_categories.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace fw::sim
