"""The overview's figures read without the core (``app.store.quick``) are exactly the
services' figures, and anything unusual falls back to the services (None)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest
from sqlalchemy import text
from sync_support import keyed, network, recv, send, trust_both

from app.services import attendance, demo, overview, records, sync_status
from app.services import keys as keysvc
from app.services.sync_export import NETWORK_WIDE_TABLES
from app.services.workspace import Workspace
from app.store import db, quick
from app.store.models import MODEL_BY_TABLE

PERSON = {"full_name": "Amani Kabila", "sex": "F", "category": "magistrate",
          "actor_type": "state", "country": "CD"}


def _url(ws: Workspace) -> str:
    return ws.paths.database_url(None)


def _assert_same(ws: Workspace, today: dt.date | None = None) -> dict[str, Any]:
    """The quick figures equal the services' (overview and Sync line); returns them."""
    figures = quick.read(_url(ws), today)
    assert figures is not None
    assert figures["overview"] == overview.overview(ws, today)
    assert figures["sync"] == sync_status.summary(ws)
    return figures


def test_the_constants_follow_the_models_and_the_migrations() -> None:
    assert db.SCHEMA_HEAD in quick.SCHEMA_REVISIONS
    assert tuple(MODEL_BY_TABLE) == quick.SYNCED_TABLES
    assert quick.NETWORK_WIDE_TABLES == NETWORK_WIDE_TABLES
    assert quick.ACTIVITY_COLUMNS == overview.ACTIVITY_COLUMNS


def test_demo_figures_with_deleted_records_and_activities_around_today(ws: Workspace) -> None:
    demo.load_demo(ws)
    activities = records.list_all(ws, "activity")
    assert len(activities) >= 4
    mission_id = activities[0]["mission_id"]
    today = dt.date.today()
    # One under way (ends today) and one to come, in another mission too; one deleted.
    around = []
    for title, start, end, mission in (
            ("Under way", today - dt.timedelta(days=1), today, mission_id),
            ("To come", today + dt.timedelta(days=30), today + dt.timedelta(days=32),
             next(m["id"] for m in records.list_all(ws, "mission") if m["id"] != mission_id))):
        around.append(records.create(ws, "activity", {
            "title": title, "kind": "training", "mission_id": mission,
            "start_date": start.isoformat(), "end_date": end.isoformat()})["id"])
    records.delete(ws, "activity", activities[2]["id"])
    people = records.list_all(ws, "participant")
    records.delete(ws, "participant", people[0]["id"])
    figures = _assert_same(ws)
    shown = figures["overview"]
    assert shown["counts"]["activity"] == len(activities) + 1
    assert {a["id"] for a in shown["upcoming"]} >= set(around)
    assert activities[2]["id"] not in {a["id"] for a in shown["recent"]}
    assert any(a["participants"] > 0 for a in shown["recent"])
    assert shown["node"] == {"name": "MONUSCO Goma", "kind": "field", "mission": "MONUSCO"}
    _assert_same(ws, today + dt.timedelta(days=365))  # everything in the past
    _assert_same(ws, dt.date(2000, 1, 1))  # everything to come


def test_an_empty_node_and_a_database_without_a_node(ws: Workspace, tmp_path: Any) -> None:
    figures = _assert_same(ws)
    assert figures["overview"]["recent"] == figures["overview"]["upcoming"] == []
    assert figures["sync"] == {"peers": [], "waiting": 0, "conflicts": 0}
    from app.config import Paths

    empty = Workspace.open(Paths(tmp_path / "empty"), create=True)  # schema, no node yet
    try:
        assert quick.read(_url(empty)) is None
    finally:
        empty.close()


def test_sync_line_with_peers_waiting_changes_and_conflicts(make_node: Any) -> None:
    field_a, hq, field_b = network(make_node)
    person = attendance.create_participant(field_a, PERSON)
    records.create(field_a, "mission",
                   {"code": "MINUSCA", "name": "MINUSCA", "mission_type": "pko"})
    recv(hq, send(field_a, hq))
    recv(field_a, send(hq, field_a))  # acknowledges field_a's first bundle
    records.update(field_a, "participant", person["id"], {"position": "Judge"})
    records.update(hq, "participant", person["id"], {"position": "Prosecutor"})
    recv(hq, send(field_a, hq))  # a conflict on HQ; field_a's second bundle not confirmed
    records.create(hq, "mission", {"code": "UNMISS", "name": "UNMISS", "mission_type": "pko"})
    for node in (field_a, hq, field_b):
        _assert_same(node)
    on_hq = quick.read(_url(hq))
    assert on_hq is not None
    assert on_hq["sync"]["conflicts"] > 0 and on_hq["sync"]["waiting"] > 0
    assert [p["name"] for p in on_hq["sync"]["peers"]] == ["MONUSCO Goma", "UNSMIL Tripoli"]
    on_a = quick.read(_url(field_a))
    assert on_a is not None and on_a["sync"]["peers"][0]["unconfirmed"] is True
    assert on_a["sync"]["peers"][0]["last_imported_at"] is not None


def test_revoked_and_untrusted_peers_are_left_out(make_node: Any) -> None:
    field_a = keyed(make_node("field", "MONUSCO Goma", "MONUSCO"))
    hq = keyed(make_node("hq", "ORoLSI HQ", None))
    other = keyed(make_node("field", "UNSMIL Tripoli", "UNSMIL"))
    trust_both(field_a, hq)
    trust_both(field_a, other)
    keysvc.revoke(field_a, other.node.id, "laptop lost")
    figures = _assert_same(field_a)
    assert [p["name"] for p in figures["sync"]["peers"]] == ["ORoLSI HQ"]


def test_anything_unusual_falls_back_to_the_services(ws: Workspace, tmp_path: Any) -> None:
    assert quick.read("postgresql+psycopg://fp@127.0.0.1:54329/x") is None
    assert quick.read("sqlite://") is None and quick.read("sqlite:///:memory:") is None
    assert quick.read(f"sqlite:///{tmp_path / 'missing.db'}") is None
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database at all " * 200)
    assert quick.read(f"sqlite:///{damaged}") is None
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    assert quick.read(_url(ws)) is None  # a newer (or unknown) schema
    with ws.engine.begin() as conn:
        conn.execute(text(f"UPDATE alembic_version SET version_num = '{db.SCHEMA_HEAD}'"))
    assert quick.read(_url(ws)) is not None


@pytest.mark.both_backends
def test_only_a_sqlite_file_is_read_quickly(ws: Workspace, db_backend: str) -> None:
    url = ws.engine.url.render_as_string(hide_password=False)
    figures = quick.read(url)
    assert (figures is None) == (db_backend == "postgresql")


def test_the_read_changes_nothing_in_the_file(ws: Workspace) -> None:
    demo.load_demo(ws)
    ws.close()
    path = ws.paths.database
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert quick.read(_url(ws)) is not None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_locked_file_falls_back_quickly(ws: Workspace) -> None:
    """A writer holding an exclusive lock: the quick read gives up (the worker waits)."""
    import sqlite3
    import time

    demo.load_demo(ws)
    ws.close()
    holder = sqlite3.connect(ws.paths.database, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        start = time.perf_counter()
        assert quick.read(_url(ws)) is None
        assert time.perf_counter() - start < 2
    finally:
        holder.execute("ROLLBACK")
        holder.execute("PRAGMA journal_mode=WAL")
        holder.close()
