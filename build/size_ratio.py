"""Size of the FocalPoint folder against a default PyInstaller build of a small program.

    python build/size_ratio.py [--reuse-app]

Builds ``build/reference_app.py`` (one PySide6 window with a QtCharts chart) with a
default ``pyinstaller --onedir`` into build/dist/reference/, builds FocalPoint with
``build/build.sh`` (or, with ``--reuse-app``, measures the existing dist/FocalPoint/),
and prints both sizes, their ratio and the largest files of the FocalPoint folder. Both
builds use the same PyInstaller in the same run. The target is a ratio of at most 0.7.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REF_DIST = ROOT / "build" / "dist" / "reference"
REF_WORK = ROOT / "build" / "work" / "reference"
APP_DIR = ROOT / "dist" / "FocalPoint"
TARGET = 0.7


def folder_bytes(folder: Path) -> int:
    """Total size of the files under ``folder`` (symbolic links counted as links)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            total += (Path(dirpath) / name).lstat().st_size
    return total


def largest_files(folder: Path, count: int) -> list[tuple[int, str]]:
    """The ``count`` largest files under ``folder``: (bytes, path relative to it)."""
    sizes = [(path.lstat().st_size, path.relative_to(folder).as_posix())
             for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sorted(sizes, reverse=True)[:count]


def build_reference() -> Path:
    """The reference program, built with PyInstaller's defaults (one folder)."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir",
         "--log-level", "ERROR", "--name", "reference_app",
         "--workpath", str(REF_WORK), "--distpath", str(REF_DIST), "--specpath", str(REF_WORK),
         str(ROOT / "build" / "reference_app.py")],
        check=True, cwd=ROOT)
    return REF_DIST / "reference_app"


def build_app() -> Path:
    """FocalPoint, with the project's one build command."""
    env = dict(os.environ, PYTHON=sys.executable)
    subprocess.run(["bash", str(ROOT / "build" / "build.sh")], check=True, cwd=ROOT, env=env)
    return APP_DIR


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuse-app", action="store_true",
                        help="measure the existing dist/FocalPoint/ instead of rebuilding it")
    parser.add_argument("--top", type=int, default=10, metavar="N",
                        help="list the N largest files of the FocalPoint folder (default 10)")
    args = parser.parse_args()
    started = time.monotonic()
    reference = build_reference()
    app = APP_DIR if args.reuse_app and APP_DIR.is_dir() else build_app()
    ref_size, app_size = folder_bytes(reference), folder_bytes(app)
    ratio = app_size / ref_size
    print(f"reference (default --onedir, PySide6 + QtCharts): {ref_size / 1e6:7.1f} MB")
    print(f"FocalPoint (build/focalpoint.spec):                 {app_size / 1e6:7.1f} MB")
    verdict = "within" if ratio <= TARGET else "ABOVE"
    print(f"ratio: {ratio:.3f} ({verdict} the target of {TARGET}); "
          f"{time.monotonic() - started:.0f} s")
    for size, name in largest_files(app, args.top):
        print(f"  {size / 1e6:6.1f} MB  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
