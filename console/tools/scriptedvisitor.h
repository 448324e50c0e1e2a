#pragma once

#include "messages.h"

#include <QObject>
#include <QUrl>

class QWebSocket;

namespace fw {

// A shop visitor driven by a script: speaks the visitor protocol (hello, page, scroll, clicks,
// visibility, chat, help) with fwshared's message types over a real WebSocket, and
// acknowledges the staff messages it receives. For tests and the screenshot tool.
class ScriptedVisitor : public QObject
{
    Q_OBJECT
public:
    ScriptedVisitor(const QUrl &visitorUrl, const QString &visitorId, QObject *parent = nullptr);
    ~ScriptedVisitor() override;

    void setIdentityToken(const QString &token) { m_token = token; }
    void setDevice(DeviceKind device) { m_device = device; }
    void setLang(const QString &lang) { m_lang = lang; }
    void setReferrer(const QString &referrer) { m_referrer = referrer; }

    // Opens the socket and says hello on `page`; welcomed() follows. Resumes the last
    // session if it had one.
    void open(const PageInfo &page);
    // open() and wait for the welcome (spins the event loop).
    bool openAndWait(const PageInfo &page, int timeoutMs = 10000);
    void close();
    void abort();
    bool isWelcomed() const { return !m_sessionId.isEmpty() && m_open; }

    void page(const PageInfo &page, Navigation nav = Navigation::Push);
    void scroll(int depth, int y);
    void click(int x, int y, const QString &target = QString());
    void visibility(bool hidden);
    void input(InputKind kind, int count = 1);
    void chat(const QString &text);
    void help(HelpKind kind, const QString &text);

    QString sessionId() const { return m_sessionId; }
    const QList<StaffChat> &staffMessages() const { return m_staff; }

    // A JWT (HS256) as a shop's backend would make it; claims beyond sub/exp are optional.
    static QString makeIdentityToken(const QString &kid, const QByteArray &secret,
                                     const QString &customerId, int age = -1,
                                     const QString &gender = QString(), int orders = 0,
                                     double total = 0, const QString &currency = QString());
    static PageInfo makePage(const QString &url, const QString &title, PageKind kind,
                             const QString &productId = QString());

signals:
    void welcomed(const fw::Welcome &welcome);
    void staffMessage(const fw::StaffChat &message);
    void closed(int code);

private:
    template<typename T> void sendEvent(T event)
    {
        event.h.seq = ++m_seq;
        sendFrame(encodeMessage(event));
    }
    void sendFrame(const QByteArray &frame);
    void onText(const QString &text);

    QUrl m_url;
    QString m_visitorId;
    QString m_siteKey = QStringLiteral("demo");
    QString m_token;
    QString m_lang = QStringLiteral("ko-KR");
    QString m_referrer;
    DeviceKind m_device = DeviceKind::Desktop;
    QWebSocket *m_socket = nullptr;
    QString m_sessionId;
    qint64 m_seq = 0;
    qint64 m_shownUpTo = 0;
    bool m_open = false;
    QList<StaffChat> m_staff;
    PageInfo m_page;
};

} // namespace fw
