"""Idle reset: one watcher that the input router pokes, timers that tests inject and fire by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


class Timer(Protocol):
    """What the watcher needs of a timer; QTimer has it, and so does tests' FakeTimer."""

    @property
    def timeout(self) -> object: ...  # a signal with .connect()

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...  # noqa: N802 (Qt's name)


TimerFactory = Callable[[QObject], Timer]

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


def _qt_timer(parent: QObject) -> Timer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    return timer


default_timer: TimerFactory = _qt_timer


class IdleWatcher(QObject):
    """After ``idle_seconds`` of no input: ``warn``; then a countdown; then ``reset``.

    Any input during the warning emits ``resumed`` and starts the idle wait again. ``pause`` holds
    the watcher (read-aloud, a nurse at the screen) for as long as any reason is held.
    """

    warn = Signal(int)  # seconds left
    countdown = Signal(int)  # seconds left, once a second during the warning
    resumed = Signal()
    reset = Signal()

    def __init__(
        self,
        idle_seconds: int,
        warning_seconds: int,
        timer_factory: TimerFactory = _qt_timer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self.timer_factory = timer_factory  # other timed features (nurse mode) make theirs the same way
        self.warning_seconds = warning_seconds
        self.timer_factory = timer_factory  # other watchdogs (read-aloud) make their timers here too
        self.idle_timer = timer_factory(self)
        self.tick_timer = timer_factory(self)
        self.idle_timer.timeout.connect(self._on_idle)  # type: ignore[attr-defined]
        self.tick_timer.timeout.connect(self._on_tick)  # type: ignore[attr-defined]
        self._seconds_left = 0
        self._enabled = False
        self._pause_reasons: set[str] = set()
        self.time_multiplier = 1

    @property
    def warning(self) -> bool:
        return self._seconds_left > 0

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._restart()

    def pause(self, reason: str, paused: bool = True) -> None:
        if paused:
            self._pause_reasons.add(reason)
        else:
            self._pause_reasons.discard(reason)
        self._restart()

    def set_time_multiplier(self, multiplier: int) -> None:
        self.time_multiplier = max(1, multiplier)
        self._restart()

    def poke(self) -> None:
        """Someone is here: end any warning and start the idle wait again."""
        was_warning = self.warning
        self._restart()
        if was_warning:
            self.resumed.emit()

    def notice_input(self, watched: QObject, event: QEvent) -> bool:
        """The input router's handler for ACTIVITY_EVENTS; never takes the event."""
        # A mouse drifting during the warning is not an answer; a press or touch is.
        if (
            self._enabled
            and watched.isWidgetType()
            and not (event.type() == QEvent.Type.MouseMove and self.warning)
        ):
            self.poke()
        return False

    def _restart(self) -> None:
        self.tick_timer.stop()
        self._seconds_left = 0
        if self._enabled and not self._pause_reasons:
            self.idle_timer.start(self.idle_seconds * self.time_multiplier * 1000)
        else:
            self.idle_timer.stop()

    def _on_idle(self) -> None:
        self._seconds_left = self.warning_seconds
        self.warn.emit(self._seconds_left)
        self.tick_timer.start(1000)

    def _on_tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self._seconds_left = 0
            self.reset.emit()
            self._restart()
            return
        self.countdown.emit(self._seconds_left)
        self.tick_timer.start(1000)


class ManualTimer(QObject):
    """A timer that fires only when told to: tests and the soak bench run idle resets in no time."""

    timeout = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms: int | None = None

    def start(self, msec: int) -> None:
        self.interval_ms = msec

    def stop(self) -> None:
        self.interval_ms = None

    def isActive(self) -> bool:  # noqa: N802 (Qt's name)
        return self.interval_ms is not None

    def fire(self) -> None:
        if self.interval_ms is not None:
            self.interval_ms = None
            self.timeout.emit()
