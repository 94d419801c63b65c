"""Every record form: type, save, reopen, check what the database holds; validation
next to the field; required markers; unsaved-changes guard; cancel; soft delete."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import fill, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services import activities, assessments, attendance, network, records


def _mission(ws: Any) -> str:
    return network.mission_by_code(ws, "MONUSCO")["id"]


def _page(window: Any, key: str, tab: int | None = None) -> Any:
    page = window.show_page(key)
    if tab is not None:
        page.tabs.setCurrentIndex(tab)
        page = page.current()
    return page


def _save_with_keyboard(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


CASES = [
    ("initiatives", None, "initiative", {
        "title": "Pilot on prison deradicalisation", "status": "ongoing",
        "start_date": "2024-03-01", "end_date": "2024-12-31", "partners": "UNOCT"}),
    ("lessons", None, "lesson", {
        "title": "Involve prison directors early", "kind": "good_practice",
        "thematic_area": "prisons_veo", "text": "Directors who co-designed it sent staff.",
        "tags": "prisons, design"}),
    ("network", 0, "focal_point", {
        "full_name": "Amina Kabongo", "role": "CT/PVE focal point",
        "email": "amina@example.org", "languages": "French, Swahili"}),
    ("network", 1, "partner_entity", {
        "name": "Police nationale congolaise", "acronym": "PNC", "country": "CD",
        "sector": "police"}),
    ("network", 2, "mission", {
        "code": "UNSMIL", "name": "United Nations Support Mission in Libya",
        "mission_type": "spm", "host_countries": "LY"}),
    ("participants", None, "participant", {
        "full_name": "Élodie Mbeki", "native_name": "Элоди Мбеки", "sex": "f",
        "category": "magistrate", "actor_type": "state", "organisation": "TGI Beni",
        "country": "CD"}),
    ("assessments", None, "assessment", {
        "title": "Needs of the corrections service", "method": "interviews",
        "status": "draft", "start_date": "2024-01-10", "end_date": "2024-02-01",
        "summary": "Overcrowding; no screening."}),
    ("activities", None, "activity", {
        "title": "Deradicalisation training", "kind": "training",
        "start_date": "2024-03-04", "end_date": "2024-03-06", "venue_city": "Beni",
        "venue_country": "CD", "languages": "French"}),
]


@pytest.mark.parametrize(("key", "tab", "table", "values"), CASES,
                         ids=[c[2] for c in CASES])
def test_type_save_reopen(qtbot: Any, window: Any, ws: Any, key: str, tab: int | None,
                          table: str, values: dict[str, Any]) -> None:
    page = _page(window, key, tab)
    window.new_action.trigger()
    fill(page.form, values)
    assert page.form.is_dirty()
    _save_with_keyboard(qtbot, window)
    assert page.status.text() == "Saved.", page.form.values()
    assert page.current_id is not None
    stored = records.get(ws, table, page.current_id)
    for name, value in values.items():
        expected = value
        if name in ("tags", "languages", "host_countries"):
            expected = [p.strip() for p in value.split(",")]
        assert stored[name] == expected, name
    # Reopen: another record, then this one again - the form shows what was stored.
    saved_id = page.current_id
    window.new_action.trigger()
    assert page.form.values()[next(iter(values))] in ("", None)
    page.open_record(saved_id)
    shown = page.form.values()
    for name in values:
        if name not in ("tags", "languages", "host_countries"):
            assert shown[name] == values[name], name
    assert not page.form.is_dirty()
    # The list holds the new record.
    assert page.model.row_of(saved_id) >= 0


def test_required_fields_are_marked_and_errors_shown_next_to_them(window: Any, ws: Any
                                                                  ) -> None:
    page = _page(window, "activities")
    labels = {label.text() for label in page.form.findChildren(QLabel)}
    assert "Title *" in labels and "Start date *" in labels and "City" in labels
    fill(page.form, {"title": "", "start_date": "2024-05-03", "end_date": "2024-05-01"})
    assert not page.save()
    assert page.form.error_of("title") == "Title is required"
    assert page.form.error_of("end_date") == "The end date is before the start date"
    assert page.form.error_of("venue_city") == ""
    assert records.counts(ws)["activity"] == 0
    assert page.form.widgets["title"].hasFocus() or not page.isActiveWindow()
    # Correcting the fields saves and clears the messages.
    fill(page.form, {"title": "Workshop", "end_date": "2024-05-04"})
    assert page.save()
    assert page.form.error_of("title") == "" and page.form.error_of("end_date") == ""
    assert records.counts(ws)["activity"] == 1


def test_invalid_values_are_explained(window: Any, ws: Any) -> None:
    page = _page(window, "network", 0)
    fill(page.form, {"full_name": "Jean Mutombo", "email": "not-an-email"})
    assert not page.save()
    assert page.form.error_of("email") == "Email is not an email address"
    page = _page(window, "participants")
    fill(page.form, {"full_name": "Jean", "sex": "m", "category": "police",
                     "actor_type": "state", "country": "Atlantis"})
    assert not page.save()
    assert "not a known country" in page.form.error_of("country")


def _two_lessons(ws: Any) -> tuple[str, str]:
    a = records.create(ws, "lesson", {"title": "Alpha", "kind": "lesson",
                                      "thematic_area": "coordination", "text": "A"})
    b = records.create(ws, "lesson", {"title": "Beta", "kind": "lesson",
                                      "thematic_area": "coordination", "text": "B"})
    return a["id"], b["id"]


def test_unsaved_changes_guard(window: Any, ws: Any, dialog_log: Any) -> None:
    first, second = _two_lessons(ws)
    page = _page(window, "lessons")
    page.refresh()
    page.open_record(first)
    fill(page.form, {"title": "Alpha changed"})
    # Cancel: stay on the record with the edit.
    dialog_log.unsaved_answer = "cancel"
    page.view.selectRow(page.model.row_of(second))
    assert dialog_log.unsaved_asked == 1
    assert page.current_id == first and page.form.values()["title"] == "Alpha changed"
    # Leaving the page is refused too.
    window.sidebar.setCurrentRow(0)
    assert window.stack.currentWidget() is page
    # Discard: the other record opens, nothing saved.
    dialog_log.unsaved_answer = "discard"
    page.view.selectRow(page.model.row_of(second))
    assert page.current_id == second
    assert records.get(ws, "lesson", first)["title"] == "Alpha"
    # Save: the edit is stored before moving on.
    fill(page.form, {"title": "Beta changed"})
    dialog_log.unsaved_answer = "save"
    page.view.selectRow(page.model.row_of(first))
    assert records.get(ws, "lesson", second)["title"] == "Beta changed"
    assert page.current_id == first


def test_escape_undoes_and_ctrl_n_starts_afresh(qtbot: Any, window: Any, ws: Any) -> None:
    first, _second = _two_lessons(ws)
    page = _page(window, "lessons")
    page.open_record(first)
    fill(page.form, {"title": "Changed"})
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert page.form.values()["title"] == "Alpha" and not page.form.is_dirty()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.current_id is None and page.form.values()["title"] == ""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus() or not window.isActiveWindow()


def test_delete_asks_and_leaves_a_tombstone(window: Any, ws: Any, dialog_log: Any) -> None:
    first, _second = _two_lessons(ws)
    page = _page(window, "lessons")
    page.refresh()
    page.open_record(first)
    dialog_log.confirm_answer = False
    page.delete_record()
    assert records.counts(ws)["lesson"] == 2
    dialog_log.confirm_answer = True
    page.delete_record()
    assert len(dialog_log.questions) == 2
    assert records.counts(ws)["lesson"] == 1
    tombstone = [r for r in records.list_all(ws, "lesson", include_deleted=True)
                 if r["id"] == first]
    assert tombstone[0]["deleted"] is True
    assert page.model.row_of(first) == -1 and page.current_id is None


def test_participant_duplicate_is_confirmed(window: Any, ws: Any, dialog_log: Any) -> None:
    attendance.create_participant(ws, {"full_name": "Jean Mutombo", "sex": "m",
                                       "category": "police", "actor_type": "state",
                                       "organisation": "PNC"})
    page = _page(window, "participants")
    values = {"full_name": "Mutombo Jean", "sex": "m", "category": "police",
              "actor_type": "state", "organisation": "PNC"}
    fill(page.form, values)
    dialog_log.confirm_answer = False
    assert not page.save()
    assert "Jean Mutombo" in dialog_log.questions[-1]
    assert records.counts(ws)["participant"] == 1
    dialog_log.confirm_answer = True
    assert page.save()
    assert records.counts(ws)["participant"] == 2


def test_participant_history(window: Any, ws: Any) -> None:
    mission = _mission(ws)
    person = attendance.create_participant(ws, {"full_name": "Olga Petrova", "sex": "f",
                                                "category": "government",
                                                "actor_type": "state"})
    for title, start in (("Conference", "2024-09-10"), ("Workshop", "2024-11-05")):
        act = activities.create_activity(ws, {"title": title, "kind": "workshop",
                                              "mission_id": mission, "start_date": start,
                                              "end_date": start})
        attendance.register(ws, act["id"], person["id"])
    page = _page(window, "participants")
    page.open_record(person["id"])
    assert page.history.rowCount() == 2
    assert page.history.rows[0]["activity"]["title"] == "Workshop"  # most recent first


def test_activity_kind_shows_its_own_details(window: Any) -> None:
    page = _page(window, "activities")
    fill(page.form, {"kind": "coc_workshop"})
    assert not page.form.groups["Code-of-conduct workshop"].isHidden()
    assert page.form.groups["Side event"].isHidden()
    fill(page.form, {"kind": "side_event"})
    assert page.form.groups["Code-of-conduct workshop"].isHidden()
    assert not page.form.groups["Side event"].isHidden()


def test_code_of_conduct_and_side_event_details_are_saved(window: Any, ws: Any) -> None:
    page = _page(window, "activities")
    fill(page.form, {"title": "Code of conduct, Tunis", "kind": "coc_workshop",
                     "start_date": "2024-11-05", "end_date": "2024-11-06",
                     "coc_modules": ["ihl_ihrl", "detention"],
                     "coc_commitments": "Signed by 31 officers.",
                     "follow_up": "Refresher in 2025."})
    assert page.save()
    stored = records.get(ws, "activity", page.current_id)
    assert stored["coc_modules"] == ["ihl_ihrl", "detention"]
    assert stored["coc_commitments"] == "Signed by 31 officers."
    window.new_action.trigger()
    fill(page.form, {"title": "Border side event", "kind": "side_event",
                     "start_date": "2024-11-07", "end_date": "2024-11-07",
                     "parties_represented": "East; West", "common_ground": "Joint patrols",
                     "follow_up": "Second round"})
    assert page.save()
    stored = records.get(ws, "activity", page.current_id)
    assert (stored["parties_represented"], stored["common_ground"], stored["follow_up"]) == \
        ("East; West", "Joint patrols", "Second round")


def test_assessment_findings_and_entities(window: Any, ws: Any) -> None:
    entity = network.create_entity(ws, {"name": "Prison centrale de Bunia",
                                        "sector": "corrections"})
    initiative = records.create(ws, "initiative", {"title": "Prison pilot",
                                                   "mission_id": _mission(ws),
                                                   "status": "ongoing"})
    page = _page(window, "assessments")
    assert not page.findings.form.isEnabled()  # save the assessment first
    fill(page.form, {"title": "Corrections needs", "method": "interviews", "status": "draft"})
    page.entity_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert page.save()
    assert assessments.entities_of(ws, page.current_id) == [entity["id"]]
    panel = page.findings
    assert panel.form.isEnabled()
    fill(panel.form, {"title": "No screening of VE prisoners", "thematic_area": "prisons_veo",
                      "severity": "high", "evidence": "Interviews with 12 wardens",
                      "recommendation": "Introduce screening",
                      "initiative_id": initiative["id"]})
    assert panel.save()
    stored = assessments.findings_of(ws, page.current_id)
    assert len(stored) == 1 and stored[0]["initiative_id"] == initiative["id"]
    assert stored[0]["severity"] == "high" and panel.model.rowCount() == 1
    # A finding without its required fields says so next to them.
    panel.show_finding(None)
    assert not panel.save()
    assert panel.form.error_of("severity") == "Severity is required"
    # Edit the finding from the table.
    panel.view.selectRow(0)
    fill(panel.form, {"severity": "critical"})
    assert panel.save()
    assert assessments.findings_of(ws, page.current_id)[0]["severity"] == "critical"


def test_non_latin_text_is_typed_and_kept(window: Any, ws: Any) -> None:
    page = _page(window, "participants")
    fill(page.form, {"full_name": "Fatima Haddad", "sex": "f", "category": "civil_society",
                     "actor_type": "non_state"})
    type_text(page.form.widgets["native_name"], "فاطمة الحداد")
    assert page.save()
    assert records.get(ws, "participant", page.current_id)["native_name"] == "فاطمة الحداد"


def test_closing_the_window_guards_unsaved_changes(window: Any, ws: Any,
                                                   dialog_log: Any) -> None:
    page = _page(window, "lessons")
    fill(page.form, {"title": "Half-typed lesson"})
    dialog_log.unsaved_answer = "cancel"
    assert not window.close()
    assert window.isVisible()
    dialog_log.unsaved_answer = "save"
    fill(page.form, {"kind": "lesson", "thematic_area": "coordination", "text": "Kept."})
    assert window.close()
    assert [r["title"] for r in records.list_all(ws, "lesson")] == ["Half-typed lesson"]


def test_ticking_an_entity_counts_as_an_unsaved_change(window: Any, ws: Any,
                                                       dialog_log: Any) -> None:
    network.create_entity(ws, {"name": "Parquet de Beni", "sector": "prosecution"})
    first = assessments.create_assessment(ws, {"title": "One", "mission_id": _mission(ws),
                                               "method": "desk_review", "status": "draft"})
    page = _page(window, "assessments")
    page.refresh()
    page.open_record(first["id"])
    assert not page.has_changes()
    page.entity_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert page.has_changes()
    dialog_log.unsaved_answer = "save"
    window.new_action.trigger()
    assert dialog_log.unsaved_asked == 1
    assert len(assessments.entities_of(ws, first["id"])) == 1


def test_new_mission_appears_in_filters_and_look_ups(window: Any, ws: Any) -> None:
    page = _page(window, "activities")
    network.create_mission(ws, {"code": "UNRCCA", "name": "UN Regional Centre",
                                "mission_type": "regional_office"})
    window.show_page("overview")
    page = _page(window, "activities")
    labels = [page.filter_widgets["mission"].itemText(i)
              for i in range(page.filter_widgets["mission"].count())]
    assert any("UNRCCA" in label for label in labels)
    mission_field = page.form.widgets["mission_id"]
    assert any("UNRCCA" in mission_field.itemText(i) for i in range(mission_field.count()))


def test_a_date_can_be_cleared_with_the_keyboard(qtbot: Any, window: Any) -> None:
    page = _page(window, "initiatives")
    field = page.form.widgets["end_date"]
    field.set_value("2024-12-31")
    assert field.value() == "2024-12-31"
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None
