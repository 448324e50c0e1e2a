#include "serverconfig.h"

#include "inifile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fw {

QString ServerConfig::databaseUrl() const
{
    if (!database.isEmpty())
        return database;
    return u"sqlite:"_s + QDir(dataDir).absoluteFilePath(u"floorwalker.db"_s);
}

bool parseHostPort(const QString &text, QHostAddress *host, quint16 *port, QString *error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0) {
        *error = u"\"%1\" is not HOST:PORT"_s.arg(text.left(80));
        return false;
    }
    QString h = text.left(colon);
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535) {
        *error = u"bad port in \"%1\" (0-65535; 0 picks a free port)"_s.arg(text.left(80));
        return false;
    }
    QHostAddress a;
    if (h == "localhost"_L1)
        a = QHostAddress::LocalHost;
    else if (h.isEmpty() || h == "*"_L1 || h == "0.0.0.0"_L1)
        a = QHostAddress::AnyIPv4;
    else if (!a.setAddress(h)) {
        *error = u"\"%1\" is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost)"_s.arg(
                h.left(80));
        return false;
    }
    *host = a;
    *port = quint16(p);
    return true;
}

namespace {

bool parseInt(const QString &value, int min, int max, int *out, QString *error)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = u"\"%1\" is not a whole number from %2 to %3"_s.arg(value.left(40)).arg(min).arg(max);
        return false;
    }
    *out = v;
    return true;
}

bool parseOrigin(const QString &value, QString *out, QString *error)
{
    const QUrl u(value, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != "http"_L1 && u.scheme() != "https"_L1) || u.host().isEmpty()
        || (!u.path().isEmpty() && u.path() != "/"_L1) || u.hasQuery()) {
        *error = u"\"%1\" is not an origin like https://shop.example or http://127.0.0.1:8080"_s.arg(
                value.left(80));
        return false;
    }
    // Browsers send origins without a trailing slash and with default ports omitted.
    *out = u.adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded);
    return true;
}

bool parseIdentityKey(const QString &value, std::pair<QString, QByteArray> *out, QString *error)
{
    const qsizetype colon = value.indexOf(u':');
    const QString kid = value.left(colon);
    const auto decoded = QByteArray::fromBase64Encoding(value.mid(colon + 1).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (colon <= 0 || !isValidSiteKey(kid) || !decoded || decoded.decoded.size() < 32) {
        *error = u"identity key must be KEYID:BASE64SECRET with a secret of at least 32 bytes"_s;
        return false;
    }
    *out = {kid, decoded.decoded};
    return true;
}

} // namespace

