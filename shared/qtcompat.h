#pragma once

// Every difference between the Qt versions we build with (Debian 12's 6.4.2 and current 6.8)
// lives in this one header. Sections are compiled only where their module is linked.

#include <QtGlobal>

#ifdef QT_WEBSOCKETS_LIB
#include <QWebSocket>
#endif

#ifdef QT_HTTPSERVER_LIB
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif
#endif

namespace fw::compat {

#ifdef QT_WEBSOCKETS_LIB
// 6.4: QWebSocket::error(SocketError). 6.5+: errorOccurred(SocketError), error() deprecated.
template<typename Functor>
QMetaObject::Connection onSocketError(QWebSocket *socket, const QObject *context, Functor &&f)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QObject::connect(socket, &QWebSocket::errorOccurred, context, std::forward<Functor>(f));
#else
    return QObject::connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error),
                            context, std::forward<Functor>(f));
#endif
}
#endif

#ifdef QT_HTTPSERVER_LIB
// 6.4: bind() returns void and takes any QTcpServer. 6.8: returns bool and wants it listening.
inline bool bindHttpServer(QHttpServer &http, QTcpServer *tcp)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return http.bind(tcp);
#else
    http.bind(tcp);
    return tcp->isListening();
#endif
}

// 6.4: setHeader()/addHeader(). 6.8: those are gone; QHttpHeaders replaces them.
inline void setResponseHeaders(QHttpServerResponse &response,
                               const QList<std::pair<QByteArray, QByteArray>> &headers)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders h = response.headers();
    for (const auto &[name, value] : headers)
        h.replaceOrAppend(QAnyStringView(name), QAnyStringView(value));
    response.setHeaders(std::move(h));
#else
    for (const auto &[name, value] : headers)
        response.setHeader(name, value);
#endif
}
#endif

} // namespace fw::compat

#ifdef QT_GUI_LIB
// The console (Gui/Widgets). Dark mode: 6.5 added QStyleHints::colorScheme(); 6.4 has only
// the palette to go by.
#include <QGuiApplication>
#include <QPalette>
#include <QStyleHints>

namespace fw::compat {

inline bool prefersDarkColours()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace fw::compat
#endif
