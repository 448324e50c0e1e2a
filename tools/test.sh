#!/usr/bin/env bash
# The test command: installs what is missing, builds everything with warnings as errors, starts
# a throwaway PostgreSQL, and runs every test (unit, end-to-end, storage on SQLite and
# PostgreSQL, crash recovery, console widgets, browser).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh test
preset=${FW_PRESET:-ci}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

pg_url=$(tools/pg-test-server.sh start)
trap 'tools/pg-test-server.sh stop' EXIT
export FW_TEST_PG_URL=$pg_url
export FW_REQUIRE_PG=1 # a PostgreSQL test that finds no server fails instead of skipping
ctest --preset "$preset" "$@"
