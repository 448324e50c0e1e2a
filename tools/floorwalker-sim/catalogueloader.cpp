#include "catalogueloader.h"

#include "protocoltypes.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fw::sim {

CatalogueLoader::CatalogueLoader(QObject *parent)
    : QObject(parent)
{ }

void CatalogueLoader::load(const QString &source, int timeoutMs)
{
    if (!isHttpUrl(source)) {
        QString error;
        auto c = Catalogue::fromFile(source, &error);
        // Signals after the caller has connected, like the network path.
        QTimer::singleShot(0, this, [this, c, error] {
            if (c)
                emit loaded(*c);
            else
                emit failed(u"catalogue "_s + error);
        });
        return;
    }
    if (!m_net)
        m_net = new QNetworkAccessManager(this);
    QNetworkRequest req { QUrl(source) };
    req.setTransferTimeout(timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_net->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, source] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            emit failed(u"catalogue %1: %2"_s.arg(
                    source, status ? u"HTTP %1"_s.arg(status) : reply->errorString()));
            return;
        }
        const QByteArray data = reply->read(64 * 1024 * 1024);
        QString error;
        const auto c = Catalogue::fromJson(data, &error);
        if (c)
            emit loaded(*c);
        else
            emit failed(u"catalogue %1: %2"_s.arg(source, error));
    });
}

} // namespace fw::sim
