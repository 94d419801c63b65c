"""Screenshots of reports in French, Arabic and Russian (docs/screenshots/report-<lang>-*.png).

    python build/screenshots_report_languages.py [OUT_DIR]

Makes a throwaway headquarters node, loads the demo programme, prints the attendance
report of an activity of the mission that works in each language (MONUSCO: French,
UNSMIL: Arabic, UNRCCA: Russian), the Arabic sign-in sheet and the French programme
report, and renders the first page of each with pdftoppm (poppler-utils).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.config import Paths  # noqa: E402
from app.services import demo, reporting  # noqa: E402
from app.services.workspace import init_node  # noqa: E402

MISSION_LANG = {"MONUSCO": "fr", "UNSMIL": "ar", "UNRCCA": "ru"}


def first_activity(ws: object, mission: str) -> str:
    """The id of the demo activity of ``mission`` with the most participants."""
    from sqlalchemy import func, select

    from app.store.models import Activity, Attendance, Mission

    with ws.session() as s:  # type: ignore[attr-defined]
        return s.execute(
            select(Activity.id).join(Mission, Mission.id == Activity.mission_id)
            .outerjoin(Attendance, Attendance.activity_id == Activity.id)
            .where(Mission.code == mission, Activity.deleted.is_(False))
            .group_by(Activity.id).order_by(func.count(Attendance.id).desc())).scalars().first()


def page_png(pdf: Path, png: Path, page: int = 1, dpi: int = 70) -> Path:
    """Page ``page`` of ``pdf`` as ``png`` (small: for the docs)."""
    stem = png.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    return png


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        ws = init_node(Paths(Path(tmp) / "node"), kind="hq", name="OROLSI New York",
                       mission=None, operator="Screenshots")
        try:
            demo.load_demo(ws)
            saved = []
            for mission, lang in MISSION_LANG.items():
                activity = first_activity(ws, mission)
                pdf = reporting.attendance_report(ws, activity, Path(tmp) / f"{lang}.pdf",
                                                  lang=lang)
                saved.append(page_png(pdf, out / f"report-{lang}-attendance.png"))
            sign = reporting.sign_in_sheet(ws, first_activity(ws, "UNSMIL"),
                                           Path(tmp) / "ar-sign.pdf", lang="ar")
            saved.append(page_png(sign, out / "report-ar-sign-in.png"))
            prog = reporting.programme_report(ws, Path(tmp) / "prog.pdf",
                                              date_from=dt.date(2020, 1, 1), lang="ru")
            saved.append(page_png(prog, out / "report-ru-programme.png"))
        finally:
            ws.close()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
