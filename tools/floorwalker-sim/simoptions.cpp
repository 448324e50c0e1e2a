#include "simoptions.h"

#include "protocol.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

bool toNumber(const QString &s, double lo, double hi, double *out)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    if (!ok || !(v >= lo && v <= hi))
        return false;
    *out = v;
    return true;
}

// ws://host:port, ws://host:port/ or ws://host:port/v1/visitor -> both endpoint URLs.
bool endpoints(const QString &server, QString *visitor, QString *console, QString *error)
{
    const QUrl u(server.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != "ws"_L1 && u.scheme() != "wss"_L1) || u.host().isEmpty()) {
        *error = u"--server \"%1\": must be a ws:// or wss:// URL"_s.arg(server.left(80));
        return false;
    }
    QString path = u.path();
    if (path.endsWith(QLatin1String(protocol::VisitorPath)))
        path.chop(qsizetype(qstrlen(protocol::VisitorPath)));
    else if (path.endsWith(QLatin1String(protocol::ConsolePath)))
        path.chop(qsizetype(qstrlen(protocol::ConsolePath)));
    if (path.endsWith(u'/'))
        path.chop(1);
    QUrl base = u;
    base.setPath(path);
    const QString b = base.toString(QUrl::FullyEncoded);
    *visitor = b + QLatin1String(protocol::VisitorPath);
    *console = b + QLatin1String(protocol::ConsolePath);
    return true;
}

} // namespace

std::optional<QJsonObject> SimOptions::parseThresholdList(const QString &text, QString *error)
{
    QJsonObject o;
    if (text.trimmed() == "quick"_L1) {
        for (const ThresholdSpec &s : thresholdSpecs()) {
            switch (s.key) {
            case ThresholdKey::IdleSeconds:
            case ThresholdKey::BrowseSeconds:
            case ThresholdKey::HopWindowSeconds:
            case ThresholdKey::InterestSeconds:
            case ThresholdKey::InterestScrollAfterSeconds:
                o.insert(QLatin1String(s.name), s.min);
                break;
            default:
                break;
            }
        }
        return o;
    }
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = u"empty threshold list (use name=value,... or quick)"_s;
        return std::nullopt;
    }
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        const QString name = part.left(eq).trimmed();
        const ThresholdSpec *spec = eq > 0 ? findThresholdSpec(name) : nullptr;
        if (!spec) {
            *error =
                    u"unknown threshold \"%1\" (names as in docs/PROTOCOL.md, e.g. idleSeconds=10)"_s
                            .arg(name.left(40));
            return std::nullopt;
        }
        bool ok = false;
        const int v = part.mid(eq + 1).trimmed().toInt(&ok);
        if (!ok || v < spec->min || v > spec->max) {
            *error = u"%1 must be an integer from %2 to %3"_s.arg(name).arg(spec->min).arg(
                    spec->max);
            return std::nullopt;
        }
        o.insert(name, v);
    }
    return o;
}

