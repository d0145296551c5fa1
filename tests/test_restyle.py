"""A+ and A- restyle what is in view: a screen or a layer out of view takes the new size when it is
next shown, and shows it then (docs/decisions/styles-per-screen.md)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.textsize import sizes
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.shell.style import style_sheet
from tests.test_page_images import drawn_pictures
from tests.ui_helpers import accessibility_of, action, tap, tap_tile, treatment_of, visible_tiles


def larger(qtbot: QtBot, window: MainWindow, times: int = 1) -> None:
    for _ in range(times):
        tap(qtbot, action(window, "larger"))


def test_a_hidden_screen_is_restyled_when_it_is_next_shown(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    tap(qtbot, action(window, "back"))
    larger(qtbot, window)  # on home: the medicines list is out of view
    assert window.section_screen.styleSheet() != style_sheet(window.visitor.theme, 125)
    tap_tile(qtbot, window, "Medicines")
    titles = [tile.title_label for tile in visible_tiles(window)]
    assert titles and {QLabel.font(t).pixelSize() for t in titles} == {sizes(125)["tile_title"]}


def test_a_hidden_layer_takes_the_new_size_as_it_opens(qtbot: QtBot, window: MainWindow) -> None:
    larger(qtbot, window, 2)
    panel = accessibility_of(window).settings
    assert not panel.isVisible()
    tap(qtbot, action(window, "settings"))
    assert panel.isVisible()
    icon = round(sizes(150)["button"] * 1.2)
    assert panel.close_button.iconSize().width() == icon
    assert panel.close_button.font().pixelSize() == sizes(150)["button"]


def test_the_page_in_view_shows_each_new_size(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "How bones renew")
    document = window.page_screen.view.document()
    for percent in (125, 150):
        larger(qtbot, window)
        words = document.begin()  # the first paragraph of words (not the head's room, not a heading)
        while not words.text().strip() or words.blockFormat().headingLevel():
            words = words.next()
        cursor = QTextCursor(words)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        assert cursor.charFormat().font().pixelSize() == sizes(percent)["body"]
        assert document.defaultFont().family() == window.page_screen.view.font().family()


def test_taps_and_keys_are_heard_after_a_text_size_step(qtbot: QtBot, window: MainWindow) -> None:
    """The window sets its input router aside while it restyles, and puts it back after."""
    larger(qtbot, window)
    watcher = window.watcher
    watcher.idle_timer.stop()
    tap(qtbot, action(window, "smaller"))
    assert watcher.idle_timer.isActive()  # the tap was noticed


def test_a_text_size_step_keeps_the_reading_place(qtbot: QtBot, window: MainWindow) -> None:
    """The page is set aside while the screen restyles, and comes back where it was (within a few
    lines: the page's own height moves a little as the header and footer refit)."""
    tap_tile(qtbot, window, "How bones renew")
    bar = window.page_screen.view.verticalScrollBar()
    for _ in range(2):
        tap(qtbot, action(window, "down"))
    before = bar.value() / bar.maximum()
    assert 0 < before < 1
    larger(qtbot, window)
    assert abs(bar.value() / bar.maximum() - before) < 0.05
    assert window.page_screen.view.verticalScrollBar().isVisible()


def test_the_medicine_list_is_styled_while_the_kiosk_waits_for_its_first_visitor(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.warm_up()  # kiosk run: 300 ms after the first screen is up
    assert window.section_screen.styleSheet() == style_sheet(window.visitor.theme, 100)
    tap_tile(qtbot, window, "Medicines")
    titles = [tile.title_label for tile in visible_tiles(window)]
    assert titles and {QLabel.font(t).pixelSize() for t in titles} == {sizes(100)["tile_title"]}


def test_a_hidden_banner_takes_the_new_size_as_it_shows(qtbot: QtBot, window: MainWindow) -> None:
    treatment = treatment_of(window)
    larger(qtbot, window, 2)
    assert not treatment.banner.isVisible()
    treatment.set_nurse_mode(True)  # staff turn it on from their menu
    assert treatment.banner.isVisible()
    assert treatment.banner.end_button.font().pixelSize() == sizes(150)["button"]


def test_a_page_opened_from_another_screen_is_laid_out_as_it_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Filled while its screen is still hidden, the page counts the scroll bar it will have: the
    same picture as when it is filled again in view, and nothing to scroll sideways."""
    tap_tile(qtbot, window, "How bones renew")
    view = window.page_screen.view
    opened = [picture.width() for picture in drawn_pictures(window)]
    assert opened and view.horizontalScrollBar().maximum() == 0
    larger(qtbot, window)
    tap(qtbot, action(window, "smaller"))
    assert [picture.width() for picture in drawn_pictures(window)] == opened
    assert view.horizontalScrollBar().maximum() == 0
