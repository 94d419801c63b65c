"""The texts that used to stay English in a translated interface: the passphrase strength
words and zxcvbn's advice, the Reports page's "choose the activity/assessment" sentence,
the sync screens' table names and node kinds, and list punctuation in Arabic."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import zxcvbn.feedback
from PySide6.QtCore import QCoreApplication

from app.domain.errors import FocalPointError
from app.gui.context import AppContext
from app.gui.pages import reports as reports_page
from app.gui.passphrase_advice import ADVICE, CONTEXT, STRENGTH, advice_text
from app.gui.sync_words import RECORD_KIND, RECORDS, counts_text, record_kind
from app.gui.wizard import strength_hint
from app.services import attendance, keys, syncing
from app.services.workspace import Workspace
from app.store.models import MODEL_BY_TABLE
from app.sync.keys import WEAK_FOR_TESTS

LANGUAGES = ("fr", "ar", "ru")
PASS = "correct horse battery"
PERSON = {"full_name": "Amani Kabila", "sex": "F", "category": "magistrate",
          "actor_type": "state", "country": "CD"}



def zxcvbn_sentences() -> set[str]:
    """Every sentence zxcvbn's feedback module can return: the literal arguments of its
    gettext ``_()`` calls, read from the installed module's source."""
    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    found = {node.args[0].value for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
             and node.func.id == "_" and node.args
             and isinstance(node.args[0], ast.Constant)}
    assert len(found) > 20  # the module was read, not an empty or changed file
    return found


def test_every_zxcvbn_sentence_has_an_entry() -> None:
    missing = zxcvbn_sentences() - ADVICE
    assert not missing, f"add these zxcvbn sentences to passphrase_advice.ADVICE: {missing}"


@pytest.mark.parametrize("interface", LANGUAGES, indirect=True)
def test_every_zxcvbn_sentence_and_strength_word_is_translated(interface: str) -> None:
    untranslated = [s for s in [*zxcvbn_sentences(), *STRENGTH]
                    if QCoreApplication.translate(CONTEXT, s) == s]
    assert not untranslated, f"{interface}: {untranslated}"


@pytest.mark.parametrize("interface", LANGUAGES, indirect=True)
def test_the_strength_hint_is_in_the_interface_language(interface: str) -> None:
    english = zxcvbn_sentences() | set(STRENGTH)
    for passphrase in ("password", "aaaaaaaaaa", "abcdefgh", "Qwertyuiop", "1987",
                       "Michael", "drowssap", "p@ssw0rd", "violet tractor sings under rain"):
        score, text = strength_hint(passphrase)
        assert not any(sentence in text for sentence in english), (passphrase, text)
        assert QCoreApplication.translate(CONTEXT, STRENGTH[score]) in text
        assert not re.search(r"\b(guess|password|Avoid|words?)\b", text), (passphrase, text)
    _score, weak = strength_hint("password")
    expected = {"fr": "mots de passe", "ar": "كلمات المرور", "ru": "паролей"}[interface]
    assert expected in weak  # zxcvbn's "top-10 common password" warning, translated


@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_an_unknown_zxcvbn_sentence_shows_nothing_rather_than_english(interface: str) -> None:
    new = {"warning": "A sentence a newer zxcvbn wrote.",
           "suggestions": ["Avoid sequences.", "Another new sentence."]}
    assert advice_text(new) == "Évitez les suites."
    assert advice_text({"warning": "Only new.", "suggestions": []}) == ""


def test_an_unknown_zxcvbn_sentence_is_shown_in_the_english_interface() -> None:
    assert advice_text({"warning": "A sentence a newer zxcvbn wrote."}) == \
        "A sentence a newer zxcvbn wrote."
    assert strength_hint("password")[1] == \
        "Strength: Very weak. This is a top-10 common password."


