#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QHttpServer;
class QTcpServer;

namespace fw {

// The HTTP side: /healthz, /metrics, /tracker.js and (in demo mode) the demo shop under /shop/.
// Everything Qt-version-specific about QHttpServer goes through shared/qtcompat.h.
class HttpFrontend : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString resourcesDir; // holds tracker/ and demo-shop/
        bool demo = false;
        QString trackerWsUrl; // substituted into tracker.js
        // Demo mode only: what a shop backend does at login, sign an identity token for a
        // customer. Returns an empty string for an unknown customer.
        std::function<QString(const QString &customer)> demoToken;
    };
    struct Status
    {
        std::function<QJsonObject()> health; // "status" == "ok" means healthy
        std::function<QByteArray()> metrics;
    };

    HttpFrontend(Options options, Status status, QObject *parent = nullptr);
    ~HttpFrontend() override;

    bool listen(const QHostAddress &host, quint16 port, QString *error);
    void stopListening();
    quint16 port() const;
    void setTrackerWsUrl(const QString &url) { m_options.trackerWsUrl = url; }

private:
    Options m_options;
    Status m_status;
    QHttpServer *m_http;
    QTcpServer *m_tcp;
};

} // namespace fw
