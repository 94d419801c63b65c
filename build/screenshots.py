"""Open every page of the window offscreen with the demo programme and save PNGs.

    QT_QPA_PLATFORM=offscreen python build/screenshots.py [OUT_DIR] [--rtl]

Uses ``app.services.demo.load_demo`` when it exists, else a small sample programme
made through the services. Each record page shows its first record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.config import Paths
from app.gui.app import create_main_window, make_application
from app.gui.pages.base import RecordPage
from app.services import activities, assessments, attendance, network, records
from app.services.workspace import Workspace, init_node


def sample_programme(ws: Workspace) -> None:
    """A few records of every kind (used when the demo programme is not available)."""
    mission = network.mission_by_code(ws, "MONUSCO")
    assert mission is not None
    police = network.create_entity(ws, {"name": "Police nationale congolaise",
                                        "acronym": "PNC", "country": "CD",
                                        "sector": "police"})
    network.create_focal_point(ws, {"full_name": "Amina Kabongo", "mission_id": mission["id"],
                                    "role": "CT/PVE focal point", "email": "amina@example.org"})
    initiative = records.create(ws, "initiative", {
        "title": "Deradicalisation of prisoners pilot", "mission_id": mission["id"],
        "status": "ongoing", "start_date": "2024-03-01"})
    assessment = assessments.create_assessment(ws, {
        "title": "Needs of corrections services in Ituri", "mission_id": mission["id"],
        "method": "interviews", "status": "final", "start_date": "2024-01-10",
        "end_date": "2024-02-01"}, [police["id"]])
    assessments.add_finding(ws, {"assessment_id": assessment["id"],
                                 "title": "No screening of violent-extremist prisoners",
                                 "thematic_area": "prisons_veo", "severity": "high",
                                 "initiative_id": initiative["id"]})
    today = dt.date.today()
    training = activities.create_activity(ws, {
        "title": "Deradicalisation and reintegration of prisoners", "kind": "training",
        "mission_id": mission["id"], "initiative_id": initiative["id"],
        "start_date": str(today - dt.timedelta(days=1)), "end_date": str(today + dt.timedelta(
            days=1)), "venue_city": "Bunia", "venue_country": "CD"})
    people = [("Élodie Mbeki", "f", "magistrate"), ("Jean-Pierre Lumbala", "m", "police"),
              ("Ольга Петрова", "f", "government"), ("فاطمة الحداد", "f", "civil_society"),
              ("Patrick Ilunga", "m", "corrections")]
    days = activities.days_of(ws, training["id"])
    for i, (name, sex, category) in enumerate(people):
        done = attendance.add_walk_in(ws, training["id"], {
            "full_name": name, "sex": sex, "category": category,
            "actor_type": "non_state" if category == "civil_society" else "state",
            "organisation": "PNC" if category == "police" else ""})
        att = done["attendance"]["id"]
        for day in days[: 1 + i % len(days)]:
            attendance.set_presence(ws, att, day["id"], True)
        attendance.update_attendance(ws, att, {"pre_score": 40 + i * 5, "post_score": 70 + i})
    records.create(ws, "lesson", {"title": "Involve prison directors from the start",
                                  "kind": "good_practice", "thematic_area": "prisons_veo",
                                  "text": "Directors who helped design the course sent staff."})


def fill(ws: Workspace) -> None:
    if importlib.util.find_spec("app.services.demo") is not None:
        importlib.import_module("app.services.demo").load_demo(ws)
    else:
        sample_programme(ws)


def dialogs(window: Any, page: Any, out: Path, suffix: str) -> list[Path]:
    """The walk-in dialog with suggestions and the import preview with a bad row."""
    app = QApplication.instance()
    grid = page.attendance
    grid.open_walk_in()
    walk_in = grid.walk_in
    walk_in.form.widgets["full_name"].set_value("Ahmed Al")
    walk_in.form.widgets["sex"].set_value("m")
    walk_in.suggest()
    app.processEvents()
    saved = [out / f"gui-walk-in{suffix}.png"]
    walk_in.grab().save(str(saved[0]))
    walk_in.reject()
    csv = out / "import-sample.csv"
    csv.write_text("Full name,Sex,Category,Organisation,Country\n"
                   "Amal Ben Ali,F,civil society,Fezzan Civil Society Network,LY\n"
                   "No sex given,,police,Ministry of Interior,LY\n"
                   "Omar Salem,M,border,Libyan Border Guard,Libya\n", encoding="utf-8")
    grid.preview_import(str(csv))
    window.ctx.runner.wait()
    app.processEvents()
    saved.append(out / f"gui-import-preview{suffix}.png")
    grid.import_dialog.grab().save(str(saved[-1]))
    grid.import_dialog.reject()
    csv.unlink()
    return saved


def shoot_pages(window: Any, out: Path, name: Callable[[str], str],
                extra: Callable[[Any], list[Path]] | None = None) -> list[Path]:
    """Every page of ``window`` (record pages with their first record open) and the
    activity's attendance grid, saved as ``out / name(page key)``; ``extra`` is called
    with the activities page while its grid shows (for the grid's dialogs)."""
    app = QApplication.instance()
    saved = []
    for key, _label, _factory in window.factories:
        page = window.show_page(key)
        window.ctx.runner.wait()
        record_page = window.record_page()
        if isinstance(record_page, RecordPage) and record_page.model.rows:
            record_page.open_record(record_page.model.rows[0]["id"])
        app.processEvents()
        window.ctx.runner.wait()
        saved.append(out / name(key))
        window.grab().save(str(saved[-1]))
        if key == "activities" and isinstance(page, RecordPage):
            page.show_attendance()  # type: ignore[attr-defined]
            app.processEvents()
            saved.append(out / name("attendance"))
            window.grab().save(str(saved[-1]))
            if extra is not None:
                saved.extend(extra(page))
    return saved


def shoot(out: Path, rtl: bool) -> list[Path]:
    app = make_application([])
    if rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    saved = []
    with tempfile.TemporaryDirectory(prefix="focalpoint-shots-") as home:
        ws = init_node(Paths(Path(home)), kind="field", name="MONUSCO Goma",
                       mission="MONUSCO", operator="Amina K.")
        if importlib.util.find_spec("app.services.keys") is not None:
            importlib.import_module("app.services.keys").create_identity(
                ws, "screenshots passphrase")
        fill(ws)
        window = create_main_window(ws)
        window.resize(1400, 860)
        window.show()
        suffix = "-rtl" if rtl else ""
        saved += shoot_pages(window, out, lambda key: f"gui-{key}{suffix}.png",
                             lambda page: dialogs(window, page, out, suffix))
        window.ctx.runner.wait()
        window.close()
        ws.close()
    QApplication.processEvents()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default="/tmp/focalpoint-screenshots")
    parser.add_argument("--rtl", action="store_true", help="right-to-left layout")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for path in shoot(out, args.rtl):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
