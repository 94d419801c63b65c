"""The Sync page: trusting a card by its fingerprint, exporting to a folder, importing
good, tampered and duplicate bundles with their preview, settling conflicts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import type_text
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.gui import dialogs, sync_dialogs, sync_receive, sync_send
from app.gui.context import AppContext
from app.gui.pages import sync as sync_page
from app.gui.pages.sync import SyncPage
from app.gui.sync_dialogs import TrustCardDialog
from app.gui.sync_overview import SyncBox
from app.services import attendance, records, sync_status, syncing
from app.services import keys as keysvc
from app.services.workspace import Workspace
from app.sync.keys import WEAK_FOR_TESTS

PASS = "correct horse battery"
LESSON = {"title": "Train in local languages", "kind": "lesson",
          "thematic_area": "community_resilience", "text": "Swahili sessions worked better."}
PERSON = {"full_name": "Amani Kabila", "sex": "F", "category": "magistrate",
          "actor_type": "state", "country": "CD"}


@pytest.fixture
def hq(make_node: Any, ws: Workspace) -> Workspace:
    """An HQ node; both it and the MONUSCO node (``ws``) have keys."""
    other = make_node("hq", "ORoLSI HQ", None)
    for node in (ws, other):
        keysvc.create_identity(node, PASS, kdf=WEAK_FOR_TESTS)
    return other


def card_of(node: Workspace, folder: Path) -> Path:
    return Path(keysvc.write_card(node, folder)["card"])


def trust_both(a: Workspace, b: Workspace, tmp_path: Path) -> None:
    for x, y in ((a, b), (b, a)):
        card = keysvc.read_card_file(card_of(y, tmp_path))
        keysvc.trust(x, card, card.fingerprint)


@dataclass
class Passphrases:
    """What the patched passphrase dialog answers (in order) and the errors it showed."""

    answers: list[str] = field(default_factory=lambda: [PASS])
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def passphrases(monkeypatch: pytest.MonkeyPatch) -> Passphrases:
    log = Passphrases()

    def ask(_parent: Any, _purpose: str, error: str = "") -> str | None:
        log.asked.append(error)
        return log.answers.pop(0) if len(log.answers) > 1 else log.answers[0]

    monkeypatch.setattr(sync_dialogs, "ask_passphrase", ask)
    return log


@pytest.fixture
def page(qtbot: Any, ctx: AppContext, hq: Workspace) -> Iterator[SyncPage]:
    widget = SyncPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    ctx.runner.wait()
    yield widget
    ctx.runner.wait()


def wait(page: SyncPage) -> None:
    """Until the worker is idle (a result may start the next job, e.g. a refresh)."""
    for _ in range(50):
        if page.ctx.runner.wait() and not page.ctx.runner.busy:
            return
    raise AssertionError("the worker did not become idle")


def test_identity_shows_the_fingerprint_in_groups_and_saves_the_card(
        page: SyncPage, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fingerprint = page.fingerprint.text()
    assert fingerprint == sync_status.identity(ws)["fingerprint"]
    assert page.me_label.text().endswith("</b> (Field node - MONUSCO)")  # the vocabulary's words
    assert all(len(group) == 4 for group in fingerprint.split()[:-1])
    monkeypatch.setattr(sync_page, "choose_folder", lambda *_a: str(tmp_path))
    page.save_card()
    wait(page)
    [saved] = list(tmp_path.glob("*.fpkey.json"))
    assert json.loads(saved.read_text())["node_id"] == ws.node.id


def test_trust_refuses_a_wrong_fingerprint_and_accepts_the_right_one(
        qtbot: Any, page: SyncPage, hq: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = card_of(hq, tmp_path)
    right = keysvc.read_card_file(path).fingerprint
    monkeypatch.setattr(sync_page, "choose_card", lambda _p: str(path))
    seen: dict[str, Any] = {}

    def run(dialog: TrustCardDialog) -> int:
        type_text(dialog.fingerprint, right[:-1] + ("0" if right[-1] != "0" else "1"))
        dialog.ok_button.click()
        seen["error"] = dialog.error.text()
        seen["open_after_wrong"] = not dialog.result()
        dialog.fingerprint.clear()
        type_text(dialog.fingerprint, right.replace(" ", ""))  # spacing does not matter
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(TrustCardDialog, "exec", run)
    page.add_card()
    wait(page)
    assert "does not match" in seen["error"] and seen["open_after_wrong"]
    assert [(r["name"], r["state"]) for r in page.nodes_model.rows] == [("ORoLSI HQ", "Trusted")]
    assert [r["kind"] for r in page.nodes_model.rows] == ["Headquarters"]  # as the dialog says
    assert page.send.recipient.count() == 1


def test_revoke_with_a_reason(page: SyncPage, ws: Workspace, hq: Workspace, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    trust_both(ws, hq, tmp_path)
    page.refresh()
    wait(page)
    page.nodes_view.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "Laptop stolen in Goma")
    page.revoke()
    wait(page)
    assert page.nodes_model.rows[0]["state"] == "Revoked: Laptop stolen in Goma"
    assert page.send.recipient.count() == 0


def test_export_to_a_folder_says_what_and_where(
        page: SyncPage, ws: Workspace, hq: Workspace, tmp_path: Path, passphrases: Passphrases,
        monkeypatch: pytest.MonkeyPatch, dialog_log: Any) -> None:
    trust_both(ws, hq, tmp_path)
    attendance.create_participant(ws, PERSON)
    page.refresh()
    wait(page)
    page.show_tab("send")
    send = page.send
    assert "Participants 1" in send.contents.text()
    send.encrypt.setChecked(False)
    assert send.warning.isVisible()  # names of people, no encryption
    send.encrypt.setChecked(True)
    assert not send.warning.isVisible()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(sync_send, "choose_folder", lambda *_a: str(usb))
    send.browse()
    passphrases.answers = ["wrong passphrase", PASS]
    send.export_button.click()
    wait(page)
    assert passphrases.asked[0] == "" and "passphrase is wrong" in passphrases.asked[1]
    [bundle] = list(usb.glob("*.fpbundle"))
    assert str(bundle) in send.result.text() and "encrypted" in send.result.text()
    assert page.history_model.rows[0]["direction"] == "sent"
    assert page.nodes_model.rows[0]["last_export_at"] != "never"


def test_export_without_encryption_asks_first(
        page: SyncPage, ws: Workspace, hq: Workspace, tmp_path: Path, passphrases: Passphrases,
        dialog_log: Any) -> None:
    trust_both(ws, hq, tmp_path)
    attendance.create_participant(ws, PERSON)
    page.refresh()
    wait(page)
    page.send.folder.setText(str(tmp_path))
    page.send.encrypt.setChecked(False)
    dialog_log.confirm_answer = False
    page.send.export_button.click()
    wait(page)
    assert dialog_log.questions and not list(tmp_path.glob("*.fpbundle"))


def bundle_for(ws: Workspace, hq: Workspace, tmp_path: Path) -> tuple[Path, str]:
    """A bundle from HQ to the MONUSCO node carrying one new lesson (network-wide)."""
    lesson = records.create(hq, "lesson", LESSON)
    path = syncing.export_bundle(hq, ws.node.id, keysvc.unlock(hq, PASS),
                                 out_dir=tmp_path / "out")["path"]
    return Path(path), lesson["id"]


def lessons_of(ws: Workspace) -> list[str]:
    return [r["title"] for r in records.list_all(ws, "lesson")]


def drop(page: SyncPage, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    page.receive.drop.dropEvent(event)


def test_import_shows_the_dry_run_then_applies(
        page: SyncPage, ws: Workspace, hq: Workspace, tmp_path: Path, passphrases: Passphrases,
        monkeypatch: pytest.MonkeyPatch) -> None:
    trust_both(ws, hq, tmp_path)
    path, _lesson_id = bundle_for(ws, hq, tmp_path)
    monkeypatch.setattr(sync_receive, "choose_bundles", lambda *_a: [str(path)])
    page.tabs.setCurrentWidget(page.receive)
    page.receive.choose()
    wait(page)
    [row] = page.receive.results
    assert (row["status"], row["source_name"], row["added"]) == ("dry-run", "ORoLSI HQ", 1)
    table = page.receive.table
    assert table.item(0, 1).text() == "ORoLSI HQ" and table.item(0, 3).text() == \
        "Ready to import"
    assert not lessons_of(ws)  # the dry run wrote nothing
    page.receive.apply_button.click()
    wait(page)
    assert lessons_of(ws) == [LESSON["title"]]
    assert "Bundles imported: 1. Records added: 1," in page.receive.summary.text()
    assert page.history_model.rows[0]["status"] == "imported"
    # the same file again, dropped this time: a duplicate, nothing to do
    drop(page, [path])
    wait(page)
    assert page.receive.results[0]["status"] == "duplicate"
    assert not page.receive.apply_button.isEnabled()
    assert table.item(0, 3).text() == "Already imported: nothing to do"


def test_a_tampered_bundle_is_refused_with_its_reason_and_changes_nothing(
        page: SyncPage, ws: Workspace, hq: Workspace, tmp_path: Path,
        passphrases: Passphrases) -> None:
    trust_both(ws, hq, tmp_path)
    path, _lesson_id = bundle_for(ws, hq, tmp_path)
    outer = json.loads(path.read_text())
    text = outer["ciphertext"]
    outer["ciphertext"] = text[:40] + ("A" if text[40] != "A" else "B") + text[41:]
    tampered = tmp_path / "tampered.fpbundle"
    tampered.write_text(json.dumps(outer))
    before = sync_status.peers(ws)
    drop(page, [tampered])
    wait(page)
    [row] = page.receive.results
    assert row["status"] == "rejected"
    reason = page.receive.table.item(0, 8).text()
    assert reason and reason.endswith(".") and reason[0].isupper()
    assert not page.receive.apply_button.isEnabled()
    assert sync_status.peers(ws) == before
    assert not lessons_of(ws)
    assert page.history_model.rows[0]["status"] == "refused"
    assert page.history_model.rows[0]["reason"] == reason


def conflict_on(ws: Workspace, hq: Workspace, tmp_path: Path) -> str:
    """Both nodes edit the same participant's position and phone; HQ's bundle arrives."""
    person = attendance.create_participant(ws, PERSON)
    for src, dst in ((ws, hq), (hq, ws)):
        syncing.import_bundle(dst, Path(syncing.export_bundle(
            src, dst.node.id, keysvc.unlock(src, PASS), out_dir=tmp_path)["path"]),
            lambda d=dst: keysvc.unlock(d, PASS))
    records.update(hq, "participant", person["id"], {"position": "Judge", "phone": "+243 1"})
    records.update(ws, "participant", person["id"],
                   {"position": "Prosecutor", "phone": "+243 2"})
    syncing.import_bundle(ws, Path(syncing.export_bundle(
        hq, ws.node.id, keysvc.unlock(hq, PASS), out_dir=tmp_path)["path"]),
        lambda: keysvc.unlock(ws, PASS))
    return person["id"]


def select_field(page: SyncPage, field: str) -> None:
    rows = page.conflicts.model.rows
    page.conflicts.view.selectRow(next(i for i, r in enumerate(rows) if r["field"] == field))


def test_conflicts_side_by_side_settled_each_way(
        page: SyncPage, ws: Workspace, hq: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    trust_both(ws, hq, tmp_path)
    pid = conflict_on(ws, hq, tmp_path)
    page.refresh()
    wait(page)
    assert page.tabs.tabText(3) == "Conflicts (2)"
    select_field(page, "position")
    assert "Prosecutor" in page.conflicts.local.text()
    assert "Judge" in page.conflicts.incoming.text()
    assert "ORoLSI HQ" in page.conflicts.incoming.text()
    page.conflicts.take_incoming.click()
    wait(page)
    assert records.get(ws, "participant", pid)["position"] == "Judge"
    select_field(page, "phone")
    page.conflicts.keep_local.click()
    wait(page)
    assert records.get(ws, "participant", pid)["phone"] == "+243 2"
    assert page.conflicts.model.rows == [] and page.tabs.tabText(3) == "Conflicts"


def test_conflicts_settled_for_a_whole_record_or_with_a_typed_value(
        page: SyncPage, ws: Workspace, hq: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    trust_both(ws, hq, tmp_path)
    pid = conflict_on(ws, hq, tmp_path)
    page.refresh()
    wait(page)
    select_field(page, "position")
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "Chief Prosecutor")
    page.conflicts.edit.click()
    wait(page)
    assert records.get(ws, "participant", pid)["position"] == "Chief Prosecutor"
    assert [r["field"] for r in page.conflicts.model.rows] == ["phone"]
    page.conflicts.whole_record.setChecked(True)
    page.conflicts.view.selectRow(0)
    page.conflicts.take_incoming.click()
    wait(page)
    assert records.get(ws, "participant", pid)["phone"] == "+243 1"
    assert sync_status.open_conflicts(ws) == 0


def test_an_enrolment_bundle_offers_its_card_to_trust(
        page: SyncPage, ws: Workspace, hq: Workspace, tmp_path: Path, passphrases: Passphrases,
        monkeypatch: pytest.MonkeyPatch) -> None:
    enrolment = Path(syncing.export_enrolment(hq, keysvc.unlock(hq, PASS), tmp_path)["path"])
    drop(page, [enrolment])
    wait(page)
    [row] = page.receive.results
    assert row["status"] == "enrolment" and row["source_name"] == "ORoLSI HQ"
    assert not page.receive.apply_button.isEnabled()

    def run(dialog: TrustCardDialog) -> int:
        type_text(dialog.fingerprint, row["fingerprint"])
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(TrustCardDialog, "exec", run)
    page.receive.table.cellDoubleClicked.emit(0, 0)
    wait(page)
    assert [(r["name"], r["state"]) for r in page.nodes_model.rows] == [("ORoLSI HQ", "Trusted")]


def test_the_passphrase_dialog_hides_what_is_typed_and_shows_the_error(qtbot: Any) -> None:
    dialog = sync_dialogs.PassphraseDialog("Unlock", "The passphrase is wrong.")
    qtbot.addWidget(dialog)
    assert dialog.edit.echoMode() == dialog.edit.EchoMode.Password
    assert dialog.error.text() == "The passphrase is wrong." and not dialog.error.isHidden()


def test_the_main_window_shows_the_sync_page_with_fresh_figures(
        window: Any, ws: Workspace, hq: Workspace, tmp_path: Path) -> None:
    trust_both(ws, hq, tmp_path)
    page = window.show_page("sync")
    assert isinstance(page, SyncPage)
    for _ in range(5):
        window.ctx.runner.wait()
    before = page.nodes_model.rows[0]["waiting"]
    attendance.create_participant(ws, PERSON)
    window.show_page("overview")
    window.show_page("sync")  # shown again: read again
    for _ in range(5):
        window.ctx.runner.wait()
    assert page.nodes_model.rows[0]["waiting"] == before + 1


def test_the_sync_box_links_to_the_sync_tabs(qtbot: Any, ctx: AppContext, ws: Workspace,
                                             hq: Workspace, tmp_path: Path) -> None:
    trust_both(ws, hq, tmp_path)
    attendance.create_participant(ws, PERSON)
    box = SyncBox(ctx)
    qtbot.addWidget(box)
    box.refresh()
    assert ctx.runner.wait()
    text = box.text.text()
    assert "ORoLSI HQ</a>: received never, sent never" in text
    assert f"Changes waiting to be sent: {sync_status.summary(ws)['waiting']}" in text
    assert "Open conflicts: 0" in text
    with qtbot.waitSignal(box.open_sync) as signal:
        box.text.linkActivated.emit("conflicts")
    assert signal.args == ["conflicts"]


def test_the_overview_sync_box_opens_the_sync_page_at_the_conflicts(
        window: Any, ws: Workspace, hq: Workspace, tmp_path: Path) -> None:
    trust_both(ws, hq, tmp_path)
    conflict_on(ws, hq, tmp_path)
    overview = window.show_page("overview")
    for _ in range(5):
        window.ctx.runner.wait()
    assert "Open conflicts: 2" in overview.sync_box.text.text()
    overview.sync_box.text.linkActivated.emit("conflicts")
    for _ in range(5):
        window.ctx.runner.wait()
    page = window.stack.currentWidget()
    assert isinstance(page, SyncPage)
    assert page.tabs.currentWidget() is page.conflicts
    assert len(page.conflicts.model.rows) == 2


def test_the_trust_dialog_grows_to_show_its_error_unsqueezed(
        qtbot: Any, hq: Workspace, tmp_path: Path) -> None:
    from app.domain.errors import ValidationError

    card = keysvc.read_card_file(card_of(hq, tmp_path))

    def refuse(_typed: str) -> None:
        raise ValidationError({"fingerprint": "The fingerprint you typed does not match the "
                               "card's key; do not trust it, and check it again."}, "trust")

    dialog = TrustCardDialog(card, refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    type_text(dialog.fingerprint, "abcd")
    dialog.ok_button.click()
    layout = dialog.layout()
    assert dialog.error.isVisible()
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width()) > before
