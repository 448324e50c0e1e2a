#pragma once

#include "profilemix.h"
#include "protocoltypes.h"
#include "thresholds.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fw::sim {

// Everything a run is configured with; parse() reads the command line (see --help and
// README.md) and answers bad input with one clear sentence.
struct SimOptions
{
    enum class Mode { Behaviour, Load };
    enum class Navigation { Mpa, Spa }; // multi-page: a socket per page; single-page: one socket
    enum class Arrivals { Poisson, Uniform };

    Mode mode = Mode::Behaviour;
    QString visitorUrl; // ws://host:port/v1/visitor
    QString consoleUrl; // ws://host:port/v1/console
    QString siteKey = QStringLiteral("demo");
    QString pageBase; // http(s)://.../shop/
    QString catalogue; // file or http(s) URL
    QString modelFile; // purchase model; empty: built in

    int visitors = 20;
    double arrivalRate = 2; // visitors per second; 0: as fast as --max-connecting allows
    Arrivals arrivals = Arrivals::Poisson;
    int maxConnecting = 200;
    double durationSec = 0; // 0: until every visitor is done (behaviour) / 30 s (load)
    bool continuous = false;
    quint64 seed = 1;
    ProfileMix mix;
    double timeScale = 1;
    std::optional<Thresholds> thresholds; // what the server uses, if told
    std::optional<QJsonObject> setThresholds; // change them through the console first
    Navigation navigation = Navigation::Mpa;
    double eventRate = 1000; // load mode: events per second over all visitors
    double rateMargin = 0.8; // share of welcome.limits the visitors use
    int tickMs = 1; // scheduler granularity: wake-ups are rounded up to it
    double drainSec = 10;
    double connectTimeoutSec = 60; // load mode: the longest the connect phase may take
    QString lang = QStringLiteral("mixed"); // ko, en or mixed

    double identifiedShare = 0; // logged-in customers, with an identity token
    QString tokenUrl; // the shop backend's token endpoint (?customer=ID)
    QStringList customers; // the customer ids they log in as
    double helpShare = 0; // chance that a stuck visitor asks for help once stalled

    QString consoleUser;
    QString consolePassword;
    QList<BehaviourState> autoChatStates;
    double autoChatProbability = 1;

    QString reportFile; // empty: standard output
    qint64 serverPid = 0;
    bool quiet = false;
    bool check = false;

    bool help = false;
    bool version = false;
    QString helpText;

    static std::optional<SimOptions> parse(const QStringList &arguments, QString *error);
    // "idleSeconds=10,browseSeconds=5" or "quick" (every behaviour threshold at its minimum).
    static std::optional<QJsonObject> parseThresholdList(const QString &text, QString *error);
    QJsonObject toJson() const; // for the report (no password)
};

} // namespace fw::sim
