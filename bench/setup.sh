#!/usr/bin/env bash
# What the full benchmark needs beyond `make setup`: Debian's chromium, for the browser-kiosk
# comparison. Debian/Ubuntu only; elsewhere it says what to install and stops.
set -u
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "bench: install Chromium as 'chromium' on the PATH to run the browser comparison" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "bench: run as root (or with sudo) to install chromium: apt-get install chromium" >&2
    exit 1
  fi
fi
echo "bench: installing chromium"
$sudo apt-get update -qq || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium >/dev/null 2>&1