bool applyConfigValue(ServerConfig &c, const QString &section, const QString &key,
                      const QString &value, QString *error)
{
    const QString k = section + u'.' + key;
    if (k == "server.listen"_L1)
        return parseHostPort(value, &c.httpHost, &c.httpPort, error);
    if (k == "server.ws-listen"_L1)
        return parseHostPort(value, &c.wsHost, &c.wsPort, error);
    if (k == "server.data-dir"_L1) {
        c.dataDir = value;
        return true;
    }
    if (k == "server.database"_L1) {
        c.database = value;
        return true;
    }
    if (k == "server.sqlite-sync"_L1) {
        if (value != "normal"_L1 && value != "full"_L1) {
            *error = u"sqlite-sync must be normal or full"_s;
            return false;
        }
        c.sqliteFullSync = value == "full"_L1;
        return true;
    }
    if (k == "server.public-ws-url"_L1) {
        const QUrl u(value, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != "ws"_L1 && u.scheme() != "wss"_L1)) {
            *error = u"public-ws-url must be a ws:// or wss:// URL"_s;
            return false;
        }
        c.publicWsUrl = value;
        return true;
    }
    if (k == "server.allowed-origin"_L1) {
        QString origin;
        if (!parseOrigin(value, &origin, error))
            return false;
        c.allowedOrigins.append(origin);
        return true;
    }
    if (k == "server.site-key"_L1) {
        if (!isValidSiteKey(value)) {
            *error = u"site key must be 1-64 of A-Z a-z 0-9 . _ -"_s;
            return false;
        }
        if (c.siteKeys == QStringList{u"demo"_s} && !c.demo)
            c.siteKeys.clear(); // the first configured key replaces the default
        c.siteKeys.append(value);
        return true;
    }
    if (k == "identity.key"_L1) {
        std::pair<QString, QByteArray> key2;
        if (!parseIdentityKey(value, &key2, error))
            return false;
        for (const auto &existing : std::as_const(c.identityKeys)) {
            if (existing.first == key2.first) {
                *error = u"identity key id \"%1\" is given twice"_s.arg(key2.first);
                return false;
            }
        }
        c.identityKeys.append(key2);
        return true;
    }
    struct IntKey
    {
        const char *name;
        int ServerConfig::*field;
        int min;
        int max;
    };
    static const IntKey ints[] = {
            {"identity.leeway-seconds", &ServerConfig::identityLeewaySeconds, 0, 600},
            {"limits.max-message-bytes", &ServerConfig::maxMessageBytes, 1024, 1024 * 1024},
            {"limits.messages-per-second", &ServerConfig::messagesPerSecond, 1, 10000},
            {"limits.burst", &ServerConfig::burst, 1, 100000},
            {"limits.max-visitors", &ServerConfig::maxVisitors, 1, 1000000},
            {"limits.max-consoles", &ServerConfig::maxConsoles, 1, 10000},
            {"limits.handshake-timeout-ms", &ServerConfig::handshakeTimeoutMs, 100, 60000},
            {"limits.hello-timeout-ms", &ServerConfig::helloTimeoutMs, 100, 60000},
            {"limits.visitor-silence-seconds", &ServerConfig::visitorSilenceSeconds, 10, 3600},
            {"limits.console-silence-seconds", &ServerConfig::consoleSilenceSeconds, 10, 3600},
            {"limits.ping-interval-seconds", &ServerConfig::pingIntervalSeconds, 5, 600},
            {"limits.gone-linger-seconds", &ServerConfig::goneLingerSeconds, 0, 3600},
            {"security.password-iterations", &ServerConfig::passwordIterations, 600000, 10000000},
    };
    for (const IntKey &ik : ints) {
        if (k == QLatin1String(ik.name))
            return parseInt(value, ik.min, ik.max, &(c.*ik.field), error);
    }
    *error = u"unknown setting \"%1\" in [%2]"_s.arg(key, section);
    return false;
}

