"""``focalpoint --smoke``: check a build end to end without a person.

On throwaway nodes in a temporary folder it checks the shipped resources, makes a field
node with real (not weakened) sealed keys, loads the demo programme, opens the main
window offscreen and visits every page, renders the attendance report of a demo
activity, makes a headquarters node, exchanges identity cards both ways, exports a
bundle from the field node and imports it at headquarters. It prints one summary line
and exits 0, or prints the reason and exits non-zero. ``--smoke-screenshot=FILE`` (or
``$FOCALPOINT_SMOKE_SCREENSHOT``) saves a picture of the main window on the demo
programme; ``--smoke-timeout=SECONDS`` bounds the run (default 600). Write these two
with ``=``: the command line takes a bare word for the name of a command.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.config import Paths, resources_dir

#: Files a build must ship (relative to resources/), besides the migrations.
REQUIRED_RESOURCES = (
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "schemas/bundle-v1.schema.json",
    "demo/programme.json",
    "demo/rosters.json",
    "icons/focalpoint.svg",
    "icons/focalpoint-256.png",
)
SCREENSHOT_ENV = "FOCALPOINT_SMOKE_SCREENSHOT"
EXIT_FAILED = 1
EXIT_TIMEOUT = 3


class SmokeError(Exception):
    """A smoke step did not give what it should (the message says which and why)."""


def parse_smoke_options(argv: Sequence[str]) -> argparse.Namespace:
    """``--smoke-screenshot=FILE`` and ``--smoke-timeout=SECONDS`` (others are ignored)."""
    parser = argparse.ArgumentParser(prog="focalpoint --smoke", add_help=False,
                                     allow_abbrev=False)
    env = os.environ.get(SCREENSHOT_ENV)
    parser.add_argument("--smoke-screenshot", type=Path, default=Path(env) if env else None)
    parser.add_argument("--smoke-timeout", type=float, default=600.0)
    args, _rest = parser.parse_known_args(list(argv))
    return args


def check_resources(root: Path | None = None) -> int:
    """Raise SmokeError naming every required resource or migration file that is
    missing; returns how many files were checked."""
    from app.store import db

    root = root or resources_dir()
    missing = [name for name in REQUIRED_RESOURCES if not (root / name).is_file()]
    if not (db.MIGRATIONS_DIR / "env.py").is_file():
        missing.append("migrations/env.py")
    versions = list((db.MIGRATIONS_DIR / "versions").glob("*.py"))
    if not versions:
        missing.append("migrations/versions/*.py")
    if missing:
        raise SmokeError(f"resources missing from the installation: {', '.join(missing)}")
    return len(REQUIRED_RESOURCES) + 1 + len(versions)


def make_node(home: Path, kind: str, name: str, mission: str | None, passphrase: str) -> Any:
    """A node with its keys sealed by ``passphrase`` at the product's KDF costs."""
    from app.services import keys
    from app.services.workspace import init_node

    ws = init_node(Paths(home), kind=kind, name=name, mission=mission, operator="smoke test")
    keys.create_identity(ws, passphrase)
    return ws


