"""One base for every full-window layer: the glossary card, Text and sound, the licence, take-home,
the idle warning, the attract poster, the PIN pad and the staff menu.

A layer is a child of the window, never a top-level of its own, so a kiosk compositor cannot show it
apart from the app and an idle reset clears it with everything else. It covers its host and dims it
with the palette's scrim; the host places it (``place``) whenever the host changes size. Its card
(a ``PopupCard``) is centred and as tall as its content, at most the window's height, then scrolls.

A layer that is not ``modal`` closes with Escape or a tap outside its card; a modal one (PIN pad,
attract, idle warning) keeps every tap and key to itself. Tab stays inside the layer either way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.layers.popup_card import PopupCard
from kiosk.ui.shell.appearance import Appearance

UNBOUNDED = 16_777_215  # Qt's QWIDGETSIZE_MAX: no width cap of the layer's own


class Layer(QWidget):
    """Covers ``host`` and follows its size (the host calls ``place``); a card in the middle."""

    closed = Signal()
    modal = False  # True: taps outside the card and Escape do not close it

    def __init__(self, host: QWidget, role: str = "overlay-card") -> None:
        super().__init__(host)
        self.host = host
        self.scrim = QColor(0, 0, 0, 200)
        self.margin = 16  # the dimmed window shows at least this much around the card
        self.widest = UNBOUNDED  # the card's widest; subclasses scale it with the text size
        self.card = PopupCard(role, self)
        self._return_focus: QWidget | None = None
        self._look_to_apply: Appearance | None = None
        self.hide()

    def apply(self, look: Appearance) -> None:
        """Sizes and colours of the look (a subclass's own)."""

    def follow(self, look: Appearance) -> None:
        """The visitor's new look: applied now if the layer is shown, else as it is next shown, so
        that a text-size step costs the hidden layers nothing (as the window restyles them)."""
        if not self.isHidden():  # open (even in a window not on screen yet)
            self._look_to_apply = None
            self.apply(look)
        else:
            self._look_to_apply = look

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name; show() comes here)
        if visible and self._look_to_apply is not None:  # before it shows, as when it followed at once
            look, self._look_to_apply = self._look_to_apply, None
            self.apply(look)
        super().setVisible(visible)

    def apply_scrim(self, look: Appearance, colour: str = "overlay_scrim") -> None:
        self.scrim = QColor(look.colors[colour])
        self.update()

    # Showing and placing ------------------------------------------------------------------------

    def show_layer(self) -> None:
        """Cover the host, on top of everything; focus goes back where it was on ``close_layer``."""
        focus = self.window().focusWidget() if self.window() is not None else None
        if not self.isVisible():
            self._return_focus = focus if focus is not None and not self.isAncestorOf(focus) else None
        self.setGeometry(self.host.rect())
        self.raise_()
        self.show()
        self.place_card()  # after show: the window restyles a layer as it is shown

    def close_layer(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        if self._return_focus is not None and self._return_focus.isVisible():
            self._return_focus.setFocus(Qt.FocusReason.PopupFocusReason)
        self._return_focus = None
        self.closed.emit()

    def place(self) -> None:
        """Cover the host again (it changed size) and re-place the card."""
        self.setGeometry(self.host.rect())
        self.place_card()

    def place_card(self) -> None:
        """Centre the card, as tall as its content and no taller than the window; subclasses may
        move it."""
        room = self.rect().adjusted(self.margin, self.margin, -self.margin, -self.margin)
        width = min(self.widest, self.card.maximumWidth(), max(room.width(), 200))
        self.card.place_centred(room, width)

    # Events -------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        QPainter(self).fillRect(self.rect(), self.scrim)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.modal and not self.card.geometry().contains(event.position().toPoint()):
            self.close_layer()
        event.accept()  # taps on the dimmed window never reach what is beneath

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.modal:
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.close_layer()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's names)
        """Tab cycles through the layer's controls only: what lies beneath is out of reach."""
        chain = [
            w
            for w in self.findChildren(QWidget)
            if w.isVisibleTo(self) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if not chain:
            return True
        current = self.focusWidget()
        index = chain.index(current) if current in chain else (-1 if next else 0)
        chain[(index + (1 if next else -1)) % len(chain)].setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True
