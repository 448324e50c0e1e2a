#include "consoleoptions.h"

#include "protocoltypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fw {

ConsoleOptions ConsoleOptions::parse(const QStringList &arguments)
{
    ConsoleOptions o;
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
            "ConsoleOptions",
            "Floorwalker console: live shop visitors, chat and alerts for staff."));
    const QCommandLineOption help({ u"h"_s, u"help"_s },
                                  QCoreApplication::translate("ConsoleOptions", "Show this help."));
    const QCommandLineOption version(
            u"version"_s, QCoreApplication::translate("ConsoleOptions", "Show the version."));
    const QCommandLineOption server(
            u"server"_s,
            QCoreApplication::translate(
                    "ConsoleOptions",
                    "Console WebSocket address, e.g. ws://127.0.0.1:8081/v1/console."),
            u"URL"_s);
    const QCommandLineOption user(
            u"user"_s, QCoreApplication::translate("ConsoleOptions", "User name."), u"NAME"_s);
    const QCommandLineOption passwordStdin(
            u"password-stdin"_s,
            QCoreApplication::translate("ConsoleOptions",
                                        "Read the password from the first line of standard input "
                                        "and log in without the dialog."));
    const QCommandLineOption language(
            u"language"_s,
            QCoreApplication::translate("ConsoleOptions", "User interface language: ko or en."),
            u"LANG"_s);
    p.addOptions({ help, version, server, user, passwordStdin, language });
    if (!p.parse(arguments)) {
        o.error = p.errorText();
        return o;
    }
    o.helpText = p.helpText();
    o.showHelp = p.isSet(help);
    o.showVersion = p.isSet(version);
    if (!p.positionalArguments().isEmpty()) {
        o.error = QCoreApplication::translate("ConsoleOptions", "Unexpected argument \"%1\".")
                          .arg(p.positionalArguments().constFirst());
        return o;
    }
    if (p.isSet(server)) {
        o.server = QUrl(p.value(server), QUrl::StrictMode);
        if (!o.server.isValid() ||
            (o.server.scheme() != "ws"_L1 && o.server.scheme() != "wss"_L1) ||
            o.server.host().isEmpty()) {
            o.error = QCoreApplication::translate("ConsoleOptions",
                                                  "--server needs a ws:// or wss:// address.");
            return o;
        }
    }
    if (p.isSet(user)) {
        o.user = p.value(user);
        if (!isValidUserName(o.user)) {
            o.error = QCoreApplication::translate(
                    "ConsoleOptions", "--user: user names are 2-64 of A-Z a-z 0-9 . _ -");
            return o;
        }
    }
    o.passwordFromStdin = p.isSet(passwordStdin);
    if (o.passwordFromStdin && (o.server.isEmpty() || o.user.isEmpty())) {
        o.error = QCoreApplication::translate("ConsoleOptions",
                                              "--password-stdin needs --server and --user.");
        return o;
    }
    if (p.isSet(language)) {
        o.language = p.value(language);
        if (o.language != "ko"_L1 && o.language != "en"_L1) {
            o.error = QCoreApplication::translate("ConsoleOptions", "--language must be ko or en.");
            return o;
        }
    }
    return o;
}

} // namespace fw
