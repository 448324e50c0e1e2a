#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace fw::sim {

// Identity tokens for simulated logged-in customers, fetched from the shop backend's token URL
// (GET <url>?customer=ID answering {"token": "..."}, which a --demo server serves at
// /shop/api/token) the way a shop page gets one. Tokens expire, so they are fetched again
// every refreshMs; a failed refresh keeps the tokens it had.
class IdentityTokens : public QObject
{
    Q_OBJECT
public:
    IdentityTokens(QUrl url, QStringList customers, QObject *parent = nullptr);

    // Fetches a token for every customer; ready() once all are in, failed() at the first error.
    void start(int refreshMs = 20 * 60 * 1000);
    QString token(const QString &customer) const { return m_tokens.value(customer); }

signals:
    void ready();
    void failed(const QString &error);

private:
    void fetchAll();

    QUrl m_url;
    QStringList m_customers;
    QHash<QString, QString> m_tokens;
    QNetworkAccessManager *m_net = nullptr;
    QTimer m_refresh;
    int m_pending = 0;
    bool m_ready = false;
    quint64 m_round = 0;
};

} // namespace fw::sim
