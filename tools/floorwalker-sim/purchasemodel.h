#pragma once

#include "profile.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>

namespace fw::sim {

// How likely each kind of visitor is to respond to, and to buy after, each kind of staff
// action ("chat" now; coupons and popups come with the promotions issue). Loaded from a JSON
// file whose format README.md documents; the built-in default is purchase-model.json.
class PurchaseModel
{
public:
    struct Range
    {
        qint64 minMs = 0;
        qint64 maxMs = 0;
    };
    struct Action
    {
        std::array<double, 7> respond {}; // per Profile
        std::array<double, 7> buy {};
        Range respondDelay;
        Range buyDelay;
        QStringList repliesKo;
        QStringList repliesEn;
    };

    static PurchaseModel builtIn();
    static std::optional<PurchaseModel> fromJson(const QByteArray &json, QString *error);
    static std::optional<PurchaseModel> fromFile(const QString &path, QString *error);

    const Action *action(const QString &kind) const;
    QStringList kinds() const;
    const QString &description() const { return m_description; }
    QJsonObject source() const { return m_source; } // the model as loaded, for the report

private:
    QHash<QString, Action> m_actions;
    QString m_description;
    QJsonObject m_source;
};

} // namespace fw::sim
