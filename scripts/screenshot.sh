#!/usr/bin/env bash
# Runs the release app under Xvfb on the shipped corpus, with one event selected, and
# writes assets/screenshot.png. Needs: xvfb xauth imagemagick (see .ci/run for the list).
#   bash scripts/screenshot.sh [PLACE]    # PLACE: select the first event there (default Cairo:
#                                            its place alternatives show in the details)
set -euo pipefail
cd "$(dirname "$0")/.."
place="${1:-Cairo}"
cargo build --release --quiet
export XDG_RUNTIME_DIR; XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
export XDG_DATA_HOME; XDG_DATA_HOME=$(mktemp -d)   # no remembered window/view from earlier runs
export INCIDENT_MAP_SELECT="$place"
mkdir -p assets
xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
  target/release/incident-map & pid=$!
  sleep "${SCREENSHOT_WAIT:-10}"
  import -window root assets/screenshot.png
  kill $pid'
echo "wrote assets/screenshot.png"
