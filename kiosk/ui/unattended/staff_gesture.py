"""The hidden way in for staff: five taps in the top-left corner within three seconds.

The taps are only counted, never swallowed, so a visitor touching the corner still gets what is
there (on the home screen that is the header's background, so nothing happens at all).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent, QWindow
from PySide6.QtWidgets import QWidget

# Every way a finger or a mouse press arrives: Qt turns the second of two quick presses into a
# double-click, which a kiosk visitor tapping fast makes every other tap.
PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin)
RELEASES = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)
TAPS = 5
WITHIN_SECONDS = 3.0
CORNER_PX = 64


class CornerTaps(QObject):
    triggered = Signal()

    def __init__(
        self,
        window: QWidget,
        clock: Callable[[], float] = time.monotonic,
        taps: int = TAPS,
        within: float = WITHIN_SECONDS,
        corner_px: int = CORNER_PX,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.taps = taps
        self.within = within
        self.corner_px = corner_px
        self._times: deque[float] = deque(maxlen=taps)
        self._down = False  # a press was counted and its finger (or button) has not lifted yet

    def notice_input(self, watched: QObject, event: QEvent) -> bool:
        """The input router's handler for PRESSES and RELEASES; never takes the event."""
        kind = event.type()
        if kind not in PRESSES + RELEASES or not self._ours(watched):
            return False
        # One tap reaches us many times: at the window and at the widget, up the parent chain, as
        # a touch and as the mouse press made from it, and a quick second tap as a press and a
        # double-click (or a double-click alone). All come before the finger lifts: the first
        # counts, the rest wait for the release.
        if kind in RELEASES:
            self._down = False
        elif not self._down and isinstance(event, QMouseEvent | QTouchEvent):
            self._down = True
            self.tap_at(_global_position(event))
        return False

    def _ours(self, watched: QObject) -> bool:
        if isinstance(watched, QWidget):
            return watched.window() is self.window
        return isinstance(watched, QWindow) and watched is self.window.windowHandle()

    def tap_at(self, global_position: QPointF) -> None:
        local = self.window.mapFromGlobal(global_position)
        if not (0 <= local.x() < self.corner_px and 0 <= local.y() < self.corner_px):
            self._times.clear()
            return
        now = self.clock()
        self._times.append(now)
        if len(self._times) == self.taps and now - self._times[0] <= self.within:
            self._times.clear()
            self.triggered.emit()


def _global_position(event: QMouseEvent | QTouchEvent) -> QPointF:
    if isinstance(event, QMouseEvent):
        return event.globalPosition()
    points = event.points()
    return points[0].globalPosition() if points else QPointF(-1, -1)
