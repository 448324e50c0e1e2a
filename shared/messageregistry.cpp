#include "messageregistry.h"

#include "protocol.h"

#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace fw {

const QList<MessageInfo> &messageTypes()
{
    static const QList<MessageInfo> list{
#define FW_X(n, T, wire, f) MessageInfo{MessageType::T, wire, f},
            FW_MESSAGE_TYPES(FW_X)
#undef FW_X
    };
    return list;
}

const MessageInfo *messageInfo(MessageType type)
{
    for (const MessageInfo &info : messageTypes()) {
        if (info.type == type)
            return &info;
    }
    return nullptr;
}

MessageType messageTypeFromName(QStringView name)
{
    for (const MessageInfo &info : messageTypes()) {
        if (name == QLatin1String(info.name))
            return info.type;
    }
    return MessageType::Unknown;
}

QString messageName(MessageType type)
{
    const MessageInfo *info = messageInfo(type);
    return info ? QString::fromLatin1(info->name) : QString();
}

Decoded decodeObject(const QJsonObject &object)
{
    Decoded d;
    const QJsonValue typeValue = object.value("type"_L1);
    if (!typeValue.isString()) {
        d.error = {QString::fromLatin1(protocol::error::BadField), u"type: required string"_s};
        return d;
    }
    const QString typeName = typeValue.toString();
    d.type = messageTypeFromName(typeName);
    JsonReader r(object);
    switch (d.type) {
    case MessageType::Unknown:
        d.error = {QString::fromLatin1(protocol::error::UnknownType),
                   u"unknown message type \"%1\""_s.arg(typeName.left(40))};
        return d;
#define FW_X(n, T, wire, f)                                                                        \
    case MessageType::T:                                                                           \
        d.message = T::fromJson(r);                                                                \
        break;
        FW_MESSAGE_TYPES(FW_X)
#undef FW_X
    }
    if (!r.ok()) {
        d.error = {QString::fromLatin1(protocol::error::BadField), r.error()};
        d.message = std::monostate{};
    }
    // So that an error can name the event it refuses (the tracker then drops that event).
    auto positive = [&object](QLatin1String key) -> qint64 {
        const QJsonValue v = object.value(key);
        const double x = v.toDouble();
        return v.isDouble() && x >= 1 && x <= double(limits::MaxSeq) && x == double(qint64(x))
                ? qint64(x)
                : 0;
    };
    d.seq = positive("seq"_L1);
    d.reqId = positive("reqId"_L1);
    return d;
}

Decoded decodeMessage(QByteArrayView utf8)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        Decoded d;
        d.error = {QString::fromLatin1(protocol::error::BadJson),
                   err.error != QJsonParseError::NoError
                           ? u"invalid JSON at offset %1: %2"_s.arg(err.offset).arg(err.errorString())
                           : u"a message must be a JSON object"_s};
        return d;
    }
    return decodeObject(doc.object());
}

QByteArray encodeAny(const AnyMessage &message)
{
    return std::visit(
            [](const auto &m) -> QByteArray {
                using M = std::decay_t<decltype(m)>;
                if constexpr (std::is_same_v<M, std::monostate>)
                    return {};
                else
                    return encodeMessage(m);
            },
            message);
}

} // namespace fw
