"""Screenshots of the dashboard page with the demo programme (headquarters: all missions;
a MONUSCO field node; a click-through dialog). Saves docs/screenshots/gui-dashboard*.png.

    QT_QPA_PLATFORM=offscreen python build/screenshots_dashboard.py [OUT_DIR]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from app.config import Paths
from app.gui.app import make_application
from app.gui.context import AppContext
from app.gui.pages.dashboard import DashboardPage
from app.gui.tasks import TaskRunner
from app.gui.util import WindowSettings
from app.services import demo
from app.services.workspace import Workspace, init_node


def _settle(page: DashboardPage) -> None:
    for _ in range(5):
        page.ctx.runner.wait()
        QApplication.processEvents()


def _page(ws: Workspace) -> DashboardPage:
    runner = TaskRunner()
    page = DashboardPage(AppContext(ws=ws, runner=runner, settings=WindowSettings(ws.paths.home)))
    page.resize(1400, 1250)
    page.show()
    _settle(page)
    return page


def main(out: Path) -> None:
    """Make the node(s), load the demo, save the PNGs to ``out``."""
    make_application([])
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="fp-dash-shots-"))
    hq = init_node(Paths(home / "hq"), kind="hq", name="Headquarters", mission=None,
                   operator="Analyst")
    demo.load_demo(hq)
    page = _page(hq)
    page.grab().save(str(out / "gui-dashboard.png"))
    page.show_behind("findings", {"thematic_area": "border_management",
                                  "severity": "critical"}, "Border management - Critical")
    _settle(page)
    page.charts["category"].grab()
    page.show_behind("beneficiaries", {"sex": "f"}, "Share of women")
    _settle(page)
    assert page.dialog is not None
    page.dialog.grab().save(str(out / "gui-dashboard-records.png"))
    page.dialog.close()
    page.date_from.set_value(dt.date(2024, 6, 1))
    page.date_to.set_value(dt.date(2024, 9, 30))
    _settle(page)
    page.grab().save(str(out / "gui-dashboard-period.png"))
    page.ctx.runner.shutdown()
    field = init_node(Paths(home / "field"), kind="field", name="MONUSCO Goma",
                      mission="MONUSCO", operator="Focal point")
    demo.load_demo(field)
    page = _page(field)
    page.grab().save(str(out / "gui-dashboard-field.png"))
    page.ctx.runner.shutdown()
    print(f"Screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else
         Path(__file__).resolve().parents[1] / "docs" / "screenshots")
