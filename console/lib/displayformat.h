#pragma once

#include "protocoltypes.h"

#include <QString>

// How the console words protocol values for people, in the current UI language.
namespace fw::format {

QString stateName(BehaviourState state);
// One line on what the state means and which patent rule it is.
QString stateMeaning(BehaviourState state);
// Sort rank for the state column: what needs staff most comes first.
int stateUrgency(BehaviourState state);

// "0:42", "12:05", "1:02:09".
QString duration(qint64 ms);
// Clock time for today's events, date and time for older ones, in the UI locale.
QString timeOfDay(qint64 msSinceEpoch);
QString dateTime(qint64 msSinceEpoch);

// "30s" / "30대"; empty when unknown.
QString ageBand(int age);
QString gender(const QString &gender);
QString device(DeviceKind device);
QString pageKind(PageKind kind);
QString helpKind(HelpKind kind);
QString role(Role role);
// "12 orders, 480,000 KRW, last 2025-11-24"; empty when nothing is known.
QString purchases(const PurchaseSummary &p);
// A page as one line: its title, or its URL when it has none.
QString pageTitle(const PageInfo &page);

} // namespace fw::format
