#!/usr/bin/env bash
# Builds tracker.js (what the server serves at /tracker.js) from src/tracker.js with the pinned
# terser. Usage: resources/tracker/build.sh [--check]   (--check: fail if tracker.js is stale)
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/terser ]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
node_modules/.bin/terser src/tracker.js --compress passes=2 --mangle --comments '/^!/' \
    --ecma 2017 --output "$out"
printf '\n' >>"$out"
# The server substitutes this placeholder; the build must keep it intact, exactly once.
if [ "$(grep -o '__FLOORWALKER_WS_URL__' "$out" | wc -l)" -ne 1 ]; then
    echo "build.sh: the __FLOORWALKER_WS_URL__ placeholder did not survive minification" >&2
    exit 1
fi
if [ "${1:-}" = "--check" ]; then
    if ! cmp -s "$out" tracker.js; then
        echo "resources/tracker/tracker.js is stale: run resources/tracker/build.sh" >&2
        exit 1
    fi
    exit 0
fi
cp "$out" tracker.js
echo "tracker.js: $(wc -c <tracker.js) bytes, $(gzip -9c tracker.js | wc -c) gzipped"
