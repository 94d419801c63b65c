"""The sync command line end to end: init makes sealed keys, cards are exchanged and
trusted by fingerprint, export/import/conflicts work, errors are one sentence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sync_support import PASS, network, recv, send

from app.cli import run
from app.services import attendance, records, syncing


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = run(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_init_to_import_through_the_cli(tmp_path: Path, capsys: Any,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Real Argon2id MODERATE costs: init seals the keys, export/import unlock them."""
    pw = tmp_path / "pass.txt"
    pw.write_text("a long field passphrase\n")
    field, hq = str(tmp_path / "field"), str(tmp_path / "hq")
    common = ["--passphrase-file", str(pw)]
    assert cli(capsys, "--home", field, *common, "init", "--kind", "field", "--name", "Goma",
               "--mission", "MONUSCO")[0] == 0
    code, out, _ = cli(capsys, "--home", hq, *common, "init", "--kind", "hq", "--name", "HQ")
    assert code == 0
    assert "Fingerprint" in out
    sealed = (Path(hq) / "keys" / "node-keys.sealed.json").read_text()
    assert '"d"' not in sealed and "argon2id" in sealed
    for me, other in ((field, hq), (hq, field)):
        card = tmp_path / f"{Path(other).name}.fpkey.json"
        code, out, _ = cli(capsys, "--home", other, "keys", "card", "--out", str(card), "--json")
        fp = json.loads(out)["fingerprint"]
        code, _, err = cli(capsys, "--home", me, "keys", "trust", str(card),
                           "--fingerprint", fp[:-1] + ("A" if fp[-1] != "A" else "B"))
        assert code != 0 and "does not match" in err
        assert cli(capsys, "--home", me, "keys", "trust", str(card), "--fingerprint", fp)[0] == 0
    code, out, _ = cli(capsys, "--home", field, *common, "export", "--to", "HQ",
                       "--out", str(tmp_path / "usb"))
    bundle = Path(out.strip())
    assert code == 0 and bundle.name == "goma-to-hq-1.fpbundle"
    code, out, _ = cli(capsys, "--home", hq, *common, "import", str(bundle), "--json")
    result = json.loads(out)
    assert code == 0
    assert (result["status"], result["seq"], result["applied"]) == ("imported", 1, 1)
    code, out, _ = cli(capsys, "--home", hq, "list", "imports", "--json")
    assert json.loads(out)[0]["status"] == "imported"
    code, out, _ = cli(capsys, "--home", hq, "keys", "list", "--json")
    assert {r["name"] for r in json.loads(out)} == {"HQ", "Goma"}


def test_init_without_passphrase_and_terminal_fails_clearly(tmp_path: Path, capsys: Any,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.delenv("FOCALPOINT_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _out, err = cli(capsys, "--home", str(tmp_path / "n"), "init", "--kind", "hq",
                          "--name", "HQ")
    assert code != 0
    assert "passphrase" in err and "Traceback" not in err


def test_passphrase_change(make_node: Any, tmp_path: Path, capsys: Any,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    a, hq, _b = network(make_node)
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", PASS)
    monkeypatch.setenv("FOCALPOINT_NEW_PASSPHRASE", "a brand new passphrase")
    assert cli(capsys, "--home", str(hq.paths.home), "keys", "passphrase")[0] == 0
    path = send(a, hq)
    code, _o, err = cli(capsys, "--home", str(hq.paths.home), "import", str(path))
    assert code != 0 and "passphrase is wrong" in err
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", "a brand new passphrase")
    assert cli(capsys, "--home", str(hq.paths.home), "import", str(path))[0] == 0


def test_conflict_list_and_resolve_cli(make_node: Any, capsys: Any,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    a, hq, _b = network(make_node)
    person = attendance.create_participant(a, {"full_name": "Amani Kabila", "sex": "F",
                                               "category": "magistrate",
                                               "actor_type": "state"})
    recv(hq, send(a, hq))
    records.update(a, "participant", person["id"], {"position": "Judge"})
    records.update(hq, "participant", person["id"], {"position": "Prosecutor"})
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", PASS)
    path = send(a, hq)
    code, out, _ = cli(capsys, "--home", str(hq.paths.home), "import", str(path), "--dry-run",
                       "--json")
    assert json.loads(out)["conflicts"] == 1
    assert syncing.list_conflicts(hq) == []
    cli(capsys, "--home", str(hq.paths.home), "import", str(path))
    code, out, _ = cli(capsys, "--home", str(hq.paths.home), "list", "conflicts", "--json")
    conflict = json.loads(out)[0]
    code, _o, err = cli(capsys, "--home", str(hq.paths.home), "conflicts", "resolve",
                        "no-such-id", "--keep", "local")
    assert code != 0 and "No conflict" in err
    code, _o, _e = cli(capsys, "--home", str(hq.paths.home), "conflicts", "resolve",
                       conflict["id"], "--keep", "incoming")
    assert code == 0
    assert records.get(hq, "participant", person["id"])["position"] == "Judge"


def test_revoke_and_enrolment_cli(make_node: Any, tmp_path: Path, capsys: Any,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    a, hq, b = network(make_node)
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", PASS)
    code, _o, err = cli(capsys, "--home", str(hq.paths.home), "keys", "revoke",
                        a.node.sign_kid, "--reason", "")
    assert code != 0 and "reason" in err
    code, out, _ = cli(capsys, "--home", str(hq.paths.home), "keys", "revoke",
                       a.node.sign_kid, "--reason", "stolen", "--json")
    assert code == 0 and json.loads(out)["revoked"] is True
    code, out, _ = cli(capsys, "--home", str(b.paths.home), "keys", "enrolment", "--out",
                       str(tmp_path))
    assert code == 0
    fresh = make_node("hq", "Second HQ", None)
    from sync_support import keyed

    keyed(fresh)
    code, out, _ = cli(capsys, "--home", str(fresh.paths.home), "import", out.strip(), "--json")
    result = json.loads(out)
    assert code == 0
    assert result["status"] == "enrolment"
    assert result["fingerprint"].replace(" ", "") == b.node.sign_kid
    code, out, _ = cli(capsys, "--home", str(fresh.paths.home), "keys", "list", "--json")
    assert len(json.loads(out)) == 1  # importing an enrolment trusts nothing
