"""The focus ring is for keyboard, keypad and switch users: a tap never leaves one behind."""

from __future__ import annotations

import colorsys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.core.config import THEMES
from kiosk.core.theme import load_palette
from tests.conftest import STAFF_PIN, FakeClock, Kiosk, KioskFactory, LibraryBuilder
from tests.ui_helpers import tap

RINGS = {QColor(load_palette("default").colors[ring]).rgb() for ring in ("focus", "header_focus")}
INNER_RING = QColor(load_palette("default").colors["focus_inner"]).rgb()


def ring_shown(button: QPushButton) -> bool:
    """Whether the button's edge is drawn in a focus ring's colour, as a person would see it."""
    edge = button.grab().toImage().pixelColor(1, button.height() // 2)
    return edge.rgb() in RINGS


def inner_band_shown(button: QPushButton) -> bool:
    """The ring's inner band, just inside the outer one, where a filled button's colour would be."""
    return button.grab().toImage().pixelColor(button.width() // 2, 5).rgb() == INNER_RING


@pytest.fixture
def kiosk(make_kiosk: KioskFactory, qtbot: QtBot, library: LibraryBuilder) -> Kiosk:
    library.topic("bones", title="Your bones")
    kiosk = make_kiosk(library.root, mode="kiosk")
    kiosk.kit.lock_down()
    qtbot.waitExposed(kiosk.window)
    kiosk.kit.attract.wake()
    return kiosk


def open_pin_pad(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    for _ in range(5):  # staff tap the top-left corner five times
        qtbot.mouseClick(kiosk.window.header, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
        clock.advance(0.5)
    assert kiosk.kit.pin_pad is not None and kiosk.kit.pin_pad.isVisible()


def test_pop_ups_opened_by_taps_show_no_ring(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    open_pin_pad(qtbot, kiosk, clock)
    pad = kiosk.kit.pin_pad
    assert pad is not None
    assert pad.close_button.hasFocus() and not ring_shown(pad.close_button)
    for digit in STAFF_PIN:
        tap(qtbot, pad.digit_buttons[int(digit)])
    tap(qtbot, pad.ok_button)
    menu = kiosk.kit.staff_menu
    assert menu is not None and menu.isVisible()
    assert menu.back_button.hasFocus() and not ring_shown(menu.back_button)


def test_a_pop_up_opened_from_the_keyboard_rings_its_focused_button(
    qtbot: QtBot, kiosk: Kiosk, clock: FakeClock
) -> None:
    open_pin_pad(qtbot, kiosk, clock)
    pad = kiosk.kit.pin_pad
    assert pad is not None
    qtbot.keyClicks(pad, STAFF_PIN)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    menu = kiosk.kit.staff_menu
    assert menu is not None and menu.isVisible()
    assert menu.back_button.hasFocus() and ring_shown(menu.back_button)
    assert inner_band_shown(menu.back_button)  # so the ring stands out from the button's fill too


def test_tab_shows_the_ring_and_the_next_tap_hides_it(qtbot: QtBot, kiosk: Kiosk, clock: FakeClock) -> None:
    open_pin_pad(qtbot, kiosk, clock)
    pad = kiosk.kit.pin_pad
    assert pad is not None
    qtbot.keyClick(pad.close_button, Qt.Key.Key_Tab)
    focused = pad.focusWidget()
    assert isinstance(focused, QPushButton) and focused is not pad.close_button
    assert ring_shown(focused)
    tap(qtbot, pad.digit_buttons[1])  # the keys take no focus from a tap
    assert focused.hasFocus() and not ring_shown(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    following = pad.focusWidget()
    assert isinstance(following, QPushButton) and ring_shown(following)


@pytest.mark.parametrize("theme", THEMES)
def test_the_ring_is_not_the_red_of_an_error(theme: str) -> None:
    ring = QColor(load_palette(theme).colors["focus"])
    hue, _, saturation = colorsys.rgb_to_hls(ring.redF(), ring.greenF(), ring.blueF())
    degrees = hue * 360
    assert saturation < 0.2 or 30 < degrees < 330, f"{theme}: {ring.name()} reads as red"
