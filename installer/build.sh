#!/usr/bin/env bash
# Build the one-folder Relais bundle on Linux (the Windows build is installer/build.ps1).
#
#   installer/build.sh [DIST_DIR]      -> DIST_DIR/Relais/{Relais,relais-cli,_internal/}
#
# DIST_DIR defaults to ./dist; PYTHON (default .venv/bin/python) must have the project and
# PyInstaller installed: .venv/bin/pip install -e '.[dev]'. WORK_DIR (default
# ./build/pyinstaller) holds PyInstaller's intermediate files. On Linux the bundle is what the
# tests smoke-run (tests/e2e/test_installer.py); the product is the Windows installer.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="${1:-$ROOT/dist}"
WORK="${WORK_DIR:-$ROOT/build/pyinstaller}"

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: PyInstaller is missing; run: $PYTHON -m pip install -e '.[dev]'" >&2
    exit 1
fi
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/installer/relais.spec"
echo "build.sh: built $DIST/Relais ($(du -sh "$DIST/Relais" | cut -f1)) in $(( $(date +%s) - start )) s"
