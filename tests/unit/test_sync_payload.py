"""Payload parsing, limits, versions and schema (app.sync.payload, pure)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from app.sync import payload as pl
from app.sync.errors import BundleRejectedError

NODE = str(uuid.uuid4())


def good() -> dict[str, Any]:
    change = {"change_id": f"{NODE}:1", "origin": NODE, "table": "lesson",
              "record_id": str(uuid.uuid4()), "op": "upsert", "base_version": 0, "version": 1,
              "changed_at": "2026-01-02T03:04:05Z", "changed_by": "op",
              "fields": {"title": "T", "tags": ["a"], "deleted": False}, "before": {}}
    return pl.build_payload(schema_version="0001", kind="changes",
                            source={"node_id": NODE, "kind": "field", "name": "Goma",
                                    "mission": "MONUSCO", "app_version": "0.1.0"},
                            audience=[str(uuid.uuid4())], seq=1, acks={}, changes=[change])


def test_valid_payload_passes_and_round_trips() -> None:
    payload = good()
    pl.validate(payload)
    assert pl.loads(pl.dumps(payload)) == payload


def test_schema_file_is_valid_json_schema() -> None:
    import jsonschema

    schema = json.loads((pl.resources_dir() / "schemas" / pl.SCHEMA_NAME).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(good())


@pytest.mark.parametrize("breakage", [
    lambda p: p.pop("bundle_id"),
    lambda p: p.update(kind="gossip"),
    lambda p: p.update(extra=1),
    lambda p: p.update(audience=[]),
    lambda p: p["changes"][0].update(change_id="nope"),
    lambda p: p["changes"][0]["fields"].update(title={"nested": "object"}),
    lambda p: p["changes"][0]["fields"].update(**{"Bad-Name": 1}),
    lambda p: p["acks"].update(x=1),
    lambda p: p.update(seq=2**70),
    lambda p: p["changes"][0].update(version=2**64),
    lambda p: p["changes"][0]["fields"].update(title=1e300),
])
def test_schema_rejections(breakage: Any) -> None:
    payload = good()
    breakage(payload)
    with pytest.raises(BundleRejectedError, match="not valid"):
        pl.validate(payload)


def test_not_json_and_too_deep() -> None:
    with pytest.raises(BundleRejectedError, match="not valid JSON"):
        pl.loads(b'{"a": ')
    with pytest.raises(BundleRejectedError, match="nested too deeply"):
        pl.loads(b"[" * 5000 + b"]" * 5000)
    deep: Any = 1
    for _ in range(40):
        deep = [deep]
    assert pl.depth(deep) > pl.MAX_DEPTH
    with pytest.raises(BundleRejectedError, match="nested too deeply"):
        pl.check_depth(deep)


def test_newer_format_and_schema_ask_for_an_update() -> None:
    payload = good()
    payload["format_version"] = 2
    with pytest.raises(BundleRejectedError, match="update the application"):
        pl.check_versions(payload, "0001")
    payload = good()
    payload["schema_version"] = "0002"
    with pytest.raises(BundleRejectedError, match="update the application"):
        pl.check_versions(payload, "0001")
    payload["schema_version"] = "0001"
    pl.check_versions(payload, "0001")


def test_change_origin_seq() -> None:
    assert pl.change_origin_seq(f"{NODE}:42") == (NODE, 42)
