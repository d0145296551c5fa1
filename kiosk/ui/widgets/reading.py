"""What Listen reads on a screen, and how the screen follows along.

A page (a QTextBrowser) is read sentence by sentence: the sentence is shaded, the word being spoken
is marked, and the view scrolls to keep it in sight. Any other screen is read label by label, top to
bottom, and the label (or the tile it sits on) being read is shaded.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QTextBrowser, QTextEdit, QWidget

from kiosk.core.speech_text import Piece, reading_pieces
from kiosk.ui.widgets.page_view import tell_final_height

# Characters QTextDocument uses for block and frame boundaries, objects and hard spaces, each one
# position long: mapped to plain characters the position of every word stays the same.
_RAW_TO_PLAIN = str.maketrans(
    {"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n", "\ufffc": " ", "\xa0": " "}
)
KEEP_IN_VIEW_MARGIN = 0.15  # of the view's height: closer to an edge than this and the page scrolls


@runtime_checkable
class Readable(Protocol):
    """A screen that knows how to be read aloud (one without it is read label by label)."""

    def reading_pieces(self) -> list[Piece]: ...

    def show_reading(self, piece: int, start: int, length: int) -> None: ...

    def clear_reading(self) -> None: ...


def document_text(document: QTextDocument) -> str:
    """The document's text with every character at its cursor position."""
    return document.toRawText().translate(_RAW_TO_PLAIN)


class DocumentReading:
    """Follows the reading in a QTextBrowser with extra selections (the document is not touched)."""

    def __init__(self, view: QTextBrowser) -> None:
        self.view = view
        self.pieces: list[Piece] = []
        self.colors: dict[str, str] = {}

    def read(self, lead: str = "") -> list[Piece]:
        """The pieces to speak: ``lead`` (the page title, not in the document) and then the text."""
        self.pieces = reading_pieces(document_text(self.view.document()))
        if lead:
            self.pieces.insert(0, Piece(-1, lead))
        return self.pieces

    def show(self, piece: int, start: int, length: int) -> None:
        if not 0 <= piece < len(self.pieces) or self.pieces[piece].start < 0:
            self.view.setExtraSelections([])
            return
        where = self.pieces[piece]
        selections = [self._selection(where.start, len(where.text), "text", "reading_background")]
        if start >= 0 and length > 0:
            word = self._selection(where.start + start, length, "word_text", "word_background")
            selections.append(word)
        self.view.setExtraSelections(selections)
        self._keep_in_view(selections[-1].cursor)

    def clear(self) -> None:
        self.view.setExtraSelections([])

    def _selection(self, start: int, length: int, text: str, background: str) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.view.document())
        end = min(start + length, self.view.document().characterCount() - 1)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        char_format = QTextCharFormat()
        char_format.setBackground(QBrush(QColor(self.colors.get(background, "#ffd23f"))))
        char_format.setForeground(QBrush(QColor(self.colors.get(text, "#000000"))))
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = char_format
        return selection

    def _keep_in_view(self, cursor: QTextCursor) -> None:
        tell_final_height(self.view)  # the word may lie past the height Qt has told the view so far
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        rect = self.view.cursorRect(start)
        height = self.view.viewport().height()
        margin = round(height * KEEP_IN_VIEW_MARGIN)
        if rect.top() < margin or rect.bottom() > height - margin:
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)


class WidgetReading:
    """Any screen read label by label, top to bottom; the label (or its tile) being read is shaded."""

    def __init__(self, root: QWidget) -> None:
        self.root = root
        self.lead = ""  # read first: the screen's title from the header
        self.targets: list[QWidget | None] = []
        self._shaded: QWidget | None = None

    def reading_pieces(self) -> list[Piece]:
        pieces = [Piece(-1, self.lead)] if self.lead else []
        self.targets = [None] * len(pieces)
        labels = [label for label in self.root.findChildren(QLabel) if self._shown(label)]
        labels.sort(key=self._reading_order)
        for label in labels:
            text = label.text()
            if label.textFormat() != Qt.TextFormat.PlainText and GuiQt.mightBeRichText(text):
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            for piece in reading_pieces(text):
                pieces.append(piece)
                self.targets.append(_shade_target(label))
        return pieces

    def show_reading(self, piece: int, start: int, length: int) -> None:
        target = self.targets[piece] if 0 <= piece < len(self.targets) else None
        if target is self._shaded:
            return
        self.clear_reading()
        if target is None:
            return
        self._shaded = target
        _set_reading(target, True)
        area = _scroll_area_of(target)
        if area is not None:
            area.ensureWidgetVisible(target)

    def clear_reading(self) -> None:
        if self._shaded is not None:
            _set_reading(self._shaded, False)
            self._shaded = None

    def _shown(self, label: QLabel) -> bool:
        return bool(label.text().strip()) and label.isVisibleTo(self.root)

    def _reading_order(self, widget: QWidget) -> tuple[int, int]:
        corner = widget.mapTo(self.root, QPoint(0, 0))
        return corner.y(), corner.x()


def _shade_target(label: QLabel) -> QWidget:
    """A label inside a tile is read as part of the tile, so the whole tile is shaded."""
    parent = label.parentWidget()
    return parent if isinstance(parent, QAbstractButton) else label


def _set_reading(widget: QWidget, reading: bool) -> None:
    widget.setProperty("reading", reading)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent
