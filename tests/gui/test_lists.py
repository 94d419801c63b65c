"""Lists: lazy paging, search as you type, filters, sorting, remembered widths and
geometry; every item model passes qtmodeltester."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.gui.app import create_main_window
from app.gui.models import PagedTableModel, RowsModel
from app.services import attendance, network, queries
from app.store.models import Participant


def _people(ws: Any, n: int) -> None:
    """``n`` participants written in one go (the services are tested elsewhere)."""
    from app.services.attendance import name_key

    rows = []
    for i in range(n):
        name = f"Person {i:04d} {'Mbeki' if i % 10 == 0 else 'Kasongo'}"
        rows.append({"id": f"00000000-0000-0000-0000-{i:012d}", "full_name": name,
                     "name_key": name_key(name, "PNC"), "sex": "f" if i % 3 else "m",
                     "category": "police", "actor_type": "state", "organisation": "PNC",
                     "owner_mission": "MONUSCO"})
    with ws.session() as s:
        s.bulk_insert_mappings(Participant, rows)
        s.commit()


def test_paged_model_passes_qtmodeltester(qtmodeltester: Any, ws: Any) -> None:
    _people(ws, 30)

    def fetch(offset: int, limit: int, sort: str | None, desc: bool) -> list[dict[str, Any]]:
        return queries.page(ws, "participant", offset=offset, limit=limit, sort=sort,
                            descending=desc)

    model = PagedTableModel("participant", (("full_name", "Name"), ("sex", "Sex")), fetch,
                            sortable=["full_name", "sex"], page_size=10)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() >= 10


def test_rows_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = RowsModel("finding", (("title", "Need"), ("severity", "Severity")),
                      [{"id": "a", "title": "Gap", "severity": "high"},
                       {"id": "b", "title": "Other", "severity": "low"}])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "High"


def test_list_loads_lazily_and_scrolling_fetches_more(window: Any, ws: Any) -> None:
    _people(ws, 450)
    page = window.show_page("participants")
    page.refresh()
    assert page.model.rowCount() == 200  # one page, not the table
    page.view.scrollToBottom()
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 450
    ids = [r["id"] for r in page.model.rows]
    assert len(set(ids)) == 450  # pages neither overlap nor skip
    window.ctx.runner.wait()
    assert page.count_label.text() == "450 record(s)"


def test_search_as_you_type_and_filters(qtbot: Any, window: Any, ws: Any) -> None:
    _people(ws, 120)
    attendance.create_participant(ws, {"full_name": "Élodie Mbéki", "sex": "f",
                                       "category": "magistrate", "actor_type": "state"})
    page = window.show_page("participants")
    qtbot.keyClicks(page.search, "mbeki")  # accents and case ignored
    qtbot.waitUntil(lambda: page.model.rowCount() == 13, timeout=3000)
    assert "Élodie Mbéki" in [r["full_name"] for r in page.model.rows]
    page.filter_widgets["category"].set_value("magistrate")
    page.filter_widgets["category"].changed.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.search.clear()
    page.filter_widgets["category"].set_value("")
    page.filter_widgets["sex"].set_value("m")
    page.refresh()
    assert page.model.rowCount() == 40
    assert {r["sex"] for r in page.model.rows} == {"m"}


def test_sorting_by_a_column_header(window: Any, ws: Any) -> None:
    for name in ("Beta", "Alpha", "Gamma"):
        network.create_entity(ws, {"name": name, "sector": "police"})
    page = window.show_page("network").pages[1]
    page.refresh()
    assert [r["name"] for r in page.model.rows] == ["Alpha", "Beta", "Gamma"]
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [r["name"] for r in page.model.rows] == ["Gamma", "Beta", "Alpha"]


def test_widths_and_geometry_are_remembered(qtbot: Any, ws: Any, dialog_log: Any) -> None:
    first = create_main_window(ws)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width(), 543)
    page = first.show_page("lessons")
    page.view.setColumnWidth(0, 333)
    first.close()
    first.ctx.runner.shutdown()
    assert (ws.paths.home / "gui.ini").exists()  # in the node's home, not the registry
    second = create_main_window(ws)
    qtbot.addWidget(second)
    second.show()
    assert second.size().height() == 543  # (offscreen screens clamp widths)
    assert second.show_page("lessons").view.columnWidth(0) == 333
    second.close()
    second.ctx.runner.shutdown()
