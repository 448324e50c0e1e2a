#include "scriptedvisitor.h"

#include "messageregistry.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace fw {

ScriptedVisitor::ScriptedVisitor(const QUrl &visitorUrl, const QString &visitorId, QObject *parent)
    : QObject(parent)
    , m_url(visitorUrl)
    , m_visitorId(visitorId)
{ }

ScriptedVisitor::~ScriptedVisitor()
{
    if (m_socket)
        m_socket->abort();
}

PageInfo ScriptedVisitor::makePage(const QString &url, const QString &title, PageKind kind,
                                   const QString &productId)
{
    PageInfo p;
    p.url = url;
    p.title = title;
    p.kind = kind;
    p.productId = productId;
    return p;
}

void ScriptedVisitor::open(const PageInfo &page)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_page = page;
    m_open = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ScriptedVisitor::onText);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        Hello h;
        h.siteKey = m_siteKey;
        h.visitorId = m_visitorId;
        h.resumeSessionId = m_sessionId;
        h.ackedUpTo = m_shownUpTo;
        h.page = m_page;
        h.referrer = m_referrer;
        h.device = m_device;
        h.lang = m_lang;
        h.identityToken = m_token;
        h.client = u"floorwalker-scripted-visitor/1"_s;
        sendFrame(encodeMessage(h));
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_open = false;
        emit closed(int(m_socket->closeCode()));
    });
    m_socket->open(m_url);
}

bool ScriptedVisitor::openAndWait(const PageInfo &page, int timeoutMs)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto c1 = connect(this, &ScriptedVisitor::welcomed, &loop, &QEventLoop::quit);
    const auto c2 = connect(this, &ScriptedVisitor::closed, &loop, &QEventLoop::quit);
    open(page);
    timer.start(timeoutMs);
    loop.exec();
    disconnect(c1);
    disconnect(c2);
    return isWelcomed();
}

void ScriptedVisitor::close()
{
    if (m_socket)
        m_socket->close();
}

void ScriptedVisitor::abort()
{
    if (m_socket)
        m_socket->abort();
}

void ScriptedVisitor::sendFrame(const QByteArray &frame)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void ScriptedVisitor::onText(const QString &text)
{
    const Decoded d = decodeMessage(text.toUtf8());
    if (const Welcome *w = d.as<Welcome>()) {
        m_sessionId = w->sessionId;
        if (!w->resumed)
            m_seq = 0;
        else
            m_seq = std::max(m_seq, w->ackedUpTo);
        m_open = true;
        emit welcomed(*w);
    } else if (const StaffChat *s = d.as<StaffChat>()) {
        if (s->seq > m_shownUpTo) {
            m_shownUpTo = s->seq;
            m_staff.append(*s);
            emit staffMessage(*s);
        }
        sendFrame(encodeMessage(Ack { m_shownUpTo }));
    }
}

void ScriptedVisitor::page(const PageInfo &page, Navigation nav)
{
    m_page = page;
    PageView p;
    p.page = page;
    p.nav = nav;
    sendEvent(p);
}

void ScriptedVisitor::scroll(int depth, int y)
{
    ScrollEvent e;
    e.depth = depth;
    e.y = y;
    sendEvent(e);
}

void ScriptedVisitor::click(int x, int y, const QString &target)
{
    ClickEvent e;
    e.x = x;
    e.y = y;
    e.target = target;
    sendEvent(e);
}

void ScriptedVisitor::visibility(bool hidden)
{
    VisibilityEvent e;
    e.hidden = hidden;
    sendEvent(e);
}

void ScriptedVisitor::input(InputKind kind, int count)
{
    InputEvent e;
    e.kind = kind;
    e.count = count;
    sendEvent(e);
}

void ScriptedVisitor::chat(const QString &text)
{
    ChatEvent e;
    e.text = text;
    sendEvent(e);
}

void ScriptedVisitor::help(HelpKind kind, const QString &text)
{
    HelpEvent e;
    e.kind = kind;
    e.text = text;
    sendEvent(e);
}

QString ScriptedVisitor::makeIdentityToken(const QString &kid, const QByteArray &secret,
                                           const QString &customerId, int age,
                                           const QString &gender, int orders, double total,
                                           const QString &currency)
{
    auto b64 = [](const QByteArray &b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject header { { u"alg"_s, u"HS256"_s },
                               { u"kid"_s, kid },
                               { u"typ"_s, u"JWT"_s } };
    QJsonObject claims { { u"sub"_s, customerId },
                         { u"exp"_s, double(QDateTime::currentSecsSinceEpoch() + 3600) } };
    if (age >= 0)
        claims.insert(u"age"_s, age);
    if (!gender.isEmpty())
        claims.insert(u"gender"_s, gender);
    if (orders > 0)
        claims.insert(u"purchases"_s,
                      QJsonObject { { u"orders"_s, orders },
                                    { u"total"_s, total },
                                    { u"currency"_s, currency },
                                    { u"lastOrderAt"_s,
                                      double(QDateTime::currentSecsSinceEpoch() - 9 * 86400) } });
    const QByteArray signingInput = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
            '.' + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray sig =
            QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + b64(sig));
}

} // namespace fw
