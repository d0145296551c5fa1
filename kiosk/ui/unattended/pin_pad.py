"""The staff PIN pad: large digits, dots for what was typed, and a visible lock after five wrong tries.

The lock grows with each one (see kiosk.core.pin); long locks are shown in minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.pin import MAX_PIN_DIGITS, MIN_PIN_DIGITS, PinGuard
from kiosk.ui.layers.cover import Cover
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import translate, translate_n
from kiosk.ui.shell.idle import TimerFactory, default_timer
from kiosk.ui.widgets.labels import plain_label

MAX_DIGITS = MAX_PIN_DIGITS
MIN_DIGITS = MIN_PIN_DIGITS


def tr(text: str, n: int | None = None) -> str:
    return translate("PinPad", text) if n is None else translate_n("PinPad", text, n)


def _button(role: str = "") -> QPushButton:
    button = QPushButton()
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if role:
        button.setProperty("role", role)
    return button


class PinPad(Cover):
    accepted = Signal()  # the right PIN: open the staff menu
    max_percent = 100  # staff-only: one size that always fits

    def __init__(self, host: QWidget, guard: PinGuard, timer_factory: TimerFactory = default_timer) -> None:
        super().__init__(host)
        self.guard = guard
        self.lock_timer = timer_factory(self)
        self.lock_timer.timeout.connect(self._refresh_lock)  # type: ignore[attr-defined]
        self.digits = ""
        self.earlier_failures = 0  # wrong tries before the last right PIN: the staff menu tells them
        self._was_locked = False
        self.title = plain_label()
        self.title.setProperty("role", "overlay-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = plain_label()
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display = plain_label()
        self.display.setProperty("role", "pin-display")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = plain_label()
        self.message.setProperty("role", "pin-message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digit_buttons = [_button("pin-key") for _ in range(10)]
        for digit, button in enumerate(self.digit_buttons):
            button.setText(str(digit))
            button.setAccessibleName(str(digit))
        self.clear_button = _button("pin-key")
        self.ok_button = _button("pin-key")
        self.close_button = _button()
        keys = QGridLayout()
        keys.setSpacing(12)
        for index, digit in enumerate((1, 2, 3, 4, 5, 6, 7, 8, 9)):
            keys.addWidget(self.digit_buttons[digit], index // 3, index % 3)
        keys.addWidget(self.clear_button, 3, 0)
        keys.addWidget(self.digit_buttons[0], 3, 1)
        keys.addWidget(self.ok_button, 3, 2)
        words = QVBoxLayout()  # words on the left, keys on the right: it fits a 1024x768 screen
        words.setSpacing(16)
        for label in (self.title, self.prompt, self.display, self.message):
            # Wrapped words take the width left over; the keys keep what their labels need.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setWordWrap(True)
            words.addWidget(label)
        words.addStretch(1)
        words.addWidget(self.close_button)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addLayout(words, 1)
        row.addLayout(keys)
        self.column.addLayout(row)
        self.card.setMaximumWidth(920)
        for digit, button in enumerate(self.digit_buttons):
            button.clicked.connect(lambda _=False, d=digit: self.press(str(d)))
        self.clear_button.clicked.connect(self.clear)
        self.ok_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.close_pad)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Staff PIN"))
        self.title.setText(tr("Staff only"))
        self.prompt.setText(tr("Enter the staff PIN. If you are a visitor, tap Close."))
        for button, text, name in (
            (self.clear_button, tr("Clear"), tr("Clear the digits")),
            (self.ok_button, tr("OK"), tr("Check the PIN")),
            (self.close_button, tr("Close"), tr("Close the staff PIN pad")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self._say("")
        self._refresh_lock()

    @property
    def locked(self) -> bool:
        return self.guard.locked_seconds() > 0

    def open_pad(self) -> None:
        self.digits = ""
        self._say("")
        self._show_digits()
        self._refresh_lock()
        self.cover()
        self.close_button.setFocus()

    def close_pad(self) -> None:
        self.digits = ""
        self._say("")
        self._show_digits()
        self.lock_timer.stop()
        self.hide()

    def press(self, digit: str) -> None:
        if len(self.digits) < MAX_DIGITS and not self.locked:
            self.digits += digit
            self._say("")
            self._show_digits()

    def clear(self) -> None:
        self.digits = ""
        self._show_digits()

    def submit(self) -> None:
        if len(self.digits) < MIN_DIGITS or self.locked:
            return
        attempt = self.guard.try_pin(self.digits)
        self.digits = ""
        self._show_digits()
        if attempt.accepted:
            self.earlier_failures = attempt.earlier_failures
            self.close_pad()
            self.accepted.emit()
        elif attempt.locked_seconds:
            self._refresh_lock()
        else:
            self._say(
                tr("That PIN is not right. %n more chance(s) before the keypad locks.", attempt.tries_left)
            )

    def _refresh_lock(self) -> None:
        seconds = self.guard.locked_seconds()
        for button in (*self.digit_buttons, self.clear_button, self.ok_button):
            button.setEnabled(not seconds)
        if seconds > 120:
            minutes = (seconds + 59) // 60
            self._say(tr("Too many wrong tries. The keypad is locked for %n more minute(s).", minutes))
            self.lock_timer.start(1000)
        elif seconds:
            self._say(tr("Too many wrong tries. The keypad is locked for %n more second(s).", seconds))
            self.lock_timer.start(1000)
        elif self._was_locked:
            self.lock_timer.stop()
            self._say(tr("The keypad is unlocked. You can try again."))
        self._was_locked = bool(seconds)
        self._show_digits()

    def _say(self, text: str) -> None:
        """A message may take more lines than the last one: the card grows to fit it."""
        self.message.setText(text)
        if self.isVisible():
            self.place_card()

    def _show_digits(self) -> None:
        shown = " ".join("●" for _ in self.digits) or "–"
        self.display.setText(shown)
        self.display.setAccessibleName(tr("%n digit(s) entered", len(self.digits)))
        self.ok_button.setEnabled(len(self.digits) >= MIN_DIGITS and not self.guard.locked_seconds())

    def apply(self, look: Appearance) -> None:
        look = self.capped(look)
        self.scrim = QColor(look.colors["overlay_scrim"])
        key = round(look.sizes["button_height"] * 1.2)
        for button in (*self.digit_buttons, self.clear_button, self.ok_button):
            button.setMinimumHeight(key)  # width: the style sheet's minimum, or the words' need
        if self.isVisible():
            self.place_card()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.digits = self.digits[:-1]
            self._show_digits()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        event.accept()
