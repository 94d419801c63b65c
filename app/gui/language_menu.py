"""The Language menu of the main window and the language chooser of the first run.

The choice is the ``language`` setting of the node (settings.json; empty: the
system's). Every page builds its texts when it opens, so a new language is applied
at the next start; the menu says so when it is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMainWindow, QMessageBox, QWidget

from app.config import Paths, load_settings, save_settings
from app.domain import i18n as domain_i18n
from app.gui import i18n


def language_choices() -> list[tuple[str, str]]:
    """(setting value, menu text) for the system's language then each language, each
    in its own name (a user who cannot read the current language still finds theirs)."""
    system = domain_i18n.LANGUAGES[i18n.system_language()].name
    choices = [("", QCoreApplication.translate("language", "System language (%s)") % system)]
    choices += [(lang.code, lang.name) for lang in domain_i18n.LANGUAGES.values()]
    return choices


def save_language(paths: Paths, code: str) -> None:
    """Store ``code`` ('' for the system's) as the node's language setting."""
    values = load_settings(paths)
    values["language"] = code
    save_settings(paths, values)


def add_language_menu(window: QMainWindow, paths: Paths,
                      notify: Callable[[QWidget, str], None] | None = None) -> QActionGroup:
    """Add the Language menu to ``window``'s menu bar; returns its action group."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("language", "&Language"))
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = load_settings(paths)["language"]
    for code, text in language_choices():
        action = QAction(text, menu, checkable=True)
        action.setData(code)
        action.setChecked(code == current)
        group.addAction(action)
        menu.addAction(action)
        if code == "":
            menu.addSeparator()
    show = notify or _inform

    def chosen(action: QAction) -> None:
        code = str(action.data() or "")
        save_language(paths, code)
        name = dict(language_choices())[code]
        text = QCoreApplication.translate(
            "language", "FocalPoint will be in %s the next time it starts.")
        show(window, text % name)

    group.triggered.connect(chosen)
    return group


def _inform(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("language", "Language"), text)


def language_combo(selected: str = "") -> QComboBox:
    """A drop-down of the languages (the first-run wizard's first question)."""
    combo = QComboBox()
    combo.setObjectName("language")
    for code, text in language_choices():
        combo.addItem(text, code)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))
    return combo
