"""After an idle reset nothing of the previous visitor remains: the screen is a fresh start's."""

from __future__ import annotations

import difflib
from typing import cast

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import MainWindow
from tests.conftest import STAFF_PIN, FakeClock, FakeTimer, Kiosk, KioskFactory, LibraryBuilder
from tests.screen_state import visible_state
from tests.ui_helpers import page_text, tap, tap_link, tap_tile


def visit_everything(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock, library: LibraryBuilder) -> None:
    """A visitor (and a curious one) touches every feature there is."""
    window, kit = kiosk.window, kiosk.kit
    kit.attract.wake()
    tap(qtbot, window.header.larger_button)
    tap(qtbot, window.header.larger_button)
    tap_tile(qtbot, window, "Your bones")
    tap_link(qtbot, window, "what to eat")
    tap(qtbot, window.footer.down_button)
    tap(qtbot, window.header.back_button)
    tap(qtbot, window.footer.down_button)
    view = window.page_screen.view.viewport()
    qtbot.mouseClick(view, Qt.MouseButton.RightButton, pos=QPoint(40, 40))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseMove(view, QPoint(300, 120))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 120))
    qtbot.keyClick(window.page_screen.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    window.visitor.set_theme("high-contrast")  # no theme switch on screen yet: set it as one would
    window.visitor.set_language("es")
    window.visitor.set_language("en")
    tap(qtbot, window.header.smaller_button)
    cast(FakeTimer, window.watcher.idle_timer).fire()  # "Still reading?"...
    tap(qtbot, window.overlay.keep_button)  # ..."Keep reading"
    library.topic("walking", title="Walking", order=3)  # an update arrives mid-page
    assert kit.content_watcher is not None
    kit.content_watcher.changed()
    cast(FakeTimer, kit.content_watcher.quiet_timer).fire()
    for _ in range(5):  # the staff corner, a wrong PIN, then a half-typed one left open
        qtbot.mouseClick(window.header, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    pad = kit.pin_pad
    assert pad is not None and pad.isVisible()
    for digit in "1357":
        tap(qtbot, pad.digit_buttons[int(digit)])
    tap(qtbot, pad.ok_button)
    for digit in STAFF_PIN[:3]:
        tap(qtbot, pad.digit_buttons[int(digit)])
    assert window.current.page_id == "bones" and window.visitor.text_percent == 125


def walk_away(window: MainWindow) -> None:
    cast(FakeTimer, window.watcher.idle_timer).fire()
    for _ in range(window.watcher.warning_seconds):
        cast(FakeTimer, window.watcher.tick_timer).fire()
    QCoreApplication.processEvents()


def assert_same(after_reset: list[str], fresh: list[str]) -> None:
    diff = "\n".join(difflib.unified_diff(fresh, after_reset, "fresh start", "after idle reset", lineterm=""))
    assert after_reset == fresh, diff


def test_an_idle_reset_leaves_exactly_what_a_fresh_start_shows(
    qtbot: QtBot, make_kiosk: KioskFactory, clock: FakeClock, library: LibraryBuilder
) -> None:
    library.topic(
        "bones",
        title="Your bones",
        order=1,
        body="Bones need food. Read [what to eat](food).\n\n" + "Bones are alive.\n\n" * 60,
    )
    library.topic("food", title="Food for bones", order=2, body="Calcium helps.\n\n" * 60)
    used = make_kiosk(library.root, mode="kiosk")
    used.kit.lock_down()
    visit_everything(qtbot, used, clock, library)
    walk_away(used.window)

    fresh = make_kiosk(library.root, mode="kiosk")
    fresh.kit.lock_down()
    QCoreApplication.processEvents()
    assert used.kit.attract.isVisible()
    assert_same(visible_state(used.window), visible_state(fresh.window))
    assert used.window.grab().toImage() == fresh.window.grab().toImage()

    used.kit.attract.wake()
    fresh.kit.attract.wake()
    QCoreApplication.processEvents()
    assert_same(visible_state(used.window), visible_state(fresh.window))
    assert used.window.grab().toImage() == fresh.window.grab().toImage()
    tap_tile(qtbot, used.window, "Your bones")
    assert used.window.page_screen.view.verticalScrollBar().value() == 0
    assert page_text(used.window).startswith("Bones need food.")
