#include "passwordhasher.h"

#include "ids.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QPasswordDigestor>

using namespace Qt::StringLiterals;

namespace fw::passwords {

namespace {
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, KeyBytes);
}

QByteArray b64(const QByteArray &b) { return b.toBase64(QByteArray::OmitTrailingEquals); }
} // namespace

QString hash(const QString &password, int iterations)
{
    iterations = qMax(iterations, MinIterations);
    const QByteArray salt = randomBytes(SaltBytes);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
            .arg(QString::fromLatin1(b64(salt)), QString::fromLatin1(b64(derive(password, salt, iterations))));
}

bool verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256"_L1)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.size() < SaltBytes || expected.size() != KeyBytes)
        return false;
    return constantTimeEquals(derive(password, salt, iterations), expected);
}

bool needsRehash(const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    return parts.size() != 4 || parts[1].toInt() < MinIterations;
}

const QString &dummyHash()
{
    static const QString h = hash(u"floorwalker-dummy"_s);
    return h;
}

} // namespace fw::passwords
