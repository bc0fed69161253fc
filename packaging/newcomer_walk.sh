#!/usr/bin/env bash
# The first hour as a newcomer, from a fresh clone, with a real keyring.
#
#   bash packaging/newcomer_walk.sh CLONE [OUTDIR]
#
# In a private D-Bus session with gnome-keyring unlocked (as the tests have it; never the
# user's own keyring), runs packaging/first_hour_walk.py under its own 1366x768 X server:
# the README's run command (bash packaging/setup.sh run) in CLONE, then keystrokes only
# from the recovery key to the plan saved as a PDF, a screenshot after each step in OUTDIR.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clone="$(cd "${1:?a fresh clone of the repository}" && pwd)"
outdir="$(mkdir -p "${2:-$here/artifacts/screenshots/newcomer}" && cd "${2:-$here/artifacts/screenshots/newcomer}" && pwd)"
python="${PYTHON:-$here/.venv/bin/python}"

runtime="$(mktemp -d)"
chmod 700 "$runtime"
mkdir -p "$runtime/home"
status=0
HOME="$runtime/home" XDG_DATA_HOME="$runtime/home/.local/share" XDG_RUNTIME_DIR="$runtime" \
dbus-run-session -- bash -c '
  printf "newcomer-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' bash \
  "$python" "$here/packaging/first_hour_walk.py" "$outdir" \
  --app "bash packaging/setup.sh run" --cwd "$clone" --real-keyring || status=$?
rm -rf "$runtime"
exit $status
