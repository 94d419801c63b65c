"""Paths, settings and logging."""

import json
import logging

from app.config import SETTINGS, Paths, load_settings, resolve_home, save_settings, setup_logging


def test_home_option_beats_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FOCALPOINT_HOME", str(tmp_path / "env"))
    assert resolve_home(str(tmp_path / "opt")) == (tmp_path / "opt").resolve()
    assert resolve_home(None) == (tmp_path / "env").resolve()
    monkeypatch.delenv("FOCALPOINT_HOME")
    assert "FocalPoint" in str(resolve_home(None))


def test_database_url_default_and_override(tmp_path, monkeypatch):
    paths = Paths(tmp_path)
    assert paths.database_url() == f"sqlite:///{tmp_path / 'focalpoint.db'}"
    assert paths.database_url("postgresql+psycopg://x/y") == "postgresql+psycopg://x/y"
    monkeypatch.setenv("FOCALPOINT_DB", "sqlite:////elsewhere.db")
    assert paths.database_url() == "sqlite:////elsewhere.db"


def test_settings_defaults_round_trip_and_bad_file(tmp_path):
    paths = Paths(tmp_path)
    defaults = load_settings(paths)
    assert defaults == {s.key: s.default for s in SETTINGS}
    save_settings(paths, {**defaults, "language": "fr", "unknown": 1})
    assert load_settings(paths)["language"] == "fr"
    assert json.loads(paths.settings_file.read_text())["version"] == 1
    paths.settings_file.write_text("{not json")
    assert load_settings(paths) == defaults
    paths.settings_file.write_text(json.dumps({"language": 5, "version": 1}))
    assert load_settings(paths)["language"] == ""  # wrong type -> default


def test_log_file_follows_the_open_home(tmp_path):
    first, second = Paths(tmp_path / "a"), Paths(tmp_path / "b")
    setup_logging(first)
    setup_logging(second)
    logging.getLogger("app.test").info("node opened")
    handlers = [h for h in logging.getLogger("app").handlers
                if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert [h.baseFilename for h in handlers] == [str(second.logs / "focalpoint.log")]
    handlers[0].flush()
    assert "node opened" in (second.logs / "focalpoint.log").read_text()
