"""Keypad and switch access: Enter presses the focused button, arrow keys move between buttons.

Qt buttons answer only Space outside dialogs, and arrow keys move focus only inside button groups. A
tactile keypad (Section 508 §407.3) has arrows and a select key, so one handler of the input router
gives every button, tile and control in every screen the same keys. Tab and Shift+Tab work as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication

ACTIVATE = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select})
FORWARD = frozenset({Qt.Key.Key_Right, Qt.Key.Key_Down})
BACKWARD = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Up})


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
