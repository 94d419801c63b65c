"""The import's garbage collection: it frees the reference cycles of the bundle it
decrypted (joserfc's objects hold some to large buffers), without walking every older
object of the process on each import (that made the cost of one small import grow with
the size of the process: minutes of the test suite, and a long-running window)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sync_support import keyed, recv, send, trust_both

from app.services import attendance
from app.services.workspace import Workspace

PERSON = {"full_name": "Amani Kabila", "sex": "F", "category": "police",
          "actor_type": "state"}


def pair(make_node: Any) -> tuple[Workspace, Workspace]:
    field = keyed(make_node("field", "MONUSCO Goma", "MONUSCO"))
    hq = keyed(make_node("hq", "ORoLSI HQ", None))
    trust_both(field, hq)
    attendance.create_participant(field, PERSON)
    return field, hq


@contextmanager
def collections_started() -> Iterator[list[int]]:
    """The generation of every collection started inside the block."""
    seen: list[int] = []

    def note(event: str, info: dict[str, Any]) -> None:
        if event == "start":
            seen.append(info["generation"])

    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)


def test_import_collects_only_young_generations(make_node: Any) -> None:
    field, hq = pair(make_node)
    path = send(field, hq)
    ballast = [[i] for i in range(200_000)]  # an older heap the import must not walk
    gc.collect()
    with collections_started() as seen:
        result = recv(hq, path)
    assert result["status"] == "imported"
    assert seen, "the import freed no cycles at all"
    assert max(seen) < 2, f"a full collection ran during the import: {seen}"
    assert len(ballast) == 200_000


def test_import_leaves_no_decryption_cycles_behind(make_node: Any) -> None:
    field, hq = pair(make_node)
    path = send(field, hq)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()  # so nothing but the import itself frees its cycles
    try:
        assert recv(hq, path)["status"] == "imported"
        gc.set_debug(gc.DEBUG_SAVEALL)  # keep what this collection finds, to look at it
        gc.collect()
        left = [type(o) for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    jose_left = [t for t in left if t.__module__.startswith(("joserfc", "app.sync.jose"))]
    assert jose_left == [], f"{len(jose_left)} decryption objects left for a later collection"
