"""Flows blocks of text and pictures down pages without ever drawing past the page's writing area.

A block is a short text (a QTextDocument: a heading, a paragraph, one item of a list) or a picture,
and stays whole: a long list is many blocks, so it splits between its items, and a heading asks to
be kept with the block after it; an item that starts a page brings its list's heading along.
Only a text taller than a whole page is cut, between its lines. Two columns flow side by side,
each onto the next page on its own; what follows starts under the longer one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTextDocument, QTextOption


def wrapping(document: QTextDocument) -> QTextDocument:
    """Long words (a web address) break anywhere rather than run past the column."""
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    return document


@dataclass
class Text:
    document: QTextDocument
    space_after: float = 0.0
    keep_with_next: bool = False
    continued: Text | None = None  # shown above this block when it starts a page: the list's heading

    def lines(self) -> list[tuple[float, float]]:
        """(top, bottom) of every line, in the document's coordinates."""
        found = []
        block = self.document.begin()
        while block.isValid():
            layout = block.layout()
            origin = layout.position().y()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                found.append((origin + line.y(), origin + line.y() + line.height()))
            block = block.next()
        return found or [(0.0, self.height)]

    @property
    def height(self) -> float:
        return float(self.document.size().height())


@dataclass
class Figure:
    """Something drawn whole (a picture, a QR code with its caption, ruled lines): never split."""

    height: float
    paint: Callable[[QPainter, float, float], None]  # draws with its top-left corner at (x, y)
    space_after: float = 0.0
    keep_with_next: bool = False


Block = Text | Figure


@dataclass
class Placed:
    block: Block
    x: float
    y: float
    width: float
    top: float = 0.0  # the slice of a text shown here, in the document's coordinates
    bottom: float = 0.0

    def paint(self, painter: QPainter) -> None:
        if isinstance(self.block, Figure):
            self.block.paint(painter, self.x, self.y)
            return
        painter.save()
        painter.translate(self.x, self.y - self.top)
        if self.top == 0 and self.bottom == self.block.height:  # whole: nothing to cut off
            self.block.document.drawContents(painter)
            painter.restore()
            return
        # a hair inside the slice: a line that only touches its edge belongs to the next slice, and
        # lines outside the clip are not written at all (no hidden words for search or screen readers)
        edge = 0.5
        shown = QRectF(-2.0, self.top + edge, self.width + 4.0, self.bottom - self.top - 2 * edge)
        self.block.document.drawContents(painter, shown)
        painter.restore()


@dataclass
class Flow:
    """Pages of placed blocks, filled top to bottom between 0 and ``bottom``."""

    bottom: float
    pages: list[list[Placed]] = field(default_factory=lambda: [[]])
    page: int = 0
    y: float = 0.0

    def new_page(self) -> None:
        self.page += 1
        self.y = 0.0
        while len(self.pages) <= self.page:
            self.pages.append([])

    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` fits under what is already here."""
        if height > self.room() and self.y > 0:
            self.new_page()

    def add(self, blocks: list[Block], x: float, width: float) -> None:
        for index, block in enumerate(blocks):
            page = self.page
            self.ensure(room_to_start(blocks[index:]))
            if self.page != page and isinstance(block, Text) and block.continued is not None:
                self._place(block.continued, x, width)
                self.y += block.continued.space_after
            self._place(block, x, width)
            self.y += block.space_after

    def columns(self, columns: list[tuple[float, float, list[Block]]]) -> None:
        """Blocks side by side: (x, width, blocks) per column; continues under the longest."""
        start = (self.page, self.y)
        ends = []
        for x, width, blocks in columns:
            self.page, self.y = start
            self.add(blocks, x, width)
            ends.append((self.page, self.y))
        self.page, self.y = max(ends)

    def _place(self, block: Block, x: float, width: float) -> None:
        if isinstance(block, Figure) or block.height <= self.room():
            if block.height > self.room() and self.y > 0:
                self.new_page()
            self.pages[self.page].append(Placed(block, x, self.y, width, 0.0, _height(block)))
            self.y += _height(block)
            return
        if self.y > 0 and block.height <= self.bottom:
            self.new_page()
            self._place(block, x, width)
            return
        # taller than a page: cut between lines, each slice drawn clipped to its own lines
        start = 0.0
        for top, bottom in block.lines():
            if bottom - start > self.room() and top > start:
                self.pages[self.page].append(Placed(block, x, self.y, width, start, top))
                self.new_page()
                start = top
        self.pages[self.page].append(Placed(block, x, self.y, width, start, block.height))
        self.y += block.height - start


def room_to_start(blocks: list[Block]) -> float:
    """Room for the first block and whatever it keeps with it."""
    needed = 0.0
    for block in blocks:
        if not block.keep_with_next:
            return needed + block.height
        needed += _height(block) + block.space_after
    return needed


def _height(block: Block) -> float:
    return block.height
