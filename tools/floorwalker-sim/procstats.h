#pragma once

#include <QString>

#include <optional>

namespace fw::sim {

// CPU time and memory of a process, read from /proc/<pid>/stat and /proc/<pid>/status
// (Linux; elsewhere read() returns nothing and reports leave the figures out).
struct ProcStats
{
    qint64 cpuMs = 0; // user + system time so far
    qint64 rssKb = 0; // VmRSS
    qint64 peakRssKb = 0; // VmHWM
    int threads = 0;
    int openFiles = -1; // entries in /proc/<pid>/fd, -1 if not readable

    static std::optional<ProcStats> read(qint64 pid); // pid 0: this process
    // The 1-minute load average (other work on the machine skews every figure).
    static std::optional<double> loadAverage();
    // CPU use between two samples as a percentage of one core.
    static double cpuPercent(const ProcStats &from, const ProcStats &to, qint64 wallMs);
};

} // namespace fw::sim
