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


def test_envelope_gives_the_large_member_as_bytes_and_the_rest_parsed() -> None:
    doc = {"protected": "eyJhbGciOiJ9", "iv": "aXY", "tag": "dGFn",
           "recipients": [{"header": {"kid": "k"}, "encrypted_key": "ZWs"}],
           "ciphertext": "QUJD-_x" * 1000}
    raw = json.dumps(doc).encode()

    out = pl.loads_envelope(raw, "bundle file", "ciphertext")

    assert out == {**doc, "ciphertext": doc["ciphertext"].encode()}
    assert isinstance(out["ciphertext"], bytes) and isinstance(out["protected"], str)
    assert pl.loads_envelope(raw, "bundle file", "payload") == doc  # other member: text


@pytest.mark.parametrize("member", [
    '"QUJD\\u0041"',  # an escape: the bytes are not the text, so it is parsed
    '12', 'null', '["QUJD"]', '{"a": "b"}'])
def test_envelope_parses_a_large_member_that_is_not_a_plain_string(member: str) -> None:
    raw = b'{"payload": ' + member.encode() + b', "signatures": []}'

    assert pl.loads_envelope(raw, "bundle", "payload") == json.loads(raw)


def test_envelope_parses_a_large_member_with_other_characters_as_text() -> None:
    raw = '{"payload": "abé", "signatures": []}'.encode()

    assert pl.loads_envelope(raw, "bundle", "payload") == {"payload": "abé", "signatures": []}


def test_envelope_gives_an_empty_large_member_as_empty_bytes() -> None:
    assert pl.loads_envelope(b'{"payload": ""}', "bundle", "payload") == {"payload": b""}


@pytest.mark.parametrize("text", [b"[1, 2]", b'"x"', b"7"])
def test_envelope_of_a_document_that_is_not_an_object_is_what_loads_gives(text: bytes) -> None:
    assert pl.loads_envelope(text, "bundle", "payload") == pl.loads(text)


@pytest.mark.parametrize("text", [b'{"payload": "abc', b'{"payload": "a"} x', b"\xff{}",
                                  b'{"payload": "a", "x": [1,]}', b'{"payload": "ab\xffcd"}',
                                  b'{"payload": "ab\ncd"}'])
def test_envelope_that_is_not_json_is_refused_with_the_loads_sentence(text: bytes) -> None:
    with pytest.raises(BundleRejectedError) as caught:
        pl.loads_envelope(text, "bundle file", "payload")

    assert caught.value.code == "not_json"


def test_envelope_too_deep_is_refused_as_too_deep() -> None:
    deep = b'{"payload": "a", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}"

    with pytest.raises(BundleRejectedError) as caught:
        pl.loads_envelope(deep, "bundle file", "payload")

    assert caught.value.code == "too_deep"
