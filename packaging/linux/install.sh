#!/bin/sh
# Install the Bone Health Kiosk on Linux: the program in /opt/bone-health-kiosk, a menu entry, its icons
# and a `bone-health-kiosk` command. Run as root from the unpacked release folder, or from a checkout
# after `make dist`:
#
#   sudo ./install.sh                  install, or upgrade in place
#   sudo ./install.sh --uninstall      remove the program (the clinic's kiosk.toml and content/ stay)
#
# Options: --prefix DIR (default /opt/bone-health-kiosk); --root DIR installs into a staging tree
# (like DESTDIR) instead of /. An upgrade replaces the program only: kiosk.toml and content/ beside it,
# the clinic's settings and library, are never touched.
set -eu

APP_ID=bone-health-kiosk
prefix=/opt/$APP_ID
root=
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --root) root=$2; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

here=$(cd "$(dirname "$0")" && pwd)
target=$root$prefix
applications=$root/usr/share/applications
icons=$root/usr/share/icons/hicolor
command_link=$root/usr/local/bin/$APP_ID
user_units=$root/etc/systemd/user

# The release archive holds kiosk/ and icons/ beside this script; a checkout has them elsewhere.
first_existing() {
  for candidate in "$@"; do
    if [ -e "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 0
}
program=$(first_existing "$here/kiosk" "$here/../../dist/kiosk")
icon_theme=$(first_existing "$here/icons/hicolor" "$here/../icons/hicolor")

uninstall() {
  rm -rf "$target/kiosk" "$target/_internal"
  rm -f "$applications/$APP_ID.desktop" "$command_link" "$user_units/$APP_ID.service"
  find "$icons" -name "$APP_ID.png" -delete 2>/dev/null || true
  rm -f "$icons/scalable/apps/$APP_ID.svg"
  echo "removed $APP_ID; $target keeps the clinic's kiosk.toml and content/ (delete it by hand if unwanted)"
}

install_program() {
  if [ -z "$program" ] || [ ! -x "$program/kiosk" ]; then
    echo "install.sh: no built program found (kiosk/ beside this script, or run 'make dist' first)" >&2
    exit 1
  fi
  mkdir -p "$target"
  rm -rf "$target/kiosk" "$target/_internal"
  cp -R "$program/kiosk" "$program/_internal" "$target/"

  mkdir -p "$applications"
  sed "s|/opt/$APP_ID|$prefix|g" "$here/$APP_ID.desktop" > "$applications/$APP_ID.desktop"
  chmod 644 "$applications/$APP_ID.desktop"

  if [ -n "$icon_theme" ]; then
    for size_dir in "$icon_theme"/*; do
      size=$(basename "$size_dir")
      mkdir -p "$icons/$size/apps"
      cp "$size_dir/apps/$APP_ID.png" "$icons/$size/apps/"
    done
  fi
  mkdir -p "$icons/scalable/apps"
  cp "$target/_internal/resources/app-icon.svg" "$icons/scalable/apps/$APP_ID.svg"

  mkdir -p "$(dirname "$command_link")"
  ln -sf "$prefix/kiosk" "$command_link"

  # The supervised start (docs/deployment.md, "Running unattended") is installed, not enabled.
  if [ -f "$here/$APP_ID.service" ]; then
    mkdir -p "$user_units"
    sed "s|/opt/$APP_ID|$prefix|g" "$here/$APP_ID.service" > "$user_units/$APP_ID.service"
  fi

  if [ -z "$root" ]; then
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$icons" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$applications" || true
  fi
  version=$("$target/kiosk" --version 2>/dev/null || echo "kiosk (version unknown)")
  echo "installed $version in $target"
  echo "settings: $prefix/kiosk.toml; a content/ folder there replaces the bundled library"
}

case "$action" in
  install) install_program ;;
  uninstall) uninstall ;;
esac
