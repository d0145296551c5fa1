"""Tile lists stay quick whatever their length: kept between visits, long ones built as they scroll."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.ui.screens.tile_screen import TILES_AT_ONCE
from kiosk.ui.widgets.tiles import Tile
from tests.conftest import LibraryBuilder, WindowFactory
from tests.ui_helpers import action, tap, tap_tile, visible_tiles


def _long_library(library: LibraryBuilder, cards: int) -> None:
    library.topic("medicines", title="Medicines", order=1)
    section = library.root / "en" / "medicines.md"
    section.write_text(
        section.read_text(encoding="utf-8").replace("order: 1", "order: 1\nlists: medications")
    )
    for number in range(cards):
        library.medication(f"card{number:03d}", order=number)


def test_coming_back_home_shows_the_same_tiles_without_rebuilding_them(qtbot: QtBot, window: object) -> None:
    from kiosk.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    before = visible_tiles(window)
    tap_tile(qtbot, window, "What is osteoporosis?")
    tap(qtbot, action(window, "back"))
    assert visible_tiles(window) == before  # the very same widgets, so nothing was built again


def test_a_long_list_opens_with_a_screenful_and_grows_as_it_scrolls_to_the_end(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    _long_library(library, 3 * TILES_AT_ONCE + 5)
    window = make_window(library.root)
    tap_tile(qtbot, window, "Medicines")
    assert len(window.section_screen.findChildren(Tile)) == TILES_AT_ONCE
    while action(window, "down").isEnabled():
        tap(qtbot, action(window, "down"))
    titles = [tile.title_label.text() for tile in visible_tiles(window)]
    assert titles == [page.title for page in window.library.medications]


def test_the_last_card_of_a_long_list_opens_like_any_other(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    _long_library(library, TILES_AT_ONCE + 3)
    window = make_window(library.root)
    tap_tile(qtbot, window, "Medicines")
    while action(window, "down").isEnabled():
        tap(qtbot, action(window, "down"))
    tap_tile(qtbot, window, window.library.medications[-1].title)
    assert window.title() == window.library.medications[-1].title


def test_warm_up_readies_the_medicine_list_while_home_stays_on_screen(qtbot: QtBot, window: object) -> None:
    from kiosk.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.warm_up()
    assert window.stack.currentWidget() is window.home_screen
    ready = window.section_screen.findChildren(Tile)
    assert len(ready) == len(window.library.medications)
    medicines = next(p for p in window.library.topics if p.lists_medications)
    tap_tile(qtbot, window, medicines.title)
    assert visible_tiles(window) == ready


def test_back_from_a_card_to_find_by_name_keeps_the_list_as_it_was(qtbot: QtBot, window: object) -> None:
    from kiosk.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    tap_tile(qtbot, window, "Find a medicine by name")
    before = visible_tiles(window)
    tap(qtbot, before[0])
    tap(qtbot, action(window, "back"))
    assert window.title() == "Medicines by name"
    assert visible_tiles(window) == before
