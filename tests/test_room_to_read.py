"""Room to read at large text on short screens, and lines short enough to read.

Measured on the running window, as a visitor at 200% on a 768-px-high kiosk or laptop sees it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextBlock, QTextDocument
from pytestqt.qtbot import QtBot

from kiosk.core.config import TEXT_STEPS
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import WindowFactory
from tests.ui_helpers import tap

SHORT_SCREENS = [(1024, 768), (1366, 768)]
ALL_SCREENS = [(1024, 768), (1366, 768), (1920, 1080), (1080, 1920)]
HOW_YOU_TAKE_IT = {"en": "How you take it", "es": "Cómo se toma"}


def open_card(make_window: WindowFactory, size: tuple[int, int], lang: str, percent: int) -> MainWindow:
    window = make_window(language=lang)
    window.resize(*size)
    window.visitor.set_text_percent(percent)
    window.open_page("alendronate")
    QCoreApplication.processEvents()
    return window


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", SHORT_SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_medication_card_at_200_percent_gives_most_of_a_short_screen_to_reading(
    make_window: WindowFactory, size: tuple[int, int], lang: str
) -> None:
    window = open_card(make_window, size, lang, 200)
    reading = window.page_screen.view.viewport()
    assert reading.isVisible()
    assert reading.height() >= 0.55 * window.height(), f"{reading.height()} of {window.height()} px"
    # Nothing the visitor needs went missing to make the room.
    for button in (window.header.back_button, window.header.home_button, window.footer.settings_button):
        assert button.isVisible() and button.text(), button.accessibleName()
    page = window.page_screen
    assert page.head.title.isVisible() and page.head.title.text() == window.header.title_label.text()
    assert "not medical advice" in page.view.toPlainText() or "no es consejo" in page.view.toPlainText()


def heading_block(document: QTextDocument, words: str) -> QTextBlock:
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text().strip() == words:
            return block
        block = block.next()
    raise AssertionError(f"no heading {words!r}")


def downs_until_shown(qtbot: QtBot, window: MainWindow, words: str) -> int:
    """Taps on Down until the visitor has seen the heading and the first line of words under it (a
    step of a page less one line may show the heading at the bottom of one view, the line in the next)."""
    view = window.page_screen.view
    document = view.document()
    layout = document.documentLayout()
    heading = heading_block(document, words)
    top = layout.blockBoundingRect(heading).top()
    first_line = heading.layout().lineAt(0)
    heading_bottom = top + first_line.y() + first_line.ascent()  # its words stand on this line
    line_bottom = layout.blockBoundingRect(heading.next()).top() + view.fontMetrics().lineSpacing()
    bar = view.verticalScrollBar()
    taps = 0
    heading_seen = False
    while True:
        shown_from, shown_to = bar.value(), bar.value() + view.viewport().height()
        heading_seen = heading_seen or (shown_from <= top and heading_bottom <= shown_to)
        if heading_seen and shown_from <= line_bottom <= shown_to:
            return taps
        assert window.footer.down_button.isEnabled(), f"the end of the page, and no {words!r} seen"
        tap(qtbot, window.footer.down_button)
        taps += 1


@pytest.mark.parametrize(
    ("lang", "size"),
    [("en", (1024, 768)), ("en", (1366, 768)), ("es", (1366, 768)), ("es", (1024, 768))],
    ids=["en-1024x768", "en-1366x768", "es-1366x768", "es-1024x768"],
)
def test_how_you_take_it_is_reached_in_four_taps_on_down_at_200_percent(
    qtbot: QtBot, make_window: WindowFactory, size: tuple[int, int], lang: str
) -> None:
    window = open_card(make_window, size, lang, 200)
    taps = downs_until_shown(qtbot, window, HOW_YOU_TAKE_IT[lang])
    assert taps <= 4, f"{taps} taps"


def test_down_never_skips_a_line(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = open_card(make_window, (1024, 768), "en", 200)
    view = window.page_screen.view
    bar = view.verticalScrollBar()
    line = view.fontMetrics().lineSpacing()
    while window.footer.down_button.isEnabled():
        before = bar.value()
        tap(qtbot, window.footer.down_button)
        assert before < bar.value() <= before + view.viewport().height() - line


def line_lengths(document: QTextDocument) -> list[int]:
    """Characters on each laid-out line of the page (the space a line breaks at not counted)."""
    lengths = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount() if layout is not None else 0):
            line = layout.lineAt(index)
            words = block.text()[line.textStart() : line.textStart() + line.textLength()]
            lengths.append(len(words.rstrip()))
        block = block.next()
    return lengths


@pytest.mark.parametrize("percent", [TEXT_STEPS[0], TEXT_STEPS[-1]])
@pytest.mark.parametrize("size", ALL_SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "es"])
def test_body_text_never_runs_past_75_characters_a_line(
    make_window: WindowFactory, size: tuple[int, int], lang: str, percent: int
) -> None:
    window = open_card(make_window, size, lang, percent)
    lengths = line_lengths(window.page_screen.view.document())
    assert lengths and max(lengths) <= 75, f"longest line: {max(lengths)} characters"


def test_the_reading_column_is_centred_on_a_wide_screen(make_window: WindowFactory) -> None:
    window = open_card(make_window, (1920, 1080), "en", 100)
    view = window.page_screen.view
    column = view.viewport().geometry()  # the words' column: the view less its side margins
    bar = view.verticalScrollBar()
    right_gap = view.width() - (bar.width() if bar.isVisible() else 0) - column.right() - 1
    assert column.left() == pytest.approx(right_gap, abs=2)
    assert column.left() > view.width() / 5  # centred, not stretched edge to edge


@pytest.mark.parametrize("lang", ["en", "es"])
def test_portrait_home_fills_the_screen_with_two_columns_of_tiles(
    make_window: WindowFactory, lang: str
) -> None:
    window = make_window(language=lang)
    window.resize(1080, 1920)
    QCoreApplication.processEvents()
    screen = window.home_screen
    tiles = [tile for tile in screen.grid.tiles if tile.isVisible()]
    page = screen.widget()
    assert page is not None
    assert len({tile.mapTo(page, tile.rect().topLeft()).x() for tile in tiles}) == 2
    lowest = max(tile.mapTo(screen.viewport(), tile.rect().bottomLeft()).y() for tile in tiles)
    assert lowest >= 0.85 * screen.viewport().height()  # no empty third of the screen


@pytest.mark.parametrize("route", ["browse", "compare:alendronate,denosumab", "names"])
def test_on_a_short_screen_at_200_percent_every_route_screen_takes_the_title_and_advice_in(
    make_window: WindowFactory, route: str
) -> None:
    """Browse and compare, like pages and lists: the title scrolls away with the screen and the advice
    line follows its last words, so neither holds a fixed band of a 768-px screen."""
    window = make_window()
    window.resize(1024, 768)
    window.visitor.set_text_percent(200)
    window.open_page(route)
    QCoreApplication.processEvents()
    screen = window.stack.currentWidget()
    in_page = getattr(screen, "in_page", None)
    assert in_page is not None, f"{route}: the screen cannot take the title"
    assert window.header.title_label.isHidden() and in_page.title.isVisible()
    assert in_page.title.text() == window.header.title_label.text()
    assert window.footer.disclaimer.isHidden() and in_page.advice.isVisibleTo(screen)


@pytest.mark.parametrize("percent", [150, 200])
@pytest.mark.parametrize("page", ["bone-density-test", "alendronate"])
def test_the_page_head_never_covers_the_first_line_of_words(
    make_window: WindowFactory, page: str, percent: int
) -> None:
    """On a short screen the title sits at the top of the page; the words start below it, whatever
    the page starts with (a paragraph, a heading or a card's facts box)."""
    window = make_window()
    window.resize(1024, 768)
    window.visitor.set_text_percent(percent)
    window.open_page(page)
    QCoreApplication.processEvents()
    screen = window.page_screen
    assert screen.head.title.isVisible()
    view = screen.view
    first_words = view.document().begin()
    while not first_words.text().strip():
        first_words = first_words.next()
    top = view.document().documentLayout().blockBoundingRect(first_words).top()
    assert top >= screen.head.geometry().bottom(), f"{first_words.text()[:30]!r} under the title"
