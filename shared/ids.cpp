#include "ids.h"

#include <QRandomGenerator>

namespace fw {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    // system() is seeded from the OS (getrandom / BCryptGenRandom): fit for secrets.
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        out[i] = char(rng->bounded(256));
    return out;
}

QString randomId(const char *prefix, int bytes)
{
    return QString::fromLatin1(prefix)
            + QString::fromLatin1(randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding
                                                             | QByteArray::OmitTrailingEquals));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace fw
