"""Parallel importers on one database (HQ analysts): every change applied exactly once,
the same bundle imported twice at once is one import and one duplicate, nothing lost."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select
from sync_support import PASS, send
from sync_support import network as make_network

from app.services import keys as keysvc
from app.services import lessons, network, syncing
from app.services.workspace import Workspace
from app.store.models import BundleLog, ChangeLog

pytestmark = pytest.mark.both_backends


def _fill(ws: Workspace, tag: str, n: int) -> None:
    for i in range(n):
        network.create_entity(ws, {"name": f"{tag} entity {i}", "sector": "police"})
        lessons.create_lesson(ws, {"title": f"{tag} lesson {i}", "kind": "lesson",
                                   "thematic_area": "coordination", "text": "x"})


def _second_instance(hq: Workspace) -> Workspace:
    """Another app instance on the same database (its own engine and connections)."""
    url = hq.engine.url.render_as_string(hide_password=False)
    return Workspace.open(hq.paths, url, "Analyst 2")


def test_parallel_importers_apply_each_change_exactly_once(make_node: Any) -> None:
    field_a, hq, field_b = make_network(make_node)
    _fill(field_a, "A", 25)
    _fill(field_b, "B", 25)
    bundle_a, bundle_b = send(field_a, hq), send(field_b, hq)
    instances = [hq] + [_second_instance(hq) for _ in range(3)]
    jobs = [(instances[0], bundle_a), (instances[1], bundle_a),
            (instances[2], bundle_b), (instances[3], bundle_b)]
    barrier = threading.Barrier(len(jobs))
    results: list[dict[str, Any]] = []
    errors: list[BaseException] = []

    def run(ws: Workspace, path: Any) -> None:
        identity = keysvc.unlock(ws, PASS)
        barrier.wait()
        try:
            results.append(syncing.import_bundle(ws, path, lambda: identity))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for ws in instances[1:]:
        ws.close()
    assert not errors, errors
    assert not any(t.is_alive() for t in threads)
    statuses = Counter((r["source"], r["status"]) for r in results)
    assert statuses == {(field_a.node.id, "imported"): 1, (field_a.node.id, "duplicate"): 1,
                        (field_b.node.id, "imported"): 1, (field_b.node.id, "duplicate"): 1}
    with hq.session() as s:
        per_origin = dict(s.execute(select(ChangeLog.origin, func.count())
                                    .group_by(ChangeLog.origin)).all())
        imported = s.scalar(select(func.count()).select_from(BundleLog).where(
            BundleLog.direction == "import", BundleLog.status == "imported"))
    with field_a.session() as s:
        made_a = s.scalar(select(func.count()).select_from(ChangeLog))
    with field_b.session() as s:
        made_b = s.scalar(select(func.count()).select_from(ChangeLog))
    # Every change each field made is at HQ once (the change_id is unique, so once).
    assert per_origin[field_a.node.id] == made_a
    assert per_origin[field_b.node.id] == made_b
    assert imported == 2
    names = {e["name"] for e in syncing_records(hq)}
    assert {f"A entity {i}" for i in range(25)} <= names
    assert {f"B entity {i}" for i in range(25)} <= names


def syncing_records(ws: Workspace) -> list[dict[str, Any]]:
    from app.services import records

    return records.list_all(ws, "partner_entity")
