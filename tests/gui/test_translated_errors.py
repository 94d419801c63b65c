"""Service and sync errors shown in the interface language: a wrong passphrase asked
again, a tampered bundle refused in the receive table, a participant list with bad rows
and a list without its columns in the import preview, a record that is gone. The same
errors stay English on the command line (tests/integration/test_cli*.py and
test_cli_stays_english here).

Set ``FOCALPOINT_ERROR_SHOTS`` to a folder to save what each test shows as PNG files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget

from app.gui import sync_dialogs
from app.gui.context import AppContext
from app.gui.sync_dialogs import PassphraseDialog, run_with_passphrase
from app.gui.sync_receive import ReceiveTab
from app.gui.util import error_message, message_text
from app.services import activities, keys, network, sync_status, syncing
from app.services.workspace import Workspace
from app.sync.errors import WrongPassphraseError
from app.sync.keys import WEAK_FOR_TESTS

PASS = "correct horse battery"
# Words each translation must show (from messages.<lang>.json), per situation.
EXPECTED = {
    "passphrase": {"fr": "phrase secrète est incorrecte", "ar": "عبارة المرور خاطئة",
                   "ru": "Парольная фраза неверна"},
    "tampered": {"fr": "ne peut pas être déchiffré", "ar": "لا يمكن فك تشفير الحزمة",
                 "ru": "Пакет не удается расшифровать"},
    "required": {"fr": "champ obligatoire", "ar": "حقل إلزامي", "ru": "обязательное поле"},
    "columns": {"fr": "n'a pas de colonne pour", "ar": "لا يحتوي", "ru": "нет столбца для"},
    "fingerprint": {"fr": "L'empreinte saisie ne correspond pas",
                    "ar": "البصمة التي كتبتها لا تطابق", "ru": "Введенный отпечаток не совпадает"},
    "damaged": {"fr": "Le fichier de base de données ne peut pas être lu",
                "ar": "لا يمكن قراءة ملف قاعدة البيانات", "ru": "Файл базы данных не читается"},
    "gone": {"fr": "Aucune fiche « activité »", "ar": "لا يوجد سجل «نشاط»",
             "ru": "Нет записи «мероприятие»"},
}



def shot(widget: QWidget, name: str) -> None:
    """Save ``widget`` as a PNG when FOCALPOINT_ERROR_SHOTS names a folder."""
    folder = os.environ.get("FOCALPOINT_ERROR_SHOTS")
    if folder:
        QApplication.processEvents()
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def keyed(ws: Workspace) -> Workspace:
    keys.create_identity(ws, PASS, kdf=WEAK_FOR_TESTS)
    return ws


def test_a_wrong_passphrase_is_asked_again_in_the_interface_language(
        interface: str, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    keyed(ctx.ws)
    asked: list[str] = []

    def ask(_parent: Any, _purpose: str, error: str = "") -> str | None:
        asked.append(error)
        return "not the passphrase" if len(asked) == 1 else None

    monkeypatch.setattr(sync_dialogs, "ask_passphrase", ask)
    run_with_passphrase(ctx, None, "Sign the bundle", lambda pw: keys.unlock(ctx.ws, pw),
                        lambda _r: None)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=30_000)
    assert asked[0] == ""
    assert EXPECTED["passphrase"][interface] in asked[1], asked[1]
    assert "passphrase is wrong" not in asked[1]
    dialog = PassphraseDialog(QApplication.translate(
        "SendTab", "The bundle is signed with this node's key: type the passphrase to "
        "unlock it."), asked[1])
    qtbot.addWidget(dialog)
    dialog.show()
    assert EXPECTED["passphrase"][interface] in dialog.error.text()
    shot(dialog, f"error-{interface}-wrong-passphrase")


def test_a_tampered_bundle_is_refused_in_the_interface_language(
        interface: str, make_node: Any, dialog_log: Any, monkeypatch: pytest.MonkeyPatch,
        qtbot: Any) -> None:
    from app.gui.tasks import TaskRunner
    from app.gui.util import WindowSettings

    field, hq = keyed(make_node("field", "MONUSCO Goma", "MONUSCO")), keyed(
        make_node("hq", "ORoLSI HQ", None))
    for x, y in ((field, hq), (hq, field)):
        card = keys.read_card_file(Path(keys.write_card(y, y.paths.home / "c.fpkey.json")
                                        ["card"]))
        keys.trust(x, card, card.fingerprint)
    path = Path(syncing.export_bundle(field, hq.node.id, keys.unlock(field, PASS))["path"])
    outer = json.loads(path.read_bytes())
    c = outer["ciphertext"]
    outer["ciphertext"] = c[:10] + ("A" if c[10] != "A" else "B") + c[11:]
    path.write_text(json.dumps(outer))

    monkeypatch.setattr(sync_dialogs, "ask_passphrase", lambda *_a, **_k: PASS)
    runner = TaskRunner()
    tab = ReceiveTab(AppContext(ws=hq, runner=runner, settings=WindowSettings(hq.paths.home)))
    qtbot.addWidget(tab)
    tab.resize(1100, 300)
    tab.show()
    try:
        tab.check([str(path)])
        qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=60_000)
        reason = tab.table.item(0, tab.table.columnCount() - 1).text()
        assert EXPECTED["tampered"][interface] in reason, reason
        assert not dialog_log.errors
        shot(tab, f"error-{interface}-tampered-bundle")
        refused = sync_status.history(hq)[0]  # the sync page's history, read back
        assert refused["status"] == "rejected"
        assert refused["reason"].startswith("The bundle cannot be decrypted")
        assert EXPECTED["tampered"][interface] in message_text(refused["reason"])
    finally:
        runner.wait()
        runner.shutdown()


def test_a_wrong_fingerprint_is_refused_in_the_interface_language(
        interface: str, make_node: Any, qtbot: Any) -> None:
    from app.gui.sync_dialogs import TrustCardDialog

    here, other = make_node("field", "MONUSCO Goma", "MONUSCO"), keyed(
        make_node("hq", "ORoLSI HQ", None))
    card = keys.read_card_file(Path(keys.write_card(other, other.paths.home / "c.fpkey.json")
                                    ["card"]))
    dialog = TrustCardDialog(card, lambda typed: keys.trust(here, card, typed))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fingerprint.setText("abcd efgh ijkl")
    dialog.try_trust()
    assert EXPECTED["fingerprint"][interface] in dialog.error.text(), dialog.error.text()
    assert dialog.isVisible()
    shot(dialog, f"error-{interface}-wrong-fingerprint")


def _activity(ws: Workspace) -> str:
    mission = network.mission_by_code(ws, "MONUSCO")
    return activities.create_activity(ws, {
        "title": "Atelier", "kind": "workshop", "mission_id": mission["id"],
        "start_date": "2024-03-04", "end_date": "2024-03-05"})["id"]


def _problems(table: QTableWidget) -> list[str]:
    last = table.columnCount() - 1
    return [table.item(r, last).text() for r in range(table.rowCount())]


def test_import_preview_problems_are_in_the_interface_language(
        interface: str, ctx: AppContext, tmp_path: Path, qtbot: Any) -> None:
    from app.gui.import_dialog import ImportDialog

    activity = _activity(ctx.ws)
    csv = tmp_path / "people.csv"
    csv.write_text("Full name,Sex,Category,Email\nAmal Ben Ali,F,civil society,\n"
                   ",F,police,\nNo sex,,police,not-an-address\n", encoding="utf-8")
    dialog = ImportDialog(ctx, str(csv), activity)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 320)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=30_000)
    problems = _problems(dialog.table)
    assert problems[0] == ""
    for text in problems[1:]:
        assert EXPECTED["required"][interface] in text, text
        assert "required" not in text and "{" not in text
    assert "@" not in problems[2] and "not an email" not in problems[2]
    shot(dialog, f"error-{interface}-import-preview")

    columns = tmp_path / "columns.csv"
    columns.write_text("Name,Organisation\nA,B\n", encoding="utf-8")
    other = ImportDialog(ctx, str(columns), activity)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: EXPECTED["columns"][interface] in other.summary.text(),
                    timeout=30_000)
    assert "no column for" not in other.summary.text()


def test_a_record_that_is_gone_is_named_in_the_interface_language(
        interface: str, ctx: AppContext) -> None:
    from app.domain.errors import NotFoundError
    from app.services import records

    with pytest.raises(NotFoundError) as caught:
        records.get(ctx.ws, "activity", "no-such-id")
    assert str(caught.value) == "No activity with id no-such-id."
    assert EXPECTED["gone"][interface] in error_message(caught.value)
    assert error_message(WrongPassphraseError()) != str(WrongPassphraseError())


def test_a_refused_filter_or_period_does_not_say_not_saved(interface: str) -> None:
    from app.domain.errors import ValidationError

    words = {"saved": {"fr": "Fiche non enregistrée", "ar": "لم يُحفظ", "ru": "Запись не сохранена"},
             "applied": {"fr": "Non appliqué", "ar": "لم يُطبَّق", "ru": "Не применено"},
             "made": {"fr": "Rien n'a été produit", "ar": "لم يُنشأ", "ru": "Не создано"}}
    shown = {action: error_message(ValidationError({"x": "y"}, "thing", action))
             for action in words}
    for action, text in shown.items():
        assert text.startswith(words[action][interface]), (action, text)
    assert len(set(shown.values())) == 3


def test_a_damaged_database_is_reported_in_the_interface_language(
        interface: str, tmp_path: Path) -> None:
    from app.domain.errors import StorageError
    from app.store import db

    path = tmp_path / "focalpoint.db"
    path.write_bytes(b"not a database at all" * 100)
    engine = db.make_engine(db.sqlite_url(path))
    try:
        with pytest.raises(StorageError) as caught:
            db.upgrade(engine)
    finally:
        engine.dispose()
    assert str(caught.value).startswith("The database file cannot be read")
    assert error_message(caught.value).startswith(EXPECTED["damaged"][interface])


def test_cli_stays_english(ws: Workspace, tmp_path: Path, capsys: Any,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import run

    monkeypatch.setenv("FOCALPOINT_LANG", "fr")
    activity = _activity(ws)
    (tmp_path / "columns.csv").write_text("Name,Organisation\nA,B\n", encoding="utf-8")
    code = run(["--home", str(ws.paths.home), "participants", "import",
                str(tmp_path / "columns.csv"), "--activity", activity])
    err = capsys.readouterr().err
    assert code != 0
    assert "has no column for sex and category" in err, err
