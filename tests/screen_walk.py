"""Every screen and pop-up of the kiosk, one by one, on one real window per language and theme.

The screen-matrix test and `make screens` (scripts/contact_sheet.py) walk the same states, so what
the test checks is what the contact sheet shows.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from kiosk.core.config import Config
from kiosk.ui.shell.compose import UnattendedSetup, build_kiosk
from kiosk.ui.shell.host import Screen
from kiosk.ui.shell.i18n import interface_language
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.unattended.feature import Unattended
from tests.conftest import SHIPPED_CONTENT, STAFF_PIN_HASH, FakeClock, FakeTimer
from tests.screen_check import reading_area_problem, screen_problems
from tests.ui_helpers import BUILT, accessibility_of, action, treatment_of

SIZES = ((1024, 768), (1280, 1024), (1366, 768), (1920, 1080), (1080, 1920))
PERCENTS = (100, 150, 200)
LANGUAGES = ("en", "es")
THEMES = ("default", "high-contrast")

HANDOUT_FOLDER = Path(tempfile.gettempdir()) / "kiosk-screens" / "Documents"
CARD = "alendronate"
TOPIC = "bone-density-test"
TWO = ("alendronate", "denosumab")
FOUR = ("alendronate", "denosumab", "raloxifene", "zoledronic-acid")


@dataclass
class Shown:
    """What a step put on screen: the widget to check, and the scrolling reading area if it has one."""

    root: QWidget
    reading: QAbstractScrollArea | None = None


@dataclass
class Kiosk:
    window: MainWindow
    kit: Unattended
    handout_folder: Path


def settle() -> None:
    """What the event loop does before it paints: pending layout passes, one after another."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop would


@contextmanager
def kiosk_window(language: str, theme: str, data_folder: Path, paint: bool = True) -> Iterator[Kiosk]:
    """The real main window with the kiosk-mode layers (PIN pad, staff menu, attract screen), built as
    tests/conftest.py builds it, but not locked full-screen so that the walk can choose its size.
    Without ``paint`` the window lays itself out but draws nothing: geometry checks need no pixels."""
    config = Config().with_values(
        idle__in_window=True, speech__engine="mock", mode="kiosk", language=language, theme=theme
    )
    setup = UnattendedSetup(data_folder, STAFF_PIN_HASH, quit_app=lambda code: None)
    built = build_kiosk(config, SHIPPED_CONTENT, timers=FakeTimer, clock=FakeClock(), unattended=setup)
    window, kit = built.window, built.unattended
    assert kit is not None
    BUILT[window] = built
    handouts = HANDOUT_FOLDER  # one fixed folder: the "Saved to ..." line is as long on every run
    handouts.mkdir(parents=True, exist_ok=True)
    treatment_of(window).ask_save_path = lambda parent, suggested: handouts / suggested.name
    window.show()
    window.setUpdatesEnabled(paint)
    try:
        yield Kiosk(window, kit, handouts)
    finally:
        built.detach()
        BUILT.pop(window, None)
        window.allow_close = True
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        interface_language().set_language("en")


def set_size(kiosk: Kiosk, size: tuple[int, int], percent: int) -> None:
    """A new screen or text size, with nothing open: a pop-up left open would be restyled as it
    stands, and a first opening at the new size (what a visitor does after A+) would go unchecked."""
    clear(kiosk)
    settle()
    window = kiosk.window
    window.visitor.set_text_percent(percent)
    window.resize(*size)
    settle()


def clear(kiosk: Kiosk) -> None:
    """Take every pop-up away and forget the visit's picks, keeping language, theme and text size."""
    window, kit, treatment = kiosk.window, kiosk.kit, treatment_of(kiosk.window)
    for overlay in (
        accessibility_of(window).settings,
        accessibility_of(window).glossary,
        accessibility_of(window).licence,
    ):
        if overlay.isVisible():
            overlay.close_overlay()
    treatment.take_home.hide()
    treatment.take_home.codes.show()
    if window.watcher.warning:
        window.watcher.poke()
    if kit.attract.isVisible():
        kit.attract.wake()
    if kit.pin_pad is not None:
        kit.pin_pad.close_pad()
    if kit.staff_menu is not None:
        kit.staff_menu.close_menu()
    treatment.set_nurse_mode(False)
    if treatment.picks.ids:  # no picks tray on a step that did not pick
        if window.current.page_id.startswith("compare"):
            window.go_home()  # the next compare step opens its own picks anew
        treatment.picks.clear()


def _open(window: MainWindow, page_id: str) -> None:
    """Open a page unless it is already showing (rebuilding a comparison is the walk's slowest step)."""
    if window.current.page_id != page_id or window.stack.currentWidget() is None:
        window.open_page(page_id)


def _screen(window: MainWindow) -> Shown:
    screen = cast(Screen, window.stack.currentWidget())
    return Shown(window, screen.scroll_area())


def _page(page_id: str) -> Callable[[Kiosk], Shown]:
    def step(kiosk: Kiosk) -> Shown:
        _open(kiosk.window, page_id)
        return _screen(kiosk.window)

    return step