@pytest.mark.parametrize("interface", LANGUAGES, indirect=True)
def test_the_reports_page_asks_for_the_activity_or_assessment_in_whole_sentences(
        interface: str) -> None:
    said = {}
    for what in ("activity", "assessment"):
        with pytest.raises(FocalPointError) as caught:
            reports_page._need(None, what)
        said[what] = str(caught.value)
        assert said[what] != reports_page.NEED[what]
        assert "%" not in said[what] and not re.search(r"\b(activity|assessment)\b", said[what])
    assert said["activity"] != said["assessment"]
    nouns = {"fr": ("activité", "évaluation"), "ar": ("النشاط", "التقييم"),
             "ru": ("мероприятие", "оценку")}[interface]
    assert nouns[0] in said["activity"] and nouns[1] in said["assessment"]


def test_every_synchronised_table_has_a_name() -> None:
    assert set(RECORD_KIND) == set(MODEL_BY_TABLE) == set(RECORDS)


@pytest.mark.parametrize("interface", LANGUAGES, indirect=True)
def test_table_names_are_translated(interface: str) -> None:
    for table in MODEL_BY_TABLE:
        assert record_kind(table) != RECORD_KIND[table] or table in ("mission", "initiative",
                                                                      "participant")
    text = counts_text({"participant": 3, "attendance": 12})
    separator = "، " if interface == "ar" else ", "
    first, second = text.split(separator)
    assert first.startswith(QCoreApplication.translate("tables", "Attendance records"))
    assert second.startswith(QCoreApplication.translate("tables", "Participants"))
    assert "attendance" not in text and "participant" not in text


@pytest.fixture
def hq(make_node: Any, ws: Workspace) -> Workspace:
    """An HQ node that trusts the MONUSCO node (``ws``) and is trusted by it."""
    other = make_node("hq", "ORoLSI HQ", None)
    for node in (ws, other):
        keys.create_identity(node, PASS, kdf=WEAK_FOR_TESTS)
    folder = ws.paths.home / "cards"
    for a, b in ((ws, other), (other, ws)):
        card = keys.read_card_file(Path(keys.write_card(b, folder)["card"]))
        keys.trust(a, card, card.fingerprint)
    return other


def _conflict(ws: Workspace, hq: Workspace, folder: Path) -> None:
    """Both nodes change the same participant's position; HQ's bundle arrives."""
    from app.services import records

    person = attendance.create_participant(ws, PERSON)
    for src, dst in ((ws, hq), (hq, ws)):
        syncing.import_bundle(dst, Path(syncing.export_bundle(
            src, dst.node.id, keys.unlock(src, PASS), out_dir=folder)["path"]),
            lambda d=dst: keys.unlock(d, PASS))
    records.update(hq, "participant", person["id"], {"position": "Judge"})
    records.update(ws, "participant", person["id"], {"position": "Prosecutor"})
    syncing.import_bundle(ws, Path(syncing.export_bundle(
        hq, ws.node.id, keys.unlock(hq, PASS), out_dir=folder)["path"]),
        lambda: keys.unlock(ws, PASS))


@pytest.mark.parametrize("interface", ["ar"], indirect=True)
def test_the_sync_page_names_tables_in_arabic(interface: str, qtbot: Any, ctx: AppContext,
                                              ws: Workspace, hq: Workspace,
                                              tmp_path: Path) -> None:
    """The Conflicts list's kind, what a bundle carries, and the trust dialog's node kind."""
    from app.gui.pages.sync import SyncPage
    from app.gui.sync_dialogs import TrustCardDialog

    _conflict(ws, hq, tmp_path)
    attendance.create_participant(ws, {**PERSON, "full_name": "Second Person"})
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    for _ in range(50):
        if ctx.runner.wait() and not ctx.runner.busy:
            break
    assert {row["table_label"] for row in page.conflicts.model.rows} == {"مشارك"}
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", row["incoming_at"])
               for row in page.conflicts.model.rows)
    page.show_tab("send")
    ctx.runner.wait()
    contents = page.send.contents.text()
    assert "المشاركون" in contents and "participant" not in contents
    card = keys.read_card_file(Path(keys.write_card(hq, tmp_path / "card")["card"]))
    dialog = TrustCardDialog(card, lambda _typed: None)
    qtbot.addWidget(dialog)
    info = dialog.findChildren(type(page.send.contents))[0].text()
    assert "المقر" in info and "(hq" not in info
    # a path keeps its slashes in place in the right-to-left History list
    files = [row["file"] for row in page.history_model.rows]
    assert files and all(f.startswith("\u202a/") and f.endswith("\u202c") for f in files)
    ctx.runner.wait()


