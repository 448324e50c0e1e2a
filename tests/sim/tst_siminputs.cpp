// Everything the simulator reads from outside: the command line, catalogues, the purchase
// model; plus the shop's URL scheme and the report's statistics. Bad input must give one
// clear error, never a crash.
#include "catalogue.h"
#include "latencystats.h"
#include "procstats.h"
#include "purchasemodel.h"
#include "shopmap.h"
#include "simoptions.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace fw::sim;

namespace {

// JSON with single quotes, so test data needs no escaping (moc 6.4 and raw strings disagree).
QByteArray j(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

const char *const ReadyLine =
        "ready "
        "{'consoleWs':'ws://127.0.0.1:4001/v1/console','demoLogin':{'password':'pw-123456789',"
        "'user':'admin'},'http':'http://127.0.0.1:4000','shop':'http://127.0.0.1:4000/shop/',"
        "'visitorWs':'ws://127.0.0.1:4001/v1/visitor','ws':'ws://127.0.0.1:4001'}";

std::optional<SimOptions> parse(QStringList args, QString *error)
{
    args.prepend(u"floorwalker-sim"_s);
    return SimOptions::parse(args, error);
}

} // namespace

class tst_SimInputs : public QObject
{
    Q_OBJECT

private slots:
    void readyLineGivesTheDefaults()
    {
        QString error;
        const auto o = parse({ u"--ready"_s, QString::fromUtf8(j(ReadyLine)) }, &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->visitorUrl, u"ws://127.0.0.1:4001/v1/visitor"_s);
        QCOMPARE(o->consoleUrl, u"ws://127.0.0.1:4001/v1/console"_s);
        QCOMPARE(o->pageBase, u"http://127.0.0.1:4000/shop/"_s);
        QCOMPARE(o->catalogue, u"http://127.0.0.1:4000/shop/catalogue.json"_s);
        QCOMPARE(o->consoleUser, u"admin"_s);
        QCOMPARE(o->consolePassword, u"pw-123456789"_s);
        QVERIFY(o->mode == SimOptions::Mode::Behaviour);
        QVERIFY(o->navigation == SimOptions::Navigation::Mpa);
        QCOMPARE(o->tokenUrl, u"http://127.0.0.1:4000/shop/api/token"_s);
        QCOMPARE(o->customers.size(), 12); // the demo server's C-1001 to C-1012
        QCOMPARE(o->identifiedShare, 0.0);
        QVERIFY(!o->toJson().contains(u"consolePassword"_s));
        QVERIFY(!QString::fromUtf8(QJsonDocument(o->toJson()).toJson())
                         .contains(u"pw-123456789"_s));
    }

    void noConsoleDropsTheReadyLogin()
    {
        QString error;
        const auto o =
                parse({ u"--ready"_s, QString::fromUtf8(j(ReadyLine)), u"--no-console"_s }, &error);
        QVERIFY2(o, qPrintable(error));
        QVERIFY(o->consoleUser.isEmpty());
        QVERIFY(o->consolePassword.isEmpty());
        QVERIFY(!parse({ u"--ready"_s, QString::fromUtf8(j(ReadyLine)), u"--no-console"_s,
                         u"--console-user"_s, u"admin"_s },
                       &error));
        QVERIFY2(error.contains(u"--no-console"_s), qPrintable(error));
    }

    void explicitOptionsWin()
    {
        QString error;
        const auto o = parse({ u"--ready"_s, QString::fromUtf8(j(ReadyLine)), u"--server"_s,
                               u"ws://10.0.0.2:9000/v1/visitor"_s, u"--page-base"_s,
                               u"https://shop.example/s"_s, u"--catalogue"_s, u"/tmp/c.json"_s,
                               u"--mode"_s, u"load"_s, u"--visitors"_s, u"500"_s, u"--event-rate"_s,
                               u"2500"_s, u"--thresholds"_s, u"quick"_s },
                             &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->visitorUrl, u"ws://10.0.0.2:9000/v1/visitor"_s);
        QCOMPARE(o->consoleUrl, u"ws://10.0.0.2:9000/v1/console"_s);
        QCOMPARE(o->pageBase, u"https://shop.example/s"_s);
        QCOMPARE(o->catalogue, u"/tmp/c.json"_s);
        QVERIFY(o->mode == SimOptions::Mode::Load);
        QVERIFY(o->navigation == SimOptions::Navigation::Spa); // load mode default
        QCOMPARE(o->visitors, 500);
        QCOMPARE(o->eventRate, 2500.0);
        QVERIFY(o->thresholds);
        QCOMPARE(o->thresholds->value(fw::ThresholdKey::IdleSeconds), 10);
        QCOMPARE(o->thresholds->value(fw::ThresholdKey::InterestScrollAfterSeconds), 1);
        QCOMPARE(o->thresholds->value(fw::ThresholdKey::HopMoves), 5); // not a behaviour minimum
    }

