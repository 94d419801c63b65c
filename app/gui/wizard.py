"""First run: make this computer a field or headquarters node.

Asks the interface language first (applied at once: the other pages are rebuilt in
it), then the kind of node, its mission, the operator's name, a passphrase (twice, with a
strength hint) that seals the node's keys, and whether to load the demo programme.
The node is then created on the worker thread (:func:`create_node`).
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from zxcvbn import zxcvbn

from app.config import Paths
from app.gui import i18n
from app.gui.language_menu import language_combo, save_language
from app.gui.passphrase_advice import advice_text, strength_word
from app.gui.util import WindowSettings, tr
from app.services.workspace import Workspace, init_node

MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class NodeAnswers:
    """What the wizard asked."""

    kind: str
    name: str
    mission: str
    operator: str
    passphrase: str
    demo: bool
    # Headquarters on a PostgreSQL server (docs/hq-server.md); '' for this computer's file.
    db_url: str = ""
    # The interface language setting ('' for the system's).
    language: str = ""


def passphrase_problem(passphrase: str, again: str) -> str:
    """Why the passphrase cannot be used ('' when it can)."""
    if len(passphrase) < MIN_PASSPHRASE:
        return tr("The passphrase needs at least %d characters.") % MIN_PASSPHRASE
    if passphrase != again:
        return tr("The two passphrases differ; type the same one twice.")
    return ""


def strength_hint(passphrase: str) -> tuple[int, str]:
    """A 0-4 score and a short hint (zxcvbn's estimate of how hard it is to guess)."""
    if not passphrase:
        return 0, tr("Choose a passphrase of several words that only you know.")
    result = zxcvbn(passphrase[:100])
    score = int(result["score"])
    text = tr("Strength: %s.") % strength_word(score)
    return score, f"{text} {advice_text(result.get('feedback') or {})}".strip()


def keys_service() -> Any:
    """``app.services.keys`` (seals the node's keys), or None when not in this build."""
    if importlib.util.find_spec("app.services.keys") is None:
        return None
    return importlib.import_module("app.services.keys")


def create_node(paths: Paths, answers: NodeAnswers, db_url: str | None = None) -> Workspace:
    """Create the node, seal its keys with the passphrase, load the demo if asked
    (slow parts: run it on the worker thread)."""
    db_url = db_url or answers.db_url or None
    ws = init_node(
        paths,
        kind=answers.kind,
        name=answers.name,
        mission=answers.mission if answers.kind == "field" else None,
        operator=answers.operator,
        db_url=db_url,
    )
    if answers.language:
        save_language(paths, answers.language)
    if answers.db_url:  # remembered for the next start (app.run_gui reads it)
        settings = WindowSettings(paths.home)
        settings.set_value("db_url", answers.db_url)
        settings.sync()
    keys = keys_service()
    if keys is not None:
        keys.create_identity(ws, answers.passphrase)
    if answers.demo and importlib.util.find_spec("app.services.demo") is not None:
        importlib.import_module("app.services.demo").load_demo(ws)
    return ws


class LanguagePage(QWizardPage):
    """The interface language; choosing one shows the wizard in it at once."""

    def __init__(self, selected: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = language_combo(selected)
        self.label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.label, self.combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    def language(self) -> str:
        """The chosen setting ('' for the system's)."""
        return str(self.combo.currentData() or "")

    def retranslate(self) -> None:
        """Set the texts in the current interface language."""
        self.setTitle(tr("Language"))
        self.setSubTitle(tr("The language of FocalPoint's windows on this computer."))
        self.label.setText(tr("Language"))
        self.note.setText(tr("You can change it later in the Language menu."))


class NodePage(QWizardPage):
    """Kind of node, its name and mission, the operator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("This computer"))
        self.setSubTitle(tr("Is this laptop used in a mission, or at headquarters?"))
        self.field_kind = QRadioButton(tr("A mission's computer (field node)"))
        self.hq_kind = QRadioButton(tr("Headquarters"))
        self.field_kind.setChecked(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. MONUSCO Goma"))
        self.mission = QLineEdit()
        self.mission.setPlaceholderText(tr("e.g. MONUSCO"))
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(tr("Your name"))
        self.db_url = QLineEdit()
        self.db_url.setObjectName("db_url")
        self.db_url.setEnabled(False)
        self.db_url.setPlaceholderText(tr("Empty: this computer. Server: postgresql+psycopg://..."))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Kind of node"), self.field_kind)
        form.addRow("", self.hq_kind)
        form.addRow(tr("Name of this node *"), self.name)
        form.addRow(tr("Mission code *"), self.mission)
        form.addRow(tr("Your name *"), self.operator)
        form.addRow(tr("Database URL (headquarters server)"), self.db_url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.hq_kind.toggled.connect(lambda hq: self.mission.setEnabled(not hq))
        self.hq_kind.toggled.connect(self.db_url.setEnabled)

    def kind(self) -> str:
        return "hq" if self.hq_kind.isChecked() else "field"

    def validatePage(self) -> bool:
        problems = []
        if not self.name.text().strip():
            problems.append(tr("Give this node a name."))
        if self.kind() == "field" and not self.mission.text().strip():
            problems.append(tr("A field node needs its mission code (e.g. MONUSCO)."))
        if not self.operator.text().strip():
            problems.append(tr("Give your name: it is recorded with every change."))
        url = self.db_url.text().strip()
        if self.kind() == "hq" and url and not url.startswith("postgresql"):
            problems.append(tr("A server's database URL starts with postgresql+psycopg:// "
                               "(leave it empty to keep the data on this computer)."))
        self.error.setText("\n".join(problems))
        return not problems


class PassphrasePage(QWizardPage):
    """The passphrase that seals the node's keys, typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Passphrase"))
        self.setSubTitle(
            tr(
                "It protects this node's keys, which sign and open sync "
                "bundles. It cannot be recovered: write it down somewhere safe."
            )
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setObjectName("strength")
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(tr("Passphrase *"), self.passphrase)
        form.addRow(tr("Again *"), self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.passphrase.textChanged.connect(self._update_hint)
        self._update_hint()

    def _update_hint(self) -> None:
        score, text = strength_hint(self.passphrase.text())
        colour = ("#b00020", "#b00020", "#a66300", "#2e7d32", "#2e7d32")[score]
        self.hint.setStyleSheet(f"color: {colour};")
        self.hint.setText(text)

    def validatePage(self) -> bool:
        problem = passphrase_problem(self.passphrase.text(), self.again.text())
        self.error.setText(problem)
        return not problem


class DemoPage(QWizardPage):
    """Offer the demo programme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Demo programme"))
        self.demo = QCheckBox(
            tr(
                "Load the demo programme (sample missions, activities and "
                "participants to try the application)"
            )
        )
        available = importlib.util.find_spec("app.services.demo") is not None
        self.demo.setEnabled(available)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo)
        if not available:
            layout.addWidget(QLabel(tr("The demo programme is not part of this build.")))
        layout.addStretch(1)


class FirstRunWizard(QWizard):
    """The first-run questions; :meth:`answers` gives what was chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.language_page = LanguagePage()
        self.addPage(self.language_page)
        self.node_page = NodePage()
        self.passphrase_page = PassphrasePage()
        self.demo_page = DemoPage()
        self._page_ids = [self.addPage(p) for p in (self.node_page, self.passphrase_page,
                                                    self.demo_page)]
        self.setWindowTitle(tr("Set up FocalPoint"))
        self.language_page.combo.currentIndexChanged.connect(self._language_changed)
        self.resize(680, 440)

    def _language_changed(self) -> None:
        """Install the chosen language and rebuild the pages in it (what was typed on
        the node page is kept)."""
        app = QApplication.instance()
        if app is None:
            return
        i18n.install_translators(app, self.language_page.language())
        old = self.node_page
        pages = (NodePage(), PassphrasePage(), DemoPage())
        for page_id, page in zip(self._page_ids, pages, strict=True):
            self.removePage(page_id)
            self.setPage(page_id, page)
        self.node_page, self.passphrase_page, self.demo_page = pages
        for name in ("name", "mission", "operator", "db_url"):
            getattr(self.node_page, name).setText(getattr(old, name).text())
        self.node_page.hq_kind.setChecked(old.hq_kind.isChecked())
        self.language_page.retranslate()
        self.setWindowTitle(tr("Set up FocalPoint"))
        self.setLayoutDirection(QApplication.layoutDirection())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)  # re-reads Qt's button texts
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)

    def answers(self) -> NodeAnswers:
        n = self.node_page
        return NodeAnswers(
            kind=n.kind(),
            name=n.name.text().strip(),
            mission=n.mission.text().strip().upper(),
            operator=n.operator.text().strip(),
            passphrase=self.passphrase_page.passphrase.text(),
            demo=self.demo_page.demo.isChecked(),
            db_url=n.db_url.text().strip() if n.kind() == "hq" else "",
            language=self.language_page.language(),
        )
