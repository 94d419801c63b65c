"""The bulk paths of a sync import (app.store.bulk, app.services.sync_write) on both
backends: rows written by them read back exactly like rows SQLAlchemy writes, large
updates (PostgreSQL's temporary-table path) and many-key lookups give the same result
as the small paths, and a bundle that mixes new records, updates, merges and a
conflict applies as before."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import String, Text, cast, select
from sync_support import network, recv, send

from app.services import attendance, records, syncing
from app.store import bulk
from app.store.models import Lesson, new_id
from app.store.serialize import parse_timestamp

pytestmark = pytest.mark.both_backends

#: Lessons in JSON form (as a bundle carries them): timestamps in each accepted form,
#: canonical and non-canonical dates, lists with non-ASCII text, nulls.
JSON_ROWS = [
    {"at": "2024-05-06T10:00:00Z", "title": "Plain", "tags": ["a", "b"],
     "date_shared": "2024-05-06", "text": "x"},
    {"at": "2024-05-06T10:00:00.123456Z", "title": "Micro", "tags": ["é", "тест", "عربي"],
     "date_shared": "20240507", "text": "tab\there"},
    {"at": "2024-05-06T12:30:00.5+02:00", "title": "Offset", "tags": [],
     "date_shared": None, "text": ""},
]
TEXT_COLUMNS = ("id", "version", "created_at", "created_by", "updated_at", "title", "text",
                "date_shared", "deleted", "owner_mission", "kind", "thematic_area")


def _bulk_row(conn: Any, rid: str, row: dict[str, Any]) -> tuple[Any, ...]:
    c = Lesson.__table__.c
    stamp, date, tags = (bulk.adapter(conn, c[n].type) for n in ("created_at", "date_shared",
                                                                   "tags"))
    assert stamp and date and tags
    at = stamp(row["at"])
    return (rid, 1, at, "op", at, "op", False, None, "lesson", "ct_legal_frameworks",
            row["title"], row["text"], tags(row["tags"]),
            date(row["date_shared"]) if row["date_shared"] else None)


BULK_COLUMNS = ("id", "version", "created_at", "created_by", "updated_at", "updated_by",
                "deleted", "owner_mission", "kind", "thematic_area", "title", "text", "tags",
                "date_shared")


def _core_row(rid: str, row: dict[str, Any]) -> dict[str, Any]:
    at = parse_timestamp(row["at"])
    return {"id": rid, "version": 1, "created_at": at, "created_by": "op", "updated_at": at,
            "updated_by": "op", "deleted": False, "owner_mission": None, "kind": "lesson",
            "thematic_area": "ct_legal_frameworks", "title": row["title"],
            "text": row["text"], "tags": row["tags"],
            "date_shared": dt.date.fromisoformat(row["date_shared"])
            if row["date_shared"] else None}


def _stored(s: Any, rid: str) -> dict[str, Any]:
    """A row as the database holds it: columns as text, JSON decoded."""
    t = Lesson.__table__
    cols = [cast(t.c[n], Text if n != "id" else String).label(n) for n in TEXT_COLUMNS]
    row = s.execute(select(*cols, t.c.tags).where(t.c.id == rid)).one()._asdict()
    del row["id"]
    tags = row.pop("tags")
    row["tags"] = json.loads(tags) if isinstance(tags, str) else tags
    return row


def test_bulk_rows_are_stored_like_sqlalchemy_rows(make_node: Any) -> None:
    ws = make_node("hq", "HQ", None)
    pairs = [(new_id(), new_id()) for _ in JSON_ROWS]
    with ws.session() as s:
        conn = s.connection()
        bulk.insert_rows(conn, Lesson.__table__, BULK_COLUMNS,
                         (_bulk_row(conn, a, r) for (a, _b), r in zip(pairs, JSON_ROWS,
                                                                        strict=True)))
        s.execute(Lesson.__table__.insert(), [_core_row(b, r) for (_a, b), r in
                                              zip(pairs, JSON_ROWS, strict=True)])
        s.commit()
        for a, b in pairs:
            assert _stored(s, a) == _stored(s, b)
        assert _stored(s, pairs[1][0])["tags"] == ["é", "тест", "عربي"]


@pytest.mark.parametrize("temp_table_min", [1, 10_000])
def test_update_rows_small_and_large_paths(make_node: Any, monkeypatch: Any,
                                           temp_table_min: int) -> None:
    monkeypatch.setattr(bulk, "PG_TEMP_TABLE_MIN", temp_table_min)
    ws = make_node("hq", "HQ", None)
    ids = [new_id() for _ in range(5)]
    with ws.session() as s:
        s.execute(Lesson.__table__.insert(), [_core_row(rid, JSON_ROWS[0]) for rid in ids])
        conn = s.connection()
        tags = bulk.adapter(conn, Lesson.__table__.c.tags.type)
        assert tags
        bulk.update_rows(conn, Lesson.__table__, ("title", "tags", "version"),
                         [(f"New {i}", tags(["n", str(i)]), 2, rid)
                          for i, rid in enumerate(ids[:4])])
        s.commit()
        got = {r.id: (r.title, r.tags, r.version) for r in s.scalars(select(Lesson))}
    assert got == {**{rid: (f"New {i}", ["n", str(i)], 2) for i, rid in enumerate(ids[:4])},
                   ids[4]: ("Plain", ["a", "b"], 1)}


def test_existing_keys_and_key_filter_across_chunks(make_node: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(bulk, "SQLITE_KEYS_PER_QUERY", 2)
    ws = make_node("hq", "HQ", None)
    present = [new_id() for _ in range(5)]
    absent = [new_id() for _ in range(4)]
    with ws.session() as s:
        s.execute(Lesson.__table__.insert(), [_core_row(rid, JSON_ROWS[0]) for rid in present])
        conn = s.connection()
        keys = [k for pair in zip(present, absent, strict=False) for k in pair] + [present[-1]]
        assert bulk.existing_keys(conn, Lesson.__table__, "id", keys) == set(present)
        assert bulk.existing_keys(conn, Lesson.__table__, "id", []) == set()
        found = s.scalars(select(Lesson.id).where(
            bulk.key_filter(conn, Lesson.id, [*present[:3], *absent])))
        assert set(found) == set(present[:3])
        s.rollback()


def test_bundle_of_updates_merges_and_conflicts(make_node: Any, monkeypatch: Any) -> None:
    """Twelve records created, then all edited at the field node while HQ edits two of
    them: one on another field (merged), one on the same field (a conflict)."""
    monkeypatch.setattr(bulk, "PG_TEMP_TABLE_MIN", 5)  # the temporary-table path on PG
    a, hq, _b = network(make_node)
    people = [attendance.create_participant(a, {
        "full_name": f"Person {i}", "sex": "FM"[i % 2], "category": "police",
        "actor_type": "state", "country": "CD"}) for i in range(12)]
    first = recv(hq, send(a, hq))
    assert first["status"] == "imported" and first["added"] >= 12
    for i, p in enumerate(people):
        records.update(a, "participant", p["id"], {"position": f"Officer {i}"})
    records.update(a, "participant", people[0]["id"], {"position": "Chief"})  # twice
    records.update(hq, "participant", people[1]["id"], {"phone": "+243 1"})
    records.update(hq, "participant", people[2]["id"], {"position": "Prosecutor"})

    result = recv(hq, send(a, hq))

    assert (result["status"], result["applied"], result["conflicts"]) == ("imported", 13, 1)
    rows = {p["id"]: records.get(hq, "participant", p["id"]) for p in people}
    assert rows[people[0]["id"]]["position"] == "Chief"
    assert (rows[people[1]["id"]]["position"], rows[people[1]["id"]]["phone"]) == (
        "Officer 1", "+243 1")
    assert rows[people[2]["id"]]["position"] == "Prosecutor"
    assert all(rows[p["id"]]["position"] == f"Officer {i}" for i, p in enumerate(people)
               if i > 2)
    assert [(c["field"], c["incoming_value"]) for c in syncing.list_conflicts(hq)] == [
        ("position", "Officer 2")]
    assert rows[people[5]["id"]]["version"] == records.get(a, "participant",
                                                           people[5]["id"])["version"]


def test_bundle_missing_a_parent_is_rejected_whole(make_node: Any, tmp_path: Any) -> None:
    """A bundle whose attendance names an activity this node lacks breaks a foreign key in
    the bulk writes (COPY on PostgreSQL, at commit on SQLite): one sentence, nothing kept."""
    from test_sync_rejections import forge, payload_of

    from app.services import activities

    a, hq, _b = network(make_node)
    mission = records.list_all(a, "mission")[0]["id"]
    act = activities.create_activity(a, {
        "title": "Training", "kind": "training", "mission_id": mission,
        "start_date": "2024-05-06", "end_date": "2024-05-06", "venue_country": "CD"})
    person = attendance.create_participant(a, {"full_name": "Amani Kabila", "sex": "F",
                                               "category": "police", "actor_type": "state"})
    attendance.register(a, act["id"], person["id"])
    inner = payload_of(send(a, hq, encrypt=False))
    inner["changes"] = [c for c in inner["changes"]
                        if c["table"] not in ("activity", "activity_day")]
    inner["counts"]["changes"] = len(inner["changes"])
    before = records.counts(hq)

    [result] = syncing.import_files(hq, [forge(a, inner, tmp_path / "b.fpbundle", hq)],
                                    lambda: keyed_unlock(hq))

    assert (result["status"], result["code"]) == ("rejected", "integrity")
    assert "refers to records" in result["reason"]
    assert records.counts(hq) == before
    assert syncing.list_conflicts(hq) == []


def keyed_unlock(ws: Any) -> Any:
    from sync_support import unlocker

    return unlocker(ws)()


@pytest.mark.parametrize("where", ["full_name", "changed_by"])
def test_text_with_a_nul_character_is_refused_on_every_backend(make_node: Any, tmp_path: Any,
                                                               where: str) -> None:
    """PostgreSQL cannot store NUL in text: a bundle holding one is refused with a sentence
    (not a driver traceback), on SQLite too so that every node accepts the same bundles."""
    from test_sync_rejections import forge, payload_of

    a, hq, _b = network(make_node)
    attendance.create_participant(a, {"full_name": "Amani", "sex": "F", "category": "police",
                                      "actor_type": "state"})
    inner = payload_of(send(a, hq, encrypt=False))
    for c in inner["changes"]:
        if c["table"] == "participant":
            if where == "changed_by":
                c["changed_by"] = "Op\x00erator"
            else:
                c["fields"]["full_name"] = "Am\x00ani"
    before = records.counts(hq)

    [result] = syncing.import_files(hq, [forge(a, inner, tmp_path / "b.fpbundle", hq)],
                                    lambda: keyed_unlock(hq))

    assert (result["status"], result["code"]) == ("rejected", "invalid_value")
    assert f"participant.{where}" in result["reason"]
    assert records.counts(hq) == before


def test_booleans_are_bound_as_the_database_stores_them(make_node: Any) -> None:
    """SQLite: exact ints (pysqlite looks an adapter up for every bool, about 0.3
    microseconds each), read back as SQLAlchemy's booleans; PostgreSQL: as they are."""
    ws = make_node("hq", "HQ", None)
    with ws.session() as s:
        conn = s.connection()
        column = Lesson.__table__.c.deleted
        convert = bulk.column_adapter(conn, column.type)
        if conn.dialect.name == "sqlite":
            assert convert is not None
            values = list(convert([True, False, None, True]))
            assert values == [1, 0, None, 1] and {type(v) for v in values} == {int, type(None)}
        else:
            assert convert is None
        rows = [(new_id(), 1, "2024-05-06 10:00:00.000000", "op", "2024-05-06 10:00:00.000000",
                 "op", flag, None, "lesson", "ct_legal_frameworks", "t", "", "[]", None)
                for flag in (True, False)]
        if conn.dialect.name == "sqlite":
            rows = [(*r[:6], int(r[6]), *r[7:]) for r in rows]
        else:
            rows = [(*r[:2], parse_timestamp("2024-05-06T10:00:00Z"), r[3],
                     parse_timestamp("2024-05-06T10:00:00Z"), *r[5:12], [], None)
                    for r in rows]
        bulk.insert_rows(conn, Lesson.__table__, BULK_COLUMNS, rows)
        stored = dict(s.execute(select(Lesson.id, Lesson.deleted).where(
            Lesson.id.in_([r[0] for r in rows]))).all())
        assert stored == {rows[0][0]: True, rows[1][0]: False}
        s.rollback()


