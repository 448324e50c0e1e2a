#pragma once

#include <QStringList>
#include <QUrl>

namespace fw {

// The console's command line. With --server, --user and --password-stdin the console logs in
// without asking (the demo command uses that); without them it shows the login dialog.
struct ConsoleOptions
{
    QUrl server;
    QString user;
    bool passwordFromStdin = false;
    QString language; // "", "ko" or "en"
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
    QString error; // set when the command line is wrong

    bool autoLogin() const { return server.isValid() && !user.isEmpty() && passwordFromStdin; }
    static ConsoleOptions parse(const QStringList &arguments);
};

} // namespace fw
