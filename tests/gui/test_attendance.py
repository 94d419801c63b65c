"""The attendance grid: presence per day, role, scores, certificate, commitment, live
totals; walk-ins with duplicate suggestions; the list import preview."""

from __future__ import annotations

from typing import Any

from gui_helpers import fill
from PySide6.QtCore import Qt

from app.gui.attendance_model import ROLE, AttendanceModel
from app.gui.util import format_day
from app.services import activities, attendance, network, records


def _activity(ws: Any) -> dict[str, Any]:
    mission = network.mission_by_code(ws, "MONUSCO")["id"]
    return activities.create_activity(ws, {
        "title": "Training", "kind": "training", "mission_id": mission,
        "start_date": "2024-03-04", "end_date": "2024-03-06", "venue_city": "Beni"})


def _register(ws: Any, activity_id: str, name: str, sex: str, category: str) -> str:
    done = attendance.add_walk_in(ws, activity_id, {"full_name": name, "sex": sex,
                                                    "category": category,
                                                    "actor_type": "state"})
    return done["participant"]["id"]


def _grid(window: Any, activity_id: str) -> Any:
    page = window.show_page("activities")
    page.refresh()
    page.open_record(activity_id)
    page.show_attendance()
    return page.attendance


def test_attendance_model_passes_qtmodeltester(qtmodeltester: Any, ws: Any) -> None:
    act = _activity(ws)
    _register(ws, act["id"], "Élodie Mbeki", "f", "magistrate")
    model = AttendanceModel(ws)
    model.load(act["id"])
    assert model.columnCount() == 5 + 3 + 4
    qtmodeltester.check(model)


