#include "shopmap.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {
QString pick(const QString &lang, const char *ko, const char *en)
{
    return lang.startsWith("ko"_L1) ? QString::fromUtf8(ko) : QString::fromUtf8(en);
}

QString shopName(const QString &lang)
{
    return pick(lang, "플로어워커 숍", "Floorwalker Shop");
}
} // namespace

ShopMap::ShopMap(QString base, Catalogue catalogue)
    : m_base(std::move(base))
    , m_catalogue(std::move(catalogue))
{ }

std::optional<ShopMap> ShopMap::create(const QString &baseUrl, const Catalogue &catalogue,
                                       QString *error)
{
    QString base = baseUrl.trimmed();
    if (!isHttpUrl(base) || base.size() > 1000) {
        *error =
                u"page base URL \"%1\": must be an absolute http or https URL"_s.arg(base.left(80));
        return std::nullopt;
    }
    const QUrl u(base);
    if (u.hasQuery() || u.hasFragment()) {
        *error = u"page base URL \"%1\": must not have a query or fragment"_s.arg(base.left(80));
        return std::nullopt;
    }
    base = u.toString(QUrl::FullyEncoded);
    if (!base.endsWith(u'/'))
        base += u'/';
    return ShopMap(base, catalogue);
}

const QStringList &ShopMap::sortOptions()
{
    static const QStringList s { QString(), u"price-asc"_s, u"price-desc"_s, u"new"_s,
                                 u"popular"_s };
    return s;
}

QString ShopMap::url(const QString &file, const QList<std::pair<QString, QString>> &query) const
{
    QString u = m_base + file;
    for (qsizetype i = 0; i < query.size(); ++i) {
        u += (i == 0 ? u'?' : u'&') + query.at(i).first + u'=' +
                QString::fromLatin1(QUrl::toPercentEncoding(query.at(i).second));
    }
    return u;
}

PageInfo ShopMap::main(const QString &lang) const
{
    PageInfo p;
    p.url = url(QString());
    p.title = shopName(lang);
    p.kind = PageKind::Main;
    return p;
}

PageInfo ShopMap::category(int categoryIndex, const QString &sort, const QString &lang) const
{
    const CatalogueCategory &c = m_catalogue.categories().at(categoryIndex);
    PageInfo p;
    QList<std::pair<QString, QString>> q { { u"c"_s, c.id } };
    if (!sort.isEmpty())
        q.append({ u"sort"_s, sort });
    p.url = url(u"category.html"_s, q);
    p.title = QString(c.name.in(lang) + u" - "_s + shopName(lang)).left(limits::TitleLength);
    p.kind = PageKind::Category;
    p.categoryId = c.id;
    return p;
}

PageInfo ShopMap::product(int productIndex, const QString &lang) const
{
    const CatalogueProduct &pr = m_catalogue.products().at(productIndex);
    PageInfo p;
    p.url = url(u"product.html"_s, { { u"id"_s, pr.id } });
    p.title = QString(pr.name.in(lang) + u" - "_s + shopName(lang)).left(limits::TitleLength);
    p.kind = PageKind::Product;
    p.productId = pr.id;
    p.categoryId = pr.category;
    return p;
}

PageInfo ShopMap::search(const QString &query, const QString &lang) const
{
    PageInfo p;
    const QString q = query.left(limits::QueryLength);
    p.url = url(u"search.html"_s, { { u"q"_s, q } });
    p.title = QString(pick(lang, "검색: ", "Search: ") + q).left(limits::TitleLength);
    p.kind = PageKind::Search;
    p.query = q;
    return p;
}

PageInfo ShopMap::cart(const QString &lang) const
{
    PageInfo p;
    p.url = url(u"cart.html"_s);
    p.title = pick(lang, "장바구니", "Cart") + u" - "_s + shopName(lang);
    p.kind = PageKind::Cart;
    return p;
}

PageInfo ShopMap::checkout(const QString &lang) const
{
    PageInfo p;
    p.url = url(u"checkout.html"_s);
    p.title = pick(lang, "주문/결제", "Checkout") + u" - "_s + shopName(lang);
    p.kind = PageKind::Checkout;
    return p;
}

PageInfo ShopMap::orderComplete(const QString &lang) const
{
    PageInfo p;
    p.url = url(u"checkout.html"_s, { { u"done"_s, u"1"_s } });
    p.title = pick(lang, "주문 완료", "Order complete") + u" - "_s + shopName(lang);
    p.kind = PageKind::Checkout;
    return p;
}

bool ShopMap::isOrderComplete(const PageInfo &page)
{
    if (page.kind != PageKind::Checkout)
        return false;
    return QUrlQuery(QUrl(page.url)).queryItemValue(u"done"_s) == "1"_L1;
}

} // namespace fw::sim
