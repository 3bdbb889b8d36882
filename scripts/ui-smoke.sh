#!/usr/bin/env bash
# Drives the release app in a real X window (Xvfb) with xdotool, as a person would, and
# fails if the screen does not change the way each action should change it:
#   1. drag the time slider's window body → the slider and its dates change;
#   2. wheel over the map → the map changes (zoom at the pointer);
#   3. click a row of the event list → the details panel opens on the right;
#   4. File > Follow a feed (URL)…, type a loopback feed's address, Enter → the status bar
#      says "following 1 feed" and "1 new since" (python3's http.server serves the feed).
# Needs: xvfb xauth xdotool imagemagick x11-utils python3. Screenshots are left in $OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
OUT=${OUT:-$(mktemp -d)}
export OUT
XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"; export XDG_RUNTIME_DIR
XDG_DATA_HOME=$(mktemp -d); export XDG_DATA_HOME # no remembered view or workspace
FEED_DIR=$(mktemp -d)
cat > "$FEED_DIR/feed.xml" <<'RSS'
<?xml version="1.0"?><rss version="2.0"><channel><title>Smoke Wire</title>
<item><title>Drone hits base near Erbil</title><link>https://wire.example/erbil-smoke</link>
<pubDate>Tue, 02 Jan 2024 08:00:00 GMT</pubDate>
<description>A drone struck a base near Erbil airport on Tuesday, officials said.</description></item>
</channel></rss>
RSS
FEED_PORT=${FEED_PORT:-8799}; export FEED_PORT
python3 -m http.server "$FEED_PORT" --bind 127.0.0.1 --directory "$FEED_DIR" >/dev/null 2>&1 &
feed_pid=$!
trap 'kill $feed_pid 2>/dev/null || true' EXIT
xvfb-run -a -s '-screen 0 1280x800x24' bash -euo pipefail -c '
  target/release/incident-map & pid=$!
  trap "kill $pid 2>/dev/null || true" EXIT
  sleep "${SMOKE_WAIT:-8}"
  window=$(xwininfo -root -tree | grep "\"incident-map\"" | head -1 | awk "{print \$1}")
  [ -n "$window" ] || { echo "ui-smoke: no incident-map window" >&2; exit 1; }
  xdotool windowfocus "$window"
  shot() { sleep 0.8; import -window root "$OUT/$1.png"; }
  # Pixels that differ between two screenshots inside a region WxH+X+Y.
  differ() {
    convert "$OUT/$1.png" -crop "$3" +repage "$OUT/a.png"
    convert "$OUT/$2.png" -crop "$3" +repage "$OUT/b.png"
    compare -metric AE "$OUT/a.png" "$OUT/b.png" null: 2>&1 | cut -d" " -f1 || true
  }
  expect_change() { # what, before, after, region
    local n; n=$(differ "$2" "$3" "$4")
    if [ "${n%.*}" -lt 200 ]; then echo "ui-smoke: FAIL $1 ($n pixels changed)" >&2; exit 1; fi
    echo "ui-smoke: ok   $1 ($n pixels changed)"
  }
  shot start
  # 1. The window is the whole range at first: narrow it by dragging its right edge, then
  #    drag its body rightwards.
  xdotool mousemove 1270 765; sleep 0.2; xdotool mousedown 1
  for x in 1200 1100 1000 900; do xdotool mousemove $x 765; sleep 0.05; done
  xdotool mouseup 1
  shot narrowed
  expect_change "slider edge drag" start narrowed 1280x100+0+700
  xdotool mousemove 500 765; sleep 0.2; xdotool mousedown 1
  for x in 550 600 650 700; do xdotool mousemove $x 765; sleep 0.05; done
  xdotool mouseup 1
  shot moved
  expect_change "slider body drag" narrowed moved 1280x100+0+700
  # 2. Wheel up over the map: closer in.
  xdotool mousemove 760 380
  for _ in 1 2 3; do xdotool click 4; sleep 0.1; done
  shot zoomed
  expect_change "wheel zoom" moved zoomed 900x600+320+40
  # 3. The first row of the event list: the details panel opens.
  row_y=$(( ${SMOKE_ROW_Y:-325} ))
  xdotool mousemove 120 $row_y click 1
  shot selected
  expect_change "list click opens details" zoomed selected 300x600+970+40
  # 4. Follow a feed: the menu entry, the address typed, Enter.
  xdotool key Escape; sleep 0.3
  xdotool mousemove 22 12 click 1; sleep 0.6
  xdotool mousemove 78 108 click 1; sleep 0.6
  xdotool type --delay 10 "http://127.0.0.1:$FEED_PORT/feed.xml"; xdotool key Return
  sleep 3
  shot followed
  expect_change "follow a feed (status bar)" selected followed 700x24+500+0
'
echo "ui-smoke: passed; screenshots in $OUT"
