"""The import's fast path for new records (sync_apply._single_new, sync_write._insert_rows,
_log_values) against the per-change path it replaces: the same bundle imported into two
identical HQ nodes, once as shipped and once with every change forced through the old loop,
leaves the same database content, byte for byte, and the same result; the change log (built
by one function for both) is checked against the bundle. A change id repeated inside one
bundle is applied once and counted as skipped, and a merge asks the history only about the
bundle's earlier changes."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from sync_support import field_and_hq, recv, send
from test_sync_rejections import forge, payload_of

from app.config import Paths
from app.services import activities, attendance, lessons, records, sync_apply, sync_import
from app.services.workspace import Workspace
from app.store.models import MODEL_BY_TABLE, ChangeLog, Conflict, Lesson, Participant
from app.store.serialize import parse_timestamp

pytestmark = pytest.mark.both_backends

#: Data fields left out of some changes (the receiver fills in the column defaults).
DROPPED = {"participant": ("native_name", "email", "phone"),
           "lesson": ("tags", "date_shared", "text")}


# --- two identical nodes ---------------------------------------------------------------


def _pg_admin(url: Any) -> Any:
    """An engine on the server's maintenance database (to copy or drop databases)."""
    return create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")


@contextlib.contextmanager
def twins(ws: Workspace, home: Path) -> Iterator[tuple[Workspace, Workspace]]:
    """``ws`` (closed) reopened, and a copy of it (home folder, keys and database) in
    ``home``: two nodes with the same identity and content."""
    url = ws.engine.url
    pg = url.get_backend_name() == "postgresql"
    ws.close()
    shutil.copytree(ws.paths.home, home)
    copy_db = f"fp_twin_{uuid.uuid4().hex[:12]}"
    urls: tuple[str | None, str | None] = (None, None)
    if pg:
        admin = _pg_admin(url)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE {copy_db} TEMPLATE "{url.database}"')
        admin.dispose()
        urls = (url.render_as_string(hide_password=False),
                url.set(database=copy_db).render_as_string(hide_password=False))
    a = Workspace.open(ws.paths, urls[0], ws.operator)
    b = Workspace.open(Paths(home), urls[1], ws.operator)
    try:
        yield a, b
    finally:
        a.close()
        b.close()
        if pg:
            admin = _pg_admin(url)
            with admin.connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {copy_db} WITH (FORCE)")
            admin.dispose()


# --- what the database holds -------------------------------------------------------------


