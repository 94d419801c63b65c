"""Build-time assets of the frozen application.

    python build/make_assets.py           # build/work/icons/*.ico|*.icns, version info
    python build/make_assets.py --png     # also re-render resources/icons/*.png from the SVG

The icon is drawn once, in ``resources/icons/focalpoint.svg``; the PNG sizes (used by the
window and the Linux desktop entry) are committed, the Windows .ico and macOS .icns are
made here with Pillow, and the Windows version resource is written from
``app.__version__``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "focalpoint.svg"
WORK = ROOT / "build" / "work"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

VERSION_INFO = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'United Nations - OROLSI'),
      StringStruct('FileDescription', 'FocalPoint - CT/PVE focal points workbench'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'FocalPoint'),
      StringStruct('LegalCopyright', 'Apache-2.0'),
      StringStruct('OriginalFilename', 'FocalPoint.exe'),
      StringStruct('ProductName', 'FocalPoint'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def render_pngs() -> list[Path]:
    """Render the SVG to every PNG size with Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG file.")
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / f"focalpoint-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"Could not write {target}.")
        written.append(target)
    return written


def platform_icons() -> list[Path]:
    """The Windows .ico (16-256 px) and macOS .icns (up to 512 px), made with Pillow."""
    from PIL import Image

    out = WORK / "icons"
    out.mkdir(parents=True, exist_ok=True)
    biggest = Image.open(ICONS / "focalpoint-512.png").convert("RGBA")
    ico, icns = out / "focalpoint.ico", out / "focalpoint.icns"
    biggest.save(ico, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    biggest.save(icns)
    return [ico, icns]


def version_info() -> Path:
    """The Windows version resource (VSVersionInfo) for the executables."""
    parts = [int(p) for p in __version__.split(".")[:4] if p.isdigit()]
    nums = tuple([*parts, 0, 0, 0, 0][:4])
    target = WORK / "version_info.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(VERSION_INFO.format(nums=nums, version=__version__), encoding="utf-8")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--png", action="store_true", help="re-render the committed PNGs")
    args = parser.parse_args()
    made = render_pngs() if args.png else []
    made += [*platform_icons(), version_info()]
    for path in made:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
