#!/usr/bin/env bash
# The demo command: installs what is missing, builds, starts the server in demo mode on a fresh
# SQLite data folder (with the demo shop and a generated admin password), plays a few dozen
# simulated visitors through it, prints the shop URL and the login, and opens the staff console
# logged in when a display is available. Ctrl-C stops everything.
#   FW_DEMO_PORT (default 8080; the WebSocket port is one more), FW_DEMO_VISITORS (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh demo
cmake --preset dev >/dev/null
cmake --build --preset dev --target floorwalker-server floorwalker-sim floorwalker-console

data=$(mktemp -d -t floorwalker-demo.XXXXXX)
out="$data/server.out"
build/dev/server/floorwalker-server --demo --data-dir "$data" \
    --listen "127.0.0.1:${FW_DEMO_PORT:-8080}" >"$out" 2>"$data/server.log" &
pids=($!)
stop() {
    trap - EXIT INT TERM
    kill "${pids[@]}" 2>/dev/null || true
    wait 2>/dev/null || true
    echo "Stopped. The demo's data is in $data"
}
trap stop EXIT INT TERM
for _ in $(seq 150); do grep -q '^ready ' "$out" 2>/dev/null && break; sleep 0.1; done
if ! grep -q '^ready ' "$out"; then
    cat "$data/server.log" >&2
    exit 1
fi
ready=$(sed -n 's/^ready //p' "$out")
field() { printf '%s' "$ready" | python3 -c 'import json,sys; d=json.load(sys.stdin)
for k in sys.argv[1].split("."): d=d[k]
print(d)' "$1"; }

# Thresholds at demo pace, so states change within a minute of watching (an admin can put the
# defaults back in the console's settings dialog).
build/dev/tools/floorwalker-sim/floorwalker-sim --ready "$ready" --continuous \
    --visitors "${FW_DEMO_VISITORS:-30}" --arrival-rate 0.5 --quiet \
    --identified 0.3 --help-share 0.5 \
    --set-thresholds idleSeconds=30,browseSeconds=10,hopWindowSeconds=30,interestSeconds=20,interestScrollAfterSeconds=8 \
    --report "$data/sim-report.json" >"$data/sim.log" 2>&1 &
pids+=($!)

cat <<TXT

Floorwalker demo is running (data in $data)
  Demo shop:   $(field shop)   (open it in a browser: you are a visitor too)
  Console:     server $(field consoleWs)
               user $(field demoLogin.user)   password $(field demoLogin.password)
  Health:      $(field http)/healthz     Metrics: $(field http)/metrics
  ${FW_DEMO_VISITORS:-30} simulated visitors browse the shop (some logged in, some stuck and asking
  for help); thresholds are at demo pace.
TXT
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    printf '%s\n' "$(field demoLogin.password)" | build/dev/console/floorwalker-console \
        --server "$(field consoleWs)" --user "$(field demoLogin.user)" --password-stdin \
        >"$data/console.log" 2>&1 &
    pids+=($!)
    echo "  The staff console is open, logged in as $(field demoLogin.user)."
else
    echo "  No display: start the console elsewhere with the login above (build/dev/console/floorwalker-console)."
fi
echo "Press Ctrl-C to stop."
wait "${pids[0]}"
