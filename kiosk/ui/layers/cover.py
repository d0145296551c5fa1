"""A full-window layer (PIN pad, staff menu, attract screen) that keeps every tap to itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.layers.popup_card import PopupCard, invalidate_all
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.style import style_sheet

__all__ = ["Cover", "invalidate_all"]

MARGIN = 16  # the dimmed window shows at least this much around the card


class Cover(QWidget):
    """Covers its host completely and follows its size; a tap on it never reaches what is beneath.

    It carries its own style sheet; a layer that must fit one screen whatever the visitor's text
    size (a staff keypad, a poster) sets ``max_percent``, and its sheet is at no more than that step.
    """

    max_percent = 200
    owns_style_sheet = True  # the window leaves its style sheet alone (it may be capped)

    def __init__(self, host: QWidget, role: str = "overlay-card") -> None:
        super().__init__(host)
        self.host = host
        self._sheet_key: tuple[str, int] | None = None
        self.scrim = QColor(0, 0, 0, 200)
        self.card = PopupCard(role, self)
        self.column = self.card.column
        self.column.setSpacing(16)
        self.column.setContentsMargins(32, 32, 32, 32)
        host.installEventFilter(self)
        self.hide()

    def capped(self, look: Appearance) -> Appearance:
        """The look to size this layer by, with its own style sheet when the cap applies."""
        percent = min(look.percent, self.max_percent)
        key = (look.theme, percent)
        if key != self._sheet_key:
            self._sheet_key = key
            self.setStyleSheet(style_sheet(look.theme, percent))
        return look if percent == look.percent else Appearance.of(look.theme, percent)

    def cover(self) -> None:
        self.setGeometry(self.host.rect())
        self.raise_()
        self.show()
        self.place_card()

    def place_card(self) -> None:
        """Centre the card, as tall as its content and no taller than the window; subclasses may
        move it."""
        room = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self.card.place_centred(room, min(self.card.maximumWidth(), max(room.width(), 200)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.host and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.host.rect())
            self.place_card()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.scrim)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        event.accept()
