"""Choosing the interface language, compiling and loading its translations, the
pseudo-translation, the Language menu and the wizard's language page."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.config import Paths, load_settings
from app.gui import i18n, util
from app.gui.language_menu import add_language_menu, language_choices
from app.gui.wizard import FirstRunWizard

TS = util.TRANSLATIONS_DIR / "focalpoint_fr.ts"


@pytest.fixture
def english_after(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    locale = QLocale()
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(locale)  # the other tests keep the locale they started with


def test_language_comes_from_env_then_setting_then_system(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    monkeypatch.setattr(i18n.QLocale, "system", lambda: QLocale("ru_RU"))
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    assert i18n.resolve_language("") == "ru"
    assert i18n.resolve_language("fr") == "fr"
    assert i18n.resolve_language("AR") == "ar"
    assert i18n.resolve_language("xx") == "ru"  # a typo does not stop the window
    monkeypatch.setenv(i18n.LANG_ENV, "pseudo")
    assert i18n.resolve_language("fr") == "pseudo"
    monkeypatch.setenv(i18n.LANG_ENV, "fr_CD")
    assert i18n.resolve_language("ar") == "fr"
    monkeypatch.setattr(i18n.QLocale, "system", lambda: QLocale("de_DE"))
    monkeypatch.delenv(i18n.LANG_ENV)
    assert i18n.resolve_language("") == "en"


def test_qm_is_compiled_once_into_the_cache_and_again_when_the_ts_changes(
        tmp_path: Path) -> None:
    folder, cache = tmp_path / "translations", tmp_path / "cache"
    folder.mkdir()
    ts = folder / "focalpoint_fr.ts"
    ts.write_bytes(TS.read_bytes())
    first = i18n.qm_path("fr", folder, cache)
    assert first is not None and first.parent == cache and first.stat().st_size > 0
    stamp = first.stat().st_mtime_ns
    time.sleep(0.01)
    assert i18n.qm_path("fr", folder, cache) == first
    assert first.stat().st_mtime_ns == stamp  # not compiled again
    ts.write_text(ts.read_text(encoding="utf-8").replace("</TS>", "<!-- edited -->\n</TS>"),
                  encoding="utf-8")
    second = i18n.qm_path("fr", folder, cache)
    assert second is not None and second != first
    assert not first.exists()  # the stale one is removed
    assert list(cache.iterdir()) == [second]


def test_frozen_build_uses_the_shipped_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    (tmp_path / "focalpoint_ru.ts").write_bytes(TS.read_bytes())
    shipped = tmp_path / "focalpoint_ru.qm"
    shipped.write_bytes(b"qm")
    monkeypatch.setattr(i18n.sys, "frozen", True, raising=False)
    assert i18n.qm_path("ru", tmp_path, tmp_path / "cache") == shipped
    assert not (tmp_path / "cache").exists()


def test_without_lrelease_the_shipped_qm_is_used(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "focalpoint_ar.ts").write_bytes(TS.read_bytes())
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    assert i18n.qm_path("ar", tmp_path, tmp_path / "cache") is None
    (tmp_path / "focalpoint_ar.qm").write_bytes(b"qm")
    assert i18n.qm_path("ar", tmp_path, tmp_path / "cache") == tmp_path / "focalpoint_ar.qm"


@pytest.mark.parametrize("lang", ["fr", "ar", "ru"])
def test_qt_own_translations_are_in_the_wheel(lang: str) -> None:
    assert (i18n.qt_translations_dir() / f"qtbase_{lang}.qm").is_file()


def test_french_installs_qt_and_our_translations(qapp: QApplication,
                                                 english_after: None) -> None:
    assert i18n.install_translators(qapp, "fr") == "fr"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QCoreApplication.translate("pages", "Overview") == "Vue d'ensemble"
    assert util.language() == "fr"
    assert util.format_date("2024-11-07") == "07/11/2024"
    assert util.format_number(1234).replace("\u202f", " ").replace("\xa0", " ") == "1 234"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    i18n.install_translators(qapp, "en")
    assert QCoreApplication.translate("pages", "Overview") == "Overview"


def test_arabic_lays_out_right_to_left_with_latin_digits(qapp: QApplication,
                                                         english_after: None) -> None:
    i18n.install_translators(qapp, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert util.format_number(173) == "173"
    assert util.format_date("2024-11-07") == "07/11/2024"
    assert util.country_label("CD") == "جمهورية الكونغو الديموقراطية"
    from app.gui.widgets import DateField

    field = DateField()
    field.set_value("2024-11-07")
    assert field.text() == "07/11/2024"  # as in the lists, not Qt's reversed 2024/11/07
    assert field.value() == "2024-11-07"
    i18n.install_translators(qapp, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_pseudo_lengthens_and_keeps_placeholders_and_accelerators() -> None:
    text = "Backup saved: %s"
    out = i18n.pseudo(text)
    assert out.startswith("[") and out.endswith("]") and "%s" in out
    assert len(out) >= len(text) * 1.3
    assert i18n.pseudo("&Save") .startswith("[&Šàvé")
    for kept in ("%1", "%n", "%(total)s", "{name}", "<b>", "%d"):
        assert kept in i18n.pseudo(f"a {kept} z")
    assert i18n.pseudo("") == ""


def test_pseudo_mode_translates_every_string(qapp: QApplication, english_after: None) -> None:
    assert i18n.install_translators(qapp, "pseudo") == "pseudo"
    assert QCoreApplication.translate("pages", "Overview").startswith("[Övéŕvîéw")
    assert util.language() == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    i18n.install_translators(qapp, "pseudo-rtl")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_language_menu_saves_the_choice_for_the_next_start(window: Any) -> None:
    said: list[str] = []
    group = add_language_menu(window, window.ctx.ws.paths,
                              notify=lambda _w, text: said.append(text))
    russian = next(a for a in group.actions() if a.data() == "ru")
    russian.trigger()
    assert load_settings(window.ctx.ws.paths)["language"] == "ru"
    assert said == ["FocalPoint will be in Русский the next time it starts."]
    system = next(a for a in group.actions() if a.data() == "")
    system.trigger()
    assert load_settings(window.ctx.ws.paths)["language"] == ""
    assert [code for code, _t in language_choices()] == ["", "en", "fr", "ar", "ru"]


def test_wizard_language_page_applies_the_choice_at_once(qtbot: Any, qapp: QApplication,
                                                         english_after: None,
                                                         tmp_path: Path) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.node_page.name.setText("MONUSCO Goma")
    combo = wizard.language_page.combo
    combo.setCurrentIndex(combo.findData("fr"))
    assert wizard.node_page.title() == "Cet ordinateur"
    assert wizard.node_page.name.text() == "MONUSCO Goma"  # kept across the rebuild
    assert wizard.windowTitle() == QCoreApplication.translate("", "Set up FocalPoint")
    assert wizard.windowTitle() != "Set up FocalPoint"
    combo.setCurrentIndex(combo.findData("ar"))
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.answers().language == "ar"
    assert os.environ.get(i18n.LANG_ENV) is None
    from app.gui.wizard import create_node

    paths = Paths(tmp_path / "home")
    answers = wizard.answers()
    ws = create_node(paths, answers.__class__(**{**answers.__dict__, "kind": "field",
                                                 "mission": "MONUSCO",
                                                 "operator": "Op",
                                                 "passphrase": "a long passphrase"}))
    ws.close()
    assert load_settings(paths)["language"] == "ar"


def test_validation_messages_show_in_the_interface_language(qapp: QApplication,
                                                            english_after: None) -> None:
    from app.domain.errors import ValidationError
    from app.domain.fields import clean
    from app.gui.dialogs import error_text

    _values, errors = clean("activity", {"title": ""})
    assert util.message_text(errors["title"]) == "Title is required"
    i18n.install_translators(qapp, "fr")
    assert util.message_text(errors["title"]) == "Titre : champ obligatoire"
    text, details = error_text(ValidationError({"title": errors["title"]}, "activity"))
    assert "Titre : champ obligatoire" in text and "title:" not in text and not details
