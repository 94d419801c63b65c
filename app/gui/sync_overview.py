"""The overview's Sync box: last sync with each node, changes waiting to be sent and open
conflicts, each a link that opens the matching tab of the Sync page."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.gui.context import AppContext
from app.gui.sync_words import when_text
from app.gui.util import format_number


def _when(value: str | None, never: str) -> str:
    return when_text(value, never)


class SyncBox(QFrame):
    """A one-line summary; ``open_sync(tab)`` asks for the Sync page at ``tab``."""

    open_sync = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("syncBox")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setObjectName("syncSummary")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.text.linkActivated.connect(self.open_sync.emit)
        layout.addWidget(self.text)

    def refresh(self) -> None:
        """Read the summary on the worker."""
        from app.services import sync_status  # not before: the box can show before the core

        ws = self.ctx.ws
        self.ctx.runner.run(lambda: sync_status.summary(ws), self.show_summary)

    def show_summary(self, data: dict[str, Any]) -> None:
        never = self.tr("never")
        lines = [self.tr('<a href="nodes">%s</a>: received %s, sent %s') % (
            escape(p["name"]), _when(p["last_imported_at"], never),
            _when(p["last_export_at"], never))
            + (self.tr(" (not yet confirmed)") if p["unconfirmed"] else "")
            for p in data["peers"]]
        if not data["peers"]:
            lines.append(self.tr('No trusted node yet: <a href="nodes">add a node\'s card</a>.'))
        lines.append(self.tr('<a href="send">Changes waiting to be sent: %s</a>')
                     % format_number(data["waiting"]))
        lines.append(self.tr('<a href="conflicts">Open conflicts: %s</a>')
                     % format_number(data["conflicts"]))
        self.text.setText(self.tr("<b>Sync</b>: ") + " &nbsp;&middot;&nbsp; ".join(lines))
