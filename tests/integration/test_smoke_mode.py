"""``python -m app --smoke``: the end-to-end build check (window offscreen, demo,
report, bundle round trip) passes on a working installation, and fails with a reason
when a shipped resource is missing or the run hangs."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.gui import smoke

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("FOCALPOINT_HOME", None)
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT, env=env)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_smoke_mode_runs_every_step_and_saves_a_screenshot(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = run_app("--smoke", f"--smoke-screenshot={shot}")

    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("FocalPoint ") and "smoke test passed" in line
    assert "490 demo records" in line and "pages" in line
    assert "changes imported" in line and "(0 applied)" not in line
    assert png_size(shot) == (1280, 800)
    assert shot.stat().st_size > 20_000  # a drawn window, not an empty picture


def test_smoke_mode_gives_up_with_a_reason_when_it_hangs() -> None:
    result = run_app("--smoke", "--smoke-timeout=0.01", timeout=120)

    assert result.returncode == smoke.EXIT_TIMEOUT
    assert "smoke test FAILED: no result after" in result.stderr


def test_missing_resource_fails_the_smoke_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "DejaVuSans.ttf").write_bytes(b"x")
    monkeypatch.setattr(smoke, "resources_dir", lambda: tmp_path)

    assert smoke.run_smoke(["--smoke"]) == smoke.EXIT_FAILED

    err = capsys.readouterr().err
    assert "FocalPoint smoke test FAILED: resources missing" in err
    assert "schemas/bundle-v1.schema.json" in err and "fonts/DejaVuSans-Bold.ttf" in err
    assert "fonts/DejaVuSans.ttf," not in err


def test_missing_migrations_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store import db

    monkeypatch.setattr(db, "MIGRATIONS_DIR", tmp_path / "migrations")

    with pytest.raises(smoke.SmokeError, match=r"migrations/env\.py, migrations/versions"):
        smoke.check_resources(ROOT / "resources")


def test_repository_has_every_resource_the_smoke_run_requires() -> None:
    assert smoke.check_resources(ROOT / "resources") >= len(smoke.REQUIRED_RESOURCES) + 2


def test_screenshot_option_also_comes_from_the_environment(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(smoke.SCREENSHOT_ENV, str(tmp_path / "a.png"))
    assert smoke.parse_smoke_options(["--smoke"]).smoke_screenshot == tmp_path / "a.png"
    options = smoke.parse_smoke_options(["--smoke", "--smoke-screenshot=b.png",
                                         "--smoke-timeout=5"])
    assert (options.smoke_screenshot, options.smoke_timeout) == (Path("b.png"), 5.0)


def test_a_dialog_during_the_page_visit_is_closed_and_fails_the_run(ws: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.gui import main_window

    QApplication.instance() or QApplication([])
    original = main_window.MainWindow.show_page
    asked: list[str] = []

    def show_page_with_dialog(self: Any, key: str) -> Any:
        page = original(self, key)
        if key == "lessons" and not asked:
            asked.append(key)
            box = QMessageBox(QMessageBox.Icon.Warning, "FocalPoint", "Something went wrong")
            QTimer.singleShot(5000, box.close)  # the watcher must be faster than this
            box.exec()
        return page

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(main_window.MainWindow, "show_page", show_page_with_dialog)
        with pytest.raises(smoke.SmokeError, match="a dialog opened: Something went wrong"):
            smoke.visit_pages(ws, None)
    assert asked == ["lessons"]
