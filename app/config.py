"""Paths, settings and logging. Nothing is resolved at import time: ``main()`` calls
:func:`resolve_home` with the ``--home`` option and builds a :class:`Paths`."""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "FocalPoint"
APP_AUTHOR = "UN-OROLSI"
HOME_ENV = "FOCALPOINT_HOME"
DB_ENV = "FOCALPOINT_DB"


def resolve_home(option: str | None) -> Path:
    """The node's folder: ``--home``, else ``$FOCALPOINT_HOME``, else the user data folder."""
    if option:
        return Path(option).expanduser().resolve()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """The shipped ``resources`` folder (fonts, demo data, schemas, translations).

    Inside a PyInstaller build it is unpacked under ``sys._MEIPASS``; otherwise it is
    the repository's ``resources/`` next to the ``app`` package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class Paths:
    """Every file and folder of one node, derived from its home folder."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / "focalpoint.db"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def keys(self) -> Path:
        return self.home / "keys"

    @property
    def archive(self) -> Path:
        return self.home / "archive"

    @property
    def outbox(self) -> Path:
        return self.home / "outbox"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.json"

    def database_url(self, override: str | None = None) -> str:
        """``--db``, else ``$FOCALPOINT_DB``, else the SQLite file in the home folder."""
        return override or os.environ.get(DB_ENV) or f"sqlite:///{self.database}"

    def ensure(self) -> None:
        for folder in (self.home, self.backups, self.keys, self.archive, self.outbox, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        # Keys and participant data live here: keep the folder private on POSIX.
        if os.name == "posix":
            self.home.chmod(0o700)
            self.keys.chmod(0o700)


# --- settings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SettingSpec:
    """One setting, declared once: its type, default and title."""

    key: str
    type: type
    default: Any
    title: str


SETTINGS_VERSION = 1
SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("language", str, "", "Interface language (empty: the system's)"),
    SettingSpec("bundle_size_cap_mib", int, 256, "Largest bundle accepted on import (MiB)"),
    SettingSpec("report_pseudonymise", bool, False, "Pseudonymise names in reports by default"),
)
_SPECS = {s.key: s for s in SETTINGS}


def _migrate_settings(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings dict of any older version to SETTINGS_VERSION."""
    version = int(data.get("version", 0))
    if version < 1:
        data = {k: v for k, v in data.items() if k in _SPECS}
    data["version"] = SETTINGS_VERSION
    return data


def load_settings(paths: Paths) -> dict[str, Any]:
    """Settings with defaults for what is missing; an unreadable file gives defaults."""
    values = {s.key: s.default for s in SETTINGS}
    try:
        raw = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return values
    if isinstance(raw, dict):
        raw = _migrate_settings(raw)
        for key, spec in _SPECS.items():
            if key in raw and isinstance(raw[key], spec.type):
                values[key] = raw[key]
    return values


def save_settings(paths: Paths, values: dict[str, Any]) -> None:
    data = {k: v for k, v in values.items() if k in _SPECS}
    data["version"] = SETTINGS_VERSION
    tmp = paths.settings_file.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    tmp.replace(paths.settings_file)


# --- logging ----------------------------------------------------------------------------


def setup_logging(paths: Paths, level: int = logging.INFO) -> None:
    """A rotating log file in the node's log folder. Never logs personal data:
    modules log ids and counts, not names."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("app")
    target = str(paths.logs / "focalpoint.log")
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if old.baseFilename == target:
            return
        root.removeHandler(old)  # another home was opened in this process
        old.close()
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "focalpoint.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
