"""Kiosk-mode lock-down: full-screen, frameless, on top, and no way out for a visitor.

An application-wide event filter swallows what could lead off the kiosk: context menus, drag and
drop, key combinations with Ctrl/Alt/Meta, Escape and the function keys (plain keys stay, so a
keyboard or switch user can still Tab, Space and Enter around). Closing is refused by
``MainWindow.closeEvent``; only the staff menu sets ``allow_close``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShortcutEvent
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

from kiosk.ui.overlay import Overlay

KIOSK_FLAGS = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
SWALLOWED = frozenset(
    {
        QEvent.Type.ContextMenu,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
    }
)
KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride})
ESCAPE_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)
ESCAPE_KEYS = frozenset(
    {
        Qt.Key.Key_Escape,
        Qt.Key.Key_Menu,
        Qt.Key.Key_Print,
        Qt.Key.Key_SysReq,
        Qt.Key.Key_Close,
        Qt.Key.Key_Exit,
        Qt.Key.Key_Launch0,
        Qt.Key.Key_Explorer,
        Qt.Key.Key_WWW,
        Qt.Key.Key_Search,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
    }
)


def is_escape_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """A key or combination that could close, switch or open something outside the kiosk."""
    if modifiers & ESCAPE_MODIFIERS:
        return True
    return key in ESCAPE_KEYS or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35


GUARDED = frozenset({*SWALLOWED, *KEY_EVENTS, QEvent.Type.Shortcut, QEvent.Type.WindowStateChange})


class LockDown(QObject):
    """A handler of the input router (for GUARDED events); acts only on the kiosk window and what it
    contains."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.swallowed = 0  # for tests and the log

    def _ours(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.window

    def guard(self, watched: QObject, event: QEvent) -> bool:
        """True when the event is swallowed: a way out of the kiosk."""
        kind = event.type()
        if kind == QEvent.Type.Shortcut and isinstance(event, QShortcutEvent):
            sequence = event.key()
            combined = sequence[0] if sequence.count() else None  # type: ignore[index]
            if combined is not None and is_escape_key(combined.key(), combined.keyboardModifiers()):
                return self._swallow()
            return False
        if not self._ours(watched):
            return False
        if kind in SWALLOWED:
            return self._swallow()
        key_event = kind in KEY_EVENTS and isinstance(event, QKeyEvent)
        if key_event and is_escape_key(event.key(), event.modifiers()):  # type: ignore[attr-defined]
            if _closes_a_pop_up(watched, event):  # type: ignore[arg-type]
                return False
            return self._swallow()
        left_full_screen = watched is self.window and not self.window.isFullScreen()
        if kind == QEvent.Type.WindowStateChange and left_full_screen:
            QTimer.singleShot(0, self.window.showFullScreen)  # something un-full-screened us: undo it
        return False

    def _swallow(self) -> bool:
        self.swallowed += 1
        return True


def _closes_a_pop_up(watched: QObject, event: QKeyEvent) -> bool:
    """Plain Escape inside an open pop-up (a word's meaning, Text and sound) closes just that pop-up."""
    if event.key() != Qt.Key.Key_Escape or event.modifiers() != Qt.KeyboardModifier.NoModifier:
        return False
    widget = watched if isinstance(watched, QWidget) else None
    while widget is not None:
        if isinstance(widget, Overlay) and widget.isVisible():
            return True
        widget = widget.parentWidget()
    return False


def forbid_text_selection(root: QWidget) -> None:
    """Labels and text views offer links at most: no selecting, no dragging text out."""
    for label in root.findChildren(QLabel):
        flags = label.textInteractionFlags()
        label.setTextInteractionFlags(
            flags
            & ~Qt.TextInteractionFlag.TextSelectableByMouse
            & ~Qt.TextInteractionFlag.TextSelectableByKeyboard
            & ~Qt.TextInteractionFlag.TextEditable
        )
    for view in root.findChildren(QTextEdit):
        view.setReadOnly(True)
        view.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        view.setAcceptDrops(False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)


def lock_down(window: QWidget) -> LockDown:
    """Frameless, on top, full-screen. Returns the guard, for the input router (GUARDED events)."""
    window.setWindowFlags(window.windowFlags() | KIOSK_FLAGS)
    window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    window.setAcceptDrops(False)
    forbid_text_selection(window)
    guard = LockDown(window)
    window.showFullScreen()
    return guard
