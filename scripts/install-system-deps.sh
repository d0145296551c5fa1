#!/usr/bin/env bash
# Installs the system libraries Qt needs on a real X11 screen, a speech engine for read-aloud,
# Xvfb for screenshots, binutils for the standalone build (objdump, strip) and desktop-file-validate
# for the packaging tests. Debian/Ubuntu only; elsewhere it says what to install and carries on.
set -u
packages=(
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxkbcommon0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-image0 libxcb-xkb1
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd2 libpulse0
  xvfb xauth
  poppler-utils
  binutils desktop-file-utils
)
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "note: not a Debian/Ubuntu system; install Qt's xcb libraries and a speech engine yourself." >&2
  exit 0
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "note: missing system packages (run as root to install): ${missing[*]}" >&2
    exit 0
  fi
fi
echo "installing system packages: ${missing[*]}"
$sudo apt-get update -qq || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || echo "note: could not install some system packages: ${missing[*]}" >&2
exit 0
