#!/usr/bin/env bash
# Runs the release app under Xvfb on the shipped reports and writes three screenshots to
# assets/: the region with one event selected (its details and place alternatives), Iraq
# at country zoom, and the country around Erbil at city zoom (Erbil, Koya, Shaqlawa…).
# Needs: xvfb xauth imagemagick.
#   bash scripts/screenshot.sh [PLACE]   # PLACE: the event selected in the region shot
set -euo pipefail
cd "$(dirname "$0")/.."
place="${1:-Cairo}"
cargo build --release --quiet
mkdir -p assets
shot() { # name, view ("lat,lon,zoom" or "" for the app's own framing), selection
  local name=$1 view=$2 select=$3
  XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
  XDG_DATA_HOME=$(mktemp -d) # no remembered view or workspace from earlier runs
  XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR XDG_DATA_HOME=$XDG_DATA_HOME \
  INCIDENT_MAP_VIEW=$view INCIDENT_MAP_SELECT=$select \
  xvfb-run -a -s '-screen 0 1280x800x24' bash -c "
    target/release/incident-map & pid=\$!
    sleep \"${SCREENSHOT_WAIT:-8}\"
    import -window root assets/$name.png
    kill \$pid"
  echo "wrote assets/$name.png"
}
shot screenshot "" "$place"
shot screenshot-country "33.3,43.8,6.3" ""
shot screenshot-city "36.3,44.3,9.6" ""
