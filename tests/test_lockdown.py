"""Kiosk mode: no way out for a visitor; five taps in the corner and the PIN let staff out."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QDragEnterEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk import APP_NAME, __version__
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.unattended.lockdown import KIOSK_FLAGS
from tests.conftest import STAFF_PIN, FakeClock, FakeTimer, Kiosk, KioskFactory, LibraryBuilder
from tests.test_translations import english_on_screen
from tests.ui_helpers import (
    accessibility_of,
    action,
    buttons_clipped,
    labels_clipped,
    page_text,
    tap,
    tap_tile,
    treatment_of,
)


@pytest.fixture
def kiosk(make_kiosk: KioskFactory, qtbot: QtBot, library: LibraryBuilder) -> Kiosk:
    """A kiosk-mode window on a small library (a long page to select and scroll, and a second one)."""
    library.topic("bones", title="Your bones", body="Bones are alive. They change all the time.\n\n" * 40)
    library.topic("food", title="Food for bones", order=2)
    kiosk = make_kiosk(library.root, mode="kiosk")
    kiosk.kit.lock_down()
    qtbot.waitExposed(kiosk.window)
    kiosk.kit.attract.wake()
    return kiosk


def reading(qtbot: QtBot, window: MainWindow) -> str:
    tap_tile(qtbot, window, "Your bones")
    return window.title()


def tap_corner(qtbot: QtBot, window: MainWindow, times: int, clock: FakeClock, gap: float = 0.5) -> None:
    for _ in range(times):
        qtbot.mouseClick(window.header, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
        clock.advance(gap)


def settle() -> None:
    """What the event loop does before it paints: pending layout passes, one after another."""
    for _ in range(3):
        QCoreApplication.processEvents()


def enter_pin(qtbot: QtBot, kiosk: Kiosk, pin: str) -> None:
    pad = kiosk.kit.pin_pad
    assert pad is not None
    for digit in pin:
        tap(qtbot, pad.digit_buttons[int(digit)])
    tap(qtbot, pad.ok_button)


def test_kiosk_mode_is_full_screen_frameless_and_on_top(kiosk: Kiosk) -> None:
    window = kiosk.window
    assert window.isFullScreen()
    assert window.windowFlags() & KIOSK_FLAGS == KIOSK_FLAGS


def test_closing_the_window_is_refused(kiosk: Kiosk) -> None:
    event = QCloseEvent()
    QApplication.sendEvent(kiosk.window, event)
    assert not event.isAccepted()
    kiosk.window.close()
    assert kiosk.window.isVisible()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_escape_keys_do_nothing(
    qtbot: QtBot, kiosk: Kiosk, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    window = kiosk.window
    title = reading(qtbot, window)
    assert kiosk.kit.lockdown is not None
    before = kiosk.kit.lockdown.swallowed
    qtbot.keyClick(window.page_screen.view, key, modifiers)
    assert kiosk.kit.lockdown.swallowed > before
    assert window.isVisible() and window.isFullScreen()
    assert window.title() == title
    assert not window.page_screen.view.textCursor().hasSelection()


def test_plain_keys_still_move_around_for_keyboard_users(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    reading(qtbot, window)
    assert kiosk.kit.lockdown is not None
    before = kiosk.kit.lockdown.swallowed
    qtbot.keyClick(window.page_screen.view, Qt.Key.Key_Tab)
    qtbot.keyClick(window.page_screen.view, Qt.Key.Key_PageDown)
    assert kiosk.kit.lockdown.swallowed == before


def test_right_click_opens_no_menu(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    reading(qtbot, window)
    view = window.page_screen.view.viewport()
    qtbot.mouseClick(view, Qt.MouseButton.RightButton, pos=QPoint(50, 50))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(50, 50), view.mapToGlobal(QPoint(50, 50))
    )
    assert QApplication.sendEvent(view, event)  # swallowed before any widget saw it
    assert QApplication.activePopupWidget() is None


def test_dragging_across_the_text_selects_nothing(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    reading(qtbot, window)
    view = window.page_screen.view
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    qtbot.mouseMove(view.viewport(), QPoint(400, 200))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(400, 200))
    assert not view.textCursor().hasSelection()
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert [
        label.text()[:30]
        for label in window.findChildren(QLabel)
        if label.textInteractionFlags() & selectable
    ] == []


def test_something_dropped_on_the_kiosk_is_refused(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    reading(qtbot, window)
    data = QMimeData()
    data.setText("file:///etc/passwd")
    event = QDragEnterEvent(
        QPoint(40, 40),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.page_screen.view.viewport(), event)
    assert not event.isAccepted()
    assert "passwd" not in page_text(window)


def test_leaving_full_screen_is_undone(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.window.showNormal()
    qtbot.waitUntil(kiosk.window.isFullScreen)


def test_five_taps_in_the_corner_open_the_pin_pad(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    pad = kiosk.kit.pin_pad
    assert pad is not None
    tap_corner(qtbot, kiosk.window, 4, clock)
    assert not pad.isVisible()
    tap_corner(qtbot, kiosk.window, 1, clock)
    assert pad.isVisible() and pad.title.text() == "Staff only"
    assert all(button.height() >= 64 and button.accessibleName() for button in pad.digit_buttons)


def test_slow_taps_or_taps_elsewhere_do_not(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    pad = kiosk.kit.pin_pad
    assert pad is not None
    tap_corner(qtbot, kiosk.window, 5, clock, gap=0.8)  # 3.2 s from first to last
    assert not pad.isVisible()
    clock.advance(10)
    tap_corner(qtbot, kiosk.window, 3, clock)
    qtbot.mouseClick(kiosk.window.header, Qt.MouseButton.LeftButton, pos=QPoint(300, 10))
    tap_corner(qtbot, kiosk.window, 2, clock)
    assert not pad.isVisible()


def test_a_touch_counts_once_though_it_also_arrives_as_a_mouse_press(kiosk: Kiosk, clock: FakeClock) -> None:
    corner = kiosk.kit.corner
    assert corner is not None
    point = QPointF(kiosk.window.mapToGlobal(QPoint(5, 5)))
    for _ in range(5):
        corner.tap_at(point)
    assert kiosk.kit.pin_pad is not None and kiosk.kit.pin_pad.isVisible()


def test_the_right_pin_opens_the_staff_menu(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    tap_corner(qtbot, kiosk.window, 5, clock)
    enter_pin(qtbot, kiosk, STAFF_PIN)
    menu = kiosk.kit.staff_menu
    assert menu is not None and menu.isVisible()
    assert kiosk.kit.pin_pad is not None and not kiosk.kit.pin_pad.isVisible()
    buttons = (menu.reload_button, menu.nurse_button, menu.about_button, menu.exit_button, menu.back_button)
    assert [b.text() for b in buttons if b.isVisible()] == [
        "Reload the content now",
        "Nurse mode",
        "About this kiosk",
        "Exit the kiosk",
        "Back to the kiosk",
    ]


def test_five_wrong_pins_lock_the_pad_visibly_for_a_minute(
    qtbot: QtBot, kiosk: Kiosk, clock: FakeClock
) -> None:
    pad = kiosk.kit.pin_pad
    assert pad is not None
    tap_corner(qtbot, kiosk.window, 5, clock)
    enter_pin(qtbot, kiosk, "913572")
    assert "That PIN is not right. 4 more chances before the keypad locks." in pad.message.text()
    for _ in range(4):
        enter_pin(qtbot, kiosk, "913572")
    assert "locked for 60 more seconds" in pad.message.text()
    assert not any(button.isEnabled() for button in pad.digit_buttons)
    assert pad.close_button.isEnabled()
    clock.advance(30)
    cast(FakeTimer, pad.lock_timer).fire()
    assert "locked for 30 more seconds" in pad.message.text()
    clock.advance(30)
    cast(FakeTimer, pad.lock_timer).fire()
    assert all(button.isEnabled() for button in pad.digit_buttons)
    assert "You can try again" in pad.message.text()
    enter_pin(qtbot, kiosk, STAFF_PIN)
    assert kiosk.kit.staff_menu is not None and kiosk.kit.staff_menu.isVisible()


def test_the_second_lock_is_longer_and_shown_in_minutes(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    pad = kiosk.kit.pin_pad
    assert pad is not None
    tap_corner(qtbot, kiosk.window, 5, clock)
    for _ in range(5):
        enter_pin(qtbot, kiosk, "913572")
    clock.advance(60)
    cast(FakeTimer, pad.lock_timer).fire()
    for _ in range(5):
        enter_pin(qtbot, kiosk, "913572")
    assert "locked for 5 more minutes" in pad.message.text()


def test_the_staff_menu_tells_how_many_wrong_pins_were_tried_since_the_last_visit(
    qtbot: QtBot, kiosk: Kiosk, clock: FakeClock
) -> None:
    menu, pad = kiosk.kit.staff_menu, kiosk.kit.pin_pad
    assert menu is not None and pad is not None
    tap_corner(qtbot, kiosk.window, 5, clock)
    for _ in range(3):
        enter_pin(qtbot, kiosk, "913572")
    tap(qtbot, pad.close_button)
    tap_corner(qtbot, kiosk.window, 5, clock)
    enter_pin(qtbot, kiosk, STAFF_PIN)
    assert menu.status.isVisible()
    assert menu.status.text() == "3 wrong PINs were tried since the last staff visit."
    tap(qtbot, menu.back_button)
    tap_corner(qtbot, kiosk.window, 5, clock)
    enter_pin(qtbot, kiosk, STAFF_PIN)
    assert not menu.status.isVisible()


def test_restarting_the_kiosk_keeps_the_pad_locked(
    qtbot: QtBot, kiosk: Kiosk, make_kiosk: KioskFactory, clock: FakeClock
) -> None:
    tap_corner(qtbot, kiosk.window, 5, clock)
    for _ in range(5):
        enter_pin(qtbot, kiosk, "913572")
    restarted = make_kiosk(mode="kiosk")  # the same data folder
    assert restarted.kit.pin_pad is not None and restarted.kit.pin_pad.locked


def test_the_lock_outlasts_closing_the_pad_and_an_idle_reset(
    qtbot: QtBot, kiosk: Kiosk, clock: FakeClock
) -> None:
    pad = kiosk.kit.pin_pad
    assert pad is not None
    tap_corner(qtbot, kiosk.window, 5, clock)
    for _ in range(5):
        enter_pin(qtbot, kiosk, "913572")
    tap(qtbot, pad.close_button)
    kiosk.window.reset_to_start()
    kiosk.kit.attract.wake()
    tap_corner(qtbot, kiosk.window, 5, clock)
    assert pad.locked and not pad.digit_buttons[1].isEnabled()


def test_staff_can_leave_the_kiosk(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    tap_corner(qtbot, kiosk.window, 5, clock)
    enter_pin(qtbot, kiosk, STAFF_PIN)
    assert kiosk.kit.staff_menu is not None
    tap(qtbot, kiosk.kit.staff_menu.exit_button)
    assert kiosk.exits == [0]
    event = QCloseEvent()
    QApplication.sendEvent(kiosk.window, event)
    assert event.isAccepted()


def test_staff_can_start_nurse_mode(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    menu = kiosk.kit.staff_menu
    assert menu is not None
    tap_corner(qtbot, kiosk.window, 5, clock)
    enter_pin(qtbot, kiosk, STAFF_PIN)
    tap(qtbot, menu.nurse_button)
    treatment = kiosk.treatment
    assert treatment.nurse.active and treatment.banner.isVisible() and not menu.isVisible()
    assert not cast(FakeTimer, kiosk.window.watcher.idle_timer).isActive()  # no reset while a nurse helps


def test_staff_find_the_version_and_the_font_licence_in_about_this_kiosk(
    qtbot: QtBot, kiosk: Kiosk, clock: FakeClock
) -> None:
    menu, about = kiosk.kit.staff_menu, kiosk.kit.about
    assert menu is not None and about is not None
    tap_corner(qtbot, kiosk.window, 5, clock)
    enter_pin(qtbot, kiosk, STAFF_PIN)
    tap(qtbot, menu.about_button)
    assert about.isVisible() and about.title.text() == "About this kiosk"
    assert about.version.text() == f"{APP_NAME}, version {__version__}"
    assert (
        "Atkinson Hyperlegible" in about.typeface.text() and "SIL Open Font License" in about.typeface.text()
    )
    tap(qtbot, about.licence_button)
    licence = accessibility_of(kiosk.window).licence
    assert licence.isVisible() and "SIL OPEN FONT LICENSE Version 1.1" in licence.text.toPlainText()
    tap(qtbot, licence.close_button)
    tap(qtbot, about.close_button)
    assert menu.isVisible() and not about.isVisible() and not licence.isVisible()


def test_about_this_kiosk_goes_with_the_visit(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    assert kiosk.kit.staff_menu is not None and kiosk.kit.about is not None
    tap_corner(qtbot, kiosk.window, 5, clock)
    enter_pin(qtbot, kiosk, STAFF_PIN)
    tap(qtbot, kiosk.kit.staff_menu.about_button)
    kiosk.window.reset_to_start()
    assert not kiosk.kit.about.isVisible() and not kiosk.kit.staff_menu.isVisible()


def test_a_visitor_who_opens_the_pad_by_chance_can_close_it(
    qtbot: QtBot, kiosk: Kiosk, clock: FakeClock
) -> None:
    pad = kiosk.kit.pin_pad
    assert pad is not None
    tap_corner(qtbot, kiosk.window, 5, clock)
    assert "If you are a visitor, tap Close" in pad.prompt.text()
    tap(qtbot, pad.close_button)
    assert not pad.isVisible()


def test_windowed_mode_has_no_staff_gesture(make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    assert kiosk.kit.pin_pad is None and kiosk.kit.corner is None
    assert not cast(QWidget, kiosk.window).windowFlags() & Qt.WindowType.FramelessWindowHint


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_pad_and_menu_fit_with_nothing_clipped_at_the_largest_text(
    qtbot: QtBot, make_kiosk: KioskFactory, clock: FakeClock, language: str
) -> None:
    kiosk = make_kiosk(mode="kiosk", language=language, text__default_percent=200)
    kiosk.kit.lock_down()
    kiosk.kit.attract.wake()
    pad, menu = kiosk.kit.pin_pad, kiosk.kit.staff_menu
    assert pad is not None and menu is not None
    tap_corner(qtbot, kiosk.window, 5, clock)
    for _ in range(5):
        enter_pin(qtbot, kiosk, "913572")
    settle()
    assert labels_clipped(pad) == [] and buttons_clipped(pad) == []
    assert pad.rect().contains(pad.card.geometry())
    clock.advance(60)
    cast(FakeTimer, pad.lock_timer).fire()
    enter_pin(qtbot, kiosk, STAFF_PIN)
    kiosk.kit.reload_content()  # the longest status line
    settle()
    assert labels_clipped(menu) == [] and buttons_clipped(menu) == []
    assert menu.rect().contains(menu.card.geometry())


@pytest.mark.parametrize("start", ["es", "en"])
def test_the_staff_screens_and_the_invitation_speak_spanish(
    qtbot: QtBot, make_kiosk: KioskFactory, clock: FakeClock, start: str
) -> None:
    """Started in Spanish, or started in English and switched: the staff layers follow."""
    kiosk = make_kiosk(mode="kiosk", language=start)
    kiosk.kit.lock_down()
    window = kiosk.window
    seen = [("invitation", english_on_screen(window) if start == "es" else [])]
    kiosk.kit.attract.wake()
    if start == "en":
        tap(qtbot, action(window, "language"))
    pad, menu = kiosk.kit.pin_pad, kiosk.kit.staff_menu
    assert pad is not None and menu is not None
    tap_corner(qtbot, window, 5, clock)
    seen.append(("pad", english_on_screen(window)))
    enter_pin(qtbot, kiosk, "913572")
    seen.append(("wrong PIN", english_on_screen(window)))
    for _ in range(4):
        enter_pin(qtbot, kiosk, "913572")
    seen.append(("locked", english_on_screen(window)))
    clock.advance(60)
    cast(FakeTimer, pad.lock_timer).fire()
    enter_pin(qtbot, kiosk, STAFF_PIN)
    kiosk.kit.reload_content()
    seen.append(("staff menu", english_on_screen(window)))
    assert seen == [(step, []) for step, _ in seen]
    assert pad.title.text() == "Solo para el personal" and menu.title.text() == "Personal"


def test_escape_still_closes_a_pop_up_inside_the_kiosk(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    panel = accessibility_of(window).settings
    tap(qtbot, action(window, "settings"))
    assert panel.isVisible()
    qtbot.keyClick(panel.close_button, Qt.Key.Key_Escape)
    assert not panel.isVisible() and window.isFullScreen()


def test_escape_closes_take_home_inside_the_kiosk_too(
    qtbot: QtBot, make_kiosk: KioskFactory, library: LibraryBuilder
) -> None:
    library.medication("pill")
    kiosk = make_kiosk(library.root, mode="kiosk")
    kiosk.kit.lock_down()
    qtbot.waitExposed(kiosk.window)
    kiosk.kit.attract.wake()
    kiosk.window.open_page("pill")
    panel = treatment_of(kiosk.window).take_home
    tap(qtbot, treatment_of(kiosk.window).card_bar.take_home_button)
    assert panel.isVisible()
    qtbot.keyClick(panel.close_button, Qt.Key.Key_Escape)
    assert not panel.isVisible() and kiosk.window.isFullScreen()


def watchdog(kiosk: Kiosk) -> FakeTimer:
    assert kiosk.kit.lockdown is not None
    return cast(FakeTimer, kiosk.kit.lockdown.watchdog)


def test_a_minimized_kiosk_puts_itself_back_within_a_second(kiosk: Kiosk) -> None:
    """As Alt+Space > Minimize or Super+D do under a window manager: no key reaches the app."""
    window = kiosk.window
    window.showMinimized()
    QApplication.processEvents()
    assert window.isFullScreen()  # a minimized window still says it is full screen...
    interval = watchdog(kiosk).interval_ms
    assert interval is not None and interval <= 1000
    watchdog(kiosk).fire()
    assert not window.windowState() & Qt.WindowState.WindowMinimized  # ...so the watchdog looks closer
    assert window.isVisible() and window.isFullScreen()
    assert watchdog(kiosk).isActive()  # and keeps looking


def test_a_hidden_kiosk_shows_itself_again(kiosk: Kiosk) -> None:
    kiosk.window.hide()
    watchdog(kiosk).fire()
    assert kiosk.window.isVisible() and kiosk.window.isFullScreen()


def test_a_kiosk_smaller_than_the_screen_fills_it_again(kiosk: Kiosk) -> None:
    """With no window manager, full screen is only a wish: the window stayed 853x682."""
    window = kiosk.window
    window.showNormal()
    window.setGeometry(0, 0, 853, 682)
    watchdog(kiosk).fire()
    screen = window.screen()
    assert screen is not None and window.geometry() == screen.geometry()


def test_the_watchdog_leaves_a_kiosk_that_is_as_it_should_be_alone(kiosk: Kiosk) -> None:
    lockdown = kiosk.kit.lockdown
    assert lockdown is not None
    QApplication.processEvents()
    before = lockdown.restored
    watchdog(kiosk).fire()
    assert lockdown.problem() is None and lockdown.restored == before


def test_staff_exit_stops_the_watchdog(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    tap_corner(qtbot, kiosk.window, 5, clock)
    enter_pin(qtbot, kiosk, STAFF_PIN)
    assert kiosk.kit.staff_menu is not None
    tap(qtbot, kiosk.kit.staff_menu.exit_button)
    assert not watchdog(kiosk).isActive()
