#!/usr/bin/env bash
# The demo command: installs what is missing, builds, starts the server in demo mode on a
# fresh SQLite data folder and prints how to connect. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh demo
cmake --preset dev >/dev/null
cmake --build --preset dev --target floorwalker-server
data=$(mktemp -d -t floorwalker-demo.XXXXXX)
out="$data/server.out"
build/dev/server/floorwalker-server --demo --data-dir "$data" --listen 127.0.0.1:${FW_DEMO_PORT:-8080} \
    >"$out" 2>"$data/server.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 100); do grep -q '^ready ' "$out" 2>/dev/null && break; sleep 0.1; done
if ! grep -q '^ready ' "$out"; then cat "$data/server.log" >&2; exit 1; fi
ready=$(sed -n 's/^ready //p' "$out")
field() { printf '%s' "$ready" | python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d'+sys.argv[1]))" "$1"; }
cat <<TXT
Floorwalker demo is running (data in $data).
  Demo shop:      $(field "['shop']")
  Console login:  server $(field "['consoleWs']")  user $(field "['demoLogin']['user']")  password $(field "['demoLogin']['password']")
  Health:         $(field "['http']")/healthz   Metrics: $(field "['http']")/metrics
Press Ctrl-C to stop.
TXT
wait $server
