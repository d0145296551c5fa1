"""A card over the dimmed window: the glossary pop-up and the "Text and sound" panel.

It is a child of the window, never a top-level of its own, so a kiosk compositor cannot show it
apart from the app and the idle reset closes it with everything else. The card is as tall as its
words at its width, at most the window's height; the title and Close stay put while the rest scrolls.
It closes with its big Close button, with Escape, or with a tap outside the card; Tab stays inside
it while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.ui.layers.popup_card import PopupCard
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate
from kiosk.ui.widgets.labels import plain_label


def tr(text: str) -> str:
    return translate("Overlay", text)


class Overlay(QWidget):
    closed = Signal()

    def __init__(self, host: QWidget, title: str = "", width: int = 720) -> None:
        super().__init__(host)
        self._width_at_100 = width  # the card's widest, at 100% text; it grows with the text
        self.host = host
        self._scrim = QColor(0, 0, 0, 200)
        self._return_focus: QWidget | None = None
        self._max_width = 760
        self._margin = 16
        self.card = PopupCard("overlay-card", self)
        self.card.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # holds focus without a ring after a tap
        self.title = plain_label(title)
        self.title.setProperty("role", "overlay-title")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = IconButton(tr("Close"), "close", tr("Close"), keep_label=True, fit_words=True)
        self.close_button.clicked.connect(self.close_overlay)
        top = self._top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.card.add_fixed(top)
        self.body = self.card.column  # subclasses add their content here; it scrolls when long
        self.setAccessibleName(title)
        host.installEventFilter(self)
        self.hide()

    def retranslate(self) -> None:
        """Words of the base card; a subclass adds its own."""
        self.close_button.setText(tr("Close"))
        self.close_button.setAccessibleName(tr("Close"))

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.setAccessibleName(title)

    def open(self) -> None:
        focus = self.window().focusWidget() if self.window() is not None else None
        self._return_focus = focus if focus is not None and not self.isAncestorOf(focus) else None
        self.refit()
        self.raise_()
        self.show()
        self.card.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_overlay(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        if self._return_focus is not None and self._return_focus.isVisible():
            self._return_focus.setFocus(Qt.FocusReason.PopupFocusReason)
        self._return_focus = None
        self.closed.emit()

    def apply(self, look: Appearance) -> None:
        self._scrim = QColor(look.colors["overlay_scrim"])
        spacing = look.sizes["spacing"]
        side = spacing * 3 // 2
        self.card.frame_column.setContentsMargins(0, spacing, 0, 0)
        self._top.setContentsMargins(side, 0, side, 0)
        self.body.setContentsMargins(side, spacing, side, side)
        self.body.setSpacing(spacing)
        self._margin = spacing
        self.close_button.apply(look)
        self._max_width = round(self._width_at_100 * look.percent / 100)
        self.refit()

    def refit(self) -> None:
        """As wide as its words want up to the window's width; as tall as they need, up to the
        window's height (then the body scrolls)."""
        self.setGeometry(self.host.rect())
        room = self.rect().adjusted(self._margin, self._margin, -self._margin, -self._margin)
        self.card.place_centred(room, self._max_width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.host and event.type() == QEvent.Type.Resize and self.isVisible():
            self.refit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._scrim)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.card.geometry().contains(event.position().toPoint()):
            self.close_overlay()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close_overlay()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's names)
        """Tab cycles through the card's controls only: what lies beneath is out of reach."""
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
