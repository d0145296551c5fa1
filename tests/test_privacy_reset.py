"""After an idle reset nothing of the previous visitor remains: the screen is a fresh start's."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import SHIPPED_CONTENT, STAFF_PIN, FakeTimer, Kiosk, KioskFactory, LibraryBuilder
from tests.screen_state import visible_state
from tests.test_treatment_ui import pick_on_medicines_screen
from tests.ui_helpers import accessibility_of, action, page_text, tap, tap_link, tap_tile, treatment_of


def staff_corner(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(5):
        qtbot.mouseClick(window.header, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def visit_everything(qtbot: QtBot, kiosk: Kiosk, library: LibraryBuilder) -> None:
    """A visitor (a curious one, then a nurse) touches every feature there is."""
    window, kit, treatment = kiosk.window, kiosk.kit, kiosk.treatment
    kit.attract.wake()
    tap(qtbot, action(window, "larger"))
    tap(qtbot, action(window, "larger"))
    pick_on_medicines_screen(qtbot, window, "Alendronate (Fosamax)", "Denosumab (Prolia)")
    tap(qtbot, treatment.section_bar.compare_button)  # compare two
    tap(qtbot, action(window, "back"))
    tap(qtbot, treatment.section_bar.browse_button)  # filter by how it is taken
    tap(qtbot, treatment.browse_screen.route_buttons["clinic"])
    tap(qtbot, action(window, "back"))
    tap(qtbot, treatment.section_bar.names_button)  # A to Z
    tap(qtbot, treatment.names_screen.letter_buttons["P"])
    tap(qtbot, action(window, "back"))
    tap_tile(qtbot, window, "Alendronate (Fosamax)")
    tap(qtbot, action(window, "down"))
    tap_link(qtbot, window, "How bone medicines work")
    tap(qtbot, action(window, "down"))
    tap(qtbot, action(window, "back"))
    view = window.page_screen.view.viewport()
    qtbot.mouseClick(view, Qt.MouseButton.RightButton, pos=QPoint(40, 40))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseMove(view, QPoint(300, 120))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 120))
    qtbot.keyClick(window.page_screen.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    a11y = accessibility_of(window)
    tap(qtbot, action(window, "listen"))  # read aloud...
    tap_link(qtbot, window, "bisphosphonate")  # ...a word's meaning...
    assert a11y.glossary.isVisible()
    tap(qtbot, a11y.glossary.close_button)
    tap(qtbot, action(window, "contrast"))  # ...high contrast...
    tap(qtbot, action(window, "settings"))  # ...and the Text and sound panel: slower, more time
    tap(qtbot, a11y.settings.slower_button)
    tap(qtbot, a11y.settings.more_time_button)
    tap(qtbot, a11y.settings.close_button)
    tap(qtbot, action(window, "smaller"))
    cast(FakeTimer, window.watcher.idle_timer).fire()  # "Still reading?"...
    tap(qtbot, window.overlay.keep_button)  # ..."Keep reading"
    library.topic("walking", title="Walking every day", order=50)  # an update arrives mid-page
    assert kit.content_watcher is not None
    kit.content_watcher.changed()
    cast(FakeTimer, kit.content_watcher.quiet_timer).fire()
    tap(qtbot, action(window, "language"))  # on in Spanish
    staff_corner(qtbot, window)  # a nurse takes over for a while...
    pad, menu = kit.pin_pad, kit.staff_menu
    assert pad is not None and menu is not None
    for digit in STAFF_PIN:
        tap(qtbot, pad.digit_buttons[int(digit)])
    tap(qtbot, pad.ok_button)
    tap(qtbot, menu.nurse_button)
    assert treatment.banner.isVisible()
    cast(FakeTimer, treatment.nurse.timer).fire()  # ...until nurse mode ends by itself
    tap(qtbot, treatment.card_bar.take_home_button)  # the take-home codes, left open
    staff_corner(qtbot, window)  # and someone tries the corner: a wrong PIN, then half of one
    for digit in "913572":
        tap(qtbot, pad.digit_buttons[int(digit)])
    tap(qtbot, pad.ok_button)
    for digit in STAFF_PIN[:3]:
        tap(qtbot, pad.digit_buttons[int(digit)])
    assert window.current.page_id == "alendronate" and window.visitor.text_percent == 125
    assert window.visitor.language == "es" and window.visitor.theme == "high-contrast"
    assert treatment.picks.ids and treatment.take_home.isVisible() and pad.isVisible()


def walk_away(window: MainWindow) -> None:
    cast(FakeTimer, window.watcher.idle_timer).fire()
    for _ in range(window.watcher.warning_seconds):
        cast(FakeTimer, window.watcher.tick_timer).fire()
    QCoreApplication.processEvents()


def assert_same(after_reset: list[str], fresh: list[str]) -> None:
    diff = "\n".join(difflib.unified_diff(fresh, after_reset, "fresh start", "after idle reset", lineterm=""))
    assert after_reset == fresh, diff


def test_an_idle_reset_leaves_exactly_what_a_fresh_start_shows(
    qtbot: QtBot, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    shutil.copytree(SHIPPED_CONTENT, tmp_path / "content")
    library = LibraryBuilder(tmp_path / "content")
    used = make_kiosk(library.root, mode="kiosk")
    used.kit.lock_down()
    visit_everything(qtbot, used, library)
    walk_away(used.window)

    fresh = make_kiosk(library.root, mode="kiosk")
    fresh.kit.lock_down()
    assert used.kit.attract.isVisible()
    assert_same(visible_state(used.window), visible_state(fresh.window))
    assert used.window.grab().toImage() == fresh.window.grab().toImage()

    used.kit.attract.wake()
    fresh.kit.attract.wake()
    assert_same(visible_state(used.window), visible_state(fresh.window))
    assert used.window.grab().toImage() == fresh.window.grab().toImage()
    assert treatment_of(used.window).picks.ids == () and used.window.history == []
    tap_tile(qtbot, used.window, "Medicines")
    tap_tile(qtbot, used.window, "Alendronate (Fosamax)")
    assert used.window.page_screen.view.verticalScrollBar().value() == 0
    assert page_text(used.window).startswith("Who it is for")
