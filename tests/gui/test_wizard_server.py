"""First run at headquarters on a PostgreSQL server: the wizard's database URL field."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.config import Paths
from app.gui.app import open_workspace
from app.gui.util import WindowSettings
from app.gui.wizard import FirstRunWizard


def test_database_url_is_for_headquarters_and_must_be_postgresql(qtbot: Any) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    page = wizard.node_page
    assert not page.db_url.isEnabled()  # a field node keeps its data in its own file
    page.hq_kind.setChecked(True)
    assert page.db_url.isEnabled()
    page.name.setText("OROLSI New York")
    page.operator.setText("Analyst")
    page.db_url.setText("mysql://analyst@db/focalpoint")
    assert not page.validatePage()
    assert "postgresql+psycopg://" in page.error.text()
    page.db_url.setText("postgresql+psycopg://analyst@db.hq.example.org/focalpoint")
    assert page.validatePage()
    assert wizard.answers().db_url.startswith("postgresql+psycopg://analyst@")
    page.field_kind.setChecked(True)
    page.mission.setText("MONUSCO")
    assert wizard.answers().db_url == ""


@pytest.fixture
def pg_database() -> Any:
    admin_url = os.environ.get("FOCALPOINT_TEST_PG_URL")
    if not admin_url:
        pytest.skip("PostgreSQL suites need FOCALPOINT_TEST_PG_URL (bash .ci/run sets it)")
    name = f"fp_wizard_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def test_first_run_on_a_server_is_remembered(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                             pg_database: str, dialog_log: Any,
                                             qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from app.gui import app as gui_app
    from app.gui import wizard

    asked: list[int] = []

    def fake_exec(self: Any) -> int:
        asked.append(1)
        self.node_page.hq_kind.setChecked(True)
        self.node_page.name.setText("OROLSI New York")
        self.node_page.operator.setText("Analyst")
        self.node_page.db_url.setText(pg_database)
        self.passphrase_page.passphrase.setText("violet tractor sings")
        self.passphrase_page.again.setText("violet tractor sings")
        return 1

    titles: list[str] = []

    def fake_app_exec(*_a: Any) -> int:
        # The event loop: the window shows at once, the database opens on the worker.
        qtbot.waitUntil(lambda: all(w.ctx.ready for w in QApplication.topLevelWidgets()
                                    if w.isVisible() and hasattr(w, "ctx")), timeout=20_000)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                titles.append(widget.windowTitle())
                widget.close()
        return 0

    monkeypatch.setattr(wizard.FirstRunWizard, "exec", fake_exec)
    monkeypatch.setattr(QApplication, "exec", fake_app_exec)
    monkeypatch.setattr(gui_app.dialogs, "install_crash_handler", lambda *a: None)
    monkeypatch.delenv("FOCALPOINT_DB", raising=False)
    home = tmp_path / "hq"
    assert gui_app.run_gui(["--home", str(home)]) == 0
    assert not Paths(home).database.exists()  # the data went to the server
    assert WindowSettings(home).value("db_url") == pg_database
    ws = open_workspace(Paths(home), pg_database, "")
    assert ws is not None and ws.node.kind == "hq"
    ws.close()
    # Next start: the window opens on the server without asking again.
    assert gui_app.run_gui(["--home", str(home)]) == 0
    assert len(asked) == 1
    assert sum("OROLSI New York" in t for t in titles) == 2
