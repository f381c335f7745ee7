#!/usr/bin/env bash
# Smoke check of a built one-folder app, as on a venue laptop: the folder is copied
# away from the checkout and run with no Python environment, so a missing resource,
# font, translation or hidden import fails here.
#   scripts/smoke_bundle.sh dist/fairdesk
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
step "the window starts (offscreen) and waits at sign-in"
"$APP/fairdesk" "$WORK/演示 fair.fair" >window.out 2>&1 &
pid=$!
for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" || true; fail "the window quit: $(cat window.out)"; }
    sleep 0.25
done
kill "$pid"; wait "$pid" 2>/dev/null || true
if grep -q -i "traceback\|error" window.out; then fail "the window wrote: $(cat window.out)"; fi
step "passed in $((SECONDS - started)) s ($(du -sm "$APP" | cut -f1) MB)"
