#!/usr/bin/env bash
# Builds and tests the tree against current Qt 6.8 (Debian 13 "trixie") in a chroot, next to
# the Debian 12 / Qt 6.4 build that CI runs. Needs root and the Debian mirror; takes ~15 min
# the first time. Not part of CI (too slow for its budget); run it before a release.
#   tools/check-qt68.sh [chroot dir, default /srv/trixie]
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-/srv/trixie}
# What a build needs, from the one list (Debian 13 has the same package names).
pkgs=$(tools/install-deps.sh --list build)
if [ ! -x "$root/usr/bin/cmake" ]; then
    command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
    debootstrap --variant=minbase trixie "$root" http://deb.debian.org/debian
    chroot "$root" apt-get update -qq
fi
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
# Always: the list grows, and an installed package is a no-op.
chroot "$root" bash -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $pkgs" >/dev/null
rm -rf "$root/src" && mkdir -p "$root/src"
git ls-files -z | xargs -0 tar -c | tar -x -C "$root/src"
pg_url=$(tools/pg-test-server.sh start)
pg_dir=$(printf '%s' "$pg_url" | sed 's/.*host=//')
mkdir -p "$root$pg_dir" && mount --bind "$pg_dir" "$root$pg_dir"
cleanup() { umount "$root$pg_dir" 2>/dev/null || true; tools/pg-test-server.sh stop; }
trap cleanup EXIT
chroot "$root" bash -c "rm -f /build/CMakeCache.txt && cd /src && cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO='-O2 -g' -DFW_WARNINGS_AS_ERRORS=ON ${FW_QT68_CMAKE_ARGS:-} >/dev/null \
    && cmake --build /build && cd /build && FW_TEST_PG_URL='$pg_url' FW_REQUIRE_PG=1 \
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 -LE 'browser|tracker'"
