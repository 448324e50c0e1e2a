#include "httpfrontend.h"

#include "qtcompat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QTcpServer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fw {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

QHttpServerResponse respond(const QByteArray &mime, const QByteArray &body,
                            HttpStatus status = HttpStatus::Ok, const QByteArray &cache = "no-cache")
{
    QHttpServerResponse r(mime, body, status);
    compat::setResponseHeaders(r, {{"X-Content-Type-Options", "nosniff"},
                                   {"Referrer-Policy", "strict-origin-when-cross-origin"},
                                   {"Cache-Control", cache}});
    return r;
}

QHttpServerResponse notFound()
{
    return respond("text/plain; charset=utf-8", "not found\n", HttpStatus::NotFound);
}

QByteArray mimeFor(const QString &path)
{
    static const QList<std::pair<const char *, const char *>> types{
            {".html", "text/html; charset=utf-8"},
            {".js", "application/javascript; charset=utf-8"},
            {".mjs", "application/javascript; charset=utf-8"},
            {".css", "text/css; charset=utf-8"},
            {".json", "application/json"},
            {".svg", "image/svg+xml"},
            {".png", "image/png"},
            {".jpg", "image/jpeg"},
            {".webp", "image/webp"},
            {".ico", "image/x-icon"},
            {".txt", "text/plain; charset=utf-8"}};
    for (const auto &[ext, mime] : types) {
        if (path.endsWith(QLatin1String(ext)))
            return mime;
    }
    return {};
}

// Serves a file below root, or nothing: no "..", no hidden files, no unknown types.
QHttpServerResponse serveFile(const QString &root, const QString &relative)
{
    QString rel = relative.isEmpty() || relative.endsWith(u'/') ? relative + u"index.html"_s
                                                                : relative;
    const QStringList parts = rel.split(u'/', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (p.startsWith(u'.') || p.contains(u'\\'))
            return notFound();
    }
    const QByteArray mime = mimeFor(rel);
    if (mime.isEmpty())
        return notFound();
    const QString base = QFileInfo(root).canonicalFilePath();
    const QString path = QFileInfo(root + u'/' + parts.join(u'/')).canonicalFilePath();
    if (base.isEmpty() || path.isEmpty() || !path.startsWith(base + u'/'))
        return notFound();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 8 * 1024 * 1024)
        return notFound();
    return respond(mime, f.readAll(), HttpStatus::Ok, "public, max-age=60");
}

} // namespace

HttpFrontend::HttpFrontend(Options options, Status status, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_status(std::move(status))
    , m_http(new QHttpServer(this))
    , m_tcp(new QTcpServer(this))
{
    m_http->route(u"/healthz"_s, QHttpServerRequest::Method::Get, [this]() -> QHttpServerResponse {
        const QJsonObject h = m_status.health();
        const bool ok = h.value("status"_L1).toString() == "ok"_L1;
        return respond("application/json", QJsonDocument(h).toJson(QJsonDocument::Compact) + '\n',
                       ok ? HttpStatus::Ok : HttpStatus::ServiceUnavailable);
    });
    m_http->route(u"/metrics"_s, QHttpServerRequest::Method::Get, [this]() -> QHttpServerResponse {
        return respond("text/plain; version=0.0.4; charset=utf-8", m_status.metrics());
    });
    m_http->route(u"/tracker.js"_s, QHttpServerRequest::Method::Get, [this]() -> QHttpServerResponse {
        QFile f(m_options.resourcesDir + u"/tracker/tracker.js"_s);
        if (!f.open(QIODevice::ReadOnly))
            return notFound();
        QByteArray js = f.readAll();
        js.replace("__FLOORWALKER_WS_URL__", m_options.trackerWsUrl.toUtf8());
        return respond("application/javascript; charset=utf-8", js);
    });
    if (m_options.demo) {
        m_http->route(u"/"_s, QHttpServerRequest::Method::Get, []() -> QHttpServerResponse {
            QHttpServerResponse r("text/plain", "see /shop/\n", HttpStatus::Found);
            compat::setResponseHeaders(r, {{"Location", "/shop/"}});
            return r;
        });
        m_http->route(u"/shop/api/token"_s, QHttpServerRequest::Method::Get,
                      [this](const QHttpServerRequest &req) -> QHttpServerResponse {
                          const QString customer = req.query().queryItemValue(u"customer"_s);
                          const QString token = m_options.demoToken ? m_options.demoToken(customer)
                                                                    : QString();
                          if (token.isEmpty())
                              return respond("application/json", "{\"error\":\"unknown customer\"}\n",
                                             HttpStatus::NotFound);
                          return respond("application/json",
                                         QJsonDocument(QJsonObject{{u"token"_s, token}})
                                                 .toJson(QJsonDocument::Compact));
                      });
        m_http->route(u"/shop/"_s, QHttpServerRequest::Method::Get, [this]() -> QHttpServerResponse {
            return serveFile(m_options.resourcesDir + u"/demo-shop"_s, QString());
        });
        m_http->route(u"/shop/<arg>"_s, QHttpServerRequest::Method::Get,
                      [this](const QUrl &rest) -> QHttpServerResponse {
                          return serveFile(m_options.resourcesDir + u"/demo-shop"_s, rest.path());
                      });
    }
}

HttpFrontend::~HttpFrontend() = default;

bool HttpFrontend::listen(const QHostAddress &host, quint16 port, QString *error)
{
    if (!m_tcp->listen(host, port) || !compat::bindHttpServer(*m_http, m_tcp)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(host.toString()).arg(port).arg(m_tcp->errorString());
        return false;
    }
    return true;
}

void HttpFrontend::stopListening() { m_tcp->close(); }

quint16 HttpFrontend::port() const { return m_tcp->serverPort(); }

} // namespace fw
