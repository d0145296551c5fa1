"""Drives one running kiosk for the in-app measurements (bench.inapp).

The window is built as ``kiosk run`` builds it, at 1024x768, offscreen, with idle reset on as in
kiosk mode. Taps are real mouse events on the real buttons (QTest); a tap's time runs until the
screen it leads to has been painted (its frame is complete when the event pass that painted it
returns).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QScrollArea, QWidget

from kiosk.core.config import Config
from kiosk.core.routes import split_anchor
from kiosk.ui.launch import get_app
from kiosk.ui.shell.compose import UnattendedSetup, build_kiosk
from kiosk.ui.widgets.tiles import Tile

PAINT_TIMEOUT_S = 5.0


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
        config = Config().with_values(mode="window", text__default_percent=percent, idle__in_window=True)
        # Built as `kiosk run` builds it: the window, then the unattended kit (attract screen, content
        # watcher, usage counts, crash recovery), its data in a folder of its own.
        self.data = tempfile.TemporaryDirectory(prefix="kiosk-bench-data-")
        self.kiosk = build_kiosk(config, content, unattended=UnattendedSetup(Path(self.data.name)))
        self.window = self.kiosk.window
        assert self.kiosk.unattended is not None
        self.kit = self.kiosk.unattended
        self.watcher = self.window.watcher
        self.window.resize(1024, 768)
        self.paint = PaintWatch()
        self.last_cpu_ms = 0.0

    def show(self) -> float:
        """Show the window; milliseconds until its first frame is painted. Then the idle warm-up
        that ``kiosk run`` does 300 ms after start (kiosk/ui/launch.py), before any tap."""
        self.paint.arm(self.window)
        started = time.perf_counter()
        self.window.show()
        painted = self._until_painted(started)
        self.window.warm_up()
        self.settle()
        return painted

    def settle(self) -> None:
        """Let every pending event run, deferred deletes included, as the event loop would."""
        for _ in range(5):
            self.app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def view_of(self, screen: QWidget) -> QWidget:
        area: QAbstractScrollArea = screen.scroll_area()  # type: ignore[attr-defined]
        return area.viewport()

    def screen_for(self, page_id: str) -> QWidget:
        """The screen that shows ``page_id``: home, a section's tile list, a page, or a route's."""
        page = self.window.library.get(split_anchor(page_id)[0])  # "alendronate#form-3": the card
        route = page_id.partition(":")[0]
        if page is None and route in self.window.routes:
            return self.window.route_screen(route)  # type: ignore[return-value]
        if page is None:
            return self.window.home_screen
        return self.window.section_screen if page.lists_medications else self.window.page_screen

    def tap(self, button: QAbstractButton, shows: QWidget) -> float:
        """Tap ``button``; milliseconds until the screen ``shows`` has been painted. The GUI thread's
        CPU time for the same span is kept in ``last_cpu_ms``: unlike the wall time, other work on a
        shared machine barely moves it."""
        self.settle()
        self.paint.arm(self.view_of(shows))
        cpu_started = time.thread_time()
        started = time.perf_counter()
        QTest.mouseClick(
            button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _visible_point(button)
        )
        wall_ms = self._until_painted(started)
        self.last_cpu_ms = (time.thread_time() - cpu_started) * 1000
        return wall_ms

    def _until_painted(self, started: float) -> float:
        while not self.paint.painted:
            self.app.processEvents()
            if time.perf_counter() - started > PAINT_TIMEOUT_S:
                raise RuntimeError("the screen was not painted within 5 s")
        return (time.perf_counter() - started) * 1000

    def tiles(self) -> list[Tile]:
        """The tiles on the current screen (after pending deletes: a screen may have rebuilt them)."""
        self.settle()
        screen = self.window.stack.currentWidget()
        assert screen is not None
        return [tile for tile in screen.findChildren(Tile) if tile.isVisibleTo(self.window)]

    def tile(self, page_id: str) -> Tile:
        """The current screen's tile for ``page_id``, scrolled into view as a visitor would."""
        for tile in self.tiles():
            if tile.target == page_id:
                area = self.window._current_screen().scroll_area()
                if isinstance(area, QScrollArea):
                    area.ensureWidgetVisible(tile)
                return tile
        raise LookupError(f"no tile for {page_id!r} on this screen")

    def fire_idle_reset(self) -> None:
        """The idle wait runs out, the warning counts down to zero: the kiosk starts over. The timers'
        own signals are emitted, so everything after them runs as it would after 90 s of quiet."""
        self.watcher.idle_timer.timeout.emit()  # type: ignore[attr-defined]
        for _ in range(self.watcher.warning_seconds):
            self.watcher.tick_timer.timeout.emit()  # type: ignore[attr-defined]
        self.settle()
        self.kit.attract.wake()  # the next visitor's first touch: off the attract screen, onto home
        self.settle()


def _visible_point(widget: QWidget) -> QPoint:
    region = widget.visibleRegion().boundingRect()
    return region.center() if not region.isEmpty() else widget.rect().center()
