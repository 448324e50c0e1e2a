#pragma once

#include "catalogue.h"
#include "protocoltypes.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace fw::sim {

// The demo shop's URL scheme under a base URL (".../shop/"): which page a visitor is on, as
// the tracker would report it (URL, title, kind, product and category ids, query).
class ShopMap
{
public:
    static std::optional<ShopMap> create(const QString &baseUrl, const Catalogue &catalogue,
                                         QString *error);

    const Catalogue &catalogue() const { return m_catalogue; }
    const QString &baseUrl() const { return m_base; }

    PageInfo main(const QString &lang) const;
    // sort: "", "price-asc", "price-desc", "new" or "popular".
    PageInfo category(int categoryIndex, const QString &sort, const QString &lang) const;
    PageInfo product(int productIndex, const QString &lang) const;
    PageInfo search(const QString &query, const QString &lang) const;
    PageInfo cart(const QString &lang) const;
    PageInfo checkout(const QString &lang) const;
    PageInfo orderComplete(const QString &lang) const; // checkout.html?done=1: a purchase
    static bool isOrderComplete(const PageInfo &page);

    static const QStringList &sortOptions(); // "" first

private:
    ShopMap(QString base, Catalogue catalogue);
    QString url(const QString &file, const QList<std::pair<QString, QString>> &query = {}) const;

    QString m_base;
    Catalogue m_catalogue;
};

} // namespace fw::sim
