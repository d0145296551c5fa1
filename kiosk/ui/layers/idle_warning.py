"""'Still reading?': a full-window warning with a countdown; one tap anywhere keeps the visit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.layers.base import Layer
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import translate, translate_n
from kiosk.ui.widgets.labels import plain_label


def tr(text: str, n: int | None = None) -> str:
    if n is None:
        return translate("IdleOverlay", text)
    return translate_n("IdleOverlay", text, n)


class IdleOverlay(Layer):
    """A modal layer, so the tap that dismisses it never lands on what lies beneath."""

    modal = True
    keep_reading = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widest = 720
        self.title = plain_label()
        self.title.setProperty("role", "overlay-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.countdown = plain_label()
        self.countdown.setProperty("role", "countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = plain_label()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep_button = QPushButton()
        self.keep_button.clicked.connect(self.keep_reading)
        column = self.card.column
        column.setSpacing(24)
        column.setContentsMargins(40, 40, 40, 40)
        for widget in (self.title, self.countdown, self.explanation, self.keep_button):
            column.addWidget(widget)
        self._seconds = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Still reading?"))
        self.title.setText(tr("Still reading?"))
        self.keep_button.setText(tr("Keep reading"))
        self.keep_button.setAccessibleName(tr("Keep reading"))
        if self._seconds:
            self.set_seconds(self._seconds)

    def show_countdown(self, seconds: int) -> None:
        self.set_seconds(seconds)
        self.show_layer()
        self.keep_button.setFocus()

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.countdown.setText(str(seconds))
        self.countdown.setAccessibleName(tr("%n second(s) left", seconds))
        self.explanation.setText(
            tr(
                "The screen will start over in %n second(s) for the next person. "
                "Tap anywhere to keep reading.",
                seconds,
            )
        )
        if self.isVisible():
            self.place_card()  # the words may take another line

    def apply(self, look: Appearance) -> None:
        self.apply_scrim(look)
        self.widest = max(480, round(720 * look.percent / 100))
        if self.isVisible():
            self.place_card()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.keep_reading.emit()
        event.accept()