def _home(kiosk: Kiosk) -> Shown:
    kiosk.window.go_home()
    return _screen(kiosk.window)


def _glossary(kiosk: Kiosk) -> Shown:
    _open(kiosk.window, TOPIC)
    accessibility_of(kiosk.window).define("bisphosphonate")
    return Shown(accessibility_of(kiosk.window).glossary)


def _settings(kiosk: Kiosk) -> Shown:
    _open(kiosk.window, TOPIC)
    action(kiosk.window, "settings").click()
    return Shown(accessibility_of(kiosk.window).settings)


def _take_home(ids: tuple[str, ...]) -> Callable[[Kiosk], Shown]:
    def step(kiosk: Kiosk) -> Shown:
        treatment = treatment_of(kiosk.window)
        if len(ids) == 1:
            _open(kiosk.window, ids[0])
            treatment.card_bar.take_home_button.click()
        else:
            _open(kiosk.window, "compare:" + ",".join(ids))
            treatment.compare_screen.take_home_button.click()
        return Shown(treatment.take_home)

    return step


def _handout_saved(kiosk: Kiosk) -> Shown:
    """As on a laptop (kiosk mode only prints): Save as PDF, then the "Handout saved" panel."""
    panel = treatment_of(kiosk.window).take_home
    kiosk_offers = panel.offers
    panel.offers = replace(kiosk_offers, save_pages=treatment_of(kiosk.window)._save_pages)
    try:
        shown = _take_home((CARD,))(kiosk)
        panel.save_button.click()
    finally:
        panel.offers = kiosk_offers
    return shown


def _idle_warning(kiosk: Kiosk) -> Shown:
    _open(kiosk.window, TOPIC)
    cast(FakeTimer, kiosk.window.watcher.idle_timer).fire()
    return Shown(kiosk.window.overlay)


def _attract(kiosk: Kiosk) -> Shown:
    kiosk.window.go_home()
    kiosk.kit.show_attract()
    return Shown(kiosk.kit.attract)


def _pin_pad(kiosk: Kiosk) -> Shown:
    kiosk.window.go_home()
    assert kiosk.kit.pin_pad is not None
    kiosk.kit.pin_pad.open_pad()
    return Shown(kiosk.kit.pin_pad)


def _staff_menu(kiosk: Kiosk) -> Shown:
    kiosk.window.go_home()
    assert kiosk.kit.staff_menu is not None
    kiosk.kit.staff_menu.open_menu()
    return Shown(kiosk.kit.staff_menu)


def _nurse_banner(kiosk: Kiosk) -> Shown:
    _open(kiosk.window, "medicines")
    treatment_of(kiosk.window).set_nurse_mode(True)
    return _screen(kiosk.window)


def _picks_tray(page_id: str) -> Callable[[Kiosk], Shown]:
    """Four medicines picked (the longest tray) while choosing: the tray above the footer."""

    def step(kiosk: Kiosk) -> Shown:
        treatment_of(kiosk.window).picks.replace(FOUR)
        _open(kiosk.window, page_id)
        return _screen(kiosk.window)

    return step


# In an order that reuses what the previous step opened (no needless rebuilds).
STEPS: dict[str, Callable[[Kiosk], Shown]] = {
    "home": _home,
    "attract": _attract,
    "pin-pad": _pin_pad,
    "staff-menu": _staff_menu,
    "section": _page("medicines"),
    "nurse-banner": _nurse_banner,
    "picks-tray": _picks_tray("medicines"),
    "browse": _page("browse"),
    "picks-tray-browse": _picks_tray("browse"),
    "a-z": _page("names"),
    "topic": _page(TOPIC),
    "glossary": _glossary,
    "text-and-sound": _settings,
    "idle-warning": _idle_warning,
    "card": _page(CARD),
    "take-home-1": _take_home((CARD,)),
    "handout-saved": _handout_saved,
    "compare-2": _page("compare:" + ",".join(TWO)),
    "compare-4": _page("compare:" + ",".join(FOUR)),
    "take-home-4": _take_home(FOUR),
}

# Screens whose reading area (the scrolling viewport: the page, the A-Z list) must be at least half
# the window's height.
READING_SCREENS = ("topic", "card", "a-z")


def show(kiosk: Kiosk, step: str, size: tuple[int, int]) -> Shown:
    """Put ``step`` on a window of ``size`` (the screen), whatever an earlier step grew it to."""
    clear(kiosk)
    settle()  # what the last step showed no longer holds the window's minimum size up
    kiosk.window.resize(*size)
    shown = STEPS[step](kiosk)
    settle()
    return shown


def compare_layout(kiosk: Kiosk) -> str:
    """'table' or 'stacked': how the compare screen laid out its columns at this size."""
    screen = treatment_of(kiosk.window).compare_screen
    return "table" if screen._use_table() else "stacked"


def check(kiosk: Kiosk, step: str, size: tuple[int, int]) -> list[str]:
    """Show ``step`` at ``size`` and say everything wrong with what a person would see."""
    shown = show(kiosk, step, size)
    found = screen_problems(kiosk.window, shown.root, size)
    if step in READING_SCREENS:
        found += reading_area_problem(kiosk.window, shown.reading)
    return found
