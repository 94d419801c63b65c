"""Look-up fields search the database as the user types: they load only what they show,
find records beyond the first choices, and name a stored record they have not listed."""

from __future__ import annotations

import time
import uuid
from typing import Any

from gui_helpers import fill
from PySide6.QtCore import QModelIndex

from app.gui.context import AppContext
from app.gui.lookup import LookupField
from app.services import network, records
from app.services.attendance import name_key
from app.store.models import Participant


def _entities(ws: Any, count: int) -> list[dict[str, Any]]:
    return [network.create_entity(ws, {"name": f"Entity {i:03d}", "sector": "police"})
            for i in range(count)]


def _type(qtbot: Any, field: LookupField, text: str) -> None:
    """Type like a user, then let the search pause pass."""
    field.lineEdit().clear()
    qtbot.keyClicks(field.lineEdit(), text)
    assert field.searching  # the search waits for a pause in typing
    qtbot.waitUntil(lambda: not field.searching, timeout=10_000)


def test_lookup_finds_a_record_beyond_the_first_choices(qtbot: Any, window: Any,
                                                         ws: Any) -> None:
    _entities(ws, LookupField.LIMIT + 10)
    bunia = network.create_entity(ws, {"name": "Zz Prison centrale de Bunia",
                                       "acronym": "PCB", "sector": "corrections"})
    page = window.show_page("participants")
    field = page.form.widgets["entity_id"]
    assert isinstance(field, LookupField)
    assert field.count() == LookupField.LIMIT + 1  # the blank and the first 50 by name
    assert field.findData(bunia["id"]) < 0
    _type(qtbot, field, "prison bunia")
    labels = [field.itemText(i) for i in range(1, field.count())]
    assert labels == ["Zz Prison centrale de Bunia (PCB)"]
    assert field.lineEdit().text() == "prison bunia"  # the typed text stays
    model = field.completer().completionModel()
    field.completer().activated[QModelIndex].emit(model.index(1, 0))  # picked in the popup
    assert field.value() == bunia["id"]
    fill(page.form, {"full_name": "Jean Mbeki", "sex": "m", "category": "police",
                     "actor_type": "state"})
    assert page.save()
    stored = records.get(ws, "participant", page.current_id)
    assert stored["entity_id"] == bunia["id"]
    # Reopened, the field names the entity although it is not among the first choices.
    page.open_record(page.current_id)
    assert field.currentText() == "Zz Prison centrale de Bunia (PCB)"
    assert field.value() == bunia["id"]


def test_text_that_names_no_record_stays_for_validation(qtbot: Any, window: Any,
                                                        ws: Any) -> None:
    page = window.show_page("participants")
    field = page.form.widgets["entity_id"]
    _type(qtbot, field, "no such entity")
    assert field.count() == 1  # only the blank
    assert field.value() == "no such entity"


def test_refresh_keeps_the_chosen_record(qtbot: Any, ctx: AppContext, ws: Any) -> None:
    entities = _entities(ws, LookupField.LIMIT + 5)
    field = LookupField("partner_entity", ctx.lookups)
    qtbot.addWidget(field)
    last = entities[-1]
    field.set_value(last["id"])
    assert field.currentText() == last["name"] and field.value() == last["id"]
    network.create_entity(ws, {"name": "AAA first now", "sector": "police"})
    field.refresh()
    assert field.itemText(1) == "AAA first now"
    assert field.value() == last["id"]


def test_lookup_over_many_participants_loads_only_what_it_shows(qtbot: Any, ctx: AppContext,
                                                                ws: Any) -> None:
    first = ["Élodie", "Jean", "Amina", "Olga", "Ivan", "Fatima", "Mohamed", "Grace"]
    last = ["Mbeki", "Kabila", "Nurlanova", "Petrov", "Haddad", "Tshisekedi"]
    rows = []
    for i in range(20_000):
        name = f"{first[i % len(first)]} {last[(i * 7) % len(last)]} {i}"
        rows.append({"id": str(uuid.uuid4()), "full_name": name,
                     "name_key": name_key(name, "PNC"), "sex": "fm"[i % 2],
                     "category": "police", "actor_type": "state", "organisation": "PNC",
                     "owner_mission": "MONUSCO"})
    with ws.session() as session:
        session.bulk_insert_mappings(Participant, rows)
        session.commit()
    start = time.perf_counter()
    field = LookupField("participant", ctx.lookups)
    qtbot.addWidget(field)
    assert field.count() == LookupField.LIMIT + 1
    _type(qtbot, field, "elodie 19992")  # accents and word order do not matter
    labels = [field.itemText(i) for i in range(1, field.count())]
    assert labels == ["Élodie Mbeki 19992 - PNC"]
    assert time.perf_counter() - start < 10  # generous: the machine is shared


def test_an_answer_to_older_text_is_dropped(qtbot: Any, ctx: AppContext, ws: Any) -> None:
    _entities(ws, LookupField.LIMIT + 5)
    network.create_entity(ws, {"name": "Zz Prison centrale de Bunia", "sector": "corrections"})
    field = LookupField("partner_entity", ctx.lookups)
    qtbot.addWidget(field)
    field.lineEdit().setText("bunia")
    field.search_now()  # on the worker
    field.lineEdit().setText("entity 05")  # typed on before the answer came
    qtbot.waitUntil(lambda: not field.searching, timeout=10_000)
    ctx.runner.wait()
    assert field.findText("Zz Prison centrale de Bunia") < 0
    field.search_now()
    qtbot.waitUntil(lambda: not field.searching, timeout=10_000)
    assert [field.itemText(i) for i in range(1, field.count())] == [
        "Entity 005", "Entity 050", "Entity 051", "Entity 052", "Entity 053", "Entity 054"]
    # A field closed before its answer comes is left alone.
    field.search_now()
    field.deleteLater()
    ctx.runner.wait()
