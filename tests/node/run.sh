#!/usr/bin/env bash
# Unit tests of the tracker's queue, throttling and helpers, in plain Node 20 (no browser),
# plus its size budget and a check that the served build matches its source.
set -euo pipefail
cd "$(dirname "$0")"
exec node --test --test-reporter=spec ./*.test.js
