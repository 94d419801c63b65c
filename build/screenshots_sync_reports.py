"""Screenshots of the Sync and Reports pages, offscreen, over a demo node that trusts an
HQ node and has bundles, a refusal and conflicts to show.

    QT_QPA_PLATFORM=offscreen python build/screenshots_sync_reports.py [OUT_DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.config import Paths
from app.gui import sync_dialogs
from app.gui.app import create_main_window, make_application
from app.services import attendance, demo, keys, records, syncing
from app.services.workspace import Workspace, init_node
from app.sync.keys import WEAK_FOR_TESTS

PASS = "screenshots only"
PERSON = {"full_name": "Amani Kabila", "sex": "F", "category": "magistrate",
          "actor_type": "state", "country": "CD"}


def _send(src: Workspace, dst: Workspace, out: Path) -> Path:
    return Path(syncing.export_bundle(src, dst.node.id, keys.unlock(src, PASS),
                                      out_dir=out)["path"])


def _recv(dst: Workspace, path: Path) -> None:
    syncing.import_bundle(dst, path, lambda: keys.unlock(dst, PASS))


def network(home: Path) -> tuple[Workspace, Workspace, list[Path]]:
    """MONUSCO (demo data) and HQ trusting each other, one conflict, and three bundles
    for MONUSCO to check: a good one, a tampered copy and one already imported."""
    ws = init_node(Paths(home / "goma"), kind="field", name="MONUSCO Goma",
                   mission="MONUSCO", operator="Amina K.")
    hq = init_node(Paths(home / "hq"), kind="hq", name="ORoLSI HQ", mission=None,
                   operator="Jonas M.")
    tripoli = init_node(Paths(home / "tripoli"), kind="field", name="UNSMIL Tripoli",
                        mission="UNSMIL", operator="Salma B.")
    for node in (ws, hq, tripoli):
        keys.create_identity(node, PASS, kdf=WEAK_FOR_TESTS)
    for x, y in ((ws, hq), (hq, ws), (ws, tripoli)):
        card = keys.read_card_file(Path(keys.write_card(y, home)["card"]))
        keys.trust(x, card, card.fingerprint)
    keys.revoke(ws, tripoli.node.id, "laptop stolen on 3 March")
    demo.load_demo(ws)
    person = attendance.create_participant(ws, PERSON)
    bundles = home / "usb"
    _recv(hq, _send(ws, hq, bundles))
    _recv(ws, _send(hq, ws, bundles))
    records.update(hq, "participant", person["id"], {"position": "Judge", "phone": "+243 1"})
    records.update(ws, "participant", person["id"], {"position": "Prosecutor",
                                                      "phone": "+243 2"})
    old = _send(hq, ws, bundles)
    _recv(ws, old)
    records.create(hq, "lesson", {"title": "Brief the prison directors first",
                                  "kind": "lesson", "thematic_area": "prisons_veo",
                                  "text": "Directors who were briefed sent more staff."})
    good = _send(hq, ws, bundles)
    outer = json.loads(good.read_text())
    outer["ciphertext"] = outer["ciphertext"][:40] + "AAAA" + outer["ciphertext"][44:]
    tampered = bundles / "orolsi-hq-to-monusco-goma-copy.fpbundle"
    tampered.write_text(json.dumps(outer))
    attendance.create_participant(ws, {**PERSON, "full_name": "Joseph Mukendi", "sex": "M"})
    hq.close()
    tripoli.close()
    return ws, hq, [good, tampered, old]


def shoot_sync(window: Any, files: list[Path], out: Path) -> list[Path]:
    app = QApplication.instance()
    sync_dialogs.ask_passphrase = lambda *_a, **_k: PASS  # type: ignore[assignment]
    page = window.show_page("sync")
    window.ctx.runner.wait()
    saved = []

    def grab(name: str) -> None:
        for _ in range(5):
            window.ctx.runner.wait()
            app.processEvents()
        path = out / f"gui-sync-{name}.png"
        window.grab().save(str(path))
        saved.append(path)

    grab("nodes")
    window.show_page("overview")
    grab("overview")
    window.show_page("sync")
    page.show_tab("send")
    page.send.encrypt.setChecked(False)
    grab("send")
    page.send.encrypt.setChecked(True)
    page.send.export()
    grab("sent")
    page.show_tab("receive")
    page.receive.check([str(p) for p in files])
    grab("receive")
    page.show_tab("conflicts")
    grab("conflicts")
    page.show_tab("history")
    grab("history")
    saved += shoot_dialogs(window, out)
    return saved


def shoot_dialogs(window: Any, out: Path) -> list[Path]:
    """The trust dialog after a mistyped fingerprint; the passphrase dialog after a
    wrong passphrase."""
    from app.gui.sync_dialogs import PassphraseDialog, TrustCardDialog
    from app.sync.errors import WrongPassphraseError

    home = window.ctx.ws.paths.home
    other = init_node(Paths(home.parent / "kinshasa"), kind="field", name="MONUSCO Kinshasa",
                      mission="MONUSCO", operator="Paul N.")
    keys.create_identity(other, PASS, kdf=WEAK_FOR_TESTS)
    card = keys.read_card_file(Path(keys.write_card(other, home.parent)["card"]))
    other.close()
    trust = TrustCardDialog(card, lambda typed: keys.trust(window.ctx.ws, card, typed), window)
    trust.fingerprint.setText(card.fingerprint[:-4] + "abcd")
    trust.try_trust()
    passphrase = PassphraseDialog(window.tr(
        "Bundles are encrypted for this node: type the passphrase to open them."),
        str(WrongPassphraseError()), window)
    passphrase.edit.setText("not the passphrase")
    saved = []
    for name, dialog in (("trust", trust), ("passphrase", passphrase)):
        dialog.show()
        QApplication.instance().processEvents()
        path = out / f"gui-sync-{name}.png"
        dialog.grab().save(str(path))
        saved.append(path)
        dialog.close()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default="/tmp/focalpoint-screenshots")
    parser.add_argument("--only", choices=("sync", "reports"), default=None)
    parser.add_argument("--rtl", action="store_true", help="right-to-left layout")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    if args.rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    with tempfile.TemporaryDirectory(prefix="focalpoint-shots-") as home:
        ws, _hq, files = network(Path(home))
        window = create_main_window(ws)
        window.resize(1400, 860)
        window.show()
        saved = []
        if args.only in (None, "sync"):
            saved += shoot_sync(window, files, out)
        if args.only in (None, "reports"):
            saved += shoot_reports(window, out)
        window.ctx.runner.wait()
        window.close()
        ws.close()
    for path in saved:
        print(path)
    return 0


def shoot_reports(window: Any, out: Path) -> list[Path]:
    """The attendance report of the demo's first activity in the preview, and the
    programme report of the year."""
    app = QApplication.instance()
    page = window.show_page("reports")
    saved = []

    def grab(name: str) -> None:
        for _ in range(5):
            window.ctx.runner.wait()
            app.processEvents()
        QTest.qWait(1500)  # QPdfView renders its pages in the background
        path = out / f"gui-reports-{name}.png"
        window.grab().save(str(path))
        saved.append(path)

    window.ctx.runner.wait()
    app.processEvents()
    page.reports.setCurrentRow(1)
    page.activity.setCurrentIndex(min(2, page.activity.count() - 1))
    page.make()
    grab("attendance")
    page.reports.setCurrentRow(3)
    page.make()
    grab("programme")
    page.reports.setCurrentRow(5)
    page.make()
    grab("xlsx")
    return saved


if __name__ == "__main__":
    sys.exit(main())
