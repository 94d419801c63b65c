"""The import's column-by-column value check (``_values_ok``, over all changes at once)
never accepts a bundle that the change-by-change check (``check_values``) refuses: it may
only send a valid bundle to the slow path, never let an invalid one through."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.sync_apply import _checked_values_ok, _values_ok, check_values, column_schemas
from app.sync import payload as pl
from app.sync.errors import BundleRejectedError

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=8) | st.sampled_from(
    ["a\x00b", "\x00", "x" * 301, "\\u0000", "é"])
JSONISH = st.lists(TEXT, max_size=3) | st.dictionaries(TEXT, TEXT | st.integers(), max_size=2) | \
    st.lists(st.lists(TEXT, max_size=2), max_size=2) | st.just([2**70])
ANY = st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=False) | TEXT | \
    JSONISH | st.sampled_from(["2026-02-30", "2026-03-02", "2026-3-2"])
ACTIVITY = {"title": TEXT | ANY, "start_date": ANY, "languages": JSONISH | ANY,
            "venue_country": ANY, "kind": TEXT}


def _change(fields: dict[str, Any], before: dict[str, Any], by: str, at: str) -> dict[str, Any]:
    return {"table": "activity", "fields": fields, "before": before, "changed_by": by,
            "changed_at": at, "change_id": "x", "origin": "x"}


CHANGE = st.builds(
    _change,
    st.fixed_dictionaries({}, optional=ACTIVITY),
    st.fixed_dictionaries({}, optional={"title": TEXT, "languages": JSONISH}),
    TEXT,
    st.sampled_from(["2026-03-02T10:00:00Z", "2026-03-02T10:00:00.123456Z", "yesterday"]),
)


def _slow_ok(changes: list[dict[str, Any]]) -> bool:
    try:
        for c in changes:
            check_values(c)
    except BundleRejectedError:
        return False
    return True


@settings(max_examples=400, deadline=None)
@given(st.lists(CHANGE, min_size=1, max_size=6))
def test_the_column_check_never_accepts_what_the_change_check_refuses(changes: list) -> None:
    if _values_ok(changes):
        assert _slow_ok(changes)


def test_a_nul_inside_a_list_value_is_found_by_both_checks() -> None:
    change = _change({"languages": ["fr", "a\x00"]}, {}, "op", "2026-03-02T10:00:00Z")
    assert not _values_ok([change]) and not _slow_ok([change])


def test_a_valid_column_passes_the_quick_check() -> None:
    change = _change({"title": "Training", "languages": ["fr", "en"], "start_date": "2026-03-02",
                      "kind": "training"}, {"title": "Old"}, "op", "2026-03-02T10:00:00Z")
    assert _values_ok([change]) and _slow_ok([change])


# --- the typed schema path ------------------------------------------------------------------

NODE = "0f8fad5b-d9cb-469f-a165-70867728950e"
TYPED = pl.typed_validator(column_schemas())
NUMBER = st.floats(allow_nan=False, allow_infinity=False) | st.integers(-10**16, 10**16)
PARTICIPANT = {"full_name": TEXT | ANY, "sex": st.sampled_from(["F", "M", "FM", None]),
               "disability": st.booleans() | ANY, "email": TEXT | ANY, "unknown": TEXT}
ATTENDANCE = {"pre_score": NUMBER | ANY, "days_present": JSONISH | ANY,
              "certificate": st.booleans() | ANY, "role": TEXT}
TABLES = {"activity": ACTIVITY, "participant": PARTICIPANT, "attendance": ATTENDANCE}


@st.composite
def _typed_change(draw: Any, i: int = 1) -> dict[str, Any]:
    table = draw(st.sampled_from(sorted(TABLES)))
    change = _change(draw(st.fixed_dictionaries({}, optional=TABLES[table])),
                     draw(st.fixed_dictionaries({}, optional=TABLES[table])), draw(TEXT),
                     draw(st.sampled_from(["2026-03-02T10:00:00Z", "2026-02-30T10:00:00Z"])))
    change.update(table=table, change_id=f"{NODE}:{i}", origin=NODE, op="upsert",
                  record_id=NODE, base_version=0, version=1)
    return change


def _payload(changes: list[dict[str, Any]]) -> dict[str, Any]:
    return pl.build_payload(schema_version="0002", kind="changes",
                            source={"node_id": NODE, "kind": "field", "name": "Goma"},
                            audience=[NODE], seq=1, acks={}, changes=changes)


@settings(max_examples=400, deadline=None)
@given(st.lists(_typed_change(), min_size=1, max_size=4))
def test_the_typed_schema_path_accepts_exactly_what_the_change_check_accepts(
        changes: list) -> None:
    """The import skips the column check when the payload passes the typed schema and
    holds no escaped NUL; what is left (dates, timestamps) is _checked_values_ok. That
    path must never let through what check_values refuses, and should not send a valid
    bundle to the slow path either."""
    payload = _payload(changes)
    try:
        typed = pl.validate(payload, TYPED)
    except BundleRejectedError:
        return  # not even the shipped schema's: refused before any value is looked at
    nul_free = b"\\u0000" not in pl.dumps(payload)
    quick = typed and nul_free and _checked_values_ok(changes)
    if quick:
        assert _slow_ok(changes)
    elif nul_free:
        assert not _slow_ok(changes)


def test_column_schemas_name_every_table_the_payload_schema_allows() -> None:
    assert pl.validate(_payload([]), TYPED) is True
    with pytest.raises(ValueError, match="every table"):
        pl.typed_validator({t: s for t, s in column_schemas().items() if t != "lesson"})
