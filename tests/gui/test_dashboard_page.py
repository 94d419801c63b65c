"""The dashboard page: figures from the service, charts, heat map, filters, click-through."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import ValidationError
from app.gui.context import AppContext
from app.gui.dashboard_charts import KEY_ROLE, click_item
from app.gui.dashboard_records import RecordsDialog
from app.gui.pages.dashboard import DashboardPage
from app.gui.tasks import TaskRunner
from app.gui.util import WindowSettings
from app.services import dashboard, demo
from app.services.dashboard import Filters
from app.services.workspace import Workspace


def _settle(page: DashboardPage) -> None:
    for _ in range(3):
        page.ctx.runner.wait()


@pytest.fixture
def hq(make_node: Any) -> Workspace:
    ws = make_node("hq", "Headquarters", None)
    demo.load_demo(ws)
    return ws


def _page(qtbot: Any, ws: Workspace) -> Iterator[DashboardPage]:
    runner = TaskRunner()
    page = DashboardPage(AppContext(ws=ws, runner=runner,
                                    settings=WindowSettings(ws.paths.home)))
    qtbot.addWidget(page)
    page.resize(1300, 1000)
    page.show()
    _settle(page)
    yield page
    if page.dialog is not None:
        page.dialog.close()
    runner.wait()
    runner.shutdown()


@pytest.fixture
def page(qtbot: Any, hq: Workspace, dialog_log: Any) -> Iterator[DashboardPage]:
    yield from _page(qtbot, hq)


def _opened(qtbot: Any, page: DashboardPage, action: Any) -> RecordsDialog:
    with qtbot.waitSignal(page.shown_records, timeout=5000) as blocker:
        action()
    _settle(page)
    dialog = blocker.args[0]
    assert isinstance(dialog, RecordsDialog)
    return dialog


def test_cards_show_the_service_figures(page: DashboardPage, hq: Workspace) -> None:
    data = dashboard.indicators(hq)
    cards = page.cards
    assert cards["trainings"].value.text() == str(data["activities"]["trainings"]) == "3"
    assert cards["events"].value.text() == "3"
    assert cards["beneficiaries"].value.text() == f"{data['beneficiaries']['total']:,}"
    assert cards["women"].value.text() == f"{data['women_share']:.0%}"
    gain = data["beneficiaries"]["knowledge_gain"]
    assert cards["knowledge_gain"].value.text() == f"{gain:+.1f}"
    assert cards["assessments"].value.text() == "3"
    assert cards["findings_answered"].detail.text() == (
        f"{data['findings']['answered']} of 16 findings")
    assert cards["lessons"].value.text() == "7"
    assert cards["missions_active"].value.text() == "4"


def test_charts_and_heat_map_hold_the_figures(page: DashboardPage, hq: Workspace,
                                              qtmodeltester: Any) -> None:
    data = dashboard.indicators(hq)
    assert set(page.charts) == {"kind", "sex", "category", "actor_type", "country"}
    assert set(page.charts["sex"].keys) == set(data["beneficiaries"]["sex"])
    assert set(page.charts["country"].keys) == set(data["beneficiaries"]["country"])
    pie = page.charts["sex"].chart().series()[0]
    assert sorted(s.value() for s in pie.slices()) == sorted(
        data["beneficiaries"]["sex"].values())
    heat = page.heat
    qtmodeltester.check(heat)
    total = sum(int(heat.index(r, c).data() or 0)
                for r in range(heat.rowCount()) for c in range(heat.columnCount()))
    assert total == data["findings"]["total"] == 16
    hottest = max(data["findings"]["heat"], key=lambda cell: cell["count"])
    row = heat.areas.index(hottest["thematic_area"])
    col = heat.severities.index(hottest["severity"])
    index = heat.index(row, col)
    assert index.data() == str(hottest["count"])
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == "#ffffff"
    assert index.data(KEY_ROLE) == f"{hottest['thematic_area']}|{hottest['severity']}"


def test_clicking_a_card_lists_the_records_behind_it(qtbot: Any, page: DashboardPage,
                                                      qtmodeltester: Any) -> None:
    dialog = _opened(qtbot, page, lambda: qtbot.mouseClick(
        page.cards["trainings"], Qt.MouseButton.LeftButton))
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 3
    assert {row["kind"] for row in dialog.model.rows} == {"training"}
    assert dialog.caption.text() == "3 record(s)"
    dialog = _opened(qtbot, page, lambda: qtbot.keyClick(page.cards["lessons"], Qt.Key.Key_Space))
    assert dialog.model.rowCount() == 7


def test_women_card_and_pie_slice_list_women(qtbot: Any, page: DashboardPage) -> None:
    women = page.data["beneficiaries"]["sex"]["f"]
    dialog = _opened(qtbot, page, lambda: qtbot.mouseClick(
        page.cards["women"], Qt.MouseButton.LeftButton))
    assert dialog.model.rowCount() == women
    view = page.charts["sex"]
    dialog = _opened(qtbot, page, lambda: click_item(view, view.keys.index("m")))
    assert dialog.model.rowCount() == page.data["beneficiaries"]["sex"]["m"]
    assert {row["sex"] for row in dialog.model.rows} == {"m"}
    view = page.charts["country"]
    dialog = _opened(qtbot, page, lambda: click_item(view, view.keys.index("LY")))
    assert {row["country"] for row in dialog.model.rows} == {"LY"}


def test_heat_map_cell_lists_its_findings(qtbot: Any, page: DashboardPage) -> None:
    heat = page.heat
    index = heat.index(heat.areas.index("border_management"),
                       heat.severities.index("critical"))
    rect = page.heat_view.visualRect(index)
    dialog = _opened(qtbot, page, lambda: qtbot.mouseClick(
        page.heat_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()))
    assert dialog.model.rowCount() == int(index.data())
    assert all(r["thematic_area"] == "border_management" and r["severity"] == "critical"
               for r in dialog.model.rows)


def test_double_click_opens_the_record_through_the_opener(qtbot: Any, hq: Workspace) -> None:
    result = dashboard.records_behind(hq, "findings_answered")
    opened: list[tuple[str, str]] = []
    dialog = RecordsDialog("Findings", result, lambda page, rid: opened.append((page, rid)))
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.view
    rect = view.visualRect(dialog.model.index(0, 0))
    # Qt 6 views see a double click only after the press that starts it.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [("assessments", result["rows"][0]["assessment_id"])]


def test_period_and_mission_filters_refresh_the_figures(qtbot: Any, page: DashboardPage,
                                                        hq: Workspace) -> None:
    page.date_from.set_value(dt.date(2024, 6, 1))
    page.date_to.set_value(dt.date(2024, 9, 30))
    _settle(page)
    mid = dashboard.indicators(hq, Filters(date_from=dt.date(2024, 6, 1),
                                           date_to=dt.date(2024, 9, 30)))
    assert page.data["filters"]["date_from"] == "2024-06-01"
    assert page.cards["trainings"].value.text() == str(mid["activities"]["trainings"]) == "2"
    assert page.cards["beneficiaries"].value.text() == f"{mid['beneficiaries']['total']:,}"
    page.mission.set_value("UNSMIL")
    _settle(page)
    assert page.data["filters"]["mission"] == "UNSMIL"
    assert page.cards["trainings"].value.text() == "0"
    page.mission.set_value("")
    page.whole_period()
    _settle(page)
    assert page.cards["trainings"].value.text() == "3"


def test_field_node_starts_on_its_own_mission(qtbot: Any, make_node: Any,
                                              dialog_log: Any) -> None:
    field = make_node("field", "MONUSCO Goma", "MONUSCO")
    demo.load_demo(field)
    for page in _page(qtbot, field):
        assert page.mission.value() == "MONUSCO"
        assert page.data["filters"]["mission"] == "MONUSCO"
        assert page.cards["trainings"].value.text() == "3"
        assert page.cards["events"].value.text() == "0"
        assert page.cards["missions_active"].value.text() == "1"


def test_period_the_wrong_way_round_is_one_error(qtbot: Any, page: DashboardPage,
                                                 dialog_log: Any) -> None:
    page.date_from.set_value(dt.date(2025, 1, 1))
    page.date_to.set_value(dt.date(2024, 1, 1))
    _settle(page)
    error = dialog_log.errors[-1]
    assert isinstance(error, ValidationError)
    assert error.errors == {"from": "The start of the period is after its end"}


def test_click_through_opens_the_record_in_the_main_window(qtbot: Any, window: Any,
                                                           ws: Workspace) -> None:
    """In the window: a figure, its records, a double-click, and the activity's page."""
    demo.load_demo(ws)
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    _settle(page)
    assert page.cards["trainings"].value.text() == "3"  # MONUSCO's own trainings
    dialog = _opened(qtbot, page, lambda: qtbot.mouseClick(
        page.cards["trainings"], Qt.MouseButton.LeftButton))
    first = dialog.model.rows[0]
    rect = dialog.view.visualRect(dialog.model.index(0, 0))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    window.ctx.runner.wait()
    activities_page = window.pages["activities"]
    assert window.stack.currentWidget() is activities_page
    assert activities_page.current_id == first["id"]
    assert not dialog.isVisible()
