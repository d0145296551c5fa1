"""What staff can do once the PIN is accepted: reload content, nurse mode, read about the kiosk (its
version and the font licence), leave the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.layers.cover import Cover
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import translate
from kiosk.ui.widgets.labels import plain_label


def tr(text: str) -> str:
    return translate("StaffMenu", text)


class StaffMenu(Cover):
    max_percent = 100  # staff-only: one size that always fits
    reload_requested = Signal()
    nurse_mode_requested = Signal()
    about_requested = Signal()
    exit_requested = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.title = plain_label()
        self.title.setProperty("role", "overlay-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setProperty("role", "note")
        self.reload_button = self._button(self.reload_requested)
        self.nurse_button = self._button(self.nurse_mode_requested)
        self.about_button = self._button(self.about_requested)
        self.exit_button = self._button(self.exit_requested)
        self.back_button = self._button(None)
        self.back_button.clicked.connect(self.close_menu)
        for widget in (
            self.title,
            self.status,
            self.reload_button,
            self.nurse_button,
            self.about_button,
            self.exit_button,
            self.back_button,
        ):
            self.column.addWidget(widget)
        self.card.setMaximumWidth(640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Staff menu"))
        self.title.setText(tr("Staff"))
        for button, text in (
            (self.reload_button, tr("Reload the content now")),
            (self.nurse_button, tr("Nurse mode")),
            (self.about_button, tr("About this kiosk")),
            (self.exit_button, tr("Exit the kiosk")),
            (self.back_button, tr("Back to the kiosk")),
        ):
            button.setText(text)
            button.setAccessibleName(text)

    def _button(self, signal: SignalInstance | None) -> QPushButton:
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if signal is not None:
            button.clicked.connect(signal)
        return button

    def open_menu(self, status: str = "") -> None:
        self.set_status(status)
        self.cover()
        self.back_button.setFocus()

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if self.isVisible():
            self.place_card()

    def close_menu(self) -> None:
        self.set_status("")
        self.hide()

    def apply(self, look: Appearance) -> None:
        look = self.capped(look)
        self.scrim = QColor(look.colors["overlay_scrim"])
