#!/usr/bin/env bash
# Real-Chromium tests of the tracker and the demo shop against real floorwalker-servers.
# Usage: tests/browser/run.sh               run every test (exit status non-zero on any failure)
#        tests/browser/run.sh screenshots   write docs/screenshots/demo-shop*.png
# Env: FW_SERVER_BIN (default build/dev/server/floorwalker-server, relative to the repo),
#      FW_CHROMIUM (default /usr/bin/chromium). Needs node 20, npm, python3 and Debian's chromium;
#      never downloads a browser.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
bin=${FW_SERVER_BIN:-build/dev/server/floorwalker-server}
case "$bin" in /*) ;; *) bin="$repo/$bin" ;; esac
export FW_SERVER_BIN="$bin"
chromium=${FW_CHROMIUM:-/usr/bin/chromium}

fail() { echo "tests/browser: $*" >&2; exit 1; }
[ -x "$FW_SERVER_BIN" ] || fail "no server binary at $FW_SERVER_BIN (build it, or set FW_SERVER_BIN)"
[ -x "$chromium" ] || fail "no Chromium at $chromium (apt-get install chromium)"
command -v python3 >/dev/null || fail "python3 is needed to read the server's SQLite file"

cd "$here"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund --loglevel=error >/dev/null
echo "playwright-core $(node -p "require('playwright-core/package.json').version"), $("$chromium" --version 2>/dev/null | head -1)"

if [ "${1:-}" = "screenshots" ]; then
    exec node screenshots.js
fi
# One file at a time: each starts its own server and browser, and the machine has 2 cores.
exec node --test --test-concurrency=1 --test-reporter=spec tests/*.test.js