    void badOptionsAreRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString s = u"--server"_s, ws = u"ws://127.0.0.1:1"_s;
        QTest::newRow("no server") << QStringList {} << u"--server"_s;
        QTest::newRow("http server") << QStringList { s, u"http://x"_s } << u"ws://"_s;
        QTest::newRow("bad ready")
                << QStringList { u"--ready"_s, u"ready {nope"_s } << u"--ready"_s;
        QTest::newRow("visitors 0")
                << QStringList { s, ws, u"--visitors"_s, u"0"_s } << u"--visitors"_s;
        QTest::newRow("visitors x")
                << QStringList { s, ws, u"--visitors"_s, u"lots"_s } << u"--visitors"_s;
        QTest::newRow("visitors frac")
                << QStringList { s, ws, u"--visitors"_s, u"2.5"_s } << u"--visitors"_s;
        QTest::newRow("mix") << QStringList { s, ws, u"--mix"_s, u"ninja=2"_s } << u"ninja"_s;
        QTest::newRow("mode") << QStringList { s, ws, u"--mode"_s, u"chaos"_s } << u"--mode"_s;
        QTest::newRow("threshold name")
                << QStringList { s, ws, u"--thresholds"_s, u"idle=10"_s } << u"idle"_s;
        QTest::newRow("threshold range")
                << QStringList { s, ws, u"--thresholds"_s, u"idleSeconds=5"_s } << u"idleSeconds"_s;
        QTest::newRow("set needs console")
                << QStringList { s, ws, u"--set-thresholds"_s, u"quick"_s } << u"console"_s;
        QTest::newRow("auto chat state") << QStringList { s,
                                                          ws,
                                                          u"--console-user"_s,
                                                          u"a"_s,
                                                          u"--console-password"_s,
                                                          u"b"_s,
                                                          u"--auto-chat"_s,
                                                          u"grumpy"_s }
                                         << u"grumpy"_s;
        QTest::newRow("user without password")
                << QStringList { s, ws, u"--console-user"_s, u"a"_s } << u"password"_s;
        QTest::newRow("page base")
                << QStringList { s, ws, u"--page-base"_s, u"ftp://x/"_s } << u"--page-base"_s;
        QTest::newRow("time scale")
                << QStringList { s, ws, u"--time-scale"_s, u"0"_s } << u"--time-scale"_s;
        QTest::newRow("rate margin")
                << QStringList { s, ws, u"--rate-margin"_s, u"2"_s } << u"--rate-margin"_s;
        QTest::newRow("site key") << QStringList { s, ws, u"--site-key"_s, u"a b"_s }
                                  << u"--site-key"_s;
        QTest::newRow("unknown option")
                << QStringList { s, ws, u"--frobnicate"_s } << u"frobnicate"_s;
        QTest::newRow("positional") << QStringList { s, ws, u"extra"_s } << u"extra"_s;
        QTest::newRow("identified range")
                << QStringList { s, ws, u"--identified"_s, u"1.5"_s } << u"--identified"_s;
        QTest::newRow("identified needs a token url")
                << QStringList { s, ws, u"--identified"_s, u"0.5"_s } << u"--token-url"_s;
        QTest::newRow("token url")
                << QStringList { s, ws, u"--identified"_s, u"0.5"_s, u"--token-url"_s, u"x"_s }
                << u"--token-url"_s;
        QTest::newRow("customers")
                << QStringList { s, ws, u"--customers"_s, u"C-1,a b"_s } << u"--customers"_s;
        QTest::newRow("no customers")
                << QStringList { s, ws, u"--customers"_s, u","_s } << u"--customers"_s;
        QTest::newRow("help share")
                << QStringList { s, ws, u"--help-share"_s, u"-1"_s } << u"--help-share"_s;
        QTest::newRow("continuous load")
                << QStringList { s, ws, u"--mode"_s, u"load"_s, u"--continuous"_s }
                << u"--continuous"_s;
    }

