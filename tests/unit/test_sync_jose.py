"""The bundle JWS/JWE path (app.sync.jose): joserfc checks the headers on a stub, the
bulk member is decoded and checked here; it must accept exactly what joserfc accepts."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from joserfc import jwe, jws
from joserfc.util import urlsafe_b64decode as joserfc_b64decode

from app.sync import jose, payload
from app.sync import keys as fpk
from app.sync.errors import BundleRejectedError

CAP = 1 << 20


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@pytest.fixture(scope="module")
def ids() -> tuple[fpk.Identity, fpk.Identity]:
    return fpk.generate_identity(), fpk.generate_identity()


def _public(key: object) -> object:
    return fpk.import_public(key.as_dict(private=False), "Ed25519")  # type: ignore[attr-defined]


@given(st.binary(max_size=64))
def test_b64url_round_trip_matches_joserfc(data: bytes) -> None:
    seg = _b64(data).encode()
    assert jose.b64url_decode(seg) == joserfc_b64decode(seg) == data


#: base64url letters, and what joserfc refuses in base64url.
B64ISH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= "


def _decoded_or_none(decode: Callable[[], bytes | bytearray]) -> bytes | None:
    """What ``decode`` gives, or None when it refuses its input as base64url."""
    try:
        return bytes(decode())
    except (binascii.Error, ValueError):
        return None


@settings(max_examples=300)
@given(st.text(alphabet=B64ISH + "\n", max_size=12))
def test_b64url_accepts_and_refuses_exactly_what_joserfc_does(text: str) -> None:
    seg = text.encode()
    assert _decoded_or_none(lambda: jose.b64url_decode(seg)) == _decoded_or_none(
        lambda: joserfc_b64decode(seg))


@settings(max_examples=300)
@given(st.text(alphabet=B64ISH + "\n\t", min_size=1, max_size=40), st.integers(0, 3))
def test_b64url_of_a_member_in_place_is_what_joserfc_decodes(text: str, extra: int) -> None:
    """Decoded where it lies in its document, with the document's other strings around
    it; a control character makes the document not JSON, which is then what is said."""
    seg = text.encode()
    raw = b'{"k": "' + b"x" * extra + b'", "p": "' + seg + b'", "z": 1}'
    expected = _decoded_or_none(lambda: joserfc_b64decode(seg))
    got: bytes | bytearray | None = None
    refused = ""
    try:
        member = payload.loads_envelope(raw, "bundle", "p")["p"]
        assert isinstance(member, payload.Member) == (len(seg) > max(extra, 1))
        got = jose.b64url_decode(member if isinstance(member, payload.Member)
                                 else member.encode())
    except (binascii.Error, ValueError):
        pass
    except BundleRejectedError as exc:
        refused = exc.code
    assert refused == ("not_json" if any(c in text for c in "\n\t") else "")
    assert got == expected


@pytest.mark.parametrize(
    "seg", [b"YWJj+A", b"YWJj/A", b"YWI=", b"YWJjZ", b"YWJ", b"YWI", b"YQ", b"YR"])
def test_b64url_refusals(seg: bytes) -> None:
    ok = {b"YWI": b"ab", b"YQ": b"a"}  # canonical; YWJ and YR are not
    if seg in ok:
        assert jose.b64url_decode(seg) == ok[seg]
    else:
        with pytest.raises((binascii.Error, ValueError)):
            jose.b64url_decode(seg)


def test_sign_encrypt_round_trip(ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    sender, receiver = ids
    payload = json.dumps({"x": "é" * 1000}).encode()
    signed = jose.sign(payload, sender.sign_key)
    outer = jose.encrypt(json.dumps(signed).encode(), [receiver.enc_key.as_dict(private=False)])
    inner = json.loads(jose.decrypt(outer, receiver.enc_key, CAP))
    result = jose.verify(inner, lambda _k: _public(sender.sign_key), CAP)
    assert result.payload == payload
    assert result.kid == sender.sign_kid


def _signed(ids: tuple[fpk.Identity, fpk.Identity]) -> dict:
    return jose.sign(b'{"a": 1}', ids[0].sign_key)


def _rejected(code: str, fn: object, *args: object) -> None:
    with pytest.raises(BundleRejectedError) as info:
        fn(*args)  # type: ignore[operator]
    assert info.value.code == code


def test_payload_changed_after_signing_is_refused(ids: tuple[fpk.Identity, fpk.Identity]
                                                   ) -> None:
    signed = _signed(ids)
    signed["payload"] = _b64(b'{"a": 2}')
    _rejected("bad_signature", jose.verify, signed, lambda _k: _public(ids[0].sign_key), CAP)


def test_other_signer_is_refused(ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    _rejected("bad_signature", jose.verify, _signed(ids), lambda _k: _public(ids[1].sign_key),
              CAP)


def test_payload_with_padding_or_standard_alphabet_is_refused(
        ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    for change in (lambda p: p + "=", lambda p: p.replace("-", "+").replace("_", "/") + "+"):
        signed = _signed(ids)
        signed["payload"] = change(signed["payload"])
        _rejected("bad_signature", jose.verify, signed, lambda _k: _public(ids[0].sign_key),
                  CAP)


def test_payload_over_the_cap_is_refused(ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    _rejected("bad_signature", jose.verify, _signed(ids), lambda _k: _public(ids[0].sign_key), 4)


def test_unencoded_payload_header_is_refused(ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    """RFC 7797 (b64: false) is never written by FocalPoint; a signer using it is refused."""
    header = {"alg": "Ed25519", "kid": ids[0].sign_kid, "typ": jose.JWS_TYP,
              "cty": jose.PAYLOAD_CTY, "b64": False, "crit": ["b64"]}
    signed = dict(jws.serialize_json([{"protected": header}], b'{"a": 1}', ids[0].sign_key,
                                     registry=jose._jws_registry(CAP)))
    _rejected("bad_header", jose.verify, signed, lambda _k: _public(ids[0].sign_key), CAP)


def test_unknown_critical_header_is_refused(ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    signed = _signed(ids)
    sig = signed["signatures"][0]
    header = json.loads(base64.urlsafe_b64decode(sig["protected"] + "=="))
    header["crit"] = ["x-unknown"]
    header["x-unknown"] = 1
    sig["protected"] = _b64(json.dumps(header).encode())
    _rejected("bad_signature", jose.verify, signed, lambda _k: _public(ids[0].sign_key), CAP)


def _encrypted(ids: tuple[fpk.Identity, fpk.Identity], plaintext: bytes = b"x" * 100) -> dict:
    return jose.encrypt(plaintext, [ids[1].enc_key.as_dict(private=False)])


@pytest.mark.parametrize("member", ["ciphertext", "tag", "iv", "protected"])
def test_jwe_member_changed_is_refused(ids: tuple[fpk.Identity, fpk.Identity],
                                       member: str) -> None:
    outer = _encrypted(ids)
    data = bytearray(base64.urlsafe_b64decode(outer[member] + "=="))
    if member == "protected":
        data = bytearray(json.dumps({**json.loads(data), "x": 1}).encode())
    else:
        data[0] ^= 1
    outer[member] = _b64(bytes(data))
    with pytest.raises(BundleRejectedError) as info:
        jose.decrypt(outer, ids[1].enc_key, CAP)
    assert info.value.code in ("decrypt_failed", "bad_header")


def test_jwe_to_another_key_is_refused(ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    _rejected("not_for_this_node", jose.decrypt, _encrypted(ids), ids[0].enc_key, CAP)


def test_jwe_ciphertext_over_the_cap_or_not_text_is_refused(
        ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    _rejected("decrypt_failed", jose.decrypt, _encrypted(ids), ids[1].enc_key, 16)
    outer = _encrypted(ids)
    outer["ciphertext"] = 5
    _rejected("decrypt_failed", jose.decrypt, outer, ids[1].enc_key, CAP)


def test_jwe_decrypts_what_joserfc_decrypts(ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    plaintext = bytes(range(256)) * 41
    outer = _encrypted(ids, plaintext)
    expected = jwe.decrypt_json(dict(outer), ids[1].enc_key,
                                registry=jose._jwe_registry(CAP)).plaintext
    assert jose.decrypt(outer, ids[1].enc_key, CAP) == expected == plaintext


@pytest.mark.parametrize("data", [b'{"a": ', b"", b"NaN", b"[1,]", b'{"a": 1} x', b'"\xff"',
                                  b'"\\ud800"', b'"a\x01"', b"1e999"])
def test_parser_refuses_what_is_not_json(data: bytes) -> None:
    from app.sync import payload as pl

    with pytest.raises(BundleRejectedError) as info:
        pl.loads(data)
    assert info.value.code == "not_json"


def test_parser_refuses_deep_nesting_and_reads_a_bundle(
        ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    from app.sync import payload as pl

    with pytest.raises(BundleRejectedError) as info:
        pl.loads(b"[" * 100_000 + b"]" * 100_000)
    assert info.value.code == "too_deep"
    outer = _encrypted(ids)
    assert pl.loads(json.dumps(outer).encode()) == outer


@pytest.mark.parametrize("text", [b"1" + b"0" * 30, b"-1" + b"0" * 30, b"18446744073709551616",
                                  b"-9223372036854775809"])
@pytest.mark.parametrize("where", ["value", "seq", "version", "ack"])
def test_integers_beyond_64_bits_are_refused_by_the_schema(text: bytes, where: str) -> None:
    """The parser keeps such integers exact; the schema's bounds refuse every one."""
    import uuid

    from app.sync import payload as pl

    node = str(uuid.uuid4())
    change = {"change_id": f"{node}:1", "origin": node, "table": "lesson",
              "record_id": str(uuid.uuid4()), "op": "upsert", "base_version": 0, "version": 1,
              "changed_at": "2026-01-02T03:04:05Z", "changed_by": "op",
              "fields": {"title": "T", "deleted": False}, "before": {}}
    payload = pl.build_payload(
        schema_version="0001", kind="changes", audience=[str(uuid.uuid4())], seq=1,
        source={"node_id": node, "kind": "field", "name": "Goma", "mission": "MONUSCO",
                "app_version": "0.1.0"}, acks={}, changes=[change])
    pl.validate(pl.loads(pl.dumps(payload)))
    marker = 424242424242
    if where == "value":
        change["fields"]["pre_score"] = marker
    elif where == "seq":
        payload["seq"] = marker
    elif where == "version":
        change["version"] = marker
    else:
        payload["acks"] = {node: marker}
    parsed = pl.loads(pl.dumps(payload).replace(str(marker).encode(), text))
    with pytest.raises(BundleRejectedError) as info:
        pl.validate(parsed)
    assert info.value.code == "schema_invalid"


