#include "consolegateway.h"

#include "clock.h"
#include "consolefeed.h"
#include "loginthrottle.h"
#include "protocol.h"
#include "staffdirectory.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcGateway)

namespace fw {

namespace {
constexpr int MaxLoginFailuresPerSocket = 10;
}

ConsoleGateway::ConsoleGateway(Limits limits, const Clock *clock, SessionCore *core,
                               StaffDirectory *staff, ConsoleFeed *feed, LoginThrottle *throttle,
                               QObject *parent)
    : GatewayBase("console", [&] {
        limits.allowedFlow = ConsoleToServer;
        return limits;
    }(), clock, parent)
    , m_core(core)
    , m_staff(staff)
    , m_feed(feed)
    , m_throttle(throttle)
{
    connect(m_feed, &ConsoleFeed::published, this,
            [this](const QByteArray &frame, qint64) { onPublished(frame); });
    connect(m_staff, &StaffDirectory::credentialsRevoked, this, [this](const QString &name) {
        for (auto it = m_consoles.cbegin(); it != m_consoles.cend(); ++it) {
            if (it->loggedIn && it->account.name == name)
                closePeer(it.key(), protocol::AccountDisabled,
                          u"account disabled or password changed"_s);
        }
    });
}

int ConsoleGateway::liveCount() const
{
    int n = 0;
    for (const Console &c : m_consoles)
        n += c.live ? 1 : 0;
    return n;
}

void ConsoleGateway::onPublished(const QByteArray &frame)
{
    // Serialised once by the feed; every console gets the same bytes.
    for (auto it = m_consoles.cbegin(); it != m_consoles.cend(); ++it) {
        if (it->live)
            send(it.key(), frame);
    }
}

void ConsoleGateway::reply(quint64 id, const Result &r) { send(id, encodeMessage(r)); }

void ConsoleGateway::handleMessage(quint64 id, Peer &peer, const Decoded &d)
{
    Console &c = m_consoles[id];
    if (const Login *l = d.as<Login>()) {
        if (c.loggedIn) {
            sendError(id, protocol::error::BadField, u"already logged in"_s, d.type);
            return;
        }
        login(id, peer, *l);
        return;
    }
    if (!c.loggedIn) {
        if (!peer.ready && !c.loginPending && c.failures == 0) {
            countRejection(u"no_login"_s);
            closePeer(id, protocol::BadHello, u"the first message must be login"_s);
            return;
        }
        sendError(id, protocol::error::NotReady, u"log in first"_s, d.type);
        return;
    }
    command(id, c, peer, d);
}

void ConsoleGateway::login(quint64 id, Peer &peer, const Login &msg)
{
    Console &c = m_consoles[id];
    peer.ready = true; // a well-formed login: the hello timeout no longer applies
    if (c.loginPending) {
        sendError(id, protocol::error::NotReady, u"a login is already being checked"_s);
        return;
    }
    if (msg.version < protocol::MinVersion || msg.version > protocol::MaxVersion) {
        LoginFailed f;
        f.reason = u"unsupported_version"_s;
        f.minVersion = protocol::MinVersion;
        f.maxVersion = protocol::MaxVersion;
        send(id, encodeMessage(f));
        closePeer(id, protocol::UnsupportedVersion, u"unsupported protocol version"_s);
        return;
    }
    if (!msg.token.isEmpty()) {
        const auto acc = m_staff->accountForToken(msg.token);
        if (!acc) {
            send(id, encodeMessage(LoginFailed{u"bad_token"_s, 0, 0, 0}));
            return;
        }
        c.token = msg.token;
        finishLogin(id, *acc, msg.lastRevision);
        return;
    }
    const QStringList keys{LoginThrottle::accountKey(msg.user),
                           LoginThrottle::addressKey(peer.address)};
    if (const qint64 wait = m_throttle->retryAfter(keys); wait > 0) {
        send(id, encodeMessage(LoginFailed{u"throttled"_s, wait, 0, 0}));
        return;
    }
    c.loginPending = true;
    const qint64 lastRevision = msg.lastRevision;
    const QString user = msg.user;
    m_staff->checkPassword(msg.user, msg.password, this,
                           [this, id, keys, lastRevision, user](StaffDirectory::Check check) {
        auto it = m_consoles.find(id);
        if (it == m_consoles.end())
            return; // gone while we hashed
        it->loginPending = false;
        if (!check.ok) {
            m_throttle->failed(keys);
            if (Peer *p = this->peer(id))
                m_core->audit({{user, {}}, Role::Staff, p->address}, u"login_failed"_s, user, {});
            ++m_loginFailures;
            countRejection(u"login"_s);
            // Same answer for an unknown user and a wrong password.
            send(id, encodeMessage(LoginFailed{u"invalid_credentials"_s, 0, 0, 0}));
            if (++it->failures >= MaxLoginFailuresPerSocket)
                closePeer(id, protocol::AuthFailed, u"too many failed logins"_s);
            return;
        }
        m_throttle->succeeded({keys.first()});
        if (check.account.disabled) {
            send(id, encodeMessage(LoginFailed{u"disabled"_s, 0, 0, 0}));
            return;
        }
        finishLogin(id, check.account, lastRevision);
    });
}

void ConsoleGateway::finishLogin(quint64 id, const StaffAccount &account, qint64 lastRevision)
{
    Console &c = m_consoles[id];
    c.loggedIn = true;
    c.account = account;
    LoginOk ok;
    ok.account = account;
    if (c.token.isEmpty())
        c.token = m_staff->issueToken(account.name, &ok.tokenExpiresAt);
    else
        ok.tokenExpiresAt = clock()->nowMs() + 12 * 3600 * 1000;
    ok.token = c.token;
    ok.serverVersion = QStringLiteral(FW_VERSION);
    ok.serverTime = clock()->nowMs();
    send(id, encodeMessage(ok));
    qCInfo(lcGateway, "console login: %s", qPrintable(account.name));
    if (Peer *p = peer(id))
        m_core->audit({{account.name, account.displayName}, account.role, p->address}, u"login"_s,
                      account.name, {{u"client"_s, p->address}});
    // Catch up from a known revision when we still have every delta since; else a snapshot.
    if (lastRevision > 0) {
        if (const auto frames = m_feed->since(lastRevision)) {
            for (const QByteArray &f : *frames)
                send(id, f);
            c.live = true;
            return;
        }
    }
    send(id, encodeMessage(m_core->snapshot()));
    c.live = true;
}

void ConsoleGateway::command(quint64 id, Console &c, const Peer &peer, const Decoded &d)
{
    const Actor actor{{c.account.name, c.account.displayName}, c.account.role, peer.address};
    auto forbidden = [&](qint64 reqId, const QString &what) {
        Result r;
        r.reqId = reqId;
        r.ok = false;
        r.error = {QString::fromLatin1(protocol::error::Forbidden), what};
        reply(id, r);
    };
    switch (d.type) {
    case MessageType::Ping:
        send(id, encodeMessage(Pong{d.as<Ping>()->t, clock()->nowMs()}));
        break;
    case MessageType::ChatSend:
        reply(id, m_core->chatSend(actor, *d.as<ChatSend>()));
        break;
    case MessageType::Claim:
        reply(id, m_core->claim(actor, *d.as<Claim>()));
        break;
    case MessageType::Release:
        reply(id, m_core->release(actor, *d.as<Release>()));
        break;
    case MessageType::HelpResolve:
        reply(id, m_core->helpResolve(actor, *d.as<HelpResolve>()));
        break;
    case MessageType::ThresholdsGet: {
        ThresholdsInfo t = m_core->thresholdsInfo();
        t.reqId = d.as<ThresholdsGet>()->reqId;
        send(id, encodeMessage(t));
        break;
    }
    case MessageType::ThresholdsSet:
        reply(id, m_core->setThresholds(actor, *d.as<ThresholdsSet>()));
        break;
    case MessageType::HistoryGet: {
        const HistoryGet &m = *d.as<HistoryGet>();
        auto h = m_core->history(m.sessionId);
        if (!h) {
            Result r;
            r.reqId = m.reqId;
            r.ok = false;
            r.error = {QString::fromLatin1(protocol::error::NotFound), u"no such session"_s};
            reply(id, r);
            break;
        }
        h->reqId = m.reqId;
        send(id, encodeMessage(*h));
        break;
    }
    case MessageType::StaffList: {
        const qint64 reqId = d.as<StaffList>()->reqId;
        if (!actor.isAdmin())
            return forbidden(reqId, u"managing staff needs the admin role"_s);
        send(id, encodeMessage(StaffAccounts{reqId, m_staff->accounts()}));
        break;
    }
    case MessageType::StaffAdd: {
        const StaffAdd &m = *d.as<StaffAdd>();
        if (!actor.isAdmin())
            return forbidden(m.reqId, u"managing staff needs the admin role"_s);
        const QString name = m.name;
        m_staff->add(m, actor.ref.user, this, [this, id, actor, name](Result r) {
            if (r.ok)
                m_core->audit(actor, u"staff_add"_s, name, {});
            reply(id, r);
        });
        break;
    }
    case MessageType::StaffUpdate: {
        const StaffUpdate &m = *d.as<StaffUpdate>();
        if (!actor.isAdmin())
            return forbidden(m.reqId, u"managing staff needs the admin role"_s);
        QJsonObject details = m.toJson();
        details.remove(u"password"_s);
        details.remove(u"reqId"_s);
        if (m.password)
            details.insert(u"passwordReset"_s, true);
        const QString name = m.name;
        m_staff->update(m, actor.ref.user, this, [this, id, actor, name, details](Result r) {
            if (r.ok)
                m_core->audit(actor, u"staff_update"_s, name, details);
            reply(id, r);
        });
        break;
    }
    case MessageType::Logout:
        m_staff->revokeToken(c.token);
        closePeer(id, protocol::Normal, u"logged out"_s);
        break;
    default:
        break; // the flow check let only console-to-server types through
    }
}

void ConsoleGateway::peerClosed(quint64 id, Peer &) { m_consoles.remove(id); }

void ConsoleGateway::refuse(quint64 id, const Decoded &d, const char *code, const QString &text)
{
    if (d.reqId == 0)
        return GatewayBase::refuse(id, d, code, text);
    Result r;
    r.reqId = d.reqId;
    r.ok = false;
    r.error = {QString::fromLatin1(code), text};
    reply(id, r);
}

} // namespace fw
