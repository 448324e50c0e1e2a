#include "identitytokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fw::sim {

IdentityTokens::IdentityTokens(QUrl url, QStringList customers, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_customers(std::move(customers))
{
    connect(&m_refresh, &QTimer::timeout, this, &IdentityTokens::fetchAll);
}

void IdentityTokens::start(int refreshMs)
{
    m_refresh.start(refreshMs);
    fetchAll();
}

void IdentityTokens::fetchAll()
{
    if (!m_net)
        m_net = new QNetworkAccessManager(this);
    const quint64 round = ++m_round;
    m_pending = int(m_customers.size());
    for (const QString &customer : std::as_const(m_customers)) {
        QUrl url = m_url;
        QUrlQuery q(url);
        q.addQueryItem(u"customer"_s, customer);
        url.setQuery(q);
        QNetworkRequest req(url);
        req.setTransferTimeout(15000);
        QNetworkReply *reply = m_net->get(req);
        connect(reply, &QNetworkReply::finished, this, [this, reply, customer, round] {
            reply->deleteLater();
            if (round != m_round)
                return; // a newer round is under way
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString token = QJsonDocument::fromJson(reply->read(64 * 1024))
                                          .object()
                                          .value("token"_L1)
                                          .toString();
            if (reply->error() != QNetworkReply::NoError || status != 200 || token.isEmpty()) {
                if (!m_ready) {
                    ++m_round; // ignore the rest of this round
                    emit failed(u"identity token for %1 from %2: %3"_s.arg(
                            customer, m_url.toString(),
                            status ? u"HTTP %1"_s.arg(status)
                                   : (reply->error() != QNetworkReply::NoError
                                              ? reply->errorString()
                                              : u"no \"token\" in the answer"_s)));
                }
                return;
            }
            m_tokens.insert(customer, token);
            if (--m_pending == 0 && !m_ready) {
                m_ready = true;
                emit ready();
            }
        });
    }
}

} // namespace fw::sim
