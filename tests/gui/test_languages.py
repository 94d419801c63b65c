"""Every page, its tabs and the first-run wizard in French, Arabic and Russian: no
visible text left in English where a translation exists, no text wider than its
widget, and Arabic laid out right to left."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from language_checks import Seen, clipped, translated_sources, untranslated, visible_texts
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from app.gui import i18n
from app.gui.app import create_main_window
from app.gui.wizard import FirstRunWizard
from app.services import activities, network
from app.services.workspace import Workspace

LANGUAGES = ("fr", "ar", "ru")



def _every_view(window: Any) -> Iterator[str]:
    """Show each page and each tab of it in turn; yields where we are."""
    for key, _label, _factory in window.factories:
        page = window.show_page(key)
        window.ctx.runner.wait()
        QApplication.processEvents()
        yield key
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                window.ctx.runner.wait()
                QApplication.processEvents()
                yield f"{key}/{tabs.tabText(index)}"


def _problems(root: QWidget, sources: dict[str, str], where: str) -> list[str]:
    found: list[tuple[str, Seen]] = [("untranslated", s) for s in untranslated(root, sources)]
    found += [("does not fit", s) for s in clipped(root)]
    return [f"{where}: {kind}: {seen.where} {seen.text!r}" for kind, seen in found]


def _node_with_an_activity(ws: Workspace) -> None:
    mission = network.mission_by_code(ws, "MONUSCO")
    assert mission is not None
    activities.create_activity(ws, {"mission_id": mission["id"],
        "title": "Training of prison officers", "kind": "training",
        "start_date": "2024-03-04", "end_date": "2024-03-06", "venue_city": "Goma",
        "venue_country": "CD"})


@pytest.mark.parametrize("interface", LANGUAGES, indirect=True)
def test_every_page_is_translated_and_fits(interface: str, qtbot: Any, ws: Workspace,
                                           dialog_log: Any) -> None:
    _node_with_an_activity(ws)
    window = create_main_window(ws)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    sources = translated_sources(interface)
    problems: list[str] = []
    try:
        expected = (Qt.LayoutDirection.RightToLeft if interface == "ar"
                    else Qt.LayoutDirection.LeftToRight)
        assert window.layoutDirection() == expected
        for where in _every_view(window):
            problems += _problems(window, sources, where)
            if window.minimumSizeHint().width() > 1280:  # a laptop's screen
                problems.append(f"{where}: the window needs "
                                f"{window.minimumSizeHint().width()} pixels")
    finally:
        window.ctx.runner.wait()
        window.close()
        window.ctx.runner.shutdown()
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("interface", LANGUAGES, indirect=True)
def test_first_run_wizard_is_translated_and_fits(interface: str, qtbot: Any) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    sources = translated_sources(interface)
    problems = []
    for _page in range(4):
        QApplication.processEvents()
        problems += _problems(wizard, sources, wizard.currentPage().title())
        wizard.currentPage().validatePage = lambda: True  # type: ignore[method-assign]
        wizard.next()
    assert wizard.layoutDirection() == QApplication.layoutDirection()
    assert not problems, "\n".join(problems)


def test_checks_catch_english_and_clipped_text(qtbot: Any) -> None:
    """The checks themselves: an English label with a translation, a cut button."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    layout.addWidget(QLabel("Refresh"))
    button = QPushButton("A rather long caption that cannot fit")
    button.setFixedWidth(40)
    layout.addWidget(button)
    box.show()
    QApplication.processEvents()
    assert [s.text for s in untranslated(box, {"Refresh": "Actualiser"})] == ["Refresh"]
    assert [s.text for s in clipped(box)] == ["A rather long caption that cannot fit"]


