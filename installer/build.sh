#!/usr/bin/env bash
# Build the PyInstaller bundle on Linux, prove it with its own self-test, and compile the
# Inno Setup script with the real compiler (ISCC.exe under wine), so that the spec and the
# .iss that the Windows workflow uses are known to work before a Windows machine sees them.
#
#   installer/build.sh            # everything; the log goes to dist/build.log as well
#   SKIP_ISCC=1 installer/build.sh   # the bundle and its self-test only
#
# Needs: uv; for the installer step node/npm (the npm package "innosetup" ships ISCC.exe)
# and wine with 32-bit support (ISCC.exe is a 32-bit program), on Debian:
#   dpkg --add-architecture i386 && apt-get update && apt-get install wine wine32:i386 wine64
# Environment: PYINSTALLER_VERSION, INNOSETUP_VERSION, ISCC (an ISCC.exe to use instead of
# the npm package), ISS_COMPRESSION (e.g. lzma2/fast for a quicker proof; default: the .iss's).
set -euo pipefail

PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.3}"
INNOSETUP_VERSION="${INNOSETUP_VERSION:-6.4.1}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DIST="$ROOT/dist"
WORK="$ROOT/build"
BUNDLE="$DIST/paatospaja"
mkdir -p "$DIST" "$WORK"
exec > >(tee "$DIST/build.log") 2>&1

step() { printf '\n== %s ==\n' "$*"; }
seconds_since() { python3 -c "import sys, time; print(f'{time.time() - float(sys.argv[1]):.2f}')" "$1"; }
now() { python3 -c 'import time; print(time.time())'; }

VERSION="$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
step "Päätöspaja $VERSION: PyInstaller $PYINSTALLER_VERSION bundle ($(uname -sm))"
started="$(now)"
uv run --with "pyinstaller==$PYINSTALLER_VERSION" pyinstaller installer/paatospaja.spec \
    --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK/pyinstaller"
echo "bundle built in $(seconds_since "$started") s"

step "Bundle size"
du -sh "$BUNDLE"
echo "files: $(find "$BUNDLE" -type f | wc -l)"
echo "bytes: $(du -sb "$BUNDLE" | cut -f1)"

# The self-test and info run with a throw-away home: nothing of the builder's is touched.
SANDBOX="$(mktemp -d)"
trap 'rm -rf "$SANDBOX"' EXIT
export HOME="$SANDBOX/home" XDG_DATA_HOME="$SANDBOX/data" XDG_CONFIG_HOME="$SANDBOX/config"
export XDG_CACHE_HOME="$SANDBOX/cache" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

step "Self-test of the bundle (offscreen); first start, then a second (warm) start"
for run in first second; do
    started="$(now)"
    set +e
    "$BUNDLE/paatospaja" --self-test
    status=$?
    set -e
    echo "self-test ($run start): exit $status in $(seconds_since "$started") s"
    if [ "$status" -ne 0 ]; then
        echo "the bundle's self-test failed" >&2
        exit "$status"
    fi
done

step "Start time of a command: paatospaja-cli info --json"
for run in first second; do
    started="$(now)"
    "$BUNDLE/paatospaja-cli" info --json --workspace "$SANDBOX/workspace" >"$SANDBOX/info.json"
    echo "info --json ($run start): $(seconds_since "$started") s"
done
cat "$SANDBOX/info.json"

if [ "${SKIP_ISCC:-}" = "1" ]; then
    echo "SKIP_ISCC=1: the installer was not compiled"
    exit 0
fi

step "Inno Setup $INNOSETUP_VERSION: compiling installer/paatospaja.iss under wine"
command -v wine >/dev/null || {
    echo "wine is missing; see the top of this script for how to install it" >&2
    exit 3
}
if [ -z "${ISCC:-}" ]; then
    if [ ! -f "$WORK/innosetup/node_modules/innosetup/bin/ISCC.exe" ]; then
        mkdir -p "$WORK/innosetup"
        npm install --prefix "$WORK/innosetup" --no-audit --no-fund "innosetup@$INNOSETUP_VERSION"
    fi
    ISCC="$WORK/innosetup/node_modules/innosetup/bin/ISCC.exe"
fi
export WINEPREFIX="$WORK/wineprefix" WINEDEBUG=-all
defines=("/DAppVersion=$VERSION" "/DSourceDir=$(winepath -w "$BUNDLE")")
if [ -n "${ISS_COMPRESSION:-}" ]; then
    defines+=("/DCompression=$ISS_COMPRESSION")
fi
started="$(now)"
(cd installer && wine "$ISCC" "${defines[@]}" "/O$(winepath -w "$DIST/installer")" paatospaja.iss) \
    | tee "$DIST/iscc.log"
grep -q "Successful compile" "$DIST/iscc.log"
echo "installer compiled in $(seconds_since "$started") s"
ls -l "$DIST/installer"