def test_ticking_presence_and_scores_are_saved(window: Any, ws: Any) -> None:
    act = _activity(ws)
    _register(ws, act["id"], "Élodie Mbeki", "f", "magistrate")
    _register(ws, act["id"], "Jean Kasongo", "m", "police")
    grid = _grid(window, act["id"])
    model = grid.model
    assert model.rowCount() == 2 and "Registered: 2" in grid.totals.text()
    days = activities.days_of(ws, act["id"])
    day2 = model.column_of(f"day:{days[1]['id']}")
    row = model.row_of_participant(model.rows[0]["participant_id"])
    assert model.setData(model.index(row, day2), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    stored = attendance.attendance_of(ws, act["id"])[row]
    assert stored["days_present"] == [days[1]["id"]]
    assert f"{format_day(days[1]['day_date'])}: 1" in grid.totals.text()  # locale's day
    # Scores, certificate, commitment and role.
    assert model.setData(model.index(row, model.column_of("pre_score")), "45")
    assert model.setData(model.index(row, model.column_of("post_score")), "80,5")
    assert model.setData(model.index(row, model.column_of("certificate")),
                         Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(row, model.column_of("commitment_signed")),
                         Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(row, ROLE), "trainer")
    stored = attendance.attendance_of(ws, act["id"])[row]
    assert (stored["pre_score"], stored["post_score"], stored["certificate"],
            stored["commitment_signed"], stored["role"]) == (45, 80.5, True, True, "trainer")
    assert model.data(model.index(row, ROLE)) == "Trainer"
    assert "Certificates: 1" in grid.totals.text()
    # Unticking removes the day.
    assert model.setData(model.index(row, day2), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert attendance.attendance_of(ws, act["id"])[row]["days_present"] == []


def test_invalid_score_is_refused_with_a_message(window: Any, ws: Any) -> None:
    act = _activity(ws)
    _register(ws, act["id"], "Jean Kasongo", "m", "police")
    grid = _grid(window, act["id"])
    model = grid.model
    assert not model.setData(model.index(0, model.column_of("pre_score")), "150")
    assert "at most 100" in grid.message.text()
    assert attendance.attendance_of(ws, act["id"])[0]["pre_score"] is None


def test_live_totals_by_sex_and_category(window: Any, ws: Any) -> None:
    act = _activity(ws)
    for name, sex, cat in (("A B", "f", "police"), ("C D", "f", "magistrate"),
                           ("E F", "m", "police")):
        _register(ws, act["id"], name, sex, cat)
    grid = _grid(window, act["id"])
    text = grid.totals.text()
    assert "Registered: 3" in text and "Female 2" in text and "Male 1" in text
    assert "Police 2" in text and "Magistrate 1" in text


def test_walk_in_is_registered(window: Any, ws: Any) -> None:
    act = _activity(ws)
    grid = _grid(window, act["id"])
    grid.open_walk_in()
    dialog = grid.walk_in
    fill(dialog.form, {"full_name": "Ольга Петрова", "sex": "f", "category": "government",
                       "organisation": "Ministry of Justice"})
    dialog.role.set_value("observer")
    assert dialog.save(allow_duplicate=False)
    rows = attendance.attendance_of(ws, act["id"])
    assert [(r["participant"]["full_name"], r["role"]) for r in rows] == \
        [("Ольга Петрова", "observer")]
    assert grid.model.rowCount() == 1


def test_walk_in_validation_shows_next_to_field(window: Any, ws: Any) -> None:
    act = _activity(ws)
    grid = _grid(window, act["id"])
    grid.open_walk_in()
    dialog = grid.walk_in
    fill(dialog.form, {"full_name": "No Sex Given", "category": "police"})
    assert not dialog.save(allow_duplicate=False)
    assert dialog.form.error_of("sex") == "Sex is required"
    assert records.counts(ws)["participant"] == 0
    dialog.reject()


def test_walk_in_suggests_likely_duplicates(window: Any, ws: Any) -> None:
    other = _activity(ws)
    known = _register(ws, other["id"], "Jean Mutombo", "m", "police")
    act = _activity(ws)
    grid = _grid(window, act["id"])
    grid.open_walk_in()
    dialog = grid.walk_in
    fill(dialog.form, {"full_name": "Mutombo Jean", "sex": "m", "category": "police"})
    dialog.suggest()
    assert dialog.suggestions.count() == 1  # "mutombo" and "jean" both match
    # Saving anyway is stopped by the duplicate check, which offers the person.
    assert not dialog.save(allow_duplicate=False)
    assert not dialog.force_button.isHidden()
    assert dialog.suggestions.item(0).data(Qt.ItemDataRole.UserRole) == known
    dialog.register_selected()
    assert [r["participant_id"] for r in attendance.attendance_of(ws, act["id"])] == [known]
    assert records.counts(ws)["participant"] == 1


def test_walk_in_can_be_a_different_person_with_the_same_name(window: Any, ws: Any) -> None:
    other = _activity(ws)
    _register(ws, other["id"], "Jean Mutombo", "m", "police")
    act = _activity(ws)
    grid = _grid(window, act["id"])
    grid.open_walk_in()
    dialog = grid.walk_in
    fill(dialog.form, {"full_name": "Jean Mutombo", "sex": "m", "category": "police"})
    assert not dialog.save(allow_duplicate=False)
    assert dialog.save(allow_duplicate=True)
    assert records.counts(ws)["participant"] == 2


def test_import_preview_shows_invalid_rows_then_imports_valid(
        window: Any, ws: Any, tmp_path: Any, dialog_log: Any) -> None:
    act = _activity(ws)
    path = tmp_path / "list.csv"
    path.write_text("Full name,Sex,Category,Organisation,Country\n"
                    "Élodie Mbeki,F,magistrate,TGI Beni,CD\n"
                    "Nobody,Q,police,PNC,CD\n"
                    "Jean-Pierre Kasongo,M,police,PNC,RDC\n", encoding="utf-8")
    grid = _grid(window, act["id"])
    dialog_log.file_to_open = str(path)
    grid.choose_import()
    dialog = grid.import_dialog
    window.ctx.runner.wait()
    assert dialog.table.rowCount() == 3
    problems = [dialog.table.item(r, dialog.table.columnCount() - 1).text() for r in range(3)]
    assert problems[0] == "" and problems[2] == ""
    assert "Sex" in problems[1]
    assert dialog.table.item(1, 0).text() == "3"  # the file's line number
    assert "2 row(s) will be imported" in dialog.summary.text()
    assert "1 invalid row(s)" in dialog.summary.text()
    dialog.run_import()
    window.ctx.runner.wait()
    names = sorted(r["participant"]["full_name"] for r in attendance.attendance_of(ws,
                                                                                   act["id"]))
    assert names == ["Jean-Pierre Kasongo", "Élodie Mbeki"]
    assert grid.model.rowCount() == 2


def test_space_ticks_the_current_cell(qtbot: Any, window: Any, ws: Any) -> None:
    act = _activity(ws)
    _register(ws, act["id"], "Jean Kasongo", "m", "police")
    grid = _grid(window, act["id"])
    days = activities.days_of(ws, act["id"])
    column = grid.model.column_of(f"day:{days[0]['id']}")
    grid.view.setFocus()
    grid.view.setCurrentIndex(grid.model.index(0, column))
    qtbot.keyClick(grid.view, Qt.Key.Key_Space)
    assert attendance.attendance_of(ws, act["id"])[0]["days_present"] == [days[0]["id"]]


def test_double_clicking_a_day_names_its_session(window: Any, ws: Any,
                                                 monkeypatch: Any) -> None:
    from app.gui import dialogs

    act = _activity(ws)
    grid = _grid(window, act["id"])
    days = activities.days_of(ws, act["id"])
    column = grid.model.column_of(f"day:{days[1]['id']}")
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a: "Day 2 - prosecution")
    grid.rename_day(column)
    assert activities.days_of(ws, act["id"])[1]["label"] == "Day 2 - prosecution"
    assert grid.model.headerData(column, Qt.Orientation.Horizontal) == "Day 2 - prosecution"
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a: None)  # cancelled: unchanged
    grid.rename_day(column)
    assert activities.days_of(ws, act["id"])[1]["label"] == "Day 2 - prosecution"