@pytest.mark.parametrize("interface", LANGUAGES, indirect=True)
def test_walk_in_dialog_and_its_errors_are_translated(interface: str, qtbot: Any,
                                                      ws: Workspace, dialog_log: Any) -> None:
    _node_with_an_activity(ws)
    window = create_main_window(ws)
    qtbot.addWidget(window)
    window.show()
    try:
        page = window.show_page("activities")
        window.ctx.runner.wait()
        page.open_record(page.model.rows[0]["id"])
        page.show_attendance()
        grid = page.attendance
        grid.open_walk_in()
        dialog = grid.walk_in
        dialog.show()
        assert not dialog.save(allow_duplicate=False)  # nothing typed: required fields
        QApplication.processEvents()
        shown = dialog.form.error_of("full_name")
        assert shown and shown != "Full name is required"
        assert "{" not in shown
        problems = _problems(dialog, translated_sources(interface), "walk-in")
        assert not problems, "\n".join(problems)
        dialog.reject()
    finally:
        window.ctx.runner.wait()
        window.close()
        window.ctx.runner.shutdown()


@pytest.mark.parametrize("interface", LANGUAGES, indirect=True)
def test_main_dialogs_are_translated_and_fit(interface: str, qtbot: Any, ws: Workspace,
                                             dialog_log: Any, tmp_path: Any) -> None:
    """The import preview, the dashboard's records list and the passphrase dialog."""
    from app.gui.sync_dialogs import PassphraseDialog

    _node_with_an_activity(ws)
    sources = translated_sources(interface)
    window = create_main_window(ws)
    qtbot.addWidget(window)
    window.show()
    problems: list[str] = []
    try:
        page = window.show_page("activities")
        window.ctx.runner.wait()
        page.open_record(page.model.rows[0]["id"])
        page.show_attendance()
        csv = tmp_path / "people.csv"
        csv.write_text("Full name,Sex,Category\nAmal Ben Ali,F,civil society\nNo sex,,police\n",
                       encoding="utf-8")
        page.attendance.preview_import(str(csv))
        window.ctx.runner.wait()
        QApplication.processEvents()
        problems += _problems(page.attendance.import_dialog, sources, "import preview")
        page.attendance.import_dialog.reject()
        dashboard = window.show_page("dashboard")
        window.ctx.runner.wait()
        dashboard.show_behind("trainings", None, "Trainings")
        window.ctx.runner.wait()
        QApplication.processEvents()
        problems += _problems(dashboard.dialog, sources, "records behind a figure")
        dashboard.dialog.close()
        passphrase = PassphraseDialog("Sign the bundle")
        qtbot.addWidget(passphrase)
        passphrase.show()
        QApplication.processEvents()
        problems += _problems(passphrase, sources, "passphrase")
    finally:
        window.ctx.runner.wait()
        window.close()
        window.ctx.runner.shutdown()
    assert not problems, "\n".join(problems)


def test_every_visible_text_goes_through_translation(qtbot: Any, qapp: QApplication,
                                                     ws: Workspace, dialog_log: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """In pseudo-translation every translated text is bracketed: on a node without
    records, a visible text with words and no bracket was never translated (vocabulary
    labels come from their own catalogues; languages are named in their own words)."""
    import re

    from app.domain import i18n as domain_i18n
    from app.domain.vocab import ALL

    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    locale = QLocale()
    i18n.install_translators(qapp, "pseudo")
    allowed = {voc.label(code) for voc in ALL.values() for code in voc.codes}
    allowed |= {lang.name for lang in domain_i18n.LANGUAGES.values()}
    allowed.add(f"{ws.node.name} - Field node - MONUSCO")
    allowed.add(f"{ws.node.name} (Field node - MONUSCO)")  # the Sync page's "This node"
    window = create_main_window(ws)
    qtbot.addWidget(window)
    window.show()
    bare: set[str] = set()
    try:
        for where in _every_view(window):
            bare |= {f"{where}: {seen.where} {seen.text!r}" for seen in visible_texts(window)
                     if re.search(r"[A-Za-z]{3}", seen.text) and "[" not in seen.text
                     and seen.text.strip() not in allowed}
    finally:
        window.ctx.runner.wait()
        window.close()
        window.ctx.runner.shutdown()
        i18n.install_translators(qapp, "en")
        QLocale.setDefault(locale)
    assert not bare, "\n".join(sorted(bare))