    void badOptionsAreRefusedClearly()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parse(args, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void fixtureCatalogueLoads()
    {
        QString error;
        const auto c = Catalogue::fromFile(
                QStringLiteral(FW_SIM_FIXTURES "/catalogue-fixture.json"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->currency(), u"KRW"_s);
        QCOMPARE(c->categories().size(), 4);
        QCOMPARE(c->products().size(), 12);
        QCOMPARE(c->categoryIndex(u"knit"_s), 1);
        QCOMPARE(c->productsIn(1).size(), 3);
        QCOMPARE(c->products().at(c->productsIn(1).first()).id, u"P-201"_s);
        QCOMPARE(c->categories().at(3).name.in(u"ko-KR"_s), u"Bags"_s); // a plain-string name
        QCOMPARE(c->products().first().name.in(u"ko-KR"_s), u"울 코트"_s);
        QCOMPARE(c->products().first().name.in(u"en-US"_s), u"Wool coat"_s);
        QVERIFY(c->searchTerms().contains(u"코트"_s));
    }

    void demoShopCatalogueLoads()
    {
        // The real demo shop's file: the format the simulator expects.
        const QString path = QStringLiteral(FW_SOURCE_DIR "/resources/demo-shop/catalogue.json");
        QString error;
        const auto c = Catalogue::fromFile(path, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->categories().size() >= 2);
        QVERIFY(c->products().size() >= 10);
    }

    void badCataloguesAreRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{") << u"not JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"object"_s;
        QTest::newRow("no categories") << j("{'products':[]}") << u"categories"_s;
        QTest::newRow("empty categories")
                << j("{'categories':[],'products':[]}") << u"categories"_s;
        QTest::newRow("bad category id")
                << j("{'categories':[{'id':'a b','name':'x'}],'products':[]}")
                << u"categories[0].id"_s;
        QTest::newRow("duplicate category")
                << j("{'categories':[{'id':'a','name':'x'},{'id':'a','name':'y'}],'products':[]}")
                << u"twice"_s;
        QTest::newRow("no products")
                << j("{'categories':[{'id':'a','name':'x'}]}") << u"products"_s;
        QTest::newRow("unknown category") << j("{'categories':[{'id':'a','name':'x'}],'products':[{"
                                               "'id':'P1','category':'b','name':'n'}]}")
                                          << u"products[0].category"_s;
        QTest::newRow("no name") << j("{'categories':[{'id':'a','name':'x'}],'products':[{'id':'P1'"
                                      ",'category':'a'}]}")
                                 << u"products[0].name"_s;
        QTest::newRow("blank name")
                << j("{'categories':[{'id':'a','name':{'ko':' ','en':''}}],'products':[]}")
                << u"categories[0].name"_s;
        QTest::newRow("bad price") << j("{'categories':[{'id':'a','name':'x'}],'products':[{'id':'"
                                        "P1','category':'a','name':'n','price':'cheap'}]}")
                                   << u"price"_s;
        QTest::newRow("bad tags") << j("{'categories':[{'id':'a','name':'x'}],'products':[{'id':'"
                                       "P1','category':'a','name':'n','tags':[1]}]}")
                                  << u"tags"_s;
        QTest::newRow("duplicate product")
                << j("{'categories':[{'id':'a','name':'x'}],'products':[{'id':'P1','category':'a','"
                     "name':'n'},{'id':'P1','category':'a','name':'m'}]}")
                << u"twice"_s;
    }

    void badCataloguesAreRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!Catalogue::fromJson(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!Catalogue::fromFile(u"/nonexistent/catalogue.json"_s, &error));
        QVERIFY(error.contains(u"/nonexistent/catalogue.json"_s));
    }

    void shopUrlsFollowTheDemoShopScheme()
    {
        QString error;
        const auto c = Catalogue::fromFile(
                QStringLiteral(FW_SIM_FIXTURES "/catalogue-fixture.json"), &error);
        QVERIFY(c);
        const auto shop = ShopMap::create(u"http://127.0.0.1:8080/shop"_s, *c, &error);
        QVERIFY2(shop, qPrintable(error));
        QCOMPARE(shop->main(u"ko"_s).url, u"http://127.0.0.1:8080/shop/"_s);
        QVERIFY(shop->main(u"ko"_s).kind == fw::PageKind::Main);
        const fw::PageInfo cat = shop->category(0, u"price-asc"_s, u"en-US"_s);
        QCOMPARE(cat.url, u"http://127.0.0.1:8080/shop/category.html?c=outer&sort=price-asc"_s);
        QVERIFY(cat.kind == fw::PageKind::Category);
        QCOMPARE(cat.categoryId, u"outer"_s);
        QVERIFY(cat.title.startsWith(u"Outerwear"_s));
        QCOMPARE(shop->category(1, QString(), u"ko"_s).url,
                 u"http://127.0.0.1:8080/shop/category.html?c=knit"_s);
        const fw::PageInfo p = shop->product(0, u"ko-KR"_s);
        QCOMPARE(p.url, u"http://127.0.0.1:8080/shop/product.html?id=P-101"_s);
        QVERIFY(p.kind == fw::PageKind::Product);
        QCOMPARE(p.productId, u"P-101"_s);
        QCOMPARE(p.categoryId, u"outer"_s);
        QVERIFY(p.title.startsWith(u"울 코트"_s));
        const fw::PageInfo s = shop->search(u"울 코트 & more"_s, u"ko"_s);
        QVERIFY(s.kind == fw::PageKind::Search);
        QCOMPARE(s.query, u"울 코트 & more"_s);
        QVERIFY(s.url.startsWith(u"http://127.0.0.1:8080/shop/search.html?q=%EC%9A%B8"_s));
        QCOMPARE(QUrlQuery(QUrl(s.url)).queryItemValue(u"q"_s, QUrl::FullyDecoded),
                 u"울 코트 & more"_s);
        QCOMPARE(shop->cart(u"en"_s).url, u"http://127.0.0.1:8080/shop/cart.html"_s);
        QCOMPARE(shop->checkout(u"en"_s).url, u"http://127.0.0.1:8080/shop/checkout.html"_s);
        const fw::PageInfo done = shop->orderComplete(u"en"_s);
        QCOMPARE(done.url, u"http://127.0.0.1:8080/shop/checkout.html?done=1"_s);
        QVERIFY(ShopMap::isOrderComplete(done));
        QVERIFY(!ShopMap::isOrderComplete(shop->checkout(u"en"_s)));
        QVERIFY(!ShopMap::isOrderComplete(p));
        for (const fw::PageInfo &page : { cat, p, s, done })
            QVERIFY(fw::isHttpUrl(page.url));
        QVERIFY(!ShopMap::create(u"shop/"_s, *c, &error));
        QVERIFY(error.contains(u"http"_s));
        QVERIFY(!ShopMap::create(u"http://x/shop/?a=1"_s, *c, &error));
    }

    void builtInModelHasChat()
    {
        const PurchaseModel m = PurchaseModel::builtIn();
        const PurchaseModel::Action *chat = m.action(u"chat"_s);
        QVERIFY(chat);
        QVERIFY(chat->respond[std::size_t(Profile::Stuck)] > 0);
        QVERIFY(chat->buy[std::size_t(Profile::Interested)] >
                chat->buy[std::size_t(Profile::Hopper)]);
        QVERIFY(chat->respondDelay.minMs <= chat->respondDelay.maxMs);
        QVERIFY(!chat->repliesKo.isEmpty());
        QVERIFY(!chat->repliesEn.isEmpty());
        // The file shipped next to the sources is the same model.
        QString error;
        const auto file = PurchaseModel::fromFile(
                QStringLiteral(FW_SOURCE_DIR "/tools/floorwalker-sim/purchase-model.json"), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->source(), m.source());
    }

    void modelDefaultsApplyPerProfile()
    {
        QString error;
        const auto m = PurchaseModel::fromJson(
                j("{'version':1,'actions':{'chat':{'respond':{'default':0.5,'stuck':0.9},'buy':0.1,"
                  "'respondDelaySeconds':[1,2]},'coupon':{'buy':{'interested':0.4}}}}"),
                &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->kinds(), QStringList({ u"chat"_s, u"coupon"_s }));
        const auto *chat = m->action(u"chat"_s);
        QCOMPARE(chat->respond[std::size_t(Profile::Stuck)], 0.9);
        QCOMPARE(chat->respond[std::size_t(Profile::Hopper)], 0.5);
        QCOMPARE(chat->buy[std::size_t(Profile::Buyer)], 0.1);
        QCOMPARE(chat->respondDelay.minMs, 1000);
        QCOMPARE(chat->respondDelay.maxMs, 2000);
        QCOMPARE(chat->buyDelay.minMs, 5000); // the documented default
        const auto *coupon = m->action(u"coupon"_s);
        QCOMPARE(coupon->buy[std::size_t(Profile::Interested)], 0.4);
        QCOMPARE(coupon->buy[std::size_t(Profile::Stuck)], 0.0);
        QVERIFY(!m->action(u"popup"_s));
    }

    void badModelsAreRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("nope") << u"not JSON"_s;
        QTest::newRow("no version") << j("{'actions':{}}") << u"version"_s;
        QTest::newRow("version 2") << j("{'version':2,'actions':{}}") << u"version"_s;
        QTest::newRow("typo") << j("{'version':1,'actoins':{}}") << u"actoins"_s;
        QTest::newRow("no actions") << j("{'version':1}") << u"actions"_s;
        QTest::newRow("bad kind") << j("{'version':1,'actions':{'Chat!':{}}}") << u"Chat!"_s;
        QTest::newRow("probability")
                << j("{'version':1,'actions':{'chat':{'buy':1.5}}}") << u"actions.chat.buy"_s;
        QTest::newRow("profile") << j("{'version':1,'actions':{'chat':{'buy':{'vip':0.5}}}}")
                                 << u"vip"_s;
        QTest::newRow("delay") << j("{'version':1,'actions':{'chat':{'buyDelaySeconds':[5,1]}}}")
                               << u"buyDelaySeconds"_s;
        QTest::newRow("replies") << j("{'version':1,'actions':{'chat':{'replies':{'ko':[' ']}}}}")
                                 << u"replies.ko"_s;
        QTest::newRow("unknown field")
                << j("{'version':1,'actions':{'chat':{'convert':0.5}}}") << u"convert"_s;
    }

