"""The command line contract (DESIGN.md): init, stats, list, db check/backup/restore and
participants import, run in-process through ``app.cli.run`` and, for the real entry
point, through ``python -m app``. Exit codes, JSON shapes, and errors that are one
sentence on stderr without a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import run
from app.services import (
    activities,
    admin,
    assessments,
    attendance,
    initiatives,
    lessons,
    network,
    records,
)

PASSPHRASE = "a long enough test passphrase"
LIST_NAMES = [*admin.RECORD_LISTS, *admin.OTHER_LISTS]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = run(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def one_sentence(err: str) -> str:
    """Assert ``err`` is one line, one sentence, prefixed, without a traceback."""
    text = err.strip()
    assert "Traceback" not in err
    assert text.count("\n") == 0, err
    assert text.startswith("focalpoint: ") and text.endswith("."), err
    assert not re.search(r"(?<!e\.g)\.\s+[A-Z]", text), err
    return text


@pytest.fixture
def home(ws: Any) -> str:
    return str(ws.paths.home)


@pytest.fixture
def activity_id(ws: Any) -> str:
    mission = network.mission_by_code(ws, "MONUSCO")
    return activities.create_activity(ws, {
        "title": "Formation sur la déradicalisation", "kind": "training",
        "mission_id": mission["id"], "start_date": "2024-03-04", "end_date": "2024-03-06",
        "venue_city": "Beni", "venue_country": "CD"})["id"]


def _fill(ws: Any, activity_id: str) -> None:
    """At least one record in every synchronised table."""
    mission = network.mission_by_code(ws, "MONUSCO")
    entity = network.create_entity(ws, {"name": "Police nationale congolaise",
                                        "acronym": "PNC", "sector": "police"})
    network.create_focal_point(ws, {"full_name": "Marie Dupont", "mission_id": mission["id"],
                                    "email": "m.dupont@un.org"})
    assessment = assessments.create_assessment(ws, {
        "title": "Needs of the PNC", "mission_id": mission["id"], "method": "interviews",
        "status": "draft"}, [entity["id"]])
    assessments.add_finding(ws, {"assessment_id": assessment["id"], "title": "No VEO unit",
                                 "thematic_area": "prisons_veo", "severity": "high"})
    initiatives.create_initiative(ws, {"title": "Pilot", "mission_id": mission["id"],
                                       "status": "ongoing"})
    lessons.create_lesson(ws, {"title": "Involve prison staff", "kind": "lesson",
                               "thematic_area": "prisons_veo", "text": "Early."})
    attendance.add_walk_in(ws, activity_id, {"full_name": "Élodie Mbeki", "sex": "f",
                                             "category": "magistrate", "actor_type": "state"})


# --- init -------------------------------------------------------------------------------


def test_init_field_and_hq(tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
                           ) -> None:
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", PASSPHRASE)
    field = str(tmp_path / "field")
    code, out, err = cli(capsys, "--home", field, "init", "--kind", "field", "--name", "Goma",
                         "--mission", "monusco", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"node_id", "kind", "name", "mission", "home"}
    assert (data["kind"], data["name"], data["mission"]) == ("field", "Goma", "MONUSCO")
    assert Path(data["home"]) == Path(field).resolve()
    code, out, _ = cli(capsys, "--home", field, "list", "missions", "--json")
    assert [m["code"] for m in json.loads(out)] == ["MONUSCO"]

    hq = str(tmp_path / "hq")
    code, out, err = cli(capsys, "--home", hq, "init", "--kind", "hq", "--name", "OROLSI HQ")
    assert code == 0 and "Initialised the hq node 'OROLSI HQ'" in out
    code, out, _ = cli(capsys, "--home", hq, "list", "nodes", "--json")
    (node,) = json.loads(out)
    assert (node["kind"], node["mission_code"], node["is_self"]) == ("hq", None, True)
    code, out, _ = cli(capsys, "--home", hq, "stats", "--json")
    assert json.loads(out)["mission"] == 0


def test_field_node_without_mission_is_refused(tmp_path: Path, capsys: Any) -> None:
    home = tmp_path / "field"
    code, out, err = cli(capsys, "--home", str(home), "init", "--kind", "field",
                         "--name", "Goma")
    assert code == 2 and out == ""
    assert "mission code" in one_sentence(err)
    assert not (home / "focalpoint.db").exists()


def test_init_twice_is_refused_and_keeps_the_node(home: str, capsys: Any) -> None:
    code, out, _ = cli(capsys, "--home", home, "list", "nodes", "--json")
    before = json.loads(out)
    code, out, err = cli(capsys, "--home", home, "init", "--kind", "hq", "--name", "Other")
    assert code == 1
    assert "already the node 'MONUSCO Goma'" in one_sentence(err)
    code, out, _ = cli(capsys, "--home", home, "list", "nodes", "--json")
    assert json.loads(out) == before


@pytest.mark.parametrize("argv", [
    ["stats"], ["list", "participants"], ["db", "check"], ["db", "backup", "--out", "b.db"],
    ["participants", "import", "list.csv", "--activity", "x"],
])
def test_commands_on_a_folder_without_node(tmp_path: Path, capsys: Any, argv: list[str]
                                           ) -> None:
    empty = tmp_path / "nothing"
    code, out, err = cli(capsys, "--home", str(empty), *argv)
    assert code == 1 and out == ""
    assert "run 'focalpoint init' first" in one_sentence(err)
    assert not empty.exists()  # nothing was made


# --- stats and list ---------------------------------------------------------------------


def test_stats_json(ws: Any, home: str, activity_id: str, capsys: Any) -> None:
    _fill(ws, activity_id)
    code, out, _ = cli(capsys, "--home", home, "stats", "--json")
    data = json.loads(out)
    assert code == 0
    assert all(isinstance(v, int) for v in data.values())
    assert {"mission", "participant", "attendance", "activity_day", "change_log",
            "audit_log", "node", "bundle_log", "conflict"} <= set(data)
    assert (data["mission"], data["activity"], data["activity_day"]) == (1, 1, 3)
    assert (data["participant"], data["attendance"], data["node"]) == (1, 1, 1)
    assert data["change_log"] == sum(records.counts(ws).values())  # one upsert each
    code, out, _ = cli(capsys, "--home", home, "stats")
    assert re.search(r"^participant\s+1$", out, re.M)


@pytest.mark.parametrize("name", LIST_NAMES)
def test_list_every_table(ws: Any, home: str, activity_id: str, capsys: Any, name: str
                          ) -> None:
    _fill(ws, activity_id)
    code, out, err = cli(capsys, "--home", home, "list", name, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list)
    if name in admin.RECORD_LISTS:
        assert len(rows) == records.counts(ws)[admin.RECORD_LISTS[name]] > 0
        assert all({"id", "version", "owner_mission", "deleted"} <= set(r) for r in rows)
    elif name == "nodes":
        assert [r["is_self"] for r in rows] == [True]
    else:
        assert rows == []  # no bundles or conflicts on a fresh node
    code, out, _ = cli(capsys, "--home", home, "list", name)
    assert code == 0 and out.strip()
    if name == "participants":
        assert "Élodie Mbeki" in out and out.split()[0] == "id"


def test_list_unknown_table_is_a_usage_error(home: str, capsys: Any) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(["--home", home, "list", "people"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'people'" in err and "Traceback" not in err


# --- db -----------------------------------------------------------------------------------


def test_db_check_backup_and_restore(ws: Any, home: str, activity_id: str, tmp_path: Path,
                                     capsys: Any) -> None:
    code, out, _ = cli(capsys, "--home", home, "db", "check", "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] is True and data["problems"] == []
    assert data["schema_revision"] and data["database"].endswith("focalpoint.db")

    backup = tmp_path / "saved" / "backup.db"
    code, out, _ = cli(capsys, "--home", home, "db", "backup", "--out", str(backup), "--json")
    assert code == 0 and json.loads(out)["backup"] == str(backup)
    assert json.loads(out)["bytes"] == backup.stat().st_size > 0

    _fill(ws, activity_id)  # changes made after the backup
    ws.close()
    code, out, _ = cli(capsys, "--home", home, "stats", "--json")
    assert json.loads(out)["participant"] == 1
    code, out, err = cli(capsys, "--home", home, "db", "restore", str(backup), "--json")
    assert code == 0, err
    saved = Path(json.loads(out)["previous_database_saved_as"])
    assert saved.is_file() and saved.parent == Path(home) / "backups"
    code, out, _ = cli(capsys, "--home", home, "stats", "--json")
    stats = json.loads(out)
    assert (stats["participant"], stats["activity"], stats["node"]) == (0, 1, 1)
    code, out, _ = cli(capsys, "--home", home, "db", "check")
    assert code == 0 and "sound" in out


@pytest.mark.parametrize(("content", "words"), [
    (b"name,sex\nA,F\n", "not a readable SQLite database"),
    (None, "does not exist"),
    (b"", "not a FocalPoint database"),
])
def test_restore_of_a_non_database_is_refused(ws: Any, home: str, activity_id: str,
                                              tmp_path: Path, capsys: Any,
                                              content: bytes | None, words: str) -> None:
    _fill(ws, activity_id)
    ws.close()
    source = tmp_path / "not-a-backup.db"
    if content is not None:
        source.write_bytes(content)
    code, before, _ = cli(capsys, "--home", home, "stats", "--json")
    code, out, err = cli(capsys, "--home", home, "db", "restore", str(source))
    assert code == 1 and out == ""
    assert "cannot be restored" in one_sentence(err) and words in err
    code, after, _ = cli(capsys, "--home", home, "stats", "--json")
    assert after == before
    assert not list((Path(home) / "backups").glob("before-restore-*"))


def test_backup_to_a_folder_is_refused(home: str, tmp_path: Path, capsys: Any) -> None:
    code, _out, err = cli(capsys, "--home", home, "db", "backup", "--out", str(tmp_path))
    assert code == 1 and "is a folder" in one_sentence(err)


# --- participants import ---------------------------------------------------------------------


def _list_file(tmp_path: Path, *rows: str, name: str = "participants.csv") -> str:
    path = tmp_path / name
    path.write_text("Nom complet;Sexe;Catégorie;Organisation\n" + "\n".join(rows) + "\n",
                    encoding="cp1252")
    return str(path)


def test_import_json_and_text(ws: Any, home: str, activity_id: str, tmp_path: Path,
                              capsys: Any) -> None:
    known = attendance.create_participant(ws, {
        "full_name": "Jean Kasongo", "sex": "m", "category": "police", "actor_type": "state",
        "organisation": "PNC"})
    path = _list_file(tmp_path, "Élodie Mbeki;F;magistrat;TGI Beni",
                      "Jean Kasongo;H;policier;PNC")
    code, out, err = cli(capsys, "--home", home, "participants", "import", path,
                         "--activity", activity_id, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["imported"] is True
    assert {k: data[k] for k in ("created", "matched", "registered", "skipped", "invalid")} \
        == {"created": 1, "matched": 1, "registered": 2, "skipped": 0, "invalid": 0}
    assert data["invalid_rows"] == [] and len(data["participant_ids"]) == 2
    assert data["matched_rows"] == [{"line": 3, "participant_id": known["id"]}]
    assert data["file"]["encoding"] == "cp1252" and data["file"]["delimiter"] == ";"
    code, out, _ = cli(capsys, "--home", home, "list", "attendance", "--json")
    assert {a["activity_id"] for a in json.loads(out)} == {activity_id}
    # The same list again: both are already registered, skipped, still a success.
    code, out, err = cli(capsys, "--home", home, "participants", "import", path,
                         "--activity", activity_id)
    assert code == 0 and err == ""
    assert "0 new participant(s)" in out and "2 skipped" in out
    assert "line 2 skipped: already registered for this activity" in out
    code, out, _ = cli(capsys, "--home", home, "list", "participants", "--json")
    assert len(json.loads(out)) == 2


def test_import_with_invalid_rows_exits_non_zero(home: str, activity_id: str,
                                                 tmp_path: Path, capsys: Any) -> None:
    path = _list_file(tmp_path, "Élodie Mbeki;F;magistrat;TGI Beni", "Sans Sexe;;policier;PNC",
                      "Jean Kasongo;H;policier;PNC", "Mauvais;Z;astronaute;PNC")
    code, out, err = cli(capsys, "--home", home, "participants", "import", path,
                         "--activity", activity_id, "--json")
    assert code == 2
    data = json.loads(out)
    assert data["imported"] is False and data["created"] == 0 and data["invalid"] == 2
    assert [r["line"] for r in data["invalid_rows"]] == [3, 5]
    assert set(data["invalid_rows"][1]["errors"]) == {"sex", "category"}
    lines = err.rstrip("\n").split("\n")
    assert "Traceback" not in err
    assert lines[0] == ("focalpoint: 2 of 4 rows of participants.csv are invalid, so nothing "
                        "was imported; fix them, or import the others with --skip-invalid.")
    assert lines[1] == "  line 3: Sex is required"
    assert lines[2].startswith("  line 5: Sex 'Z' is not a known value")
    assert "Category 'astronaute'" in lines[2] and len(lines) == 3
    code, out, _ = cli(capsys, "--home", home, "stats", "--json")
    assert json.loads(out)["participant"] == 0

    code, out, err = cli(capsys, "--home", home, "participants", "import", path,
                         "--activity", activity_id, "--dry-run")
    assert code == 2 and "Nothing was changed (dry run): 2 new" in out
    assert "import would be refused" in err

    code, out, err = cli(capsys, "--home", home, "participants", "import", path,
                         "--activity", activity_id, "--skip-invalid")
    assert code == 0
    assert "2 new participant(s)" in out and "2 invalid row(s) left out" in out
    assert err.startswith("  line 3 left out: Sex is required")
    code, out, _ = cli(capsys, "--home", home, "stats", "--json")
    assert json.loads(out)["participant"] == 2


@pytest.mark.parametrize(("argv", "code", "words"), [
    (["{file}", "--activity", "no-such-activity"], 1, "No activity with id no-such-activity"),
    (["{tmp}/missing.csv", "--activity", "{activity}"], 1, "does not exist"),
    (["{tmp}/garbage.csv", "--activity", "{activity}"], 1, "not a text or spreadsheet file"),
    (["{tmp}/columns.csv", "--activity", "{activity}"], 1, "no column for sex and category"),
    (["{tmp}/header.csv", "--activity", "{activity}"], 1, "no participants below it"),
    (["{tmp}/old.xls", "--activity", "{activity}"], 1, "old Excel"),
])
def test_import_file_errors_are_one_sentence(home: str, activity_id: str, tmp_path: Path,
                                             capsys: Any, argv: list[str], code: int,
                                             words: str) -> None:
    (tmp_path / "garbage.csv").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "columns.csv").write_text("Name,Organisation\nA,B\n")
    (tmp_path / "header.csv").write_text("Name,Sex,Category\n")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    values = {"file": _list_file(tmp_path, "A B;F;police;PNC"), "tmp": str(tmp_path),
              "activity": activity_id}
    args = [a.format(**values) for a in argv]
    got, out, err = cli(capsys, "--home", home, "participants", "import", *args)
    assert got == code and out == ""
    assert words in one_sentence(err)


def test_import_without_activity_is_a_usage_error(home: str, capsys: Any) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(["--home", home, "participants", "import", "list.csv"])
    assert exit_.value.code == 2
    assert "--activity" in capsys.readouterr().err


# --- the real entry point ------------------------------------------------------------------


def _app(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *argv], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_python_m_app_end_to_end(tmp_path: Path) -> None:
    env = {**os.environ, "FOCALPOINT_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FOCALPOINT_HOME", None)
    home = str(tmp_path / "node")
    done = _app("--home", home, "init", "--kind", "field", "--name", "Bunia", "--mission",
                "MONUSCO", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["mission"] == "MONUSCO"

    from app.config import Paths
    from app.services.workspace import Workspace

    ws = Workspace.open(Paths(Path(home)))
    try:
        mission = network.mission_by_code(ws, "MONUSCO")
        activity = activities.create_activity(ws, {
            "title": "Atelier", "kind": "workshop", "mission_id": mission["id"],
            "start_date": "2024-11-05", "end_date": "2024-11-06"})["id"]
    finally:
        ws.close()
    path = tmp_path / "liste.csv"
    path.write_text("Prénom\tNom\tSexe\tCatégorie\nÉlodie\tMBEKI\tF\tmagistrat\n"
                    "Jean\tKASONGO\tM\tpolicier\n", encoding="utf-16")
    done = _app("--home", home, "participants", "import", str(path), "--activity", activity,
                "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["created"] == 2
    done = _app("--home", home, "list", "participants", "--json", env=env)
    assert sorted(p["full_name"] for p in json.loads(done.stdout)) == ["Jean KASONGO",
                                                                       "Élodie MBEKI"]
    done = _app("--home", home, "list", "people", env=env)
    assert done.returncode == 2 and done.stderr.count("invalid choice") == 1
    done = _app("--home", str(tmp_path / "none"), "stats", env=env)
    assert done.returncode == 1 and done.stdout == ""
    assert "run 'focalpoint init' first" in one_sentence(done.stderr)
