"""Walk away and the kiosk warns, then forgets you; tap and it keeps you exactly where you were."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import FakeTimer, WindowFactory
from tests.ui_helpers import action, buttons_clipped, labels_clipped, tap, tap_tile


def wait_out_idle(window: MainWindow) -> None:
    cast(FakeTimer, window.watcher.idle_timer).fire()


def tick(window: MainWindow, seconds: int = 1) -> None:
    for _ in range(seconds):
        cast(FakeTimer, window.watcher.tick_timer).fire()


def reading_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    tap(qtbot, action(window, "larger"))
    tap_tile(qtbot, window, "Medicines")
    tap_tile(qtbot, window, "Denosumab (Prolia)")
    tap(qtbot, action(window, "down"))
    return window


def test_the_idle_wait_uses_the_configured_seconds(window: MainWindow) -> None:
    assert cast(FakeTimer, window.watcher.idle_timer).interval_ms == 90_000


def test_after_the_idle_time_a_warning_counts_down(qtbot: QtBot, window: MainWindow) -> None:
    reading_window(qtbot, window)
    wait_out_idle(window)
    overlay = window.overlay
    assert overlay.isVisible() and overlay.geometry() == window.central.rect()
    assert overlay.title.text() == "Still reading?"
    assert overlay.countdown.text() == "30"
    assert "30 seconds" in overlay.explanation.text()
    tick(window, 5)
    assert overlay.countdown.text() == "25"
    assert overlay.keep_button.text() == "Keep reading" and overlay.keep_button.height() >= 64


def test_the_warning_shows_all_its_words_and_its_button_in_a_big_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    wait_out_idle(window)
    card = window.overlay.card
    assert labels_clipped(card) == [] and buttons_clipped(card) == []
    button = window.overlay.keep_button
    corner = button.mapTo(card, QPoint(button.width(), button.height()))
    assert card.rect().contains(corner)  # the card is as tall as its words: Keep reading fits in it


def test_keep_reading_returns_the_visitor_exactly_where_they_were(qtbot: QtBot, window: MainWindow) -> None:
    reading_window(qtbot, window)
    scroll = window.page_screen.view.verticalScrollBar().value()
    for _ in range(3):  # as many times as they need
        wait_out_idle(window)
        tick(window, 10)
        tap(qtbot, window.overlay.keep_button)
        assert not window.overlay.isVisible()
        assert window.title() == "Denosumab (Prolia)"
        assert window.page_screen.view.verticalScrollBar().value() == scroll
        assert window.visitor.text_percent == 125
        assert cast(FakeTimer, window.watcher.idle_timer).isActive()


def test_a_tap_anywhere_on_the_warning_keeps_reading_without_pressing_what_is_beneath(
    qtbot: QtBot, window: MainWindow
) -> None:
    reading_window(qtbot, window)
    wait_out_idle(window)
    home = action(window, "home")
    tap(qtbot, window.overlay, window.overlay.mapFromGlobal(home.mapToGlobal(QPoint(5, 5))))
    assert not window.overlay.isVisible()
    assert window.title() == "Denosumab (Prolia)"


def test_when_nobody_answers_the_kiosk_starts_over_clean(qtbot: QtBot, window: MainWindow) -> None:
    reading_window(qtbot, window)
    wait_out_idle(window)
    tick(window, 30)
    assert not window.overlay.isVisible()
    assert window.title() == "Bone Health"
    assert window.stack.currentWidget() is window.home_screen
    assert window.history == [] and not action(window, "back").isEnabled()
    assert window.visitor.text_percent == 100 and window.visitor.is_default
    assert window.home_screen.verticalScrollBar().value() == 0
    window.open_page("denosumab")
    assert window.page_screen.view.verticalScrollBar().value() == 0  # scroll positions forgotten
    assert cast(FakeTimer, window.watcher.idle_timer).isActive()


def test_any_touch_restarts_the_idle_wait(qtbot: QtBot, window: MainWindow) -> None:
    timer = cast(FakeTimer, window.watcher.idle_timer)
    timer.stop()
    tap(qtbot, action(window, "larger"))
    assert timer.isActive()


def test_windowed_mode_has_no_idle_reset_by_default(make_window: WindowFactory) -> None:
    window = make_window(idle__in_window=False)
    assert not window.watcher.enabled
    assert not cast(FakeTimer, window.watcher.idle_timer).isActive()


def test_pausing_stops_the_wait_until_every_reason_is_released(window: MainWindow) -> None:
    timer = cast(FakeTimer, window.watcher.idle_timer)
    window.watcher.pause("speech")
    window.watcher.pause("nurse")
    assert not timer.isActive()
    window.watcher.pause("speech", False)
    assert not timer.isActive()
    window.watcher.pause("nurse", False)
    assert timer.isActive()
