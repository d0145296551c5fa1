"""Everything a kiosk left alone for months needs, connected to the kiosk through its host hooks.

- the attract screen after an idle reset (and at start in kiosk mode);
- safe live content updates, swapped in only when nobody is mid-page;
- anonymous usage counts;
- in kiosk mode: the lock-down, the hidden staff gesture, the PIN pad, the staff menu and its
  About this kiosk (version and font licence).

Timers and clocks are injectable so tests fire them by hand.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

from kiosk.core.config import Config
from kiosk.core.content import available_languages
from kiosk.core.datadir import USAGE_FILE_NAME
from kiosk.core.logs import LOG_FILE_NAME
from kiosk.core.page_html import prepare_ahead
from kiosk.core.pin import ATTEMPTS_FILE_NAME, PinGuard
from kiosk.core.problems import Problem
from kiosk.core.routes import HOME
from kiosk.core.usage import UsageStore
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.content_watcher import ContentWatcher
from kiosk.ui.shell.host import Host
from kiosk.ui.shell.i18n import translate, translate_n
from kiosk.ui.shell.idle import TimerFactory, default_timer
from kiosk.ui.shell.input_router import GUARD, STAFF, InputHandler
from kiosk.ui.shell.last_good import LastGood, TrialTimer, library_version
from kiosk.ui.shell.library_store import UpdateResult
from kiosk.ui.unattended.about import AboutKiosk
from kiosk.ui.unattended.attract import AttractScreen
from kiosk.ui.unattended.lockdown import GUARDED, LockDown, lock_down
from kiosk.ui.unattended.pin_pad import PinPad
from kiosk.ui.unattended.staff_gesture import PRESSES, RELEASES, CornerTaps
from kiosk.ui.unattended.staff_menu import StaffMenu
from kiosk.ui.unattended.usage_recorder import UsageRecorder

log = logging.getLogger(__name__)
QUARANTINED = (
    "this version of the content was refused or stopped the kiosk before; it is tried again once it changes"
)


def tr(text: str, n: int | None = None) -> str:
    return translate("Unattended", text) if n is None else translate_n("Unattended", text, n)


class Unattended(QObject):
    # Staff chose "Nurse mode" (compose.py turns on the treatment feature's nurse mode).
    staff_nurse_mode_requested = Signal()
    # Staff asked to read the font licence, from About this kiosk (compose.py opens it).
    licence_requested = Signal()

    def __init__(
        self,
        host: Host,
        config: Config,
        data_folder: Path,
        pin_hash: str | None = None,
        timer_factory: TimerFactory = default_timer,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = dt.date.today,
        quit_app: Callable[[int], None] = QCoreApplication.exit,
        start_version: str = "",
        background_checks: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.config = config
        self.data_folder = data_folder
        self.quit_app = quit_app
        self.timer_factory = timer_factory
        self.lockdown: LockDown | None = None
        self._input_handlers: list[InputHandler] = []

        self.attract = host.add_layer(lambda parent: AttractScreen(parent, timer_factory))
        self.attract.woken.connect(self._on_woken)
        host.ready_for_next_visitor.connect(self.show_attract)

        self.store = host.libraries
        self.errors = 0  # unexpected errors recovered from (see recover)
        self.last_good = LastGood(data_folder)
        self.trial = TrialTimer(self.last_good, lambda: self.errors, timer_factory, self)
        self.store.judge_version = self._judge_version
        self.store.swapped.connect(self._on_swapped)
        if start_version and self.store.start_from == self.store.root:
            self.trial.start(self.store.root, start_version)
        # Every language once the first screen is up, not when a visitor first picks one: the log
        # then never tells which language someone chose, and a content folder that vanishes later
        # cannot empty one. Only the first screen's language is loaded before it is drawn.
        host.settled.connect(self.load_every_language)
        self.content_watcher: ContentWatcher | None = None
        if config["watch_content"]:
            self.content_watcher = ContentWatcher(self.store, timer_factory, self, background_checks)
            self.content_watcher.update_ready.connect(self._swap_if_at_rest)
            self.content_watcher.update_refused.connect(self._quarantine_refused)
        host.visitor_reset.connect(self.store.apply_pending)  # reset_to_start shows home next
        host.page_shown.connect(self._on_page_shown)

        self.usage: UsageStore | None = None
        self.recorder: UsageRecorder | None = None
        if config["usage.enabled"]:
            self.usage = UsageStore(data_folder / USAGE_FILE_NAME, config["usage.retention_days"], today)
            self.recorder = UsageRecorder(host, self.usage, clock, parent=self)

        self.pin_pad: PinPad | None = None
        self.staff_menu: StaffMenu | None = None
        self.about: AboutKiosk | None = None
        self.corner: CornerTaps | None = None
        if config.kiosk_mode:
            if pin_hash is None:
                raise ValueError("kiosk mode needs a staff PIN ('kiosk set-pin')")
            self._build_staff_layers(pin_hash, timer_factory, clock)
        host.visitor.look_changed.connect(self._apply_look)
        host.language_changed.connect(self._retranslate)
        self._apply_look(host.visitor.look)

    def load_every_language(self) -> None:
        """Once the first screen is up: every language's library, and every page prepared ahead."""
        libraries = [self.store.get(lang) for lang in available_languages(self.store.root)]
        prepare_ahead([page for library in libraries for page in library.pages.values()])

    def _build_staff_layers(
        self, pin_hash: str, timer_factory: TimerFactory, clock: Callable[[], float]
    ) -> None:
        host = self.host
        guard = PinGuard(pin_hash, clock, self.data_folder / ATTEMPTS_FILE_NAME)
        self.pin_pad = host.add_layer(lambda parent: PinPad(parent, guard, timer_factory))
        self.staff_menu = host.add_layer(StaffMenu)
        self.about = host.add_layer(AboutKiosk)
        self.corner = CornerTaps(host.top_level(), clock)
        self._route(PRESSES + RELEASES, self.corner.notice_input, STAFF)
        self.corner.triggered.connect(self.pin_pad.open_pad)
        self.pin_pad.accepted.connect(self._open_staff_menu)
        self.staff_menu.reload_requested.connect(self.reload_content)
        self.staff_menu.exit_requested.connect(self.exit_kiosk)
        self.staff_menu.nurse_mode_requested.connect(self._nurse_mode)
        self.staff_menu.about_requested.connect(self.about.open)
        self.about.show_licence.connect(self.licence_requested)
        host.visitor_reset.connect(self._close_staff_layers)

    def _route(self, kinds: Iterable[QEvent.Type], handler: InputHandler, priority: int) -> None:
        self.host.input.add(kinds, handler, priority)
        self._input_handlers.append(handler)

    # Kiosk mode ------------------------------------------------------------------------------

    def lock_down(self) -> None:
        """Full-screen, frameless, on top, every way out swallowed; then the attract screen."""
        self.lockdown = lock_down(self.host.top_level(), self.timer_factory)
        self._route(GUARDED, self.lockdown.guard, GUARD)
        self.show_attract()

    def _open_staff_menu(self) -> None:
        log.info("staff menu opened")
        if self.staff_menu is not None and self.pin_pad is not None:
            failures = self.pin_pad.earlier_failures
            self.staff_menu.open_menu(
                tr("%n wrong PIN(s) were tried since the last staff visit.", failures) if failures else ""
            )

    def _close_staff_layers(self) -> None:
        if self.pin_pad is not None:
            self.pin_pad.close_pad()
        if self.staff_menu is not None:
            self.staff_menu.close_menu()
        if self.about is not None:
            self.about.close_overlay()

    def _nurse_mode(self) -> None:
        self._close_staff_layers()
        log.info("staff asked for nurse mode")
        self.staff_nurse_mode_requested.emit()

    def exit_kiosk(self) -> None:
        log.info("staff exit: closing the kiosk")
        self.stop()

    def stop(self) -> None:
        """End the app with status 0 (staff's Exit, or a stop signal from the system)."""
        if self.lockdown is not None:
            self.lockdown.stop()
        self.host.allow_close = True
        self.quit_app(0)

    def reload_content(self) -> UpdateResult:
        """Staff asked: check the content folder now and, if it loads, use it at once."""
        if self.content_watcher is not None:
            result = self.content_watcher.check_now()
        else:
            result = self.store.prepare_update()
        if result.ready:
            self.store.apply_pending()
            self.host.go_home()
            pages = sum(len(self.store.get(lang).pages) for lang in self.store.languages)
            status = tr("The new content is in use: %n page(s).", pages)
        elif result.unchanged:
            status = tr("The content has not changed since it was loaded.")
        else:
            self._quarantine_refused(result.problems)
            status = tr(
                "The new content has %n problem(s), so the kiosk keeps showing the last good version. "
                "Run 'kiosk check' on the content folder, or see the log.",
                len(result.problems),
            )
            status += f"\n{self.data_folder / LOG_FILE_NAME}"
        if self.staff_menu is not None:
            self.staff_menu.set_status(status)
        return result

    # Last good content -----------------------------------------------------------------------

    def _judge_version(self, root: Path) -> tuple[str, str | None]:
        """Runs with each update check (off the UI thread): the version on disk, and whether it is
        quarantined."""
        version = library_version(root)
        return version, QUARANTINED if self.last_good.is_quarantined(version) else None

    def _quarantine_refused(self, problems: list[Problem]) -> None:
        version = self.store.checked_version
        if version and not any(p.message == QUARANTINED for p in problems):
            self.last_good.quarantine(version)

    def _on_swapped(self) -> None:
        if self.store.version_in_use:
            self.trial.start(self.store.root, self.store.version_in_use)

    # Attract screen and content swaps --------------------------------------------------------

    def show_attract(self) -> None:
        if not self.host.watcher.enabled:
            return
        clinic = self.config["clinic_name"]
        self.attract.set_content(clinic, [page.title for page in self.host.library.topics])
        self.host.watcher.pause("attract")
        self.attract.show_attract()
        self._swap_if_at_rest()

    def _on_woken(self) -> None:
        self.host.watcher.pause("attract", False)
        if not self.host.at_start:
            self.host.go_home()

    def _at_rest(self) -> bool:
        """Nobody is mid-page: the attract screen is up, or the visitor is on home."""
        staff_busy = self.staff_menu is not None and self.staff_menu.isVisible()
        return not staff_busy and (self.attract.isVisible() or self.host.at_start)

    def _swap_if_at_rest(self) -> None:
        if self.store.has_pending and self._at_rest() and self.store.apply_pending():
            self.host.show_home()
            if self.attract.isVisible():
                self.attract.set_content(
                    self.config["clinic_name"], [page.title for page in self.host.library.topics]
                )

    def _on_page_shown(self, page_id: str) -> None:
        if page_id == HOME:
            self._swap_if_at_rest()

    # Crash recovery --------------------------------------------------------------------------

    def recover(self) -> None:
        """After an unexpected error: nothing half-open on top, and the visitor back on home."""
        self.errors += 1
        self._close_staff_layers()
        self.host.close_layers()
        self.host.go_home()
        self.host.watcher.poke()

    def _retranslate(self, _language: str = "") -> None:
        for layer in (self.attract, self.pin_pad, self.staff_menu, self.about):
            if layer is not None:
                layer.retranslate()

    def _apply_look(self, look: Appearance) -> None:
        self.attract.follow(look)  # each, if hidden, as it is next shown
        for layer in (self.pin_pad, self.staff_menu, self.about):
            if layer is not None:
                layer.follow(look)

    def detach(self) -> None:
        """Undo what reaches beyond the window (input handlers, the content watcher, the database)."""
        for handler in self._input_handlers:
            self.host.input.remove(handler)
        self._input_handlers.clear()
        if self.lockdown is not None:
            self.lockdown.stop()
        if self.content_watcher is not None:
            self.content_watcher.stop()
        if self.usage is not None:
            self.usage.close()