std::optional<SimOptions> SimOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            u"Floorwalker visitor simulator: plays many shop visitors through the real protocol "
            "and reports, as JSON, what it sent, what was acknowledged and the latencies."_s);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(u"help"_s, u"Show this help."_s);
    const QCommandLineOption version(u"version"_s, u"Show the version."_s);
    const QCommandLineOption ready(
            u"ready"_s,
            u"The server's ready line (or its JSON): sets --server, --page-base and the "
            "console login (demoLogin) unless given."_s,
            u"JSON"_s);
    const QCommandLineOption server(
            u"server"_s, u"Server WebSocket URL, ws://host:port (the ready line's \"ws\")."_s,
            u"URL"_s);
    const QCommandLineOption siteKey(u"site-key"_s, u"Site key (default demo)."_s, u"KEY"_s);
    const QCommandLineOption pageBase(
            u"page-base"_s,
            u"Base URL of the shop pages the visitors report (default: the ready line's shop, "
            "else https://shop.example/shop/)."_s,
            u"URL"_s);
    const QCommandLineOption catalogue(
            u"catalogue"_s,
            u"Catalogue JSON file or http(s) URL (default <page-base>catalogue.json)."_s,
            u"FILE|URL"_s);
    const QCommandLineOption mode(u"mode"_s, u"behaviour (profiles, default) or load."_s,
                                  u"MODE"_s);
    const QCommandLineOption visitors(
            u"visitors"_s,
            u"Visitors to play (with --continuous: to keep on the site). Default 20."_s, u"N"_s);
    const QCommandLineOption arrivalRate(
            u"arrival-rate"_s,
            u"New visitors per second (default 2; load mode 0 = as fast as --max-connecting "
            "allows)."_s,
            u"R"_s);
    const QCommandLineOption arrivals(u"arrivals"_s, u"poisson (default) or uniform."_s, u"KIND"_s);
    const QCommandLineOption maxConnecting(
            u"max-connecting"_s, u"Handshakes in flight at once (default 200)."_s, u"N"_s);
    const QCommandLineOption duration(
            u"duration"_s,
            u"Seconds to run; 0 = until every visitor is done (load mode: seconds of steady "
            "load after all are connected, default 30)."_s,
            u"S"_s);
    const QCommandLineOption continuous(
            u"continuous"_s, u"Replace every visitor who leaves with a new one (the demo)."_s);
    const QCommandLineOption seed(u"seed"_s,
                                  u"Random seed (default 1): same seed, same visitors."_s, u"N"_s);
    const QCommandLineOption mix(
            u"mix"_s,
            u"Profile mix, e.g. stuck=1,browser=2,hopper=1,interested=2,buyer=1,mixed=2 or one "
            "profile name."_s,
            u"SPEC"_s);
    const QCommandLineOption timeScale(
            u"time-scale"_s,
            u"Multiplies the free pacing (reading gaps, extra dwell); rule-bound times follow "
            "the thresholds. Default 1."_s,
            u"F"_s);
    const QCommandLineOption thresholds(
            u"thresholds"_s,
            u"Thresholds the server uses (name=value,... or quick); default: read from the "
            "server when a console login is given, else the defaults."_s,
            u"LIST"_s);
    const QCommandLineOption setThresholds(
            u"set-thresholds"_s,
            u"Set these thresholds on the server first (admin login needed), then use them."_s,
            u"LIST"_s);
    const QCommandLineOption navigation(
            u"navigation"_s,
            u"mpa: a new socket per page, resuming the session, as a multi-page shop does "
            "(behaviour default); spa: one socket per visitor (load default)."_s,
            u"KIND"_s);
    const QCommandLineOption eventRate(
            u"event-rate"_s, u"Load mode: events per second over all visitors (default 1000)."_s,
            u"R"_s);
    const QCommandLineOption rateMargin(
            u"rate-margin"_s,
            u"Share of the server's per-visitor rate limit (welcome.limits) to use, 0.1-1 "
            "(default 0.8)."_s,
            u"F"_s);
    const QCommandLineOption tick(
            u"tick-ms"_s,
            u"Scheduler granularity in ms: wake-ups are rounded up to it, so visitors due close "
            "together send in one pass. Default 1; more bunches arrivals unrealistically and "
            "flatters the server."_s,
            u"MS"_s);
    const QCommandLineOption drain(
            u"drain-seconds"_s,
            u"How long leaving visitors wait for outstanding acks (default 10)."_s, u"S"_s);
    const QCommandLineOption connectTimeout(
            u"connect-timeout"_s, u"Load mode: longest connect phase in seconds (default 60)."_s,
            u"S"_s);
    const QCommandLineOption lang(u"lang"_s, u"Visitor language: ko, en or mixed (default)."_s,
                                  u"LANG"_s);
    const QCommandLineOption consoleUser(
            u"console-user"_s,
            u"Staff account for the observing console (event->console latency, states seen)."_s,
            u"NAME"_s);
    const QCommandLineOption consolePassword(
            u"console-password"_s,
            u"Its password (prefer --console-password-file or FW_SIM_CONSOLE_PASSWORD)."_s,
            u"TEXT"_s);
    const QCommandLineOption noConsole(
            u"no-console"_s, u"Do not log in a console, even if the ready line carries a login."_s);
    const QCommandLineOption consolePasswordFile(
            u"console-password-file"_s, u"File whose first line is the console password."_s,
            u"FILE"_s);
    const QCommandLineOption autoChat(
            u"auto-chat"_s,
            u"The console chats to visitors who enter these states, e.g. stalled,interested."_s,
            u"STATES"_s);
    const QCommandLineOption autoChatProbability(
            u"auto-chat-probability"_s, u"Chance that such a visitor gets a chat (default 1)."_s,
            u"P"_s);
    const QCommandLineOption identified(
            u"identified"_s,
            u"Share of visitors who are logged-in customers, 0-1 (default 0): each shows an "
            "identity token from --token-url, so staff see a verified customer."_s,
            u"P"_s);
    const QCommandLineOption tokenUrl(
            u"token-url"_s,
            u"The shop backend's token endpoint, asked with ?customer=ID (default: the ready "
            "line's shop + api/token, which a --demo server serves)."_s,
            u"URL"_s);
    const QCommandLineOption customers(
            u"customers"_s,
            u"Customer ids the identified visitors log in as (default C-1001 to C-1012, the "
            "demo server's)."_s,
            u"IDS"_s);
    const QCommandLineOption helpShare(
            u"help-share"_s,
            u"Chance that a stuck visitor asks for help once stalled, 0-1 (default 0)."_s, u"P"_s);
    const QCommandLineOption model(u"model"_s,
                                   u"Purchase model JSON (README.md); default: the built-in one."_s,
                                   u"FILE"_s);
    const QCommandLineOption report(u"report"_s, u"Write the JSON report here (default stdout)."_s,
                                    u"FILE"_s);
    const QCommandLineOption serverPid(
            u"server-pid"_s, u"Also report this process's CPU and memory (Linux /proc)."_s,
            u"PID"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"No progress lines on standard error."_s);
    const QCommandLineOption check(
            u"check"_s,
            u"Exit 3 unless every event was acknowledged and no socket closed unexpectedly."_s);
    p.addOptions({ help,
                   version,
                   ready,
                   server,
                   siteKey,
                   pageBase,
                   catalogue,
                   mode,
                   visitors,
                   arrivalRate,
                   arrivals,
                   maxConnecting,
                   duration,
                   continuous,
                   seed,
                   mix,
                   timeScale,
                   thresholds,
                   setThresholds,
                   navigation,
                   eventRate,
                   rateMargin,
                   tick,
                   drain,
                   connectTimeout,
                   lang,
                   consoleUser,
                   consolePassword,
                   consolePasswordFile,
                   noConsole,
                   autoChat,
                   autoChatProbability,
                   identified,
                   tokenUrl,
                   customers,
                   helpShare,
                   model,
                   report,
                   serverPid,
                   quiet,
                   check });

    if (!p.parse(arguments)) {
        *error = p.errorText();
        return std::nullopt;
    }
    SimOptions o;
    o.helpText = p.helpText();
    if (p.isSet(help)) {
        o.help = true;
        return o;
    }
    if (p.isSet(version)) {
        o.version = true;
        return o;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = u"unexpected argument \"%1\""_s.arg(p.positionalArguments().first().left(80));
        return std::nullopt;
    }
    auto fail = [error](const QString &e) {
        *error = e;
        return std::nullopt;
    };

    // Defaults from the ready line first; explicit options win.
    QString readyServer, readyShop, readyUser, readyPassword;
    if (p.isSet(ready)) {
        QString text = p.value(ready).trimmed();
        if (text.startsWith("ready "_L1))
            text = text.mid(6);
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (!doc.isObject() || !doc.object().value("ws"_L1).isString())
            return fail(u"--ready: not a server ready line (a JSON object with \"ws\")"_s);
        const QJsonObject r = doc.object();
        readyServer = r.value("ws"_L1).toString();
        readyShop = r.value("shop"_L1).toString();
        readyUser = r.value("demoLogin"_L1).toObject().value("user"_L1).toString();
        readyPassword = r.value("demoLogin"_L1).toObject().value("password"_L1).toString();
    }
    const QString serverUrl = p.isSet(server) ? p.value(server) : readyServer;
    if (serverUrl.isEmpty())
        return fail(u"no server: give --server ws://host:port or --ready '<ready line>'"_s);
    if (!endpoints(serverUrl, &o.visitorUrl, &o.consoleUrl, error))
        return std::nullopt;
    if (p.isSet(siteKey)) {
        o.siteKey = p.value(siteKey);
        if (!isValidSiteKey(o.siteKey))
            return fail(u"--site-key: 1-64 of A-Za-z0-9._-"_s);
    }
    o.pageBase = p.isSet(pageBase)
            ? p.value(pageBase)
            : (readyShop.isEmpty() ? u"https://shop.example/shop/"_s : readyShop);
    if (!isHttpUrl(o.pageBase))
        return fail(u"--page-base \"%1\": must be an absolute http or https URL"_s.arg(
                o.pageBase.left(80)));
    if (p.isSet(catalogue))
        o.catalogue = p.value(catalogue);
    else
        o.catalogue =
                o.pageBase + (o.pageBase.endsWith(u'/') ? u""_s : u"/"_s) + u"catalogue.json"_s;
    o.modelFile = p.value(model);

    if (p.isSet(mode)) {
        if (p.value(mode) == "behaviour"_L1 || p.value(mode) == "behavior"_L1)
            o.mode = Mode::Behaviour;
        else if (p.value(mode) == "load"_L1)
            o.mode = Mode::Load;
        else
            return fail(u"--mode: behaviour or load"_s);
    }
    const bool load = o.mode == Mode::Load;
    if (load) {
        o.arrivalRate = 0;
        o.durationSec = 30;
        o.navigation = Navigation::Spa;
        o.mix = ProfileMix::only(Profile::Load);
    }
    double v = 0;
    if (p.isSet(visitors)) {
        if (!toNumber(p.value(visitors), 1, 100000, &v) || v != std::floor(v))
            return fail(u"--visitors: an integer from 1 to 100000"_s);
        o.visitors = int(v);
    }
    if (p.isSet(arrivalRate)) {
        if (!toNumber(p.value(arrivalRate), 0, 100000, &o.arrivalRate))
            return fail(u"--arrival-rate: visitors per second, 0 to 100000"_s);
    }
    if (p.isSet(arrivals)) {
        if (p.value(arrivals) == "poisson"_L1)
            o.arrivals = Arrivals::Poisson;
        else if (p.value(arrivals) == "uniform"_L1)
            o.arrivals = Arrivals::Uniform;
        else
            return fail(u"--arrivals: poisson or uniform"_s);
    }
    if (p.isSet(maxConnecting)) {
        if (!toNumber(p.value(maxConnecting), 1, 10000, &v))
            return fail(u"--max-connecting: 1 to 10000"_s);
        o.maxConnecting = int(v);
    }
    if (p.isSet(duration) && !toNumber(p.value(duration), 0, 7 * 24 * 3600, &o.durationSec))
        return fail(u"--duration: seconds, 0 to 604800"_s);
    o.continuous = p.isSet(continuous);
    if (p.isSet(seed)) {
        bool ok = false;
        o.seed = p.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(u"--seed: a non-negative integer"_s);
    }
    if (p.isSet(mix)) {
        QString e;
        const auto m = ProfileMix::parse(p.value(mix), &e);
        if (!m)
            return fail(u"--mix: "_s + e);
        o.mix = *m;
    }
    if (p.isSet(timeScale) && !toNumber(p.value(timeScale), 0.01, 100, &o.timeScale))
        return fail(u"--time-scale: 0.01 to 100"_s);
    if (p.isSet(thresholds)) {
        QString e;
        const auto t = parseThresholdList(p.value(thresholds), &e);
        if (!t)
            return fail(u"--thresholds: "_s + e);
        JsonReader r(*t);
        o.thresholds = Thresholds::fromJson(r, Thresholds(), false);
    }
    if (p.isSet(setThresholds)) {
        QString e;
        const auto t = parseThresholdList(p.value(setThresholds), &e);
        if (!t)
            return fail(u"--set-thresholds: "_s + e);
        o.setThresholds = *t;
    }
    if (p.isSet(navigation)) {
        if (p.value(navigation) == "mpa"_L1)
            o.navigation = Navigation::Mpa;
        else if (p.value(navigation) == "spa"_L1)
            o.navigation = Navigation::Spa;
        else
            return fail(u"--navigation: mpa or spa"_s);
    }
    if (p.isSet(eventRate) && !toNumber(p.value(eventRate), 0.01, 10000000, &o.eventRate))
        return fail(u"--event-rate: events per second, more than 0"_s);
    if (p.isSet(rateMargin) && !toNumber(p.value(rateMargin), 0.1, 1, &o.rateMargin))
        return fail(u"--rate-margin: 0.1 to 1"_s);
    if (p.isSet(tick)) {
        if (!toNumber(p.value(tick), 1, 1000, &v) || v != std::floor(v))
            return fail(u"--tick-ms: an integer from 1 to 1000"_s);
        o.tickMs = int(v);
    }
    if (p.isSet(drain) && !toNumber(p.value(drain), 0, 600, &o.drainSec))
        return fail(u"--drain-seconds: 0 to 600"_s);
    if (p.isSet(connectTimeout) &&
        !toNumber(p.value(connectTimeout), 1, 3600, &o.connectTimeoutSec))
        return fail(u"--connect-timeout: 1 to 3600 seconds"_s);
    if (p.isSet(lang)) {
        o.lang = p.value(lang);
        if (o.lang != "ko"_L1 && o.lang != "en"_L1 && o.lang != "mixed"_L1)
            return fail(u"--lang: ko, en or mixed"_s);
    }

    o.consoleUser = p.isSet(consoleUser) ? p.value(consoleUser) : readyUser;
    if (p.isSet(noConsole)) {
        if (p.isSet(consoleUser))
            return fail(u"--no-console and --console-user contradict each other"_s);
        o.consoleUser.clear();
        readyPassword.clear();
    }
    if (p.isSet(consolePassword)) {
        o.consolePassword = p.value(consolePassword);
    } else if (p.isSet(consolePasswordFile)) {
        QFile f(p.value(consolePasswordFile));
        if (!f.open(QIODevice::ReadOnly))
            return fail(u"--console-password-file: cannot read %1: %2"_s.arg(f.fileName(),
                                                                             f.errorString()));
        o.consolePassword = QString::fromUtf8(f.readLine(1024)).trimmed();
    } else if (qEnvironmentVariableIsSet("FW_SIM_CONSOLE_PASSWORD")) {
        o.consolePassword = qEnvironmentVariable("FW_SIM_CONSOLE_PASSWORD");
    } else if (!p.isSet(consoleUser)) {
        o.consolePassword = readyPassword;
    }
    if (!o.consoleUser.isEmpty() && o.consolePassword.isEmpty())
        return fail(u"--console-user needs a password (--console-password-file, "
                    "FW_SIM_CONSOLE_PASSWORD or --console-password)"_s);
    if (p.isSet(autoChat)) {
        const QStringList names = p.value(autoChat).split(u',', Qt::SkipEmptyParts);
        for (const QString &n : names) {
            BehaviourState s;
            if (!parseEnumName(n.trimmed(), BehaviourStateNames, &s))
                return fail(u"--auto-chat: unknown state \"%1\""_s.arg(n.trimmed().left(40)));
            o.autoChatStates.append(s);
        }
    }
    if (p.isSet(autoChatProbability) &&
        !toNumber(p.value(autoChatProbability), 0, 1, &o.autoChatProbability))
        return fail(u"--auto-chat-probability: 0 to 1"_s);
    if (o.consoleUser.isEmpty() && (o.setThresholds || !o.autoChatStates.isEmpty()))
        return fail(u"--set-thresholds and --auto-chat need a console login (--console-user)"_s);
    if (p.isSet(identified) && !toNumber(p.value(identified), 0, 1, &o.identifiedShare))
        return fail(u"--identified: 0 to 1"_s);
    o.tokenUrl = p.isSet(tokenUrl)
            ? p.value(tokenUrl)
            : (readyShop.isEmpty()
                       ? QString()
                       : readyShop + (readyShop.endsWith(u'/') ? u""_s : u"/"_s) + u"api/token"_s);
    if (o.identifiedShare > 0 && !isHttpUrl(o.tokenUrl))
        return fail(u"--identified needs a token URL: --token-url http(s)://... or a demo "
                    "server's --ready line"_s);
    if (p.isSet(customers)) {
        const QStringList ids = p.value(customers).split(u',', Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            const QString t = id.trimmed();
            static const QRegularExpression valid(u"\\A[A-Za-z0-9._@:-]{1,64}\\z"_s);
            if (!valid.match(t).hasMatch())
                return fail(u"--customers: ids of 1-64 of A-Za-z0-9._@:- separated by commas"_s);
            o.customers.append(t);
        }
        if (o.customers.isEmpty())
            return fail(u"--customers: at least one id"_s);
    } else {
        for (int i = 1; i <= 12; ++i)
            o.customers.append(u"C-%1"_s.arg(1000 + i));
    }
    if (p.isSet(helpShare) && !toNumber(p.value(helpShare), 0, 1, &o.helpShare))
        return fail(u"--help-share: 0 to 1"_s);
    o.reportFile = p.value(report);
    if (p.isSet(serverPid)) {
        bool ok = false;
        o.serverPid = p.value(serverPid).toLongLong(&ok);
        if (!ok || o.serverPid <= 0)
            return fail(u"--server-pid: a process id"_s);
    }
    o.quiet = p.isSet(quiet);
    o.check = p.isSet(check);
    if (o.continuous && load)
        return fail(u"--continuous is for behaviour mode"_s);
    return o;
}

