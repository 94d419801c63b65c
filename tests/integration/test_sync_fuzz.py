"""Fuzzing the importer with mutated valid bundles: never a traceback, never a partial
write. Byte-level mutations hit parsing, decryption and signatures; payload-level
mutations are re-signed with the trusted key so they reach schema checks and merging."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_support import PASS, dump, network, recv, send

from app.services import attendance, lessons, syncing
from app.services import keys as keysvc
from app.sync import jose
from app.sync import payload as pl
from app.sync.errors import BundleRejectedError

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture
def setup(make_node: Any, tmp_path: Path) -> dict[str, Any]:
    a, hq, _b = network(make_node)
    for i in range(3):
        attendance.create_participant(a, {"full_name": f"Person {i}", "sex": "M",
                                          "category": "police", "actor_type": "state"})
    lessons.create_lesson(a, {"title": "T", "kind": "lesson", "thematic_area": "coordination",
                              "text": "x"})
    plain = send(a, hq, encrypt=False, out=tmp_path / "plain")
    sealed = send(a, hq, out=tmp_path / "sealed")
    payload = json.loads(base64.urlsafe_b64decode(
        json.loads(plain.read_bytes())["payload"] + "=="))
    return {"a": a, "hq": hq, "plain": plain.read_bytes(), "sealed": sealed.read_bytes(),
            "payload": payload, "dir": tmp_path}


def attempt(hq: Any, data: bytes, folder: Path) -> None:
    """Import ``data``: either a clean result or a rejection that changed nothing."""
    path = folder / "fuzzed.fpbundle"
    path.write_bytes(data)
    before = dump(hq)
    message = ""
    try:
        result = syncing.import_bundle(hq, path, lambda: keysvc.unlock(hq, PASS))
    except BundleRejectedError as exc:
        message = str(exc)
    if message:
        assert message.endswith(".")
        assert dump(hq) == before
        return
    assert result["status"] in ("imported", "duplicate", "enrolment")


mutation = st.tuples(st.sampled_from(["flip", "truncate", "insert", "delete"]),
                     st.floats(0, 1), st.integers(0, 255))


def mutate(data: bytes, how: tuple[str, float, int]) -> bytes:
    kind, where, byte = how
    if not data:
        return bytes([byte])
    i = min(int(where * len(data)), len(data) - 1)
    if kind == "flip":
        return data[:i] + bytes([data[i] ^ (byte or 1)]) + data[i + 1:]
    if kind == "truncate":
        return data[:i]
    if kind == "insert":
        return data[:i] + bytes([byte]) + data[i:]
    return data[:i] + data[i + 1:]


@pytest.mark.slow
@FUZZ
@given(how=st.lists(mutation, min_size=1, max_size=3), sealed=st.booleans())
def test_byte_mutations(setup: dict[str, Any], how: list[Any], sealed: bool) -> None:
    data = setup["sealed" if sealed else "plain"]
    for m in how:
        data = mutate(data, m)
    attempt(setup["hq"], data, setup["dir"])


json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-3, 10**12), st.floats(),
                      st.text(max_size=20), st.just("6f0c3a52-9a57-4b8e-9a0b-3c1f5e7d2a10"),
                      st.lists(st.integers(-(2**63), 2**63 - 1), max_size=3))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


@pytest.mark.slow
@FUZZ
@given(data=st.data())
def test_resigned_payload_mutations(setup: dict[str, Any], data: st.DataObject) -> None:
    payload = json.loads(json.dumps(setup["payload"]))
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(payload) if p]
        path = data.draw(st.sampled_from(paths))
        parent = payload
        for key in path[:-1]:
            parent = parent[key]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            parent.pop(path[-1])
        else:
            parent[path[-1]] = data.draw(json_leaf)
    payload["seq"] = data.draw(st.integers(2, 10**6)) if isinstance(payload.get("seq"), int) \
        else payload.get("seq")
    ident = keysvc.unlock(setup["a"], PASS)
    body = pl.dumps(jose.sign(pl.dumps(payload), ident.sign_key))
    attempt(setup["hq"], body, setup["dir"])


def test_valid_bundle_still_imports_after_fuzz_setup(setup: dict[str, Any]) -> None:
    path = setup["dir"] / "ok.fpbundle"
    path.write_bytes(setup["sealed"])
    assert recv(setup["hq"], path)["status"] == "imported"
