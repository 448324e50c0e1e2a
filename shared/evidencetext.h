#pragma once

#include "protocoltypes.h"

namespace fw {

// Builds evidence for a state from a code and its numbers, with the sentence in English.
Evidence makeEvidence(const QString &code, const QJsonObject &values);

// The sentence for evidence in the application's current language. The server, which has no
// translator installed, gets English; the console gets Korean or English.
QString describeEvidence(const Evidence &evidence);

// A visitor's display name: customer id when verified, else "anonymous #n".
QString visitorDisplayName(const Identity &identity, qint64 number);

} // namespace fw
