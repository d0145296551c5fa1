"""The one place that builds and connects the kiosk: window, visitor, idle watcher, features and,
when asked for, the unattended kit. ``kiosk run``, ``kiosk render``, the tests and the bench all
come through here, so what they drive is what a visitor meets.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from kiosk.core.config import Config
from kiosk.core.routes import HOME
from kiosk.ui.accessibility.feature import Accessibility
from kiosk.ui.accessibility.keyboard import POINTER_PRESSES, FocusRing, keypad_navigation
from kiosk.ui.shell.idle import ACTIVITY_EVENTS, IdleWatcher, TimerFactory, default_timer
from kiosk.ui.shell.input_router import ACTIVITY, NAVIGATION
from kiosk.ui.shell.library_store import LibraryStore
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.shell.visitor import VisitorSettings
from kiosk.ui.treatment.feature import TreatmentOptions

if TYPE_CHECKING:
    from kiosk.ui.unattended.feature import Unattended


@dataclass(frozen=True)
class UnattendedSetup:
    """What the unattended kit needs beyond the config: where its data lives and the staff PIN."""

    data_folder: Path
    pin_hash: str | None = None
    start_version: str = ""  # the last good copy the library started from (see last_good.py)
    background_checks: bool = False  # content checks on a worker thread (kiosk run), not inline
    today: Callable[[], dt.date] = dt.date.today
    quit_app: Callable[[int], None] = QCoreApplication.exit


@dataclass
class Kiosk:
    """The built kiosk: the window and the features connected to it."""

    window: MainWindow
    watcher: IdleWatcher
    visitor: VisitorSettings
    treatment: TreatmentOptions
    accessibility: Accessibility
    unattended: Unattended | None = None

    def detach(self) -> None:
        """Undo what reaches beyond the window (app-wide filters, the content watcher, the database)."""
        if self.unattended is not None:
            self.unattended.detach()
        self.window.input.uninstall()


def build_kiosk(
    config: Config,
    content: Path,
    *,
    start_from: Path | None = None,
    timers: TimerFactory = default_timer,
    clock: Callable[[], float] = time.monotonic,
    unattended: UnattendedSetup | None = None,
    first_page: str = HOME,
) -> Kiosk:
    """Build the kiosk on ``content`` as ``config`` says, on ``first_page``; nothing is shown yet.

    ``timers`` and ``clock`` are injectable so tests and the soak bench fire time by hand.
    """
    watcher = IdleWatcher(config["idle.seconds"], config["idle.warning_seconds"], timers)
    watcher.set_enabled(config.idle_reset_enabled)
    visitor = VisitorSettings(config)
    window = MainWindow(config, LibraryStore(content, start_from=start_from), watcher, visitor)
    watcher.setParent(window)
    visitor.setParent(window)
    window.input.add(ACTIVITY_EVENTS, watcher.notice_input, ACTIVITY)
    ring = FocusRing(QApplication.instance(), parent=window)  # type: ignore[arg-type]
    # Before the keypad, which takes the keys it uses: the ring hears every key press.
    window.input.add((QEvent.Type.KeyPress, *POINTER_PRESSES), ring.notice_input, ACTIVITY)
    window.input.add((QEvent.Type.KeyPress,), keypad_navigation, NAVIGATION)
    treatment = TreatmentOptions(window, parent=window)
    # Read-aloud, glossary pop-ups, "Text and sound", more time: before the first screen is shown,
    # so it hears every page_shown.
    accessibility = Accessibility(window, parent=window)
    kit = None
    if unattended is not None:
        # Only `kiosk run`, the bench and its tests need it: `kiosk render` starts without its imports.
        from kiosk.ui.unattended.feature import Unattended

        kit = Unattended(
            window,
            config,
            unattended.data_folder,
            unattended.pin_hash,
            timer_factory=timers,
            clock=clock,
            today=unattended.today,
            quit_app=unattended.quit_app,
            start_version=unattended.start_version,
            background_checks=unattended.background_checks,
            parent=window,
        )
        kit.staff_nurse_mode_requested.connect(lambda: treatment.set_nurse_mode(True))
        kit.licence_requested.connect(accessibility.licence.open)
        if kit.usage is not None and kit.recorder is not None:
            treatment.usage = kit.usage
            accessibility.read_aloud.started.connect(kit.recorder.on_read_aloud)
    if first_page == HOME:
        window.show_home()
    else:  # `kiosk render PAGE`: the home screen's tiles are never built
        window.open_first(first_page)
    # Last: the thousands of events of building the window need not cross into Python.
    window.input.install()
    return Kiosk(window, watcher, visitor, treatment, accessibility, kit)
