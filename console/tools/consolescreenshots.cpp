// floorwalker-console-screenshots: the console's screenshots for docs/screenshots/. Starts a
// demo floorwalker-server, drives scripted visitors into every behaviour state (lowering the
// thresholds so it takes seconds, not minutes), logs a real console in, and grabs the main
// window, the visitor detail, the chat and the settings, in Korean and in English (switching
// the language at run time, as the preferences do).
//
//   xvfb-run -a -s "-screen 0 1600x1000x24"
//       build/dev/console/tools/floorwalker-console-screenshots --out docs/screenshots
#include "chatpane.h"
#include "consolesession.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "preferences.h"
#include "scriptedvisitor.h"
#include "secretstore.h"
#include "serverprocess.h"
#include "settingsdialog.h"
#include "visitordetailwidget.h"
#include "visitortableview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace fw;
using namespace Qt::StringLiterals;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    for (int waited = 0; waited < ms; waited += 50) {
        if (done())
            return true;
        wait(50);
    }
    return done();
}

class NoSecrets final : public SecretStore
{
public:
    void read(const QString &, QObject *, Handler h) override
    {
        QTimer::singleShot(0, this, [h] { h(Result { false, true, {}, {} }); });
    }
    void write(const QString &, const QString &, QObject *, Handler h) override
    {
        QTimer::singleShot(0, this, [h] { h(Result { true, false, {}, {} }); });
    }
    void remove(const QString &, QObject *, Handler h) override
    {
        QTimer::singleShot(0, this, [h] { h(Result { true, false, {}, {} }); });
    }
};

PageInfo shop(const QString &path, const QString &title, PageKind kind, const QString &product = {})
{
    PageInfo p =
            ScriptedVisitor::makePage(u"http://127.0.0.1:8080/shop"_s + path, title, kind, product);
    if (kind == PageKind::Category || kind == PageKind::Product)
        p.categoryId = u"outer"_s;
    return p;
}

