"""The hidden way in for staff: five taps in the top-left corner within three seconds.

The taps are only counted, never swallowed, so a visitor touching the corner still gets what is
there (on the home screen that is a disabled Back button, so nothing happens at all). A touch on
the corner reaches the widgets as a mouse press (nothing in the header takes touch events), so
mouse presses are what is counted.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

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

    def notice_press(self, watched: QObject, event: QEvent) -> bool:
        """The input router's handler for mouse presses; never takes the event."""
        if not isinstance(watched, QWidget) or not isinstance(event, QMouseEvent):
            return False
        if watched.window() is not self.window:
            return False
        # A press no widget takes travels on up the parent chain; it is counted where Qt first
        # delivered it, at the deepest widget under the point (what childAt finds from there is none).
        if watched.childAt(event.position().toPoint()) is not None:
            return False
        self.tap_at(event.globalPosition())
        return False

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
