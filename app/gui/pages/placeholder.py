"""Pages whose screens come with a later issue (sync, reports): they say what will come
and what the command line already offers, and are replaced by real pages later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.gui.util import tr


class PlaceholderPage(QWidget):
    """A page that says what will be here and what to use meanwhile."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        body = QLabel(text)
        body.setObjectName("placeholderText")
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading)
        layout.addWidget(body, 1)


def sync_page(parent: QWidget | None = None) -> PlaceholderPage:
    return PlaceholderPage(
        tr("Sync"),
        tr(
            "Here you will send and receive sync bundles: export a signed, encrypted bundle for "
            "headquarters, import bundles from other nodes, see what was sent and received, "
            "trust or revoke other nodes' keys and resolve conflicts.\n\n"
            "Until this screen is ready, use the command line: 'focalpoint export --to NODE', "
            "'focalpoint import FILE', 'focalpoint keys card', 'focalpoint conflicts resolve'."
        ),
        parent,
    )


def reports_page(parent: QWidget | None = None) -> PlaceholderPage:
    return PlaceholderPage(
        tr("Reports"),
        tr(
            "Here you will print PDF sign-in sheets and attendance reports for an activity, "
            "assessment reports and the programme report, and export figures to XLSX, "
            "disaggregated by sex, institution, category and country.\n\n"
            "Until this screen is ready, use the command line: 'focalpoint report sign-in "
            "ACTIVITY --out FILE.pdf', 'focalpoint report attendance ...', 'focalpoint report "
            "programme ...'."
        ),
        parent,
    )