@pytest.mark.parametrize(("interface", "expected"),
                         [("fr", "29/11/2026 09:17"), ("ru", "29.11.2026 09:17")],
                         indirect=["interface"])
def test_sync_times_are_written_in_the_locale(interface: str, expected: str) -> None:
    from app.gui.pages import sync as sync_page
    from app.gui.sync_words import when_text

    assert when_text("2026-11-29T09:17:05.123456+00:00") == expected
    assert when_text(None, "-") == "-"
    assert sync_page._when(None) == QCoreApplication.translate("sync", "never") != "never"


@pytest.mark.parametrize("interface", LANGUAGES, indirect=True)
def test_the_wizard_shows_the_strength_hint_translated(interface: str, qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from app.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentPage().findChild(QLabel, "strength") is None:
        wizard.currentPage().validatePage = lambda: True  # type: ignore[method-assign]
        wizard.next()
    page = wizard.currentPage()
    page.passphrase.setText("aaaaaaaaaa")
    hint = page.findChild(QLabel, "strength").text()
    assert hint == strength_hint("aaaaaaaaaa")[1]
    assert "aaa" in hint and not re.search(r"\b(Repeats|guess|Strength)\b", hint)


@pytest.fixture
def send_tab(interface: str, qtbot: Any, ctx: AppContext) -> Any:
    """The Sync page's Send tab, in the interface language the test asks for."""
    from app.gui.sync_send import SendTab

    tab = SendTab(ctx)
    qtbot.addWidget(tab)
    return tab


@pytest.mark.parametrize(("interface", "total", "expected"), [
    ("en", 1, "1 change(s) not yet confirmed by the recipient: Participants 1"),
    ("ru", 1, "1 изменение, еще не подтвержденное получателем: Участники 1"),
    ("ru", 5, "5 изменений, еще не подтвержденных получателем: Участники 5"),
    ("ar", 2, "تغييران لم يؤكد المستلم استلامهما بعد: المشاركون 2"),
], indirect=["interface"])
def test_what_a_bundle_carries_is_counted_in_the_language_s_plural(
        interface: str, total: int, expected: str, send_tab: Any) -> None:
    tab = send_tab
    tab._show_preview({"total": total, "by_table": {"participant": total}, "personal": True})
    assert tab.contents.text() == expected


@pytest.mark.parametrize(("interface", "changes", "expected"), [
    ("en", 1, "Bundle number 7 saved (1 change(s), encrypted, 3 KB):"),
    ("fr", 1, "Paquet n° 7 enregistré (1 modification, chiffré, 3 Ko)\xa0:"),
    ("fr", 2, "Paquet n° 7 enregistré (2 modifications, chiffré, 3 Ko)\xa0:"),
    ("ru", 5, "Пакет № 7 сохранен (изменений: 5, зашифрован, 3 КБ):"),
], indirect=["interface"])
def test_the_saved_bundle_counts_its_changes_in_the_language_s_plural(
        interface: str, changes: int, expected: str, send_tab: Any) -> None:
    tab = send_tab
    tab._done({"seq": 7, "changes": changes, "encrypted": True, "bytes": 3 * 1024,
               "path": "/media/usb/b.fpbundle"})
    assert tab.result.text().splitlines()[:2] == [expected, "/media/usb/b.fpbundle"]


@pytest.mark.parametrize("interface", ["fr", "ar", "ru"], indirect=True)
def test_a_large_count_of_saved_changes_is_written_with_the_locale_s_digits(
        interface: str, send_tab: Any) -> None:
    from PySide6.QtCore import QLocale

    tab = send_tab
    tab._done({"seq": 7, "changes": 200005, "encrypted": True, "bytes": 1024, "path": "p"})
    assert QLocale().toString(200005) in tab.result.text()
