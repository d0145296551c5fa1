"""Drives one running kiosk for the in-app measurements (bench.inapp).

The window is the real MainWindow at 1024x768, offscreen, with idle reset on as in kiosk mode. Taps
are real mouse events on the real buttons (QTest); a tap's time runs until the screen it leads to
has been painted (its frame is complete when the event pass that painted it returns).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.core.config import Config
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.launch import get_app
from kiosk.ui.library_store import LibraryStore
from kiosk.ui.main_window import MainWindow
from kiosk.ui.tiles import Tile
from kiosk.ui.visitor import VisitorSettings

PAINT_TIMEOUT_S = 5.0


class ManualTimer(QObject):
    """Idle timers that fire when the bench says so, so idle resets need no waiting."""

    timeout = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False

    def start(self, msec: int) -> None:
        self.active = True

    def stop(self) -> None:
        self.active = False

    def isActive(self) -> bool:  # noqa: N802 (Qt's name)
        return self.active

    def fire(self) -> None:
        self.active = False
        self.timeout.emit()


class PaintWatch(QObject):
    """Notes when a watched widget starts painting; the frame is done when that event pass returns."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False
        self._watched: QWidget | None = None

    def arm(self, widget: QWidget) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = widget
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class Kiosk:
    """The real window and what the bench needs to drive it."""

    def __init__(self, content: Path, percent: int = 100) -> None:
        qInstallMessageHandler(lambda *_: None)  # the offscreen plugin's size-hint chatter
        self.app = get_app()
        config = Config().with_values(text__default_percent=percent, idle__in_window=True)
        self.watcher = IdleWatcher(config["idle.seconds"], config["idle.warning_seconds"], ManualTimer)
        self.watcher.set_enabled(True)
        self.app.installEventFilter(self.watcher)
        self.window = MainWindow(config, LibraryStore(content), self.watcher, VisitorSettings(config))
        self.window.resize(1024, 768)
        self.paint = PaintWatch()

    def show(self) -> float:
        """Show the window; milliseconds until its first frame is painted."""
        self.paint.arm(self.window)
        started = time.perf_counter()
        self.window.show()
        return self._until_painted(started)

    def settle(self) -> None:
        """Let every pending event run, deferred deletes included, as the event loop would."""
        for _ in range(5):
            self.app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def view_of(self, screen: QWidget) -> QWidget:
        return screen.scroll_area().viewport()  # type: ignore[attr-defined, no-any-return]

    def screen_for(self, page_id: str) -> QWidget:
        """The screen that shows ``page_id``: home, a section's tile list, or the page view."""
        page = self.window.library.get(page_id)
        if page is None:
            return self.window.home_screen
        return self.window.section_screen if page.lists_medications else self.window.page_screen

    def tap(self, button: QAbstractButton, shows: QWidget) -> float:
        """Tap ``button``; milliseconds until the screen ``shows`` has been painted."""
        self.settle()
        self.paint.arm(self.view_of(shows))
        started = time.perf_counter()
        QTest.mouseClick(
            button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _visible_point(button)
        )
        return self._until_painted(started)

    def _until_painted(self, started: float) -> float:
        while not self.paint.painted:
            self.app.processEvents()
            if time.perf_counter() - started > PAINT_TIMEOUT_S:
                raise RuntimeError("the screen was not painted within 5 s")
        return (time.perf_counter() - started) * 1000

    def tile(self, page_id: str) -> Tile:
        screen = self.window.stack.currentWidget()
        for tile in screen.findChildren(Tile):
            if tile.target == page_id and tile.isVisibleTo(self.window):
                screen.ensureWidgetVisible(tile)  # type: ignore[attr-defined]
                return tile
        raise LookupError(f"no tile for {page_id!r} on this screen")

    def fire_idle_reset(self) -> None:
        """The idle wait runs out, the warning counts down to zero: the kiosk starts over."""
        timers: tuple[ManualTimer, ManualTimer] = (self.watcher.idle_timer, self.watcher.tick_timer)  # type: ignore[assignment]
        timers[0].fire()
        for _ in range(self.watcher.warning_seconds):
            timers[1].fire()
        self.settle()


def _visible_point(widget: QWidget) -> QPoint:
    region = widget.visibleRegion().boundingRect()
    return region.center() if not region.isEmpty() else widget.rect().center()
