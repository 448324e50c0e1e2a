#!/usr/bin/env bash
# Installs what building and testing Floorwalker needs on Debian 12, skipping what is there.
# Usage: tools/install-deps.sh [build|test|demo]
#        tools/install-deps.sh --list [build|test|demo]   only print the packages
set -euo pipefail
list=false
if [ "${1:-}" = "--list" ]; then list=true; shift; fi
what=${1:-test}

pkgs=(cmake ninja-build g++ pkg-config
      qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qt6-charts-dev
      qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
      libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libgl-dev)
case "$what" in
    test) pkgs+=(postgresql nodejs npm chromium xvfb xauth fonts-noto-cjk python3) ;;
    demo) pkgs+=(python3 fonts-noto-cjk) ;;
    build) ;;
    *) echo "usage: $0 [build|test|demo]" >&2; exit 2 ;;
esac

if $list; then
    echo "${pkgs[@]}"
    exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
    # Node.js and npm may come from outside Debian (this machine kind ships Node 20 with npm 11);
    # what counts is that the commands work, and Debian's npm would conflict with such a node.
    case "$p" in
        nodejs) command -v node >/dev/null && continue ;;
        npm) command -v npm >/dev/null && continue ;;
    esac
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
