// floorwalker-console: parses the command line and shows the main window. Everything else is in
// fwconsole (no widgets) and fwconsolewidgets, which the tests link too.
#include "consoleoptions.h"
#include "consolesession.h"
#include "keychainsecretstore.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QApplication>
#include <QSettings>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Floorwalker"_s);
    QApplication::setOrganizationDomain(u"floorwalker.dev"_s);
    QApplication::setApplicationName(u"floorwalker-console"_s);
    QApplication::setApplicationDisplayName(u"Floorwalker"_s);
    QApplication::setApplicationVersion(QStringLiteral(FW_VERSION));
    QApplication::setDesktopFileName(u"floorwalker-console"_s);

    QSettings settings;
    fw::Preferences preferences(&settings);
    fw::LanguageManager language;
    language.apply(preferences.language());

    const fw::ConsoleOptions options = fw::ConsoleOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "floorwalker-console: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.showHelp) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (options.showVersion) {
        std::printf("floorwalker-console %s (Qt %s)\n", FW_VERSION, qVersion());
        return 0;
    }
    if (!options.language.isEmpty())
        language.apply(options.language);
    QString password;
    if (options.passwordFromStdin) {
        std::string line;
        if (!std::getline(std::cin, line)) {
            std::fprintf(stderr,
                         "floorwalker-console: --password-stdin: nothing on standard input\n");
            return 2;
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        password = QString::fromStdString(line);
    }

    fw::KeychainSecretStore secrets(u"floorwalker-console"_s);
    fw::ConsoleSession session;
    fw::MainWindow window(&session, &preferences, &secrets, &language);
    QObject::connect(&window, &fw::MainWindow::loginCancelled, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    if (options.autoLogin())
        window.logInDirectly(options.server, options.user, password);
    else
        window.showLogin();
    return app.exec();
}
