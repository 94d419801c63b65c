"""Every rejection of SYNC-SPEC section 6 leaves the database exactly as it was and
exits non-zero with a sentence naming the cause; a duplicate is a no-op exiting 0."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sync_support import PASS, dump, keyed, network, recv, send, trust_both

from app.cli import run
from app.config import load_settings, save_settings
from app.services import attendance
from app.services import keys as keysvc
from app.services.workspace import Workspace
from app.sync import jose
from app.sync import payload as pl

PERSON = {"full_name": "Amani Kabila", "sex": "F", "category": "magistrate",
          "actor_type": "state"}


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", PASS)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def payload_of(path: Path) -> dict[str, Any]:
    """The payload of an unencrypted bundle."""
    return json.loads(unb64(json.loads(path.read_bytes())["payload"]))


def forge(src: Workspace, payload: dict[str, Any], out: Path,
          encrypt_to: Workspace | None = None) -> Path:
    """A bundle with ``payload`` validly signed by ``src`` (and encrypted)."""
    ident = keysvc.unlock(src, PASS)
    body = pl.dumps(jose.sign(pl.dumps(payload), ident.sign_key))
    if encrypt_to is not None:
        body = pl.dumps(jose.encrypt(body, [encrypt_to.node.enc_jwk]))
    out.write_bytes(body)
    return out


def import_cli(ws: Workspace, path: Path, capsys: pytest.CaptureFixture[str],
               *extra: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(["--home", str(ws.paths.home), "import", str(path), *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def assert_rejected(ws: Workspace, path: Path, capsys: pytest.CaptureFixture[str],
                    *words: str) -> None:
    before = dump(ws)
    archived = sorted(ws.paths.archive.iterdir())
    code, _out, err = import_cli(ws, path, capsys)
    assert code != 0
    assert dump(ws) == before
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    for word in words:
        assert word in err.lower(), err
    assert sorted(ws.paths.archive.iterdir()) == archived


@pytest.fixture
def net(make_node: Any) -> tuple[Workspace, Workspace, Workspace]:
    a, hq, b = network(make_node)
    attendance.create_participant(a, PERSON)
    return a, hq, b


Mutator = Callable[[dict[str, Any]], None]


def test_tampered_payload(net: Any, capsys: Any) -> None:
    a, hq, _b = net
    path = send(a, hq, encrypt=False)
    outer = json.loads(path.read_bytes())
    inner = payload_of(path)
    inner["changes"][-1]["fields"]["full_name"] = "Someone Else"
    outer["payload"] = b64(pl.dumps(inner))
    path.write_text(json.dumps(outer))
    assert_rejected(hq, path, capsys, "signature")


def test_tampered_ciphertext(net: Any, capsys: Any) -> None:
    a, hq, _b = net
    path = send(a, hq)
    outer = json.loads(path.read_bytes())
    c = outer["ciphertext"]
    outer["ciphertext"] = c[:10] + ("A" if c[10] != "A" else "B") + c[11:]
    path.write_text(json.dumps(outer))
    assert_rejected(hq, path, capsys, "decrypted")


def test_tampered_jws_protected_header(net: Any, capsys: Any) -> None:
    a, hq, _b = net
    path = send(a, hq, encrypt=False)
    outer = json.loads(path.read_bytes())
    header = json.loads(unb64(outer["signatures"][0]["protected"]))
    header["x-note"] = "harmless?"
    outer["signatures"][0]["protected"] = b64(json.dumps(header).encode())
    path.write_text(json.dumps(outer))
    assert_rejected(hq, path, capsys, "signature")


def test_tampered_jwe_protected_header(net: Any, capsys: Any) -> None:
    a, hq, _b = net
    path = send(a, hq)
    outer = json.loads(path.read_bytes())
    header = json.loads(unb64(outer["protected"]))
    header["x-note"] = "harmless?"
    outer["protected"] = b64(json.dumps(header).encode())
    path.write_text(json.dumps(outer))
    assert_rejected(hq, path, capsys, "decrypted")


def test_unknown_signer(make_node: Any, capsys: Any) -> None:
    hq = keyed(make_node("hq", "HQ", None))
    stranger = keyed(make_node("field", "Stranger", "UNSMIL"))
    card = keysvc.read_card_file(Path(keysvc.write_card(hq, hq.paths.home)["card"]))
    keysvc.trust(stranger, card, card.fingerprint)  # the stranger knows HQ, not the reverse
    assert_rejected(hq, send(stranger, hq), capsys, "does not trust")


def test_revoked_signer(net: Any, capsys: Any) -> None:
    a, hq, _b = net
    assert recv(hq, send(a, hq))["status"] == "imported"
    keysvc.revoke(hq, a.node.sign_kid, "laptop stolen in Goma")
    attendance.create_participant(a, dict(PERSON, full_name="After Theft"))
    assert_rejected(hq, send(a, hq), capsys, "revoked")


def test_wrong_audience(net: Any, capsys: Any) -> None:
    a, hq, b = net
    trust_both(a, b)
    assert_rejected(b, send(a, hq, encrypt=False), capsys, "addressed to another node")


def test_not_encrypted_to_this_node(net: Any, capsys: Any) -> None:
    a, hq, b = net
    trust_both(a, b)
    assert_rejected(b, send(a, hq), capsys, "not encrypted to this node")


def test_truncated_file(net: Any, capsys: Any) -> None:
    a, hq, _b = net
    path = send(a, hq)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert_rejected(hq, path, capsys, "not valid json")


def test_not_json(net: Any, capsys: Any, tmp_path: Path) -> None:
    _a, hq, _b = net
    path = tmp_path / "holiday.fpbundle"
    path.write_bytes(b"\x89PNG\r\n not a bundle at all")
    assert_rejected(hq, path, capsys, "not valid json")


def test_json_but_not_a_bundle(net: Any, capsys: Any, tmp_path: Path) -> None:
    _a, hq, _b = net
    path = tmp_path / "list.fpbundle"
    path.write_text('{"participants": []}')
    assert_rejected(hq, path, capsys, "not a focalpoint bundle")


def test_deeply_nested_file(net: Any, capsys: Any, tmp_path: Path) -> None:
    _a, hq, _b = net
    path = tmp_path / "deep.fpbundle"
    path.write_text("[" * 200_000 + "]" * 200_000)
    assert_rejected(hq, path, capsys, "nested too deeply")


def test_deeply_nested_signed_payload(net: Any, capsys: Any, tmp_path: Path) -> None:
    a, hq, _b = net
    inner = payload_of(send(a, hq, encrypt=False))
    deep: Any = "x"
    for _ in range(200):
        deep = [deep]
    inner["changes"][0]["fields"]["name"] = deep
    assert_rejected(hq, forge(a, inner, tmp_path / "deep.fpbundle", hq), capsys,
                    "nested too deeply")


def test_oversized_file(net: Any, capsys: Any, tmp_path: Path) -> None:
    _a, hq, _b = net
    settings = load_settings(hq.paths)
    settings["bundle_size_cap_mib"] = 1
    save_settings(hq.paths, settings)
    path = tmp_path / "big.fpbundle"
    path.write_text('{"payload": "' + "A" * (2 * 1024 * 1024) + '", "signatures": []}')
    assert_rejected(hq, path, capsys, "larger")


@pytest.mark.parametrize(("mutate", "words"), [
    (lambda p: p.pop("changes"), ("not valid",)),
    (lambda p: p["changes"][0].update(op="explode"), ("not valid",)),
    (lambda p: p["changes"][0].update(table="salary"), ("not valid",)),
    (lambda p: p.update(seq="seven"), ("not valid",)),
    (lambda p: p["changes"][0]["fields"].update(password="x"), ("does not know",)),
    (lambda p: p["changes"][-1]["fields"].update(full_name=None), ("invalid value",)),
    (lambda p: p["changes"][-1]["fields"].update(sex=7), ("invalid value",)),
    (lambda p: p.update(format_version=2), ("update the application",)),
    (lambda p: p.update(schema_version="9999"), ("update the application",)),
    (lambda p: p["source"].update(node_id="6f0c3a52-9a57-4b8e-9a0b-3c1f5e7d2a10"),
     ("another node than the key",)),
])
def test_invalid_signed_payloads(net: Any, capsys: Any, tmp_path: Path, mutate: Mutator,
                                 words: tuple[str, ...]) -> None:
    a, hq, _b = net
    inner = payload_of(send(a, hq, encrypt=False))
    mutate(inner)
    assert_rejected(hq, forge(a, inner, tmp_path / "bad.fpbundle", hq), capsys, *words)


def test_equivocation(net: Any, capsys: Any, tmp_path: Path) -> None:
    a, hq, _b = net
    path = send(a, hq, encrypt=False)
    assert recv(hq, path)["status"] == "imported"
    inner = payload_of(path)
    inner["changes"][-1]["fields"]["full_name"] = "Forged Name"
    assert_rejected(hq, forge(a, inner, tmp_path / "clone.fpbundle", hq), capsys,
                    "same number")
    incidents = (hq.paths.logs / "security-incidents.jsonl").read_text()
    assert "equivocation" in incidents
    assert "Forged" not in incidents


def test_duplicate_import_is_a_noop_exiting_zero(net: Any, capsys: Any) -> None:
    a, hq, _b = net
    path = send(a, hq)
    code, _out, _err = import_cli(hq, path, capsys)
    assert code == 0
    before = dump(hq)
    code, out, _err = import_cli(hq, path, capsys, "--json")
    assert code == 0
    assert json.loads(out)["status"] == "duplicate"
    assert dump(hq) == before


def test_wrong_passphrase_is_one_sentence(net: Any, capsys: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    a, hq, _b = net
    path = send(a, hq)
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", "not the passphrase")
    before = dump(hq)
    code, _out, err = import_cli(hq, path, capsys)
    assert code != 0
    assert "passphrase is wrong" in err
    assert dump(hq) == before
