#!/usr/bin/env bash
# The one build command of the desktop application:  bash build/build.sh
# Makes dist/FocalPoint/ (the executable FocalPoint and everything it needs) with the
# Python that has FocalPoint and PyInstaller installed (default: .venv/bin/python, else
# $PYTHON, else python3). PyInstaller's work folder is build/work/ (git-ignored).
# FOCALPOINT_BUILD_POSTGRESQL=1 also ships the PostgreSQL driver (headquarters builds).
set -euo pipefail
cd "$(dirname "$0")/.."
XCB_PACKAGES="libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"

if [ -n "${PYTHON:-}" ]; then py="$PYTHON"
elif [ -x .venv/bin/python ]; then py=.venv/bin/python
elif [ -x .venv/Scripts/python.exe ]; then py=.venv/Scripts/python.exe
else py=python3; fi

if ! "$py" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is missing: run '$py -m pip install -e \".[build]\"' first." >&2
  exit 2
fi

if [ "$(uname -s)" = "Linux" ] && ! command -v objdump >/dev/null; then
  echo "objdump and strip are missing: install binutils (sudo apt-get install binutils)." >&2
  exit 2
fi
# Linux: ICU's data is trimmed to what Qt uses (build/trim_icu.py) with ICU's own tools.
if [ "$(uname -s)" = "Linux" ] && ! { PATH="$PATH:/usr/sbin:/sbin" command -v icupkg \
    && PATH="$PATH:/usr/sbin:/sbin" command -v genccode; } >/dev/null; then
  echo "icupkg and genccode are missing: install icu-devtools (sudo apt-get install icu-devtools)." >&2
  exit 2
fi

# Linux: the X11 platform plugin's libraries must be on the build machine to be bundled
# (a field laptop is not required to have them).
if [ "$(uname -s)" = "Linux" ]; then
  qxcb=$("$py" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")')
  if [ -f "$qxcb" ] && ldd "$qxcb" | grep -q "not found"; then
    echo "The Qt X11 plugin lacks libraries on this machine: $(ldd "$qxcb" | awk '/not found/ {print $1}' | tr '\n' ' ')" >&2
    echo "Install them first: sudo apt-get install $XCB_PACKAGES" >&2
    exit 2
  fi
fi

start=$(date +%s)
"$py" build/make_assets.py >/dev/null
# Qt Linguist translations: .ts files are committed, .qm files are built (and shipped).
for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  "$py" -c 'import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = "pyside6-lrelease"; lrelease()' \
    -silent "$ts" -qm "${ts%.ts}.qm"
done
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/work/pyinstaller --distpath dist build/focalpoint.spec

# Linux: the desktop entry and icon next to the executable, for install.md's steps.
if [ -d dist/FocalPoint ] && [ "$(uname -s)" = "Linux" ]; then
  cp resources/focalpoint.desktop dist/FocalPoint/focalpoint.desktop
  cp resources/icons/focalpoint-256.png dist/FocalPoint/focalpoint.png
fi
size=$(du -sm dist/FocalPoint | cut -f1)
echo "Built dist/FocalPoint/ (${size} MB) in $(( $(date +%s) - start )) s."
