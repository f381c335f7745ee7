# Shared set-up for ./run, ./test and .ci/run (bash; sourced, not run).
#
#   fairdesk_setup app|test|build|ci
#
# Installs Qt's system libraries with apt-get when some are missing (with sudo
# when not root), makes .venv, and installs fairdesk into it: the app alone for
# `app` (./run), with its test tools for `test` (./test), with PyInstaller for
# `build` (./build), with both for `ci` (.ci/run). A venv keeps what it has: after
# ./test, ./build adds PyInstaller and the test tools stay. Each step is skipped
# when already done, so a second run is quick. Tools' chatter (apt's debconf
# notes, setuptools' editable-install notice) is kept out of the way and shown
# only when a step fails.

FAIRDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$FAIRDESK_ROOT/.venv"

# What the window needs on Linux (Qt's xcb platform), and what the tests add.
APT_QT=(libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3)
APT_XCB=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
         libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1)
APT_TEST=(poppler-utils fonts-wqy-microhei)
APT_BUILD=(binutils)  # PyInstaller reads the libraries' dependencies with objdump (and strips)
# CI's smoke check signs in to the built window on an X server and shows its pages
APT_SMOKE=(xvfb xdotool)

say() { printf '%s\n' "fairdesk setup: $*" >&2; }

_missing_packages() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || printf '%s\n' "$pkg"
    done
}

_as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else say "need root to run: $*"; return 1
    fi
}

_system_packages() {
    local want=("${APT_QT[@]}")
    case "$1" in
        app) want+=("${APT_XCB[@]}") ;;
        test) want+=("${APT_TEST[@]}") ;;
        build) want+=("${APT_XCB[@]}" "${APT_BUILD[@]}") ;;
        # not fusefat: the FAT32-image test in tests/test_storage_sticks.py runs where a
        # developer installed it (dosfstools fusefat); a FUSE hang must not stall CI
        ci) want+=("${APT_TEST[@]}" "${APT_XCB[@]}" "${APT_BUILD[@]}" "${APT_SMOKE[@]}") ;;
    esac
    if ! python3 -c "import ensurepip, venv" 2>/dev/null; then want+=(python3-venv); fi
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        say "not a Debian/Ubuntu system: install Qt's libraries yourself if the app fails to start"
        return 0
    fi
    local missing
    mapfile -t missing < <(_missing_packages "${want[@]}")
    [ "${#missing[@]}" = 0 ] && return 0
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    _quietly _as_root apt-get update -qq
    _quietly _as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Run a command with its output kept aside; show it only if the command fails.
_quietly() {
    local log status=0
    log="$(mktemp)"
    "$@" >"$log" 2>&1 || status=$?
    if [ "$status" != 0 ]; then cat "$log" >&2; fi
    rm -f "$log"
    return "$status"
}

_python() {
    local py
    for py in python3.13 python3.12 python3.11 python3; do
        if command -v "$py" >/dev/null \
           && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$py"; return 0
        fi
    done
    say "fairdesk needs Python 3.11 or newer (python3 --version says: $(python3 --version 2>&1))"
    return 1
}

# What each mode installs into .venv: pyproject's extras, comma-separated ("" the app alone).
_extras() {
    case "$1" in
        app) echo "" ;;
        test) echo "test" ;;
        build) echo "build" ;;
        ci) echo "test,build" ;;
    esac
}

# "<pyproject's hash> <extras>" of what .venv holds (read from the older per-mode marks too).
_marker() {
    local mode
    if [ -f "$VENV/.fairdesk-installed" ]; then cat "$VENV/.fairdesk-installed"; return; fi
    for mode in test app; do
        if [ -f "$VENV/.fairdesk-installed-$mode" ]; then
            echo "$(cat "$VENV/.fairdesk-installed-$mode") $([ "$mode" = test ] && echo test)"
            return
        fi
    done
    return 1
}

# True when .venv already holds this pyproject.toml with every extra in $1.
_installed() {
    local want="$1" have extra
    have="$(_marker)" || return 1
    [ "${have%% *}" = "$(sha256sum "$FAIRDESK_ROOT/pyproject.toml" | cut -d' ' -f1)" ] || return 1
    for extra in ${want//,/ }; do
        case ",${have#* }," in *",$extra,"*) ;; *) return 1 ;; esac
    done
}

_venv() {
    # $1: app (fairdesk alone), test (with the test tools), build (with PyInstaller), ci (both)
    local extras have="" what="fairdesk"
    extras="$(_extras "$1")"
    [ -x "$VENV/bin/python" ] && _installed "$extras" && return 0
    if [ ! -x "$VENV/bin/python" ]; then
        local py
        py="$(_python)"
        say "making $VENV with $py"
        "$py" -m venv "$VENV"
    else
        have="$(_marker | cut -s -d' ' -f2)" || true  # keep what is there already
    fi
    extras="$(printf '%s\n' ${extras//,/ } ${have//,/ } | sort -u | paste -sd, -)"
    if [ -n "$extras" ]; then what="fairdesk with its ${extras//,/ and } tools"; fi
    say "installing $what into .venv"
    _quietly "$VENV/bin/python" -m pip install -q --upgrade pip
    PYTHONWARNINGS=ignore _quietly "$VENV/bin/python" -m pip install -q \
        -e "$FAIRDESK_ROOT${extras:+[$extras]}"
    echo "$(sha256sum "$FAIRDESK_ROOT/pyproject.toml" | cut -d' ' -f1) $extras" \
        > "$VENV/.fairdesk-installed"
}

fairdesk_setup() {
    _system_packages "${1:-test}"
    _venv "${1:-test}"
}
