#pragma once

#include <QIcon>

namespace fw {

// The console's icon, drawn at every size it is used (window, tray, task bar) so it stays sharp
// on high-DPI screens without shipping image files.
QIcon appIcon();

} // namespace fw
