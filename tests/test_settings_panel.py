""" "Text and sound": one tap from every screen; every setting a labelled pair of large buttons; the
contrast switch one tap in the header; more time stretches the idle limit up to ten times."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk import APP_NAME, __version__
from kiosk.ui.accessibility.settings_panel import SettingsPanel
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import FakeTimer, WindowFactory
from tests.ui_helpers import accessibility_of, action, tap

SCREENS: dict[str, Callable[[MainWindow], None]] = {
    "home": lambda w: w.go_home(),
    "section": lambda w: w.open_page("medicines"),
    "page": lambda w: w.open_page("bone-density-test"),
}


def open_panel(qtbot: QtBot, window: MainWindow) -> SettingsPanel:
    tap(qtbot, action(window, "settings"))
    panel = accessibility_of(window).settings
    assert panel.isVisible() and not panel.isWindow()
    return panel


@pytest.mark.parametrize("screen", SCREENS)
def test_one_tap_opens_the_panel_from_every_screen(qtbot: QtBot, window: MainWindow, screen: str) -> None:
    SCREENS[screen](window)
    panel = open_panel(qtbot, window)
    assert panel.title.text() == "Text and sound"
    tap(qtbot, panel.close_button)
    assert not panel.isVisible()


@pytest.mark.parametrize(
    ("button", "row", "before", "after"),
    [
        ("larger_button", "text_row", "Text size: 100%", "Text size: 125%"),
        ("contrast_button", "colour_row", "Colours: standard", "Colours: high contrast"),
        ("slower_button", "speed_row", "Reading speed: normal", "Reading speed: slower"),
        ("faster_button", "speed_row", "Reading speed: normal", "Reading speed: faster"),
        ("softer_button", "volume_row", "Volume: 8 out of 10", "Volume: 7 out of 10"),
        ("louder_button", "volume_row", "Volume: 8 out of 10", "Volume: 9 out of 10"),
        (
            "more_time_button",
            "time_row",
            "The screen starts over after about 2 minutes without a touch.",
            "The screen starts over after about 3 minutes without a touch.",
        ),
    ],
)
def test_each_button_changes_its_setting_and_its_label_says_so(
    qtbot: QtBot, window: MainWindow, button: str, row: str, before: str, after: str
) -> None:
    panel = open_panel(qtbot, window)
    label = getattr(panel, row).label
    assert label.text() == before
    tap(qtbot, getattr(panel, button))
    assert label.text() == after
    assert panel.isVisible()  # the panel stays open for the next change


def test_every_control_in_the_panel_is_large_and_named(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_panel(qtbot, window)
    buttons = [b for row in panel.rows for b in row.buttons] + [panel.close_button]
    for button in buttons:
        assert button.accessibleName() and button.height() >= 64 and button.width() >= 64
    assert all(row.label.text() for row in panel.rows)


def test_the_colour_choice_shows_which_is_chosen(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_panel(qtbot, window)
    assert panel.standard_button.isChecked() and not panel.contrast_button.isChecked()
    tap(qtbot, panel.contrast_button)
    assert panel.contrast_button.isChecked() and not panel.standard_button.isChecked()
    tap(qtbot, panel.contrast_button)  # choosing it again keeps it chosen
    assert window.visitor.theme == "high-contrast" and panel.contrast_button.isChecked()


def test_high_contrast_is_one_tap_in_the_header_and_one_tap_back(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("bone-density-test")
    button = action(window, "contrast")
    tap(qtbot, button)
    assert window.visitor.theme == "high-contrast" and button.isChecked()
    assert "background: #000000" in window.styleSheet()
    assert window.title() == "Bone density test"  # the visitor stays where they were
    tap(qtbot, button)
    assert window.visitor.theme == "default" and not button.isChecked()


def test_more_time_stretches_the_idle_limit_up_to_ten_times(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_panel(qtbot, window)
    while panel.more_time_button.isEnabled():
        tap(qtbot, panel.more_time_button)
    assert window.visitor.time_multiplier == 10
    assert cast(FakeTimer, window.watcher.idle_timer).interval_ms == 900_000
    tap(qtbot, panel.close_button)
    assert "about 15 minutes" in window.home_screen.note.text()


def test_the_home_screen_says_how_long_the_kiosk_waits(qtbot: QtBot, window: MainWindow) -> None:
    assert "If nobody touches the screen for about 2 minutes" in window.home_screen.note.text()
    window.visitor.more_time()
    assert "about 3 minutes" in window.home_screen.note.text()


def test_the_end_of_a_visit_restores_every_setting_and_closes_the_panel(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = open_panel(qtbot, window)
    for button in (panel.larger_button, panel.contrast_button, panel.faster_button, panel.louder_button):
        tap(qtbot, button)
    tap(qtbot, panel.more_time_button)
    cast(FakeTimer, window.watcher.idle_timer).fire()
    for _ in range(window.watcher.warning_seconds):
        cast(FakeTimer, window.watcher.tick_timer).fire()
    assert window.visitor.is_default and not panel.isVisible()
    assert cast(FakeTimer, window.watcher.idle_timer).interval_ms == 90_000
    assert not action(window, "contrast").isChecked()


def test_the_panel_holds_settings_only_not_the_version_or_the_licence(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The app's name, version and font licence are for staff (the staff menu's About this kiosk)."""
    panel = open_panel(qtbot, window)
    shown = [w.text() for w in panel.findChildren(QLabel) + panel.findChildren(QPushButton) if w.isVisible()]
    for staff_words in (APP_NAME, __version__, "Atkinson", "Licen"):
        assert not [words for words in shown if staff_words.lower() in words.lower()], staff_words


def test_without_speech_the_panel_has_no_speed_or_volume(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(speech__enabled=False)
    panel = open_panel(qtbot, window)
    assert not panel.slower_button.isVisible() and not panel.volume_row.label.isVisible()
    assert panel.more_time_button.isVisible()


def test_only_the_chosen_colours_carry_a_check_mark(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_panel(qtbot, window)
    tap(qtbot, panel.contrast_button)
    assert not panel.contrast_button.icon().isNull() and panel.standard_button.icon().isNull()


def test_the_panel_speaks_the_visitors_language(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, action(window, "language"))  # Español
    assert action(window, "settings").text() == "Letras y sonido"
    assert action(window, "contrast").text() == "Contraste"
    panel = open_panel(qtbot, window)
    assert panel.title.text() == "Letras y sonido"
    assert panel.more_time_button.text() == "Necesito más tiempo"
    assert panel.time_row.label.text().endswith("si nadie la toca durante unos 2 minutos.")
    tap(qtbot, panel.close_button)
    tap(qtbot, action(window, "language"))  # English again, the panel with it
    open_panel(qtbot, window)
    assert panel.title.text() == "Text and sound" and panel.more_time_button.text() == "I need more time"
