#!/usr/bin/env bash
# Smoke check of a built one-folder app, as on a venue laptop: the folder is copied
# away from the checkout and run with no Python environment, so a missing resource,
# font, translation, hidden import or library fails here. With Xvfb and xdotool (CI has
# them) the window is signed in to and its pages shown; else it is started offscreen.
#   scripts/smoke_bundle.sh dist/fairdesk
#   SMOKE_SHOTS=/tmp/x scripts/smoke_bundle.sh dist/fairdesk   ... keeping each page's picture (xwd)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$(cd "${1:-$ROOT/dist/fairdesk}" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# A path with a space and Chinese characters, as on a Windows desktop.
APP="$WORK/投洽会 app/fairdesk"
mkdir -p "$(dirname "$APP")"
cp -a "$BUNDLE" "$APP"
cp "$ROOT/tests/data/guests-county.xlsx" "$WORK/县里的名单.xlsx"
cd "$WORK"
# Nothing of the checkout's Python may help the frozen programs.
# Its settings and data folder go to a home of its own, not the user's.
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV XDG_DATA_HOME XDG_CONFIG_HOME
export PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 FAIRDESK_LANG=en QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
CLI="$APP/fairdesk-cli"
started=$SECONDS

step() { printf 'smoke: %s\n' "$*" >&2; }
fail() { printf 'smoke: FAILED: %s\n' "$*" >&2; exit 1; }

step "demo"
"$CLI" demo "$WORK/演示 fair.fair" --guests 120 >demo.out || fail "demo"
step "info"
"$CLI" info "$WORK/演示 fair.fair" >info.out || fail "info"
grep -q "Guests" info.out || fail "info printed no guest figures: $(cat info.out)"
step "info on a system without a time-zone database (the folder brings none on Linux)"
PYTHONTZPATH=/nonexistent "$CLI" info "$WORK/演示 fair.fair" >/dev/null || fail "info without tzdata"
step "badges --out"
"$CLI" badges "$WORK/演示 fair.fair" --out "$WORK/badges.pdf" >badges.out || fail "badges"
head -c 5 badges.pdf | grep -q "%PDF-" || fail "badges.pdf is not a PDF"
grep -a -q "FontFile2" badges.pdf || fail "badges.pdf embeds no TrueType font"
step "import-guests on the messy sample"
status=0
"$CLI" import-guests "$WORK/演示 fair.fair" "$WORK/县里的名单.xlsx" >import.out 2>&1 || status=$?
[ "$status" = 1 ] || fail "the messy sample should be refused whole (exit 1), got $status"
"$CLI" import-guests "$WORK/演示 fair.fair" "$WORK/县里的名单.xlsx" --skip-invalid \
    --rejects "$WORK/rejects.xlsx" >import.out || fail "import-guests --skip-invalid"
grep -q "added" import.out || fail "import printed no counts: $(cat import.out)"
[ -s rejects.xlsx ] || fail "no rejects file"
step "help in Chinese"
"$CLI" --lang zh --help >help.out || fail "--help"
grep -q "命令" help.out || fail "--lang zh --help is not Chinese"
# The window: on an X server (Xvfb) when there is one, signed in with the Enter key and on
# to the dashboard and its charts (what a venue laptop shows first); else offscreen, up to
# the sign-in screen.
window_log() { cat "$HOME/.local/share/fairdesk/fairdesk.log" 2>/dev/null; }
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
    step "the window signs in and opens the fair on its dashboard (Xvfb)"
    mkdir -p "$HOME/.config/fairdesk"
    printf '[operator]\nname=Smoke\ndesk=smoke-desk\n' >"$HOME/.config/fairdesk/fairdesk.conf"
    # Xvfb picks a free display and writes its number when it is ready
    Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>display.out >xvfb.out 2>&1 &
    xvfb=$!
    trap 'kill "$xvfb" 2>/dev/null; rm -rf "$WORK"' EXIT
    for _ in $(seq 1 40); do [ -s display.out ] && break; sleep 0.25; done
    [ -s display.out ] || fail "Xvfb did not start: $(cat xvfb.out)"
    export DISPLAY=":$(head -1 display.out)"
    unset QT_QPA_PLATFORM
    "$APP/fairdesk" "$WORK/演示 fair.fair" >window.out 2>&1 &
    pid=$!
    signed=""
    for _ in $(seq 1 80); do
        kill -0 "$pid" 2>/dev/null \
            || { wait "$pid" || true; fail "the window quit: $(cat window.out) $(window_log)"; }
        if [ -z "$signed" ] && xdotool search --onlyvisible --name "Sign in" >/dev/null 2>&1; then
            xdotool key Return; signed=yes
        fi
        # the main window with a fair open is titled "<fair> — <file> — fairdesk"
        if [ -n "$signed" ] && xdotool search --onlyvisible --name " — fairdesk$" >/dev/null 2>&1; then
            signed=shown; break
        fi
        sleep 0.25
    done
    [ "$signed" = shown ] || fail "no main window after the sign-in: $(cat window.out) $(window_log)"
    sleep 4  # the dashboard's charts load once it is painted
    kill -0 "$pid" 2>/dev/null || fail "the window quit after the sign-in: $(window_log)"
    # View → Next page (Ctrl+PgDown) from the dashboard through every page, the last
    # (the audit log) included, and round to the dashboard; the count is that of
    # fairdesk/gui/pages.py's PAGES (tests/test_gui_polish.py holds the two together)
    PAGES=13
    step "every page shown once (Ctrl+PgDown × $PAGES)"
    xdotool windowfocus --sync "$(xdotool search --onlyvisible --name " — fairdesk$" | head -1)"
    for number in $(seq 2 "$PAGES") 1; do
        # 2 s: the audit log's page takes over a second to build here (a picture taken
        # after 1 s still showed the agenda)
        xdotool key "ctrl+Next"; sleep 2
        kill -0 "$pid" 2>/dev/null || fail "the window quit on page $number: $(window_log)"
        if [ -n "${SMOKE_SHOTS:-}" ]; then xwd -root -silent >"$SMOKE_SHOTS/page-$number.xwd"; fi
    done
else
    step "the window starts (offscreen) and waits at sign-in (no Xvfb here)"
    "$APP/fairdesk" "$WORK/演示 fair.fair" >window.out 2>&1 &
    pid=$!
    for _ in $(seq 1 40); do
        kill -0 "$pid" 2>/dev/null || { wait "$pid" || true; fail "the window quit: $(cat window.out)"; }
        sleep 0.25
    done
fi
# SIGTERM closes the window cleanly; one that does not within 10 s fails the check
kill "$pid"
for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fail "the window did not quit on SIGTERM"; fi
wait "$pid" 2>/dev/null || true
if grep -q -i "traceback\|error" window.out; then fail "the window wrote: $(cat window.out)"; fi
if window_log | grep -q "ERROR\|Traceback"; then fail "the window's log: $(window_log)"; fi
step "passed in $((SECONDS - started)) s ($(du -sm "$APP" | cut -f1) MB)"
