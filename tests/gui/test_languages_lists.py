"""Lists inside sentences take the interface language's punctuation: the Arabic comma
and semicolon in an Arabic window, never ASCII ',' and ';'."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from app.gui.context import AppContext
from app.gui.util import clause_separator, display, list_separator


@pytest.mark.parametrize(("interface", "comma", "semicolon"),
                         [("ar", "، ", "؛ "), ("fr", ", ", "; "), ("ru", ", ", "; ")],
                         indirect=["interface"])
def test_separators_follow_the_language(interface: str, comma: str, semicolon: str) -> None:
    assert (list_separator(), clause_separator()) == (comma, semicolon)
    assert display("participant", "full_name", ["a", "b"]) == f"a{comma}b"


@pytest.mark.parametrize("interface", ["ar"], indirect=True)
def test_the_import_summary_and_problems_use_arabic_semicolons(
        interface: str, qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    from app.gui.import_dialog import ImportDialog

    dialog = ImportDialog(ctx, str(tmp_path / "missing.csv"), "no-activity")
    qtbot.addWidget(dialog)
    ctx.runner.wait()  # the file's own preview (it fails: no file) comes first
    dialog.show_preview({"rows": [
        {"line": 2, "values": {"full_name": "A"}, "errors": {}, "status": "new"},
        {"line": 3, "values": {}, "errors": {"sex": "x", "category": "y"},
         "status": "invalid"},
        {"line": 4, "values": {"full_name": "B"}, "errors": {}, "status": "matched"}]})
    summary = dialog.summary.text()
    assert summary.count("؛ ") == 2 and ";" not in summary
    assert dialog.table.item(1, dialog.table.columnCount() - 1).text() == "x؛ y"


@pytest.mark.parametrize("interface", ["ar"], indirect=True)
def test_the_trust_dialog_separates_kind_and_mission_with_an_arabic_comma(
        interface: str, qtbot: Any) -> None:
    from types import SimpleNamespace

    from app.gui.sync_dialogs import TrustCardDialog

    card = SimpleNamespace(name="MONUSCO Goma", kind="field", mission="MONUSCO")
    dialog = TrustCardDialog(card, lambda _typed: None)
    qtbot.addWidget(dialog)
    info = dialog.findChildren(QLabel)[0].text()
    assert "، MONUSCO" in info and ", MONUSCO" not in info


@pytest.mark.parametrize("interface", ["ar"], indirect=True)
def test_attendance_totals_and_the_overview_use_arabic_commas(
        interface: str, qtbot: Any, ws: Any, dialog_log: Any) -> None:
    from app.gui.app import create_main_window
    from app.services import activities, attendance, network

    mission = network.mission_by_code(ws, "MONUSCO")
    assert mission is not None
    activity = activities.create_activity(ws, {
        "mission_id": mission["id"], "title": "Training", "kind": "training",
        "start_date": "2024-03-04", "end_date": "2024-03-05", "venue_city": "Goma",
        "venue_country": "CD"})
    for name, sex, category in (("A B", "F", "magistrate"), ("C D", "M", "police")):
        person = attendance.create_participant(ws, {
            "full_name": name, "sex": sex, "category": category, "actor_type": "state",
            "country": "CD"})
        attendance.register(ws, activity["id"], person["id"])
    window = create_main_window(ws)
    qtbot.addWidget(window)
    window.show()
    try:
        overview = window.show_page("overview")
        window.ctx.runner.wait()
        QApplication.processEvents()
        sexes = overview.sex_label.text()
        assert sexes.count("، ") >= 1 and "," not in sexes
        page = window.show_page("activities")
        window.ctx.runner.wait()
        page.open_record(activity["id"])
        page.show_attendance()
        window.ctx.runner.wait()
        QApplication.processEvents()
        totals = page.attendance.totals.text()
        assert totals.count("، ") >= 3 and "," not in totals  # sexes, categories, days
    finally:
        window.ctx.runner.wait()
        window.close()
        window.ctx.runner.shutdown()


#: Places where an ASCII separator is right: the smoke test's English report, and an
#: editable text field whose value is data the user typed.
ASCII_JOIN_ALLOWED = {("smoke.py", ", "), ("smoke.py", "; "), ("widgets.py", ", ")}


def test_no_window_text_joins_a_list_with_ascii_punctuation() -> None:
    """A literal ', ' or '; ' joining texts in app/gui would show ASCII punctuation in
    the Arabic window: use util.list_separator() or util.clause_separator()."""
    import ast

    gui = Path(__file__).resolve().parents[2] / "app" / "gui"
    found = []
    for path in sorted(gui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literal = None
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "join" and isinstance(node.func.value, ast.Constant)):
                literal = node.func.value.value
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                sides = [s for s in (node.left, node.right) if isinstance(s, ast.Constant)]
                literal = next((s.value for s in sides if s.value in (", ", "; ")), None)
            if (isinstance(literal, str) and literal.strip() in (",", ";")
                    and (path.name, literal) not in ASCII_JOIN_ALLOWED):
                found.append(f"{path.relative_to(gui)}:{node.lineno} {literal!r}")
    assert not found, "\n".join(found)
