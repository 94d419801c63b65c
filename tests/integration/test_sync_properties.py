"""Property-based sync tests (hypothesis): random edits on three nodes, bundles lost,
duplicated and delivered in random order, then synchronised until quiet.

Checked: every node holds the same records; every edit is either applied, replaced
by a later edit that saw it, or shown as a conflict; nothing is lost.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_support import keyed, recv, send, trust_both

from app.config import Paths
from app.domain.errors import NotFoundError
from app.services import attendance, lessons, records, syncing
from app.services.workspace import Workspace, init_node
from app.store.models import Conflict

NODES = ("a", "hq", "b")
LINKS = (("a", "hq"), ("hq", "a"), ("b", "hq"), ("hq", "b"))
FIELDS = {"participant": {"position": ["Judge", "Prosecutor", "Clerk"],
                          "phone": ["+243 810 000 001", "+243 810 000 002", "+243 810 000 003"]},
          "lesson": {"title": ["Lesson one", "Lesson two", "Lesson three"]}}

edit = st.tuples(st.just("edit"), st.sampled_from(NODES), st.integers(0, 3),
                 st.sampled_from(["position", "phone", "title"]), st.integers(0, 2))
delete = st.tuples(st.just("delete"), st.sampled_from(NODES), st.integers(0, 3),
                   st.just(""), st.just(0))
export = st.tuples(st.just("export"), st.sampled_from(range(len(LINKS))), st.just(0),
                   st.just(""), st.just(0))
deliver = st.tuples(st.just("deliver"), st.integers(0, 20), st.just(0), st.just(""),
                    st.just(0))
drop = st.tuples(st.just("drop"), st.integers(0, 20), st.just(0), st.just(""), st.just(0))
actions = st.lists(st.one_of(edit, edit, delete, export, export, deliver, deliver, drop),
                   max_size=30)


class Net:
    """Three keyed nodes, their records, bundles in flight and a record of edits."""

    def __init__(self, root: Path, template: Path) -> None:
        self.ws: dict[str, Workspace] = {}
        for name, kind, mission in (("a", "field", "MONUSCO"), ("hq", "hq", None),
                                    ("b", "field", "MONUSCO")):
            paths = Paths(root / name)
            paths.ensure()
            shutil.copyfile(template, paths.database)
            self.ws[name] = keyed(init_node(paths, kind=kind, name=f"Node {name}",
                                            mission=mission, operator=f"op-{name}"))
        trust_both(self.ws["a"], self.ws["hq"])
        trust_both(self.ws["b"], self.ws["hq"])
        a = self.ws["a"]
        self.ids = [("participant", attendance.create_participant(a, {
            "full_name": f"Person {i}", "sex": "F", "category": "police",
            "actor_type": "state"}, allow_duplicate=True)["id"]) for i in range(3)]
        self.ids.append(("lesson", lessons.create_lesson(a, {
            "title": "Lesson zero", "kind": "lesson", "thematic_area": "coordination",
            "text": "Start."})["id"]))
        self.flight: list[tuple[str, Path]] = []
        self.edits: list[tuple[str, str, str, Any]] = []
        self.replaced: set[tuple[str, str, Any]] = set()
        self.quiesce()

    def close(self) -> None:
        for ws in self.ws.values():
            ws.close()

    def do(self, action: tuple[str, Any, int, str, int]) -> None:
        kind, who, idx, name, value_idx = action
        if kind == "edit":
            table, rid = self.ids[idx]
            choices = FIELDS[table].get(name)
            if choices is None:
                return
            self._edit(self.ws[who], table, rid, name, choices[value_idx])
        elif kind == "delete":
            table, rid = self.ids[idx]
            with contextlib.suppress(NotFoundError):
                records.delete(self.ws[who], table, rid)
        elif kind == "export":
            src, dst = LINKS[who]
            self.flight.append((dst, send(self.ws[src], self.ws[dst])))
        elif kind == "deliver" and self.flight:
            dst, path = self.flight[who % len(self.flight)]
            recv(self.ws[dst], path)  # may be a duplicate: a no-op
        elif kind == "drop" and self.flight:
            self.flight.pop(who % len(self.flight))

    def _edit(self, ws: Workspace, table: str, rid: str, name: str, value: Any) -> None:
        try:
            old = records.get(ws, table, rid)[name]
            records.update(ws, table, rid, {name: value})
        except NotFoundError:
            return
        if old != value:
            self.replaced.add((rid, name, old))
            self.edits.append((table, rid, name, value))

    def quiesce(self, limit: int = 12) -> None:
        for _ in range(limit):
            applied = 0
            for src, dst in LINKS:
                applied += recv(self.ws[dst], send(self.ws[src], self.ws[dst]))["applied"]
            if applied == 0:
                return
        raise AssertionError("the nodes did not become quiet")

    def state(self, name: str) -> dict[str, Any]:
        ws = self.ws[name]
        out = {}
        for table, rid in self.ids:
            row = next(r for r in records.list_all(ws, table, include_deleted=True)
                   if r["id"] == rid)
            out[rid] = {k: row[k] for k in (*FIELDS[table], "deleted", "version")}
        return out

    def conflicts(self) -> list[dict[str, Any]]:
        out = []
        for ws in self.ws.values():
            with ws.session() as s:
                out += [{"record_id": c.record_id, "field": c.field, "local": c.local_value,
                         "incoming": c.incoming_value} for c in s.scalars(select(Conflict))]
        return out


@pytest.mark.slow
@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(actions=actions, keep=st.sampled_from(["local", "incoming"]))
def test_random_edits_converge(migrated_template: Path, actions: list[Any], keep: str) -> None:
    root = Path(tempfile.mkdtemp(prefix="fp-prop-"))
    net = Net(root, migrated_template)
    try:
        for action in actions:
            net.do(action)
        net.quiesce()
        finals = [net.state(n) for n in NODES]
        conflicts = net.conflicts()
        for table, rid, name, value in net.edits:
            applied = any(f[rid][name] == value for f in finals)
            replaced = (rid, name, value) in net.replaced
            in_conflict = any(c["record_id"] == rid and value in (c["local"], c["incoming"])
                              for c in conflicts)
            deleted = any(f[rid]["deleted"] for f in finals) or any(
                c["record_id"] == rid and c["field"] == "deleted" for c in conflicts)
            assert applied or replaced or in_conflict or deleted, (table, name, value)
        for _ in range(10):
            open_at = [n for n in NODES if syncing.list_conflicts(net.ws[n])]
            if not open_at:
                break
            for c in syncing.list_conflicts(net.ws[open_at[0]]):
                if c["status"] == "open" and syncing.list_conflicts(net.ws[open_at[0]]):
                    try:
                        syncing.resolve_conflict(net.ws[open_at[0]], c["id"], keep)
                    except Exception:  # closed together with an earlier one
                        continue
            net.quiesce()
        assert all(not syncing.list_conflicts(net.ws[n]) for n in NODES)
        finals = [net.state(n) for n in NODES]
        assert finals[0] == finals[1] == finals[2]
    finally:
        net.close()
        shutil.rmtree(root, ignore_errors=True)
