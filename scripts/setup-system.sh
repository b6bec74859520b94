#!/usr/bin/env bash
# `npm run setup:system`: installs what the tests need from the system, if it is missing: Debian's
# Chromium (the browser tests) and redis-server (the classroom server's cluster tests). Uses sudo when
# not root. Says what it did; installs nothing that is already there. Debian or Ubuntu (apt) only.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[[ -x "$chromium" ]] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || [[ -x /usr/bin/redis-server ]] || missing+=(redis-server)

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup:system: chromium ($chromium) and redis-server are already installed; nothing to do."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup:system: missing ${missing[*]}, and this is not a Debian or Ubuntu system (no apt-get): install them with your system's package manager." >&2
  exit 1
fi

sudo=""
if [[ $EUID -ne 0 ]]; then
  sudo="sudo"
fi
echo "setup:system: installing ${missing[*]} with apt-get${sudo:+ (through sudo)}..."
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
# The tests start their own redis-server on a loopback port; the system's service is not needed.
echo "setup:system: installed ${missing[*]}."
