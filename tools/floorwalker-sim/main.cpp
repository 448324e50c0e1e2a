// floorwalker-sim: parses the command line, loads the catalogue and runs a Simulator. All the
// logic is in the fwsim library, which the tests link too.
#include "catalogueloader.h"
#include "purchasemodel.h"
#include "signalwatcher.h"
#include "simoptions.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_UNIX
// Thousands of visitors need thousands of descriptors: take what the hard limit allows.
void raiseFileLimit(int visitors)
{
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return;
    if (rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    if (rl.rlim_cur != RLIM_INFINITY && rlim_t(visitors) + 64 > rl.rlim_cur)
        std::fprintf(stderr,
                     "floorwalker-sim: warning: %d visitors but only %llu file "
                     "descriptors (raise ulimit -n)\n",
                     visitors, static_cast<unsigned long long>(rl.rlim_cur));
}
#endif

bool writeReport(const QString &file, const QJsonObject &report, QString *error)
{
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (file.isEmpty() || file == "-"_L1) {
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
        *error = u"cannot write %1: %2"_s.arg(file, f.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"floorwalker-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FW_VERSION));

    QString error;
    const auto options = fw::sim::SimOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "floorwalker-sim: %s (see --help)\n", qPrintable(error));
        return 2;
    }
    if (options->help) {
        std::fputs(qPrintable(options->helpText), stdout);
        return 0;
    }
    if (options->version) {
        std::printf("floorwalker-sim %s (Qt %s)\n", FW_VERSION, qVersion());
        return 0;
    }
    std::optional<fw::sim::PurchaseModel> model = options->modelFile.isEmpty()
            ? fw::sim::PurchaseModel::builtIn()
            : fw::sim::PurchaseModel::fromFile(options->modelFile, &error);
    if (!model) {
        std::fprintf(stderr, "floorwalker-sim: --model %s\n", qPrintable(error));
        return 2;
    }
#ifdef Q_OS_UNIX
    raiseFileLimit(options->visitors);
#endif

    std::unique_ptr<fw::sim::Simulator> sim;
    int exitCode = 0;
    auto finish = [&] {
        const QJsonObject report = sim->report();
        QString e;
        if (!writeReport(options->reportFile, report, &e)) {
            std::fprintf(stderr, "floorwalker-sim: %s\n", qPrintable(e));
            exitCode = 1;
        } else if (!sim->failure().isEmpty()) {
            std::fprintf(stderr, "floorwalker-sim: %s\n", qPrintable(sim->failure()));
            exitCode = 1;
        } else if (options->check && !sim->ok()) {
            std::fprintf(stderr,
                         "floorwalker-sim: check failed: not every event was "
                         "acknowledged, or sockets closed unexpectedly (see the report)\n");
            exitCode = 3;
        }
        QCoreApplication::exit(exitCode);
    };

    fw::sim::CatalogueLoader loader;
    QObject::connect(&loader, &fw::sim::CatalogueLoader::failed, &app, [](const QString &e) {
        std::fprintf(stderr, "floorwalker-sim: %s (give --catalogue FILE|URL)\n", qPrintable(e));
        QCoreApplication::exit(1);
    });
    QObject::connect(&loader, &fw::sim::CatalogueLoader::loaded, &app,
                     [&](const fw::sim::Catalogue &catalogue) {
                         sim = std::make_unique<fw::sim::Simulator>(*options, catalogue, *model);
                         QObject::connect(sim.get(), &fw::sim::Simulator::finished, &app, finish);
                         QString e;
                         if (!sim->start(&e)) {
                             std::fprintf(stderr, "floorwalker-sim: %s\n", qPrintable(e));
                             QCoreApplication::exit(2);
                         }
                     });
    int interrupts = 0;
    fw::SignalWatcher watcher;
    QObject::connect(&watcher, &fw::SignalWatcher::terminationRequested, &app, [&] {
        // First Ctrl-C: leave gracefully and report. Second: stop now.
        if (!sim || ++interrupts > 1)
            QCoreApplication::exit(130);
        else
            sim->stop();
    });
    loader.load(options->catalogue);
    const int rc = QCoreApplication::exec();
    sim.reset();
    return rc;
}