std::optional<Invocation> parseInvocation(const QStringList &arguments, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            u"Floorwalker server: tracks every live visitor of a shop, classifies their behaviour "
            "and serves the staff consoles.\nPrints one line \"ready {json}\" when it serves."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version(u"version"_s, u"Show the version."_s);
    const QCommandLineOption listen(u"listen"_s,
                                    u"HTTP address (healthz, metrics, tracker.js, demo shop). "
                                    "Port 0 picks a free port. Default 127.0.0.1:8080."_s,
                                    u"HOST:PORT"_s);
    const QCommandLineOption wsListen(u"ws-listen"_s,
                                      u"WebSocket address for visitors and consoles. Default: "
                                      "the HTTP host, port + 1 (0 if the HTTP port is 0)."_s,
                                      u"HOST:PORT"_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     u"Folder for the SQLite database and the lock file."_s,
                                     u"DIR"_s);
    const QCommandLineOption database(u"database"_s,
                                      u"sqlite:<path> or postgresql://user:pass@host:port/db"_s,
                                      u"URL"_s);
    const QCommandLineOption config(u"config"_s, u"INI config file (see packaging/floorwalker-server.ini)."_s,
                                    u"FILE"_s);
    const QCommandLineOption origin(u"allowed-origin"_s,
                                    u"Origin allowed to open visitor WebSockets; repeatable."_s,
                                    u"ORIGIN"_s);
    const QCommandLineOption siteKey(u"site-key"_s, u"Site key the tracker must present; repeatable."_s,
                                     u"KEY"_s);
    const QCommandLineOption identityKey(u"identity-key"_s,
                                         u"Identity token key KEYID:BASE64SECRET; repeatable."_s,
                                         u"KEY"_s);
    const QCommandLineOption addUser(u"add-user"_s,
                                     u"Create or reset a staff account (password from standard "
                                     "input) and exit."_s,
                                     u"NAME"_s);
    const QCommandLineOption role(u"role"_s, u"Role for --add-user: admin or staff."_s, u"ROLE"_s);
    const QCommandLineOption demo(u"demo"_s, u"Demo mode: serve the demo shop and allow its origin."_s);
    const QCommandLineOption resources(u"resources"_s, u"Folder with tracker/ and demo-shop/."_s,
                                       u"DIR"_s);
    p.addOptions({help, version, listen, wsListen, dataDir, database, config, origin, siteKey,
                  identityKey, addUser, role, demo, resources});
    if (!p.parse(arguments)) {
        *error = p.errorText() + u"\nTry --help."_s;
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = u"unexpected argument \"%1\"\nTry --help."_s.arg(p.positionalArguments().first());
        return std::nullopt;
    }
    Invocation inv;
    if (p.isSet(help)) {
        inv.mode = Invocation::Mode::Help;
        inv.helpText = p.helpText();
        return inv;
    }
    if (p.isSet(version)) {
        inv.mode = Invocation::Mode::Version;
        return inv;
    }
    ServerConfig &c = inv.config;
    c.demo = p.isSet(demo);
    if (p.isSet(config)) {
        QString e;
        const IniFile ini = IniFile::load(p.value(config), &e);
        if (!e.isEmpty()) {
            *error = e;
            return std::nullopt;
        }
        for (const IniEntry &entry : ini.entries()) {
            if (!applyConfigValue(c, entry.section, entry.key, entry.value, &e)) {
                *error = u"%1:%2: %3"_s.arg(p.value(config)).arg(entry.line).arg(e);
                return std::nullopt;
            }
        }
    }
    auto apply = [&](const QCommandLineOption &o, const char *section, const char *key) {
        for (const QString &v : p.values(o)) {
            QString e;
            if (!applyConfigValue(c, QLatin1String(section), QLatin1String(key), v, &e)) {
                *error = u"--%1: %2"_s.arg(o.names().constFirst(), e);
                return false;
            }
        }
        return true;
    };
    const bool wsGiven = p.isSet(wsListen);
    if (!apply(listen, "server", "listen") || !apply(wsListen, "server", "ws-listen")
        || !apply(dataDir, "server", "data-dir") || !apply(database, "server", "database")
        || !apply(origin, "server", "allowed-origin") || !apply(siteKey, "server", "site-key")
        || !apply(identityKey, "identity", "key"))
        return std::nullopt;
    if (!wsGiven && p.isSet(listen)) {
        c.wsHost = c.httpHost;
        c.wsPort = c.httpPort == 0 ? 0 : quint16(c.httpPort + 1);
    }
    if (p.isSet(resources))
        c.resourcesDir = p.value(resources);
    if (c.dataDir.isEmpty() && c.database.isEmpty()) {
        *error = u"give --data-dir (for the embedded SQLite database) or --database"_s;
        return std::nullopt;
    }
    if (p.isSet(addUser)) {
        inv.mode = Invocation::Mode::AddUser;
        inv.addUser = p.value(addUser);
        if (!isValidUserName(inv.addUser)) {
            *error = u"--add-user: user names are 2-64 of A-Z a-z 0-9 . _ -"_s;
            return std::nullopt;
        }
        if (!p.isSet(role) || !parseEnumName(p.value(role), RoleNames, &inv.addRole)) {
            *error = u"--add-user needs --role admin or --role staff"_s;
            return std::nullopt;
        }
    } else if (p.isSet(role)) {
        *error = u"--role only goes with --add-user"_s;
        return std::nullopt;
    }
    return inv;
}

} // namespace fw
