"""What a user sees of a window, for the per-language checks: visible texts that are
still in English although translated, and texts that do not fit their widget."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QStyle,
    QTabBar,
    QWidget,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Seen:
    """One visible text: where it is and what it says."""

    where: str
    text: str


def translated_sources(lang: str) -> dict[str, str]:
    """{English source: translation} of the finished messages whose translation differs
    from the source (those the window must never show in English)."""
    found: dict[str, str] = {}
    for message in ET.parse(TRANSLATIONS / f"focalpoint_{lang}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type"):
            continue
        text = translation.text or ""
        forms = translation.findall("numerusform")
        if forms:
            text = forms[0].text or ""
        source = message.findtext("source") or ""
        if text and text != source:
            found[source] = text
    return found


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def visible_texts(root: QWidget) -> Iterator[Seen]:
    """Every text a user can read in ``root`` now: labels, buttons, group and tab titles,
    placeholders, column headers, list items and menus."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = _name(widget)
        if isinstance(widget, QLabel):
            yield Seen(where, _TAG.sub("", widget.text()).strip())
        elif isinstance(widget, QAbstractButton):
            yield Seen(where, widget.text())
            if widget.toolTip():
                yield Seen(where + ".toolTip", widget.toolTip())
        elif isinstance(widget, QGroupBox):
            yield Seen(where, widget.title())
        elif isinstance(widget, QLineEdit):
            yield Seen(where + ".placeholder", widget.placeholderText())
        elif isinstance(widget, QTabBar):
            yield from (Seen(where, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            yield from (Seen(where, widget.item(i).text()) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                text = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(text, str):
                    yield Seen(where + ".header", text)
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                yield Seen(where, action.text())
                menu = action.menu()
                if menu is not None:
                    yield from (Seen(where + ".menu", a.text()) for a in menu.actions())


_PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%L?\d|%[nsd]")


def _patterns(sources: dict[str, str]) -> list[re.Pattern[str]]:
    """Sources with placeholders as patterns ('%n record(s)' matches '6 record(s)'),
    for those with enough fixed text to be recognised."""
    patterns = []
    for source in sources:
        parts = _PLACEHOLDER.split(source)
        if len(parts) < 2 or sum(len(p.strip()) for p in parts) < 6:
            continue
        patterns.append(re.compile(".+?".join(re.escape(p) for p in parts) + r"\Z", re.S))
    return patterns


def untranslated(root: QWidget, sources: dict[str, str]) -> list[Seen]:
    """Visible texts equal to an English source that has a translation (placeholders
    filled in or not)."""
    patterns = _patterns(sources)
    return [seen for seen in visible_texts(root) if seen.text and (
        seen.text in sources or any(p.match(seen.text) for p in patterns))]


def _elided_headers(view: QAbstractItemView) -> Iterator[Seen]:
    header = getattr(view, "horizontalHeader", lambda: None)()
    if not isinstance(header, QHeaderView) or not header.isVisible():
        return
    metrics = header.fontMetrics()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = view.model().headerData(section, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        if metrics.horizontalAdvance(text) + margin > header.sectionSize(section):
            yield Seen(f"{_name(view)}.header[{section}]", text)


def clipped(root: QWidget) -> list[Seen]:
    """Visible labels, buttons, check boxes and headers narrower than their text."""
    found: list[Seen] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            needed = widget.minimumSizeHint().width()
            if widget.textFormat() != Qt.TextFormat.RichText and widget.width() + 1 < needed:
                found.append(Seen(_name(widget), widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.text() and not isinstance(
                widget.parent(), QTabBar):
            if widget.width() + 1 < widget.sizeHint().width():
                found.append(Seen(_name(widget), widget.text()))
        elif isinstance(widget, QListWidget):
            found.extend(_cut_items(widget))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found.extend(_elided_headers(widget))
    return found


def _cut_items(view: QListWidget) -> Iterator[Seen]:
    """List items (the sidebar's pages) wider than the list."""
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        metrics = view.fontMetrics()
        icon = view.iconSize().width() + 4 if not item.icon().isNull() else 0
        if metrics.horizontalAdvance(item.text()) + icon + 8 > rect.width():
            yield Seen(f"{_name(view)}[{row}]", item.text())