def _rows(ws: Workspace, table: Any, columns: list[str], order: str) -> list[tuple[Any, ...]]:
    """Every row of ``table`` as the database stores it: SQLite's ``quote()`` of each
    column (an SQL literal: text, integer, real or NULL, exactly), PostgreSQL's text form."""
    with ws.engine.connect() as conn:
        prep = conn.dialect.identifier_preparer
        if conn.dialect.name == "sqlite":
            cols = ", ".join(f"quote({prep.quote(c)})" for c in columns)
        else:
            cols = ", ".join(f"CAST({prep.quote(c)} AS text)" for c in columns)
        sql = f"SELECT {cols} FROM {prep.format_table(table)} ORDER BY {order}"
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def content(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every synchronised table (all columns, by id), the change log (all columns, by
    id) and the conflicts (all but their random id and creation time)."""
    out = {}
    for name, model in MODEL_BY_TABLE.items():
        t = model.__table__
        out[name] = _rows(ws, t, [c.name for c in t.columns], "id")
    t = ChangeLog.__table__
    out["change_log"] = _rows(ws, t, [c.name for c in t.columns], "id")
    t = Conflict.__table__
    out["conflict"] = _rows(ws, t, [c.name for c in t.columns if c.name not in (
        "id", "created_at")], "table_name, record_id, field, incoming_change_id")
    return out


# --- the bundle ---------------------------------------------------------------------------


def _person(i: int, **extra: Any) -> dict[str, Any]:
    return {"full_name": f"Person {i}", "sex": "FM"[i % 2], "category": "police",
            "actor_type": "state", **extra}


def _new_records(field: Workspace, mission: str) -> list[dict[str, Any]]:
    """Records of six tables made at the field node, each once: an activity (with its
    days), participants, their attendance (JSON list of days, floats and None), lessons
    (non-ASCII tags, dates and None) and an initiative. Returns the participants."""
    act = activities.create_activity(field, {
        "title": "New training", "kind": "training", "mission_id": mission,
        "start_date": "2024-05-06", "end_date": "2024-05-08", "venue_country": "CD",
        "languages": ["fr", "sw"], "coc_modules": ["ihl_ihrl"]})
    days = [d["id"] for d in activities.days_of(field, act["id"])]
    new = [attendance.create_participant(field, _person(
        10 + i, native_name=f"Nom {i}" if i % 3 else "", country=None if i % 2 else "CD",
        age_band=None if i % 4 else "25-34", disability=[None, True, False][i % 3],
        email=f"p{i}@example.org")) for i in range(12)]
    for i, p in enumerate(new):
        attendance.register(field, act["id"], p["id"], days_present=days[:i % 4],
                            pre_score=None if i % 2 else 40.5 + i, post_score=float(i),
                            certificate=bool(i % 2))
    for i in range(4):
        lessons.create_lesson(field, {
            "title": f"Lesson {i}", "kind": "lesson", "thematic_area": "coordination",
            "text": "x" * (i + 1), "tags": ["é", "тест", "عربي"][:i],
            "date_shared": None if i % 2 else f"2024-05-0{i + 1}"})
    records.create(field, "initiative", {"title": "Initiative", "mission_id": mission,
                                         "status": "proposed", "start_date": "2024-01-01",
                                         "end_date": None})
    return new


def _trim(inner: dict[str, Any], people: list[str], skip: str = "") -> dict[str, list[str]]:
    """Leave the DROPPED fields out of the creating changes of ``people`` and of the first
    two lessons created (but ``skip``); returns the ids of the records trimmed."""
    trimmed: dict[str, list[str]] = {"participant": people, "lesson": []}
    for c in inner["changes"]:
        if c["op"] != "upsert" or c["base_version"] != 0:
            continue
        if c["table"] == "lesson" and len(trimmed["lesson"]) < 2 and c["record_id"] != skip:
            trimmed["lesson"].append(c["record_id"])
        if c["record_id"] in trimmed.get(c["table"], ()):
            for name in DROPPED[c["table"]]:
                c["fields"].pop(name)
    assert len(trimmed["lesson"]) == 2
    inner["counts"]["changes"] = len(inner["changes"])
    return trimmed


def _lone_delete(field: Workspace) -> str:
    """A lesson created and deleted at the field node (the bundle will carry the delete
    only: a delete of a record HQ never had)."""
    lone = lessons.create_lesson(field, {"title": "Lone delete", "kind": "lesson",
                                         "thematic_area": "coordination", "text": "l"})
    records.delete(field, "lesson", lone["id"])
    return str(lone["id"])


def _first_sync_bundle(field: Workspace, hq: Workspace, out: Path, *, extra: str = ""
                       ) -> tuple[Path, dict[str, Any]]:
    """The field node's first bundle to HQ: every change creates a record HQ lacks and is
    its record's only change (the all-new case), some lacking fields (defaults). With
    ``extra`` "lone delete", plus a delete of a record HQ never had; with "edited", plus
    a participant created then edited."""
    mission = records.list_all(field, "mission")[0]["id"]
    new = _new_records(field, mission)
    lone = _lone_delete(field) if extra == "lone delete" else ""
    edited = ""
    if extra == "edited":
        edited = attendance.create_participant(field, _person(30))["id"]
        records.update(field, "participant", edited, {"position": "Changed"})
    inner = payload_of(send(field, hq, encrypt=False, out=out / "plain"))
    inner["changes"] = [c for c in inner["changes"]
                        if not (c["record_id"] == lone and c["op"] == "upsert")]
    trimmed = _trim(inner, [p["id"] for p in new[:3]], skip=lone)
    facts = {"trimmed": trimmed, "payload": inner, "lone": lone, "edited": edited}
    return forge(field, inner, out / "first.fpbundle", hq), facts


def _edits_bundle(field: Workspace, hq: Workspace, out: Path) -> tuple[Path, dict[str, Any]]:
    """A second bundle without deletes and with one change per record: new records, and
    one edit of each of two records HQ holds (one merged with HQ's own edit, one a
    same-field conflict); the first bundle's changes again (skipped)."""
    old = [attendance.create_participant(field, _person(i)) for i in range(3)]
    assert recv(hq, send(field, hq))["status"] == "imported"
    records.update(hq, "participant", old[0]["id"], {"position": "Set at HQ"})
    records.update(hq, "participant", old[1]["id"], {"phone": "+243 1"})
    records.update(field, "participant", old[0]["id"], {"position": "Set in the field"})
    records.update(field, "participant", old[1]["id"], {"position": "Officer"})
    new = _new_records(field, records.list_all(field, "mission")[0]["id"])
    inner = payload_of(send(field, hq, encrypt=False, out=out / "plain"))
    trimmed = _trim(inner, [p["id"] for p in new[:3]])
    facts = {"trimmed": trimmed, "payload": inner, "lone": "", "edited": "",
             "held": [p["id"] for p in old]}
    return forge(field, inner, out / "edits.fpbundle", hq), facts


def _mixed_bundle(field: Workspace, hq: Workspace, out: Path) -> tuple[Path, dict[str, Any]]:
    """The field node's second bundle to HQ (HQ imported the first one): new records of
    several tables touched once, a record created then edited, one created then deleted,
    a lone delete of a record HQ never had, edits of records HQ holds (one a same-field
    concurrent edit: a conflict; one a merge with HQ's own edit of another field), the
    first bundle's changes again (skipped) and changes lacking some fields (defaults)."""
    mission = records.list_all(field, "mission")[0]["id"]
    old_act = activities.create_activity(field, {
        "title": "Old training", "kind": "training", "mission_id": mission,
        "start_date": "2024-03-04", "end_date": "2024-03-05", "venue_country": "CD"})
    old = [attendance.create_participant(field, _person(i, country="CD")) for i in range(5)]
    attendance.register(field, old_act["id"], old[0]["id"])
    assert recv(hq, send(field, hq))["status"] == "imported"

    records.update(hq, "participant", old[0]["id"], {"position": "Set at HQ"})
    records.update(hq, "participant", old[1]["id"], {"phone": "+243 1"})
    records.update(field, "participant", old[0]["id"], {"position": "Set in the field"})
    records.update(field, "participant", old[1]["id"], {"position": "Officer"})
    records.update(field, "participant", old[2]["id"], {"organisation": "PNC"})
    records.update(field, "participant", old[2]["id"], {"organisation": "PNC Goma"})
    records.delete(field, "participant", old[3]["id"])

    new = _new_records(field, mission)
    act = records.list_all(field, "activity")[-1]
    attendance.register(field, act["id"], old[4]["id"], days_present=[])
    edited = attendance.create_participant(field, _person(30, email="x@example.org"))
    records.update(field, "participant", edited["id"], {"position": "Changed"})
    marked = attendance.register(field, old_act["id"], edited["id"])
    attendance.set_presence(field, marked["id"], activities.days_of(field, old_act["id"])[1]["id"],
                            True)
    gone = lessons.create_lesson(field, {"title": "Gone", "kind": "lesson",
                                         "thematic_area": "coordination", "text": "g"})
    records.delete(field, "lesson", gone["id"])
    lone = _lone_delete(field)

    inner = payload_of(send(field, hq, encrypt=False, out=out / "plain"))
    inner["changes"] = [c for c in inner["changes"]
                        if not (c["record_id"] == lone and c["op"] == "upsert")]
    trimmed = _trim(inner, [p["id"] for p in (*new[:3], edited)], skip=gone["id"])
    facts = {"edited": edited["id"], "trimmed": trimmed, "old": [p["id"] for p in old],
             "held": [p["id"] for p in old], "lone": lone, "payload": inner}
    return forge(field, inner, out / "mixed.fpbundle", hq), facts


# --- tests ---------------------------------------------------------------------------------


def _spy_plans(monkeypatch: pytest.MonkeyPatch) -> list[sync_apply.Plan]:
    """The plan of each import from now on."""
    planned: list[sync_apply.Plan] = []

    def spy(*args: Any, **kwargs: Any) -> sync_apply.Plan:
        planned.append(sync_apply.plan_changes(*args, **kwargs))
        return planned[-1]

    monkeypatch.setattr(sync_import, "plan_changes", spy)
    return planned


def _check_paths(fast: sync_apply.Plan, slow: sync_apply.Plan, facts: dict[str, Any]) -> None:
    """The fast run planned the new records of six tables as new_records, the forced run
    none; a record changed twice, a delete and an edit never take the fast path."""
    assert {"participant", "attendance", "activity", "activity_day", "lesson",
            "initiative"} <= {c["table"] for c in fast.new_records}
    assert len(fast.new_records) >= 30
    assert slow.new_records == []
    others = {facts["lone"], facts["edited"], *facts.get("held", ())} - {""}
    if not others:  # a first sync: every change
        assert fast.new_records == fast.log_changes
    assert others.isdisjoint(c["record_id"] for c in fast.new_records)


def _check_written(ws: Workspace, facts: dict[str, Any]) -> None:
    """What both runs wrote is right, not just equal: defaults for the fields left out,
    the edits, the merge, the conflict (HQ's value kept) and the delete."""
    for rid in facts["trimmed"]["participant"]:
        row = records.get(ws, "participant", rid)
        assert (row["native_name"], row["email"], row["phone"]) == ("", "", "")
    for rid in facts["trimmed"]["lesson"]:
        row = records.get(ws, "lesson", rid)
        assert (row["tags"], row["date_shared"], row["text"]) == ([], None, "")
    with ws.session() as s:
        assert s.get(Lesson, facts["lone"] or "-") is None
    if facts["edited"]:
        assert records.get(ws, "participant", facts["edited"])["position"] == "Changed"
    if "held" in facts:
        first = records.get(ws, "participant", facts["held"][0])
        assert first["position"] == "Set at HQ"
        second = records.get(ws, "participant", facts["held"][1])
        assert (second["position"], second["phone"]) == ("Officer", "+243 1")
    if "old" in facts:
        with ws.session() as s:
            assert s.get(Participant, facts["old"][3]).deleted is True


KINDS = ["mixed", "second sync, edits", "first sync", "first sync, lone delete",
         "first sync, edited"]


@pytest.mark.parametrize("kind", KINDS)
def test_fast_path_writes_what_the_per_change_path_writes(
        make_node: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """Every synchronised table, the change log (ids too: both paths log in bundle order)
    and the conflicts end the same; so does the import result."""
    field, hq = field_and_hq(make_node)
    if kind == "mixed":
        bundle, facts = _mixed_bundle(field, hq, tmp_path)
    elif kind.startswith("second"):
        bundle, facts = _edits_bundle(field, hq, tmp_path)
    else:
        bundle, facts = _first_sync_bundle(field, hq, tmp_path,
                                           extra=kind.partition(", ")[2])
    planned = _spy_plans(monkeypatch)
    with twins(hq, tmp_path / "twin") as (fast, slow):
        before = content(fast)
        assert content(slow) == before
        got_fast = recv(fast, bundle)
        with monkeypatch.context() as m:
            m.setattr(sync_apply, "_single_new", lambda *a: [])  # every change the old way
            got_slow = recv(slow, bundle)

        assert got_fast["status"] == "imported"
        assert got_fast == got_slow
        if "held" in facts:
            assert got_fast["skipped"] > 0 and got_fast["conflicts"] == 1
        after_fast, after_slow = content(fast), content(slow)
        for name in after_fast:
            assert after_fast[name] == after_slow[name], name
        assert after_fast != before
        _check_paths(*planned, facts)
        _check_written(fast, facts)
        assert_logged_as_sent(fast, facts["payload"], field.node.id)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)


def assert_logged_as_sent(ws: Workspace, payload: dict[str, Any], sender: str) -> None:
    """The change log holds the bundle's changes (both paths build these rows with
    sync_write._log_values, so they are checked against the bundle itself): in bundle
    order, every column as sent, with the record's owner, sender and bundle."""
    with ws.session() as s:
        rows = s.scalars(select(ChangeLog).where(ChangeLog.bundle_id == payload["bundle_id"])
                         .order_by(ChangeLog.id)).all()
        owners = {}
        for name, model in MODEL_BY_TABLE.items():
            owners.update({(name, rid): owner for rid, owner in s.execute(
                select(model.id, model.owner_mission))})
        got = [(r.change_id, r.origin, r.origin_seq, r.table_name, r.record_id, r.op,
                r.base_version, r.version, _utc(r.changed_at), r.changed_by, r.fields,
                r.before, r.owner_mission, r.received_from, r.bundle_id) for r in rows]
    known = {r[0] for r in got}
    sent = [c for c in payload["changes"] if c["change_id"] in known]
    assert len(sent) == len(got) >= 30
    want = [(c["change_id"], c["origin"], int(c["change_id"].rsplit(":", 1)[1]), c["table"],
             c["record_id"], c["op"], c["base_version"], c["version"],
             parse_timestamp(c["changed_at"]), c["changed_by"], c["fields"], c["before"],
             owners.get((c["table"], c["record_id"]), c["fields"].get("owner_mission")),
             sender, payload["bundle_id"]) for c in sent]
    assert got == want


def test_repeated_change_id_in_a_bundle_is_applied_once(make_node: Any, tmp_path: Path) -> None:
    """The payload schema allows a change id twice; the import applies it once and
    counts the repeat as skipped (a repeat of a new record's only change too)."""
    field, hq = field_and_hq(make_node)
    people = [attendance.create_participant(field, _person(i)) for i in range(3)]
    inner = payload_of(send(field, hq, encrypt=False, out=tmp_path / "plain"))
    first = next(c for c in inner["changes"] if c["record_id"] == people[0]["id"])
    inner["changes"].insert(2, dict(first))
    inner["changes"].append(dict(first))
    inner["counts"]["changes"] = len(inner["changes"])
    before = records.counts(hq)["participant"]

    result = recv(hq, forge(field, inner, tmp_path / "repeat.fpbundle", hq))

    assert result["status"] == "imported"
    assert (result["applied"], result["skipped"]) == (len(inner["changes"]) - 2, 2)
    assert records.counts(hq)["participant"] == before + 3
    with hq.session() as s:
        logged = s.query(ChangeLog).filter_by(change_id=first["change_id"]).count()
    assert logged == 1


def test_a_merge_sees_only_the_bundle_changes_before_it(make_node: Any) -> None:
    """The merge of a field whose ``before`` is missing asks the history (sync_apply
    _History) whether this node changed it since ``base_version``: the stored log and the
    bundle's EARLIER changes count, a later change of the same bundle does not."""
    hq = make_node("hq", "HQ", None)
    person = attendance.create_participant(hq, _person(1))
    records.update(hq, "participant", person["id"], {"phone": "+243 1"})  # v2: not position
    origin = str(uuid.uuid4())

    def change(seq: int, base: int, fields: dict[str, Any]) -> dict[str, Any]:
        return {"change_id": f"{origin}:{seq}", "origin": origin, "table": "participant",
                "record_id": person["id"], "op": "upsert", "base_version": base,
                "version": base + 1, "changed_at": "2024-05-06T10:00:00Z",
                "changed_by": "Field", "fields": fields, "before": {}}

    changes = [change(1, 1, {"position": "Officer"}), change(2, 2, {"position": "Chief"})]
    with hq.session() as s:
        plan = sync_apply.plan_changes(s, changes, source_id=origin,
                                       bundle_id=str(uuid.uuid4()), operator="Op")
        s.rollback()

    assert plan.conflicts == []
    assert plan.changed == 2
    assert plan.states[("participant", person["id"])].values["position"] == "Chief"
