#!/usr/bin/env bash
# The first load benchmark (issue 2, "Scale in the design"): many simulated visitors on loopback
# against a release floorwalker-server on a fresh SQLite data folder, one run per
# VISITORS:EVENTS_PER_SECOND pair. Prints events per second achieved, the server's CPU and memory
# (from /proc), and event->ack and event->console latency percentiles.
#
#   bench/visitor_load.sh                      # 1000:1000 1000:5000 5000:2000 5000:5000 10000:2000 10000:5000
#   bench/visitor_load.sh 2000:4000 20000:2000 # your own runs
#
# Environment: FW_BENCH_SECONDS   steady seconds per run after all visitors are in (default 15)
#              FW_BENCH_CONNECT   longest connect phase in seconds (default 30)
#              FW_BENCH_BIN       an existing build folder to use instead of building build/release
#              FW_BENCH_OUT       where the JSON reports go (default: a new temporary folder)
#              FW_BENCH_SERVER_ENV / FW_BENCH_SIM_ENV   extra environment, e.g. QT_NO_GLIB=1
#              FW_BENCH_SIM_ARGS  extra floorwalker-sim options, e.g. "--tick-ms 10" 
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=("$@")
[ ${#runs[@]} -gt 0 ] || runs=(1000:1000 1000:5000 5000:2000 5000:5000 10000:2000 10000:5000)
seconds=${FW_BENCH_SECONDS:-15}
connect=${FW_BENCH_CONNECT:-30}
for r in "${runs[@]}"; do
    [[ $r =~ ^[0-9]+:[0-9]+$ ]] || { echo "bad run \"$r\": use VISITORS:EVENTS_PER_SECOND" >&2; exit 2; }
done

if [ -z "${FW_BENCH_BIN:-}" ]; then
    tools/install-deps.sh build
    # The console is not needed here; leaving it out keeps the build short.
    cmake --preset release -DFW_BUILD_CONSOLE=OFF >/dev/null
    cmake --build --preset release --target floorwalker-server floorwalker-sim fw-bench-table
    bin=$root/build/release
else
    bin=$FW_BENCH_BIN
fi
server=$bin/server/floorwalker-server
sim=$bin/tools/floorwalker-sim/floorwalker-sim
table=$bin/bench/fw-bench-table
for b in "$server" "$sim" "$table"; do [ -x "$b" ] || { echo "missing $b" >&2; exit 1; }; done

# Each process holds one socket per visitor: raise the descriptor limit (soft up to hard).
most=0
for r in "${runs[@]}"; do v=${r%%:*}; [ "$v" -gt "$most" ] && most=$v; done
need=$((most + 256))
hard=$(ulimit -Hn)
if [ "$hard" != unlimited ] && [ "$hard" -lt "$need" ]; then
    echo "the hard descriptor limit is $hard; $need are needed for $most visitors (raise ulimit -Hn)" >&2
    exit 1
fi
soft=$(ulimit -Sn)
if [ "$soft" != unlimited ] && [ "$soft" -lt "$need" ]; then ulimit -Sn "$need"; fi

out=${FW_BENCH_OUT:-$(mktemp -d -t floorwalker-bench.XXXXXX)}
mkdir -p "$out"
catalogue=resources/demo-shop/catalogue.json
[ -f "$catalogue" ] || catalogue=tests/sim/catalogue-fixture.json
password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
pwfile=$out/console-password
( umask 077; printf '%s\n' "$password" >"$pwfile" )

server_pid=
stop_server() {
    if [ -n "$server_pid" ]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=
    fi
}
trap stop_server EXIT
trap 'stop_server; exit 130' INT TERM

reports=()
for run in "${runs[@]}"; do
    visitors=${run%%:*}
    rate=${run##*:}
    data=$out/data-$visitors-$rate
    rm -rf "$data" && mkdir -p "$data"
    if ! printf '%s\n' "$password" | "$server" --data-dir "$data" --add-user bench --role staff \
            >"$data/add-user.log" 2>&1; then
        cat "$data/add-user.log" >&2
        exit 1
    fi
    env ${FW_BENCH_SERVER_ENV:-} "$server" --data-dir "$data" --listen 127.0.0.1:0 \
        >"$data/ready" 2>"$data/server.log" &
    server_pid=$!
    for _ in $(seq 200); do grep -q '^ready ' "$data/ready" 2>/dev/null && break; sleep 0.05; done
    if ! grep -q '^ready ' "$data/ready"; then cat "$data/server.log" >&2; exit 1; fi
    ws=$(sed -n 's/^ready .*"ws":"\([^"]*\)".*/\1/p' "$data/ready")
    http=$(sed -n 's/^ready .*"http":"\([^"]*\)".*/\1/p' "$data/ready")
    report=$out/report-$visitors-$rate.json
    echo "== $visitors visitors, $rate events/s asked, ${seconds} s steady (reports in $out)" >&2
    env ${FW_BENCH_SIM_ENV:-} "$sim" --server "$ws" --page-base "$http/shop/" --catalogue "$catalogue" \
        --mode load --visitors "$visitors" --event-rate "$rate" --duration "$seconds" \
        --connect-timeout "$connect" --drain-seconds 5 --console-user bench --console-password-file "$pwfile" \
        --server-pid "$server_pid" --report "$report" ${FW_BENCH_SIM_ARGS:-} \
        2>"$out/sim-$visitors-$rate.log" \
        || echo "   (floorwalker-sim exited with $?; see $out/sim-$visitors-$rate.log)" >&2
    tail -n 2 "$out/sim-$visitors-$rate.log" >&2 || true
    stop_server
    rm -f "$data"/floorwalker.db* # the figures are in the report; the data is not needed
    [ -f "$report" ] && reports+=("$report")
done

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
cat <<TXT

Floorwalker visitor load benchmark, $(date -u +%Y-%m-%dT%H:%MZ)
Machine: $(nproc) cores ($cpu), $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr)
Server and generator run on the SAME cores: floorwalker-sim (one QWebSocket per visitor, one
event loop) competes with floorwalker-server for CPU, so every figure is a lower bound for the
server alone. "load avg" is the machine's 1-minute load at the start and end of a run: above the
core count, other work was competing too. Visitors first connect (idle but for one page event
and pings): "connect" is that phase. Then all send at once: the steady window of ${seconds} s
(it starts after ${connect} s even if not all are in: "visitors" then says how many were). Server: release build, SQLite in a fresh data folder,
Qt's Unix event dispatcher (the server sets QT_NO_GLIB=1 unless told otherwise)${FW_BENCH_SERVER_ENV:+ ($FW_BENCH_SERVER_ENV)}; one console logged in.
Generator: events at independent times per visitor (1 ms scheduler tick${FW_BENCH_SIM_ARGS:+; extra options: $FW_BENCH_SIM_ARGS}).
ack = event sent -> cumulative ack after the commit; console = event sent -> the delta that shows
it (page, scroll, chat; includes the server's 100 ms delta coalescing).

TXT
"$table" "${reports[@]}"
