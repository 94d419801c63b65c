"""Save the main pages of the window in each language, to look at their layout.

    QT_QPA_PLATFORM=offscreen python build/screenshots_languages.py [OUT] [--lang fr ar ...]

One node with the demo programme; for each language (default: fr ar ru pseudo) the
translators are installed (app.gui.i18n) and a new main window opens every page,
with the first record of record pages, the attendance grid and the first-run
wizard. Files: OUT/gui-<lang>-<page>.png (OUT default: /tmp/focalpoint-languages).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import fill, shoot_pages  # noqa: E402

from app.config import Paths  # noqa: E402
from app.gui import i18n  # noqa: E402
from app.gui.app import create_main_window, make_application  # noqa: E402
from app.services.workspace import Workspace, init_node  # noqa: E402

LANGUAGES = ("fr", "ar", "ru", "pseudo")


def shoot_window(ws: Workspace, lang: str, out: Path) -> list[Path]:
    """Every page of a new main window in ``lang``."""
    app = QApplication.instance()
    assert app is not None
    i18n.install_translators(app, lang)
    window = create_main_window(ws)
    window.resize(1400, 860)
    window.show()
    saved = shoot_pages(window, out, lambda key: f"gui-{lang}-{key}.png")
    window.ctx.runner.wait()
    window.close()
    return saved


def shoot_wizard(lang: str, out: Path) -> Path:
    """The first-run wizard's node page in ``lang``."""
    from app.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard()
    wizard.show()
    wizard.next()
    QApplication.processEvents()
    path = out / f"gui-{lang}-wizard.png"
    wizard.grab().save(str(path))
    wizard.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default="/tmp/focalpoint-languages")
    parser.add_argument("--lang", nargs="+", default=list(LANGUAGES))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([], "en")
    with tempfile.TemporaryDirectory(prefix="focalpoint-languages-") as home:
        ws = init_node(Paths(Path(home)), kind="field", name="MONUSCO Goma",
                       mission="MONUSCO", operator="Amina K.")
        if importlib.util.find_spec("app.services.keys") is not None:
            importlib.import_module("app.services.keys").create_identity(ws, "screenshots")
        fill(ws)
        for lang in args.lang:
            for path in [*shoot_window(ws, lang, out), shoot_wizard(lang, out)]:
                print(path)
        ws.close()
    i18n.install_translators(app, "en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