def test_values_are_checked_by_the_typed_schema_unless_the_text_may_hold_a_nul(
        make_node: Any) -> None:
    """A bundle whose payload has no escaped NUL is checked by the typed schema and the
    plan skips its column check; one whose text holds the six characters backslash,
    'u0000' (not a NUL) takes the full check, and both import alike."""
    from sync_support import field_and_hq, unlocker

    from app.services import lessons
    from app.services.sync_verify import verify_bundle

    field, hq = field_and_hq(make_node)
    plain = lessons.create_lesson(field, {"title": "Plain", "kind": "lesson",
                                          "thematic_area": "coordination", "text": "x"})
    first = send(field, hq)
    assert verify_bundle(hq, first, unlocker(hq)).values_checked is True  # type: ignore[union-attr]
    assert recv(hq, first)["status"] == "imported"

    odd = lessons.create_lesson(field, {"title": "C:\\u0000 path", "kind": "lesson",
                                        "thematic_area": "coordination", "text": "x"})
    second = send(field, hq)
    assert verify_bundle(hq, second, unlocker(hq)).values_checked is False  # type: ignore[union-attr]
    assert recv(hq, second)["status"] == "imported"
    titles = {r["id"]: r["title"] for r in records.list_all(hq, "lesson")}
    assert titles[plain["id"]] == "Plain" and titles[odd["id"]] == "C:\\u0000 path"
