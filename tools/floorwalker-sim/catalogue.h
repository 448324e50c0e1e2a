#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fw::sim {

// A name in the shop's two languages; either may be empty.
struct LocalText
{
    QString ko;
    QString en;
    QString in(const QString &lang) const; // lang "ko..." picks Korean, else English; falls back
};

struct CatalogueCategory
{
    QString id;
    LocalText name;
};

struct CatalogueProduct
{
    QString id;
    QString category;
    LocalText name;
    double price = 0;
    QStringList tags;
};

// The shop catalogue the visitors browse (the demo shop's catalogue.json format; see README).
class Catalogue
{
public:
    static std::optional<Catalogue> fromJson(const QByteArray &json, QString *error);
    static std::optional<Catalogue> fromFile(const QString &path, QString *error);

    const QString &currency() const { return m_currency; }
    const QList<CatalogueCategory> &categories() const { return m_categories; }
    const QList<CatalogueProduct> &products() const { return m_products; }
    // Indexes into products() of the products in a category.
    const QList<int> &productsIn(int categoryIndex) const { return m_byCategory.at(categoryIndex); }
    int categoryIndex(const QString &id) const;
    // Words a visitor might search for (tags and product name words), deduplicated, sorted.
    const QStringList &searchTerms() const { return m_terms; }

private:
    QString m_currency;
    QList<CatalogueCategory> m_categories;
    QList<CatalogueProduct> m_products;
    QList<QList<int>> m_byCategory;
    QStringList m_terms;
};

} // namespace fw::sim