bool save(QWidget *w, const QString &file)
{
    const QPixmap pm = w->grab();
    const bool ok = pm.save(file);
    std::printf("%s %s (%dx%d)\n", ok ? "wrote" : "FAILED", qPrintable(file), pm.width(),
                pm.height());
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"floorwalker-console-screenshots"_s);
    QApplication::setApplicationDisplayName(u"Floorwalker"_s);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption out(u"out"_s, u"Folder for console-*.png."_s, u"DIR"_s,
                                 u"docs/screenshots"_s);
    const QCommandLineOption binary(u"server-binary"_s, u"floorwalker-server to start."_s,
                                    u"PATH"_s, QStringLiteral(FW_SERVER_BINARY));
    const QCommandLineOption languages(u"languages"_s, u"Comma-separated: ko,en."_s, u"LIST"_s,
                                       u"ko,en"_s);
    p.addOptions({ out, binary, languages });
    p.process(app);
    QDir().mkpath(p.value(out));
    const QString outDir = QDir(p.value(out)).absolutePath();

    QTemporaryDir data;
    QTemporaryDir settingsDir;
    const QByteArray secret = "screenshot-identity-secret-0123456789";
    ServerProcess server(p.value(binary));
    QString error;
    if (!server.start(data.filePath(u"data"_s),
                      { u"--demo"_s, u"--identity-key"_s,
                        u"k1:"_s + QString::fromLatin1(secret.toBase64()) },
                      &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    QSettings settings(settingsDir.filePath(u"console.ini"_s), QSettings::IniFormat);
    Preferences prefs(&settings);
    prefs.setArrivalAlerts(ArrivalAlerts::VerifiedOnly);
    LanguageManager language;
    const QStringList langs = p.value(languages).split(u',', Qt::SkipEmptyParts);
    language.apply(langs.value(0, u"ko"_s));
    NoSecrets secrets;
    ConsoleSession session;
    MainWindow window(&session, &prefs, &secrets, &language);
    window.move(0, 0);
    window.resize(1600, 1000);

    // The login dialog, filled in.
    LoginDialog *login = window.loginDialog();
    window.showLogin();
    login->setServer(server.consoleUrl().toString());
    login->setUser(server.demoUser());
    login->setPassword(server.demoPassword());
    wait(300);
    save(login, outDir + u"/console-login-%1.png"_s.arg(language.current()));
    login->submit();
    if (!waitFor([&] { return session.connection()->isOnline() && window.isVisible(); }, 15000)) {
        std::fprintf(stderr, "console did not log in: %s\n", qPrintable(login->message()));
        return 1;
    }

    // Thresholds low enough that every state shows within seconds.
    bool set = false;
    session.setThresholds(QJsonObject { { u"idleSeconds"_s, 10 },
                                        { u"browseSeconds"_s, 5 },
                                        { u"interestSeconds"_s, 8 },
                                        { u"goneAfterSeconds"_s, 3 } },
                          &window, [&](const Reply &r) { set = r.ok; });
    waitFor([&] { return set; }, 5000);
    // A staff member with a Korean name, who claims one visitor from her own console.
    bool added = false;
    StaffAdd minji;
    minji.name = u"minji"_s;
    minji.displayName = u"박민지"_s;
    minji.password = u"minji's demo password"_s;
    session.addStaff(minji, &window, [&](const Reply &r) { added = r.ok; });
    waitFor([&] { return added; }, 5000);
    ConsoleSession minjiSession;
    minjiSession.connection()->logIn(server.consoleUrl(), minji.name, minji.password);
    waitFor([&] { return minjiSession.connection()->isOnline(); }, 10000);

    std::vector<std::unique_ptr<ScriptedVisitor>> visitors;
    auto visitor = [&](const PageInfo &page, const QString &customer = {}, int age = -1,
                       const QString &gender = {}, DeviceKind device = DeviceKind::Desktop) {
        auto v = std::make_unique<ScriptedVisitor>(
                server.visitorUrl(),
                u"v_screenshot_%1"_s.arg(visitors.size() + 1, 3, 10, QChar(u'0')));
        v->setDevice(device);
        v->setReferrer(visitors.size() % 2 ? u"https://search.naver.com/search?q=coat"_s
                                           : u"https://www.instagram.com/"_s);
        if (!customer.isEmpty())
            v->setIdentityToken(ScriptedVisitor::makeIdentityToken(u"k1"_s, secret, customer, age,
                                                                   gender, 12, 480000, u"KRW"_s));
        v->openAndWait(page);
        visitors.push_back(std::move(v));
        wait(120);
        return visitors.back().get();
    };

    // Interested: a verified customer who browsed, then stays on a product page (R4).
    ScriptedVisitor *interested = visitor(shop(u"/"_s, u"Floorwalker 데모 숍"_s, PageKind::Main),
                                          u"C-1001"_s, 34, u"female"_s);
    interested->page(shop(u"/c/outer"_s, u"아우터"_s, PageKind::Category));
    wait(400);
    interested->visibility(true); // a look at another tab
    wait(700);
    interested->visibility(false);
    wait(300);
    interested->page(shop(u"/search?q=wool"_s, u"검색: 울 코트"_s, PageKind::Search));
    wait(400);
    interested->page(shop(u"/p/P-204"_s, u"울 코트 — 블랙"_s, PageKind::Product, u"P-204"_s));
    interested->scroll(35, 900);
    // Hopping (R3): many page moves in a short time.
    ScriptedVisitor *hopper = visitor(shop(u"/c/knit"_s, u"니트"_s, PageKind::Category), {}, -1, {},
                                      DeviceKind::Mobile);
    for (int i = 0; i < 7; ++i) {
        hopper->page(shop(u"/c/knit?page=%1"_s.arg(i + 2), u"니트 %1페이지"_s.arg(i + 2),
                          PageKind::Category));
        wait(150);
    }
    // Frustrated: rage clicks on a button that does nothing.
    ScriptedVisitor *angry =
            visitor(shop(u"/cart"_s, u"장바구니"_s, PageKind::Cart), u"C-2040"_s, 41, u"male"_s);
    for (int i = 0; i < 4; ++i) {
        angry->click(640 + i * 3, 420 - i * 2, u"button.checkout"_s);
        wait(140);
    }
    // Away: the tab is hidden.
    ScriptedVisitor *away =
            visitor(shop(u"/p/P-311"_s, u"캐시미어 니트"_s, PageKind::Product, u"P-311"_s));
    away->visibility(true);
    // Browsing (R2): only scrolling.
    ScriptedVisitor *browsing =
            visitor(shop(u"/c/outer?sort=new"_s, u"아우터 — 신상품"_s, PageKind::Category), {}, -1,
                    {}, DeviceKind::Tablet);
    // Stalled (R1): arrives and does nothing at all.
    visitor(shop(u"/checkout"_s, u"주문서 작성"_s, PageKind::Checkout), u"C-3307"_s, 27,
            u"female"_s);
    // Gone: leaves.
    ScriptedVisitor *gone =
            visitor(shop(u"/p/P-118"_s, u"린넨 셔츠"_s, PageKind::Product, u"P-118"_s));
    // A help request, and a conversation.
    ScriptedVisitor *helper =
            visitor(shop(u"/p/P-204"_s, u"울 코트 — 블랙"_s, PageKind::Product, u"P-204"_s),
                    u"C-5120"_s, 52, u"female"_s);
    helper->help(HelpKind::Request, u"검정색 M 사이즈 재입고 언제 되나요?"_s);
    ScriptedVisitor *talker = visitor(shop(u"/c/outer"_s, u"아우터"_s, PageKind::Category), {}, -1,
                                      {}, DeviceKind::Mobile);
    talker->chat(u"안녕하세요, 코트 사이즈 문의드려요"_s);
    // Claimed by 박민지.
    ScriptedVisitor *claimed =
            visitor(shop(u"/p/P-077"_s, u"트렌치 코트"_s, PageKind::Product, u"P-077"_s),
                    u"C-0815"_s, 29, u"male"_s);
    // A few ordinary active shoppers.
    QList<ScriptedVisitor *> busy { hopper, helper, talker, claimed };
    const QStringList accessories { u"가방"_s, u"머플러"_s, u"장갑"_s, u"모자"_s };
    for (int i = 0; i < 4; ++i) {
        ScriptedVisitor *v =
                visitor(shop(u"/c/acc%1"_s.arg(i), accessories.at(i), PageKind::Category),
                        i == 2 ? u"C-4410"_s : QString(), 23, u"female"_s);
        v->input(InputKind::Pointer, 3);
        busy.append(v);
    }
    // People keep doing things while the screenshots are taken: mouse moves and typing keep
    // them from turning "stalled"; the browsing one only scrolls, the interested one reads.
    int pulse = 0;
    QTimer people;
    people.setInterval(1000);
    QObject::connect(&people, &QTimer::timeout, [&] {
        ++pulse;
        for (ScriptedVisitor *v : busy)
            if (v->isWelcomed())
                v->input(pulse % 2 ? InputKind::Pointer : InputKind::Key, 2);
        browsing->scroll(std::min(95, 10 + pulse * 6), 300 + pulse * 200);
        interested->scroll(std::min(90, 35 + pulse * 2), 900 + pulse * 60);
        if (pulse % 4 == 0) {
            for (int i = 0; i < 3; ++i)
                angry->click(640 + i * 4, 420, u"button.checkout"_s);
        }
    });
    people.start();
    waitFor([&] { return session.visitors()->visitor(claimed->sessionId()); }, 5000);
    minjiSession.claim(claimed->sessionId(), false, &window, [](const Reply &) {});
    gone->close();

    // Let the states arrive (stalled takes the 10 s idle threshold).
    wait(12000);

    // The admin answers the visitor who wrote, from the chat pane.
    window.openVisitor(talker->sessionId());
    window.chatPane()->insertCannedReply(0);
    bool sent = false;
    session.sendChat(talker->sessionId(), window.chatPane()->input()->toPlainText(), &window,
                     [&](const Reply &r) { sent = r.ok; });
    waitFor([&] { return sent; }, 5000);
    window.chatPane()->input()->clear();
    wait(600);
    talker->chat(u"네, 울 코트 M 사이즈 있을까요?"_s);
    wait(800);

    int newcomers = 0;
    auto shoot = [&](const QString &lang) {
        // A verified customer arrives: the alert, in the language now in use.
        visitor(shop(u"/"_s, u"Floorwalker 데모 숍"_s, PageKind::Main),
                u"C-90%1"_s.arg(++newcomers), 38, u"male"_s, DeviceKind::Mobile)
                ->input(InputKind::Touch, 1);
        busy.append(visitors.back().get());
        wait(700);
        window.refreshOrder(true);
        // The list sorted by state, the verified shopper with the trail in the detail view.
        window.visitorView()->sortByColumn(VisitorTableModel::State, Qt::AscendingOrder);
        window.openVisitor(interested->sessionId());
        window.chatPane()->openConversation(talker->sessionId());
        wait(1200);
        save(&window, outDir + u"/console-main-%1.png"_s.arg(lang));
        save(window.detail(), outDir + u"/console-detail-%1.png"_s.arg(lang));
        // The chat with a help request waiting.
        window.openVisitor(helper->sessionId());
        window.chatPane()->openConversation(talker->sessionId());
        wait(600);
        save(window.chatPane(), outDir + u"/console-chat-%1.png"_s.arg(lang));
        window.openVisitor(helper->sessionId());
        wait(600);
        save(window.chatPane(), outDir + u"/console-chat-help-%1.png"_s.arg(lang));
        // The behaviour timeline of the interested shopper.
        window.openVisitor(interested->sessionId());
        window.detail()->findChild<QTabWidget *>()->setCurrentIndex(1);
        wait(600);
        save(window.detail(), outDir + u"/console-behaviour-%1.png"_s.arg(lang));
        window.detail()->findChild<QTabWidget *>()->setCurrentIndex(0);
        SettingsDialog *d = window.openSettings(SettingsDialog::Page::Thresholds);
        d->resize(1000, 760);
        wait(800);
        save(d, outDir + u"/console-settings-%1.png"_s.arg(lang));
        d->showPage(SettingsDialog::Page::Preferences);
        wait(300);
        save(d, outDir + u"/console-preferences-%1.png"_s.arg(lang));
        d->showPage(SettingsDialog::Page::Staff);
        wait(600);
        save(d, outDir + u"/console-staff-%1.png"_s.arg(lang));
        d->reject();
        wait(200);
    };
    for (const QString &lang : langs) {
        language.apply(lang); // as switching in the preferences does
        wait(300);
        shoot(lang);
    }
    window.close();
    return 0;
}
