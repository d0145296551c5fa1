"""Keypad and switch access: Enter presses the focused button, arrow keys move between buttons.

Qt buttons answer only Space outside dialogs, and arrow keys move focus only inside button groups. A
tactile keypad (Section 508 §407.3) has arrows and a select key, so one handler of the input router
gives every button, tile and control in every screen the same keys. Tab and Shift+Tab work as usual.

The focus ring is for the people who move with those keys. After a tap it would only look like a
mistake, so ``FocusRing`` shows it from the first key press until the next tap or touch.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

ACTIVATE = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select})
FORWARD = frozenset({Qt.Key.Key_Right, Qt.Key.Key_Down})
BACKWARD = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Up})
RING = "focus_ring"  # the dynamic property the style sheet draws the focus ring by
POINTER_PRESSES = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}
)


def keypad_navigation(watched: QObject, event: QEvent) -> bool:
    """The input router's handler for key presses: True when the key was a keypad's and is used."""
    if not isinstance(watched, QAbstractButton):
        return False
    plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
    if not isinstance(event, QKeyEvent) or event.modifiers() not in plain:
        return False
    key = Qt.Key(event.key())
    if key in ACTIVATE:
        if watched.isEnabled():
            watched.click()
        return True
    if key in FORWARD or key in BACKWARD:
        # A Tab press goes through the window's focus chain (and scroll areas keep it in view).
        tab = Qt.Key.Key_Tab if key in FORWARD else Qt.Key.Key_Backtab
        QApplication.sendEvent(watched, QKeyEvent(QEvent.Type.KeyPress, tab, Qt.KeyboardModifier.NoModifier))
        return True
    return False


class FocusRing(QObject):
    """Keyboard mode: on at a key press, off at a tap; the focused control shows its ring only while on.

    Controls keep their focus either way (a pop-up still puts it on its first button), so a visitor
    who taps and then reaches for the keypad carries on from where the focus is.
    """

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keyboard_mode = False
        app.focusChanged.connect(self._on_focus_changed)

    def notice_input(self, watched: QObject, event: QEvent) -> bool:
        """The input router's handler for key presses and POINTER_PRESSES; never takes the event."""
        if event.type() == QEvent.Type.KeyPress:
            self._set_keyboard_mode(True)
        elif event.type() in POINTER_PRESSES:
            self._set_keyboard_mode(False)
        return False

    def _set_keyboard_mode(self, on: bool) -> None:
        if on != self.keyboard_mode:
            self.keyboard_mode = on
            focused = QApplication.focusWidget()
            if focused is not None:
                show_ring(focused, on)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            show_ring(old, False)
        if new is not None:
            show_ring(new, self.keyboard_mode)


def show_ring(widget: QWidget, shown: bool) -> None:
    if bool(widget.property(RING)) == shown:
        return
    widget.setProperty(RING, shown)
    widget.style().unpolish(widget)  # a changed property restyles only after a fresh polish
    widget.style().polish(widget)
    widget.update()