def dialog_watcher(window: Any, problems: list[str]) -> Any:
    """A started timer that closes any modal dialog (offscreen nobody could) and notes
    it in ``problems``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def close_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog is not window:
            texts = [getattr(dialog, "text", lambda: "")(), dialog.windowTitle()]
            problems.append(f"a dialog opened: {' / '.join(t for t in texts if t)}")
            dialog.close()

    watcher = QTimer()
    watcher.timeout.connect(close_dialogs)
    watcher.start(200)
    return watcher


def visit_pages(ws: Any, screenshot: Path | None) -> int:
    """Open the main window, show every page, fail on any error or dialog; returns the
    number of pages shown."""
    from PySide6.QtWidgets import QApplication

    from app.gui.app import create_main_window

    problems: list[str] = []
    window = create_main_window(ws)
    window.ctx.runner.on_error = lambda _parent, exc: problems.append(f"{exc!r}")
    watcher = dialog_watcher(window, problems)
    window.resize(1280, 800)
    window.show()
    keys = [key for key, _label, _factory in window.factories]
    try:
        for key in keys:
            window.show_page(key)
            QApplication.processEvents()
            window.ctx.runner.wait(60_000)
        window.show_page("dashboard" if "dashboard" in keys else keys[0])  # QtCharts
        window.ctx.runner.wait(60_000)
        QApplication.processEvents()
        if screenshot is not None and not window.grab().save(str(screenshot)):
            problems.append(f"could not save the screenshot {screenshot}")
    finally:
        watcher.stop()
        window.close()
        window.ctx.runner.shutdown()
        QApplication.processEvents()
    if problems:
        raise SmokeError("the main window reported: " + "; ".join(problems))
    return len(keys)


def render_report(ws: Any, out_dir: Path) -> Path:
    """The attendance report of the demo activity with the most attendance records."""
    from app.services import records, reporting

    attendance = records.list_all(ws, "attendance")
    if not attendance:
        raise SmokeError("the demo programme loaded no attendance records")
    per_activity: dict[str, int] = {}
    for row in attendance:
        per_activity[row["activity_id"]] = per_activity.get(row["activity_id"], 0) + 1
    activity_id = max(per_activity, key=lambda key: per_activity[key])
    out = Path(reporting.attendance_report(ws, activity_id, out_dir / "attendance.pdf"))
    data = out.read_bytes() if out.is_file() else b""
    if not data.startswith(b"%PDF") or b"DejaVu" not in data:
        raise SmokeError(f"the attendance report {out.name} is not a PDF with the shipped font")
    return out


def round_trip(field: Any, field_pass: str, hq: Any, hq_pass: str, out_dir: Path
               ) -> dict[str, Any]:
    """Trust cards both ways, export a bundle from ``field`` and import it at ``hq``."""
    from app.services import keys, records, syncing

    for me, other in ((field, hq), (hq, field)):
        written = keys.write_card(other, out_dir / f"{other.node.kind}.fpkey.json")
        card = keys.read_card_file(Path(written["card"]))
        keys.trust(me, card, written["fingerprint"])
    sent = syncing.export_bundle(field, hq.node.id, keys.unlock(field, field_pass),
                                 out_dir=out_dir)
    hq_identity = keys.unlock(hq, hq_pass)
    result = syncing.import_bundle(hq, Path(sent["path"]), lambda: hq_identity)
    if result.get("status") != "imported" or not result.get("applied"):
        raise SmokeError(f"the bundle was not imported: {result.get('status')} "
                           f"{result.get('reason', '')}".strip())
    want, got = records.counts(field).get("activity"), records.counts(hq).get("activity")
    if not want or want != got:
        raise SmokeError(f"headquarters has {got} activities after the import, not {want}")
    return {"changes": sent["changes"], "bytes": sent["bytes"], "applied": result["applied"]}


def run_steps(argv: Sequence[str], options: argparse.Namespace) -> str:
    """Every smoke step in order; returns the summary line."""
    from app.gui.app import make_application
    from app.services.demo import load_demo

    started = time.monotonic()
    checked = check_resources()
    app = make_application(argv)
    if "DejaVu Sans" not in app.font().family():
        raise SmokeError("the shipped DejaVu Sans font was not registered with Qt")
    with tempfile.TemporaryDirectory(prefix="focalpoint-smoke-") as folder:
        root = Path(folder)
        field_pass, hq_pass = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        field = make_node(root / "field", "field", "Smoke field", "MONUSCO", field_pass)
        hq = make_node(root / "hq", "hq", "Smoke HQ", None, hq_pass)
        try:
            demo = load_demo(field)
            pages = visit_pages(field, options.smoke_screenshot)
            report = render_report(field, root)
            sync = round_trip(field, field_pass, hq, hq_pass, root)
            report_kb = report.stat().st_size // 1024
        finally:
            field.close()
            hq.close()
    total = sum(v for v in demo.values() if isinstance(v, int))
    return (f"FocalPoint {__version__} smoke test passed: {checked} resource files, "
            f"{total} demo records, {pages} pages, attendance report {report_kb} KB, "
            f"bundle of {sync['changes']} changes imported ({sync['applied']} applied), "
            f"{time.monotonic() - started:.1f} s.")


def say(text: str, *, error: bool = False) -> None:
    """Print a line (a windowed Windows executable has no console: then nothing)."""
    stream = sys.stderr if error else sys.stdout
    if stream is not None:
        print(text, file=stream, flush=True)


def _watchdog(seconds: float) -> threading.Timer:
    """Exit the process if the smoke run hangs (e.g. on a dialog nobody can close)."""
    def expire() -> None:
        say(f"FocalPoint smoke test FAILED: no result after {seconds:.0f} s.", error=True)
        os._exit(EXIT_TIMEOUT)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    return timer


def run_smoke(argv: Sequence[str]) -> int:
    """Run the smoke test; 0 when every step passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    options = parse_smoke_options(argv)
    timer = _watchdog(options.smoke_timeout)
    try:
        summary = run_steps(argv, options)
    except Exception as exc:  # the smoke run reports every failure the same way
        say(traceback.format_exc().rstrip(), error=True)
        say(f"FocalPoint smoke test FAILED: {exc}", error=True)
        return EXIT_FAILED
    finally:
        timer.cancel()
    say(summary)
    return 0