QJsonObject SimOptions::toJson() const
{
    QJsonObject o { { u"mode"_s, mode == Mode::Load ? u"load"_s : u"behaviour"_s },
                    { u"visitorUrl"_s, visitorUrl },
                    { u"consoleUrl"_s, consoleUser.isEmpty() ? QString() : consoleUrl },
                    { u"siteKey"_s, siteKey },
                    { u"pageBase"_s, pageBase },
                    { u"catalogue"_s, catalogue },
                    { u"model"_s, modelFile.isEmpty() ? u"built-in"_s : modelFile },
                    { u"visitors"_s, visitors },
                    { u"arrivalRate"_s, arrivalRate },
                    { u"arrivals"_s, arrivals == Arrivals::Poisson ? u"poisson"_s : u"uniform"_s },
                    { u"maxConnecting"_s, maxConnecting },
                    { u"durationSec"_s, durationSec },
                    { u"continuous"_s, continuous },
                    { u"seed"_s, QString::number(seed) },
                    { u"mix"_s, mix.toString() },
                    { u"timeScale"_s, timeScale },
                    { u"navigation"_s, navigation == Navigation::Mpa ? u"mpa"_s : u"spa"_s },
                    { u"rateMargin"_s, rateMargin },
                    { u"tickMs"_s, tickMs },
                    { u"lang"_s, lang },
                    { u"consoleUser"_s, consoleUser } };
    if (mode == Mode::Load)
        o.insert(u"eventRate"_s, eventRate);
    if (setThresholds)
        o.insert(u"setThresholds"_s, *setThresholds);
    if (identifiedShare > 0) {
        o.insert(u"identified"_s, identifiedShare);
        o.insert(u"tokenUrl"_s, tokenUrl);
        o.insert(u"customers"_s, QJsonArray::fromStringList(customers));
    }
    if (helpShare > 0)
        o.insert(u"helpShare"_s, helpShare);
    if (!autoChatStates.isEmpty()) {
        QJsonArray a;
        for (BehaviourState s : autoChatStates)
            a.append(fw::toString(s));
        o.insert(u"autoChat"_s, a);
        o.insert(u"autoChatProbability"_s, autoChatProbability);
    }
    return o;
}

} // namespace fw::sim
