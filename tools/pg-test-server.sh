#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on a Unix socket only.
#   tools/pg-test-server.sh start   -> prints the admin URL (export it as FW_TEST_PG_URL)
#   tools/pg-test-server.sh stop
set -euo pipefail
dir=${FW_PG_DIR:-/tmp/floorwalker-pg-$(id -u)}
port=${FW_PG_PORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; fi
# PostgreSQL refuses to run as root: as root, run it as the postgres user.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
    as_pg "$bin/initdb" -D "$dir/data" -U fw -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses='' -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://fw@localhost:$port/postgres?host=$dir"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
