#!/usr/bin/env bash
# Set up everything on Debian (12 or later) with Python 3.11+, then run the app or the tests.
#
#   bash packaging/setup.sh run  [careplan options]   start the app (embedded database)
#   bash packaging/setup.sh test [pytest options]     lint, type-check and run every test
#   bash packaging/setup.sh admin [command ...]       careplan-admin in the project's venv
#
# System packages are installed with apt-get (through sudo when not root) only
# if missing; the virtualenv lives in .venv and is refreshed when
# pyproject.toml changes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv="$here/.venv"

# Qt's xcb platform and fonts, for the app.
RUN_PACKAGES=(
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
  libxkbcommon0 libx11-xcb1 libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3
  fonts-dejavu-core fonts-noto-color-emoji
)
# A real X server, PostgreSQL, a Secret Service, and PDF tools, for the tests.
TEST_PACKAGES=(
  xvfb xauth xdotool postgresql poppler-utils gnome-keyring dbus-x11 libsecret-tools sqlite3
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

pick_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
  echo "Python 3.11 or newer is needed: sudo apt-get install python3" >&2
  exit 1
}

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install these system packages: ${missing[*]}" >&2
    exit 1
  fi
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  say "Installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

ensure_venv() {
  local python
  python="$(pick_python)"
  if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    local version
    version="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    apt_install "python${version}-venv"
  fi
  if [ ! -x "$venv/bin/python" ]; then
    say "Creating the virtual environment in .venv"
    "$python" -m venv "$venv"
  fi
  local stamp="$venv/.installed" wanted
  wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    say "Installing Python packages into .venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e ".[dev]"
    echo "$wanted" > "$stamp"
  fi
}

# The translation catalogues (resources/translations/*.ts) compiled for the app (.qm);
# generated files, not kept in git.
compile_translations() {
  "$venv/bin/python" packaging/translations.py compile >/dev/null
}

# Run "$@" inside a private D-Bus session with an unlocked gnome-keyring, so
# keyring tests talk to a real Secret Service and never to the user's own.
with_secret_service() {
  local runtime
  runtime="$(mktemp -d)"
  chmod 700 "$runtime"
  local status=0
  mkdir -p "$runtime/home"
  # gnome-keyring keeps its files under HOME: a temporary one, never the user's own.
  HOME="$runtime/home" XDG_DATA_HOME="$runtime/home/.local/share" XDG_RUNTIME_DIR="$runtime" \
  dbus-run-session -- bash -c '
    printf "careplan-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' bash "$@" || status=$?
  rm -rf "$runtime"
  return $status
}

run_tests() {
  say "ruff (lint and format)"
  "$venv/bin/ruff" check careplan ui benchmarks tests
  "$venv/bin/ruff" format --check careplan ui benchmarks tests
  say "mypy"
  "$venv/bin/mypy"
  say "pytest"
  with_secret_service "$venv/bin/python" -m pytest "$@"
}

command="${1:-}"
shift || true
case "$command" in
  run)
    apt_install "${RUN_PACKAGES[@]}"
    ensure_venv
    compile_translations
    exec "$venv/bin/careplan" "$@"
    ;;
  admin)
    ensure_venv
    exec "$venv/bin/careplan-admin" "$@"
    ;;
  test)
    apt_install "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    ensure_venv
    compile_translations
    run_tests "$@"
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
