#pragma once

#include "messages.h"
#include "protocoltypes.h"

#include <QString>

namespace fw::sim {

// One thing a simulated visitor does; the connection turns it into a protocol event.
struct SimAction
{
    enum class Kind { None, Page, Scroll, Input, Click, Visibility, Chat, Help, Leave };
    Kind kind = Kind::None; // None: time passes, nothing is sent
    PageInfo page; // Page
    Navigation nav = Navigation::Load; // Page
    int depth = 0; // Scroll: share of the page seen so far, 0-100
    int y = 0; // Scroll position; Click position
    InputKind input = InputKind::Pointer; // Input
    int count = 1; // Input
    int x = 0; // Click
    QString target; // Click
    bool hidden = false; // Visibility
    QString text; // Chat, Help
    HelpKind help = HelpKind::Request; // Help
};

// An action and how long after the previous step it happens.
struct Step
{
    qint64 delayMs = 0;
    SimAction action;
};

} // namespace fw::sim
