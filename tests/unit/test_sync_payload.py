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


def test_envelope_gives_the_large_member_in_place_and_the_rest_parsed() -> None:
    doc = {"protected": "eyJhbGciOiJ9", "iv": "aXY", "tag": "dGFn",
           "recipients": [{"header": {"kid": "k"}, "encrypted_key": "ZWs"}],
           "ciphertext": "QUJD-_x" * 1000}
    raw = json.dumps(doc).encode()

    out = pl.loads_envelope(raw, "bundle file", "ciphertext")

    member = out.pop("ciphertext")
    assert isinstance(member, pl.Member) and out == {k: v for k, v in doc.items()
                                                     if k != "ciphertext"}
    assert member.view() == doc["ciphertext"].encode() and len(member) == 7000
    assert member.view().obj is raw  # not a copy
    assert member.parsed() == doc["ciphertext"]
    assert pl.loads_envelope(raw, "bundle file", "payload") == doc  # other member: text


@pytest.mark.parametrize("member", [
    '"QUJD\\u0041QUJDQUJD"',  # an escape: the bytes are not the text, so it is parsed
    '12', 'null', '["QUJDQUJDQUJD"]', '{"a": "QUJDQUJDQUJD"}'])
def test_envelope_parses_a_large_member_that_is_not_a_plain_string(member: str) -> None:
    raw = b'{"payload": ' + member.encode() + b', "signatures": []}'

    assert pl.loads_envelope(raw, "bundle", "payload") == json.loads(raw)


@pytest.mark.parametrize("raw", [
    b'{"payload": "QUJD", "signatures": ["a long string, longer than the payload"]}',
    b'{"QUJDQUJDQUJDQUJDQUJD": "QUJD", "payload": "QUJD"}',  # the longest is a key
    b'{"x": {"payload": "QUJDQUJDQUJDQUJD"}, "payload": "QUJD"}',  # nested
    b'{"payload": "QUJDQUJDQUJDQUJD", "payload": "QUJD"}',  # repeated: the last counts
    b'{"a": "x\\"y", "payload": "QUJDQUJDQUJDQUJD"}',  # a quote inside another string
])
def test_envelope_takes_the_member_in_place_only_when_it_is_the_longest_string(raw: bytes
                                                                               ) -> None:
    out = pl.loads_envelope(raw, "bundle", "payload")

    assert {k: v.parsed() if isinstance(v, pl.Member) else v
            for k, v in out.items()} == json.loads(raw)


def test_envelope_of_a_member_that_is_not_json_text_is_refused_when_it_is_read() -> None:
    """Control characters and bytes that are not UTF-8 are not looked for while the
    document is scanned; the member is then not base64url either, and reading it as
    text (what decoding it does once it fails) gives the not-JSON sentence."""
    for bad in (b"ab\ncd", b"ab\xffcd"):
        raw = b'{"payload": "' + bad * 10 + b'", "signatures": []}'
        member = pl.loads_envelope(raw, "decrypted bundle", "payload")["payload"]
        assert isinstance(member, pl.Member)
        with pytest.raises(BundleRejectedError) as caught:
            member.parsed()
        assert caught.value.code == "not_json"
        assert "decrypted bundle" in str(caught.value)


def test_envelope_gives_an_empty_or_short_member_as_text() -> None:
    assert pl.loads_envelope(b'{"payload": ""}', "bundle", "payload") == {"payload": ""}
    assert pl.loads_envelope(b'{"payload": "ab"}', "bundle", "payload") == {"payload": "ab"}


def test_envelope_with_too_many_strings_is_parsed_whole() -> None:
    many = ", ".join(f'"k{i}": "v"' for i in range(pl.MAX_ENVELOPE_STRINGS))
    raw = ('{"payload": "QUJDQUJDQUJD", ' + many + "}").encode()

    assert pl.scan_envelope(raw, "bundle", "payload") is None
    assert pl.loads_envelope(raw, "bundle", "payload") == json.loads(raw)


@pytest.mark.parametrize("text", [b"[1, 2]", b'"x"', b"7"])
def test_envelope_of_a_document_that_is_not_an_object_is_what_loads_gives(text: bytes) -> None:
    assert pl.loads_envelope(text, "bundle", "payload") == pl.loads(text)


@pytest.mark.parametrize("text", [b'{"payload": "abc', b'{"payload": "a"} x', b"\xff{}",
                                  b'{"payload": "a", "x": [1,]}', b'{"payload": "ab\xffcd"}',
                                  b'{"payload": "ab\ncd"}',
                                  b'{"payload": "QUJDQUJDQUJD"} x',
                                  b'{"payload": "QUJDQUJDQUJD", "x": [1,]}'])
def test_envelope_that_is_not_json_is_refused_with_the_loads_sentence(text: bytes) -> None:
    with pytest.raises(BundleRejectedError) as caught:
        pl.loads_envelope(text, "bundle file", "payload")

    assert caught.value.code == "not_json"


def test_envelope_too_deep_is_refused_as_too_deep() -> None:
    deep = b'{"payload": "a", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}"

    with pytest.raises(BundleRejectedError) as caught:
        pl.loads_envelope(deep, "bundle file", "payload")

    assert caught.value.code == "too_deep"
