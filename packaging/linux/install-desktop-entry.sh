#!/usr/bin/env bash
# Add "Care planning" to the desktop menu for this user, pointing at the project's venv.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
cp "$here/resources/icons/careplan.svg" "$icons/careplan.svg"
sed "s|^Exec=careplan|Exec=$here/.venv/bin/careplan|" "$here/packaging/linux/careplan.desktop" \
  > "$apps/careplan.desktop"
echo "Installed $apps/careplan.desktop"