    void badModelsAreRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!PurchaseModel::fromJson(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void percentilesAreNearestRank()
    {
        LatencyStats s;
        QCOMPARE(s.summary().count, std::size_t(0));
        for (int i = 100; i >= 1; --i)
            s.record(qint64(i) * 1000); // 1..100 ms, recorded backwards
        const auto all = s.summary();
        QCOMPARE(all.count, std::size_t(100));
        QCOMPARE(all.p50, 50.0);
        QCOMPARE(all.p95, 95.0);
        QCOMPARE(all.p99, 99.0);
        QCOMPARE(all.max, 100.0);
        QCOMPARE(all.mean, 50.5);
        const std::size_t mark = s.mark();
        s.record(7000);
        s.record(-5); // clock noise never goes negative
        const auto tail = s.summary(mark);
        QCOMPARE(tail.count, std::size_t(2));
        QCOMPARE(tail.max, 7.0);
        QCOMPARE(tail.p50, 0.0);
        QCOMPARE(s.toJson(mark).value(u"count"_s).toInt(), 2);
    }

    void readsProcessFigures()
    {
#ifdef Q_OS_LINUX
        const auto self = ProcStats::read(0);
        QVERIFY(self);
        QVERIFY(self->rssKb > 1000);
        QVERIFY(self->peakRssKb >= self->rssKb);
        QVERIFY(self->threads >= 1);
        QVERIFY(self->openFiles > 0);
        QVERIFY(!ProcStats::read(999999999));
        QCOMPARE(ProcStats::cpuPercent(ProcStats { 100, 0, 0, 1, 0 }, ProcStats { 600, 0, 0, 1, 0 },
                                       1000),
                 50.0);
#else
        QSKIP("/proc is Linux only");
#endif
    }
};

QTEST_GUILESS_MAIN(tst_SimInputs)
#include "tst_siminputs.moc"
