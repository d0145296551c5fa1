"""The card of every pop-up: as tall as its words need at its width, never taller than the window.

Its content sits in a scroll area of its own, so a card capped at the window's height scrolls inside
itself instead of clipping what does not fit. A part added with ``add_fixed`` (a title with Close, a
row of buttons) stays in view above or below the scrolling part.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QLayoutItem, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.screens.base import enable_kinetic_scrolling


def invalidate_all(layout: QLayout) -> None:
    """QLayout.invalidate() leaves nested layouts' cached heights; these must go too."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if child is not None:
            invalidate_all(child)
    layout.invalidate()


def layout_height(layout: QLayout, width: int) -> int:
    """The height ``layout`` needs at ``width``: its height-for-width when it has one (wrapped words,
    a flow of buttons), else its size hint. (QLayout.totalHeightForWidth alone says -1 for a column
    of plain buttons, which once drew the staff menu 0 px tall.)"""
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return layout.totalSizeHint().height()


def item_height(item: QLayoutItem, width: int) -> int:
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()


class PopupCard(QFrame):
    """``column`` holds the content; ``fit`` gives the card its size for a width and a height cap."""

    def __init__(self, role: str = "overlay-card", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.content = QWidget()
        self.content.setProperty("role", "popup-content")
        self.column = QVBoxLayout(self.content)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its buttons are the Tab stops
        self.area.setWidget(self.content)
        self.content.setAutoFillBackground(False)  # setWidget turned it on: the card's colour shows
        enable_kinetic_scrolling(self.area)
        self.frame_column = QVBoxLayout(self)
        self.frame_column.setContentsMargins(0, 0, 0, 0)
        self.frame_column.setSpacing(0)
        self.frame_column.addWidget(self.area, 1)

    def add_fixed(self, part: QWidget | QLayout, above: bool = True) -> None:
        """A part that never scrolls away: above the content (a title and Close) or below it."""
        index = self.frame_column.indexOf(self.area) + (0 if above else 1)
        if isinstance(part, QWidget):
            self.frame_column.insertWidget(index, part)
        else:
            self.frame_column.insertLayout(index, part)

    def needed_height(self, width: int) -> int:
        """Height at ``width`` that shows everything without scrolling."""
        invalidate_all(self.frame_column)
        invalidate_all(self.column)
        self.ensurePolished()  # the style sheet's border: the frame's contents margins
        margins = self.frame_column.contentsMargins() + self.contentsMargins()
        inner = width - margins.left() - margins.right()
        parts = []
        for index in range(self.frame_column.count()):
            item = self.frame_column.itemAt(index)
            if item is None or item.isEmpty():
                continue
            if item.widget() is self.area:
                parts.append(layout_height(self.column, inner))
            else:
                parts.append(item_height(item, inner))
        spacing = max(self.frame_column.spacing(), 0) * max(len(parts) - 1, 0)
        return margins.top() + margins.bottom() + sum(parts) + spacing

    def fit(self, width: int, most: int) -> QSize:
        """The card's size at ``width``: all of its content, or ``most`` and a scroll bar."""
        return QSize(width, min(self.needed_height(width), most))

    def place_centred(self, room: QRect, width: int) -> None:
        """Centre the card in ``room`` (its parent's rectangle less a margin) at ``width``."""
        size = self.fit(min(width, room.width()), room.height())
        self.setGeometry(
            room.x() + (room.width() - size.width()) // 2,
            room.y() + (room.height() - size.height()) // 2,
            size.width(),
            size.height(),
        )

    def scrolls(self) -> bool:
        """True when the content is taller than the card shows (a scroll bar is there to use)."""
        return self.area.verticalScrollBar().maximum() > 0