def _in_place(document: dict, big: str, change: bytes = b"") -> dict:
    """``document`` written as JSON and read back as the importer reads it: its member
    ``big`` left in place (a Member), after ``change`` is put in its middle."""
    raw = json.dumps(document).encode()
    if change:
        start = raw.index(document[big].encode())
        middle = start + len(document[big]) // 2
        raw = raw[:middle] + change + raw[middle:]
    out = payload.loads_envelope(raw, "bundle", big)
    assert isinstance(out[big], payload.Member)
    return out


def test_members_in_place_decrypt_and_verify(ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    body = json.dumps({"x": "é" * 1000}).encode()
    outer = _in_place(jose.encrypt(json.dumps(jose.sign(body, ids[0].sign_key)).encode(),
                                   [ids[1].enc_key.as_dict(private=False)]), "ciphertext")
    inner = _in_place(json.loads(jose.decrypt(outer, ids[1].enc_key, CAP)), "payload")

    assert jose.verify(inner, lambda _k: _public(ids[0].sign_key), CAP).payload == body


@pytest.mark.parametrize(("change", "code"), [
    (b"\n", "not_json"), (b"\xff", "not_json"), (b"+", "decrypt_failed"),
    (b"A", "decrypt_failed")])
def test_ciphertext_in_place_that_is_not_json_or_base64url_is_refused(
        ids: tuple[fpk.Identity, fpk.Identity], change: bytes, code: str) -> None:
    outer = _in_place(_encrypted(ids, b"x" * 3000), "ciphertext", change)
    _rejected(code, jose.decrypt, outer, ids[1].enc_key, CAP)


@pytest.mark.parametrize(("change", "code"), [
    (b"\t", "not_json"), (b"\xc3", "not_json"), (b"=", "bad_signature"),
    (b"AAAA", "bad_signature")])
def test_payload_in_place_that_is_not_json_or_base64url_is_refused(
        ids: tuple[fpk.Identity, fpk.Identity], change: bytes, code: str) -> None:
    signed = _in_place(jose.sign(b'{"a": "' + b"b" * 3000 + b'"}', ids[0].sign_key),
                       "payload", change)
    _rejected(code, jose.verify, signed, lambda _k: _public(ids[0].sign_key), CAP)


def test_verifying_gives_the_payload_to_the_block_and_then_checks_the_signature(
        ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    with jose.verifying(_signed(ids), lambda _k: _public(ids[0].sign_key), CAP) as signed:
        parsed = json.loads(signed.payload)
    assert parsed == {"a": 1}

    tampered = _signed(ids)
    tampered["payload"] = _b64(b'{"a": 2}')
    seen = []
    with pytest.raises(BundleRejectedError) as info, jose.verifying(
            tampered, lambda _k: _public(ids[0].sign_key), CAP) as signed:
        seen.append(json.loads(signed.payload))
    assert info.value.code == "bad_signature" and seen == [{"a": 2}]  # read, then refused


def test_verifying_refuses_a_bad_signature_before_what_the_block_raised(
        ids: tuple[fpk.Identity, fpk.Identity]) -> None:
    """The spec's order: a payload that is not JSON and not signed is 'not signed'."""
    tampered = _signed(ids)
    tampered["payload"] = _b64(b"not json")
    with pytest.raises(BundleRejectedError) as info, jose.verifying(
            tampered, lambda _k: _public(ids[0].sign_key), CAP) as signed:
        payload.loads(signed.payload, "bundle payload")
    assert info.value.code == "bad_signature"

    signed_not_json = jose.sign(b"not json", ids[0].sign_key)
    with pytest.raises(BundleRejectedError) as info, jose.verifying(
            signed_not_json, lambda _k: _public(ids[0].sign_key), CAP) as s:
        payload.loads(s.payload, "bundle payload")
    assert info.value.code == "not_json"


def _joined(seg: bytes, chars: int) -> bytes:
    pieces, size = jose.b64url_pieces(seg, chars)
    out = b"".join(pieces)
    assert len(out) == size
    return out


@settings(max_examples=200)
@given(st.text(alphabet=B64ISH, max_size=40), st.sampled_from([4, 8, 12, 40]))
def test_b64url_pieces_give_what_joserfc_decodes(text: str, chars: int) -> None:
    seg = text.encode()
    assert _decoded_or_none(lambda: _joined(seg, chars)) == _decoded_or_none(
        lambda: joserfc_b64decode(seg))


@pytest.mark.parametrize("length", [0, 1, 2, 3, 47, 48, 49, 1000])
def test_jwe_decrypted_piece_by_piece_is_what_joserfc_decrypts(
        ids: tuple[fpk.Identity, fpk.Identity], monkeypatch: pytest.MonkeyPatch,
        length: int) -> None:
    monkeypatch.setattr(jose, "PIECE_CHARS", 16)  # many pieces, each on the thread
    plaintext = bytes(range(256)) * 4
    outer = _encrypted(ids, plaintext[:length])
    expected = jwe.decrypt_json(dict(outer), ids[1].enc_key,
                                registry=jose._jwe_registry(CAP)).plaintext
    assert jose.decrypt(outer, ids[1].enc_key, CAP) == expected == plaintext[:length]
    in_place = _in_place(_encrypted(ids, plaintext[:length]), "ciphertext") if length > 40 \
        else None
    if in_place is not None:
        assert jose.decrypt(in_place, ids[1].enc_key, CAP) == plaintext[:length]


@pytest.mark.parametrize(("where", "change", "code"), [
    (0.1, "flip", "decrypt_failed"), (0.9, "flip", "decrypt_failed"),
    (0.5, "+", "decrypt_failed"), (0.95, "!", "decrypt_failed"),
    (0.5, "\n", "not_json"), (0.95, "\x01", "not_json")])
def test_jwe_changed_in_any_piece_is_refused(
        ids: tuple[fpk.Identity, fpk.Identity], monkeypatch: pytest.MonkeyPatch,
        where: float, change: str, code: str) -> None:
    """A letter changed (the tag check fails at the end), a letter outside the alphabet
    in a later piece (found when that piece is decoded), or a control character (the
    document is then not JSON): each refused with its own sentence."""
    monkeypatch.setattr(jose, "PIECE_CHARS", 64)
    outer = _encrypted(ids, bytes(range(256)) * 8)
    text = outer["ciphertext"]
    at = int(len(text) * where)
    if change == "flip":
        swapped = "B" if text[at] == "A" else "A"
        outer["ciphertext"] = text[:at] + swapped + text[at + 1:]
        raw = json.dumps(outer).encode()
    else:
        raw = json.dumps(outer).encode().replace(
            text.encode(), (text[:at] + "@" + text[at + 1:]).encode()).replace(
            b"@", change.encode())
    scanned = payload.loads_envelope(raw, "bundle", "ciphertext")
    assert isinstance(scanned["ciphertext"], payload.Member)
    _rejected(code, jose.decrypt, scanned, ids[1].enc_key, CAP)
