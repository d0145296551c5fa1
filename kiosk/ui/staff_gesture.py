"""The hidden way in for staff: five taps in the top-left corner within three seconds.

The taps are only counted, never swallowed, so a visitor touching the corner still gets what is
there (on the home screen that is a disabled Back button, so nothing happens at all).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
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
        self._last_timestamp: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        # A press travels up the parent chain and a touch arrives again as a synthesized mouse
        # press; all copies share one timestamp, so each tap counts once.
        if not isinstance(event, QMouseEvent | QTouchEvent) or event.timestamp() == self._last_timestamp:
            return False
        self._last_timestamp = event.timestamp()
        self.tap_at(_global_position(event))
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


def _global_position(event: QMouseEvent | QTouchEvent) -> QPointF:
    if isinstance(event, QMouseEvent):
        return event.globalPosition()
    points = event.points()
    return points[0].globalPosition() if points else QPointF(-1, -1)
