"""Tile lists stay quick whatever their length: kept between visits, a long one made widgets only
in and near view (a pool of tiles rebound as it scrolls)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.widgets.tiles import ALL_BUILT_UP_TO, Tile
from tests.conftest import LibraryBuilder, WindowFactory
from tests.screen_check import tiles_cut
from tests.ui_helpers import action, tap, tap_tile, visible_tiles


def _long_library(library: LibraryBuilder, cards: int) -> None:
    library.topic("medicines", title="Medicines", order=1)
    section = library.root / "en" / "medicines.md"
    section.write_text(
        section.read_text(encoding="utf-8").replace("order: 1", "order: 1\nlists: medications")
    )
    for number in range(cards):
        library.medication(f"card{number:04d}", order=number)


def _tiles_in_view(window: MainWindow) -> list[Tile]:
    """The section's tiles a person sees (some of) in the scrolling view, in reading order."""
    screen = window.section_screen
    view = screen.viewport()
    seen = []
    for tile in visible_tiles(window):
        corner = tile.mapTo(view, tile.rect().topLeft())
        if view.rect().intersects(QRect(corner, tile.size())):
            seen.append((corner.y(), corner.x(), tile))
    return [tile for _, _, tile in sorted(seen, key=lambda seen: seen[:2])]


def test_coming_back_home_shows_the_same_tiles_without_rebuilding_them(qtbot: QtBot, window: object) -> None:
    from kiosk.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    before = visible_tiles(window)
    tap_tile(qtbot, window, "What is osteoporosis?")
    tap(qtbot, action(window, "back"))
    assert visible_tiles(window) == before  # the very same widgets, so nothing was built again


def test_a_list_of_1000_cards_goes_down_to_its_end_with_every_card_seen_and_few_tiles_made(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    _long_library(library, 1000)
    window = make_window(library.root)
    tap_tile(qtbot, window, "Medicines")
    titles = [page.title for page in window.library.medications]
    grid = window.section_screen.grid
    assert [entry[1] for entry in grid.entries] == titles
    bar = window.section_screen.verticalScrollBar()
    first_range = bar.maximum()
    seen: dict[str, None] = {}  # in the order first seen
    most_tiles = 0
    while True:
        in_view = [tile.title_label.text() for tile in _tiles_in_view(window)]
        assert in_view, "a screen of the list shows no tile"
        start = titles.index(in_view[0])
        assert in_view == titles[start : start + len(in_view)]  # in the list's order, none missing
        seen.update(dict.fromkeys(in_view))
        most_tiles = max(most_tiles, len(window.section_screen.findChildren(Tile)))
        if not action(window, "down").isEnabled():
            break
        tap(qtbot, action(window, "down"))
    assert list(seen) == titles  # every card came into view, in order, on the way down
    assert bar.maximum() == first_range  # the scroll range knew the whole list from the start
    assert most_tiles < 150  # widgets for those in and near view, not a thousand
    assert len(grid.accessories) == len(grid.tiles) < 150  # each medicine's compare toggle too
    tap_tile(qtbot, window, titles[-1])
    assert window.title() == titles[-1]
    tap(qtbot, action(window, "back"))
    assert window.title() == "Medicines"
    assert _tiles_in_view(window)[-1].title_label.text() == titles[-1]  # back where the visitor was


def test_tab_goes_on_down_a_long_list_past_the_tiles_first_made(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    _long_library(library, 3 * ALL_BUILT_UP_TO)
    window = make_window(library.root)
    tap_tile(qtbot, window, "Medicines")
    titles = [page.title for page in window.library.medications]
    first = next(tile for tile in window.section_screen.grid.tiles if tile.title_label.text() == titles[0])
    first.setFocus(Qt.FocusReason.TabFocusReason)
    focused_titles = []
    for _ in range(2 * ALL_BUILT_UP_TO):  # each medicine's tile, then its compare toggle
        focus = window.focusWidget()
        assert focus is not None
        if isinstance(focus, Tile):
            focused_titles.append(focus.title_label.text())
            assert focus in _tiles_in_view(window)  # a focused tile keeps itself in view
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert focused_titles == titles[:ALL_BUILT_UP_TO]
    window.section_screen.verticalScrollBar().setValue(0)  # the focused tile is away from view
    focus = window.focusWidget()
    assert isinstance(focus, Tile) and focus.title_label.text() == titles[ALL_BUILT_UP_TO]
    backwards = []
    for _ in range(12):  # Shift+Tab goes back up the list, the way it came
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        focus = window.focusWidget()
        if isinstance(focus, Tile):
            backwards.append(focus.title_label.text())
            assert focus in _tiles_in_view(window)
    assert backwards == titles[ALL_BUILT_UP_TO - 6 : ALL_BUILT_UP_TO][::-1]


def test_a_long_list_at_larger_text_keeps_every_tile_whole_down_to_its_end(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    _long_library(library, 2 * ALL_BUILT_UP_TO)
    window = make_window(library.root)
    tap_tile(qtbot, window, "Medicines")
    for _ in range(4):
        tap(qtbot, action(window, "larger"))
    screen = window.section_screen
    bar = screen.verticalScrollBar()
    first_range = bar.maximum()
    seen: dict[str, None] = {}
    while True:
        assert tiles_cut(screen) == []  # no words cut short, here or anywhere down the list
        seen.update(dict.fromkeys(tile.title_label.text() for tile in _tiles_in_view(window)))
        if not action(window, "down").isEnabled():
            break
        tap(qtbot, action(window, "down"))
    assert bar.maximum() == first_range  # measured right from the start at this text size
    assert list(seen) == [page.title for page in window.library.medications]


def test_the_last_card_of_a_long_list_opens_like_any_other(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    _long_library(library, ALL_BUILT_UP_TO + 3)
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
