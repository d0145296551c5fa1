"""A visitor taps tiles, reads pages and cards, follows links, goes back and home."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import WindowFactory
from tests.ui_helpers import action, page_text, tap, tap_link, tap_tile, tile_named, visible_tiles


def test_home_shows_one_tile_per_topic_in_library_order(window: MainWindow) -> None:
    # Shortcut tiles to other screens (Find a medicine by name) sit among them; pages keep their order.
    titles = [tile.title_label.text() for tile in visible_tiles(window) if window.library.get(tile.target)]
    expected = [page.title for page in window.library.topics]
    assert titles == expected and len(titles) >= 10
    assert window.title() == "Bone Health"
    assert not action(window, "back").isEnabled()


def test_every_tile_is_a_big_target_with_a_name(window: MainWindow) -> None:
    for tile in visible_tiles(window):
        assert tile.width() >= 64 and tile.height() >= 64
        assert tile.accessibleName() and tile.accessibleDescription()


def test_tiles_sit_at_least_8px_apart(window: MainWindow) -> None:
    tiles = visible_tiles(window)
    first, second = tiles[0].geometry(), tiles[1].geometry()
    assert second.left() - first.right() >= 8 or second.top() - first.bottom() >= 8


def test_tapping_a_topic_tile_opens_its_page(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "What is osteoporosis?")
    assert window.title() == "What is osteoporosis?"
    assert "bone" in page_text(window).lower()
    assert action(window, "back").isEnabled()


def test_medicines_section_lists_every_card_and_a_card_shows_its_facts_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    medicines = next(p for p in window.library.topics if p.lists_medications)
    tap_tile(qtbot, window, medicines.title)
    titles = [tile.title_label.text() for tile in visible_tiles(window)]
    assert titles == [page.title for page in window.library.medications]
    assert len(titles) >= 12
    tap_tile(qtbot, window, "Alendronate (Fosamax)")
    text = page_text(window)
    assert text.startswith("Who it is for: Women after menopause, men and people whose bones")
    # Four forms, each one line that opens to its own steps, all before the card's words.
    forms = ["Tablet (Fosamax)", "Tablet with vitamin D (Fosamax Plus D)", "Fizzy tablet (Binosto)", "Liquid"]
    places = [text.index(f"\n{form}\n") for form in forms]
    assert text.index("Which kind do you have?") < places[0] and places == sorted(places)
    assert "Never swallow, chew or suck" not in text
    tap_link(qtbot, window, "Fizzy tablet (Binosto)")
    text = page_text(window)
    binosto = text.index("Fizzy tablet (Binosto): hide the steps")
    assert (
        binosto
        < text.index("Never swallow, chew or suck the tablet itself.")
        < text.index("\nWhat it does\n")
    )


def test_a_link_in_a_page_opens_the_other_page_and_back_returns(
    qtbot: QtBot, make_window: WindowFactory, library: object
) -> None:
    from tests.conftest import LibraryBuilder

    assert isinstance(library, LibraryBuilder)
    library.topic("first", body="Read about [how bones grow](second) next.", order=1)
    library.topic("second", title="How bones grow", body="They grow slowly.", order=2)
    window = make_window(library.root)
    tap_tile(qtbot, window, "First")
    tap_link(qtbot, window, "how bones grow")
    assert window.title() == "How bones grow"
    tap(qtbot, action(window, "back"))
    assert window.title() == "First"
    tap(qtbot, action(window, "back"))
    assert window.title() == "Bone Health"


def test_back_returns_to_the_same_scroll_position(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    tap_tile(qtbot, window, "Alendronate (Fosamax)")
    tap(qtbot, action(window, "down"))
    bar = window.page_screen.view.verticalScrollBar()
    position = bar.value()
    assert position > 0
    tap(qtbot, action(window, "home"))
    assert window.title() == "Bone Health"
    tap_tile(qtbot, window, "Medicines")
    tap_tile(qtbot, window, "Alendronate (Fosamax)")
    assert bar.value() == 0
    tap(qtbot, action(window, "down"))
    tap_tile_after = bar.value()
    window.open_page("risedronate")
    tap(qtbot, action(window, "back"))
    assert bar.value() == tap_tile_after


def test_scroll_buttons_move_the_page_and_know_the_ends(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Bone density test")
    up, down = action(window, "up"), action(window, "down")
    assert not up.isEnabled() and down.isEnabled()
    while down.isEnabled():
        tap(qtbot, down)
    bar = window.page_screen.view.verticalScrollBar()
    assert bar.value() == bar.maximum() and up.isEnabled()


def test_home_button_clears_history(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    tap_tile(
        qtbot,
        window,
        "Denosumab (Prolia)"
        if any(t.title_label.text() == "Denosumab (Prolia)" for t in visible_tiles(window))
        else visible_tiles(window)[0].title_label.text(),
    )
    tap(qtbot, action(window, "home"))
    assert window.history == [] and not action(window, "back").isEnabled()
    assert tile_named(window, "Medicines").isVisible()


def test_a_link_to_a_missing_page_does_nothing(window: MainWindow) -> None:
    window.open_page("no-such-page")
    assert window.title() == "Bone Health"
