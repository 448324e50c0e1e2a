#include "secretstore.h"

namespace fw {

QString SecretStore::keyFor(const QUrl &server, const QString &user)
{
    return user + QLatin1Char('@') + server.adjusted(QUrl::RemoveUserInfo).toString();
}

} // namespace fw
