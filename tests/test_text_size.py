"""A+ and A- change every text on screen in named steps; at 200% nothing is clipped or scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.config import TEXT_STEPS
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import SHIPPED_CONTENT, WindowFactory
from tests.ui_helpers import (
    accessibility_of,
    action,
    buttons_clipped,
    labels_clipped,
    tap,
    tap_tile,
    visible_tiles,
)


def body_font_px(window: MainWindow) -> int:
    css = window.page_screen.view.document().defaultStyleSheet()
    return int(css.split("body { font-size: ")[1].split("px")[0])


def test_a_plus_grows_page_text_tiles_and_buttons(qtbot: QtBot, window: MainWindow) -> None:
    tile = visible_tiles(window)[0]
    tile_font = tile.title_label.fontInfo().pixelSize()
    button_height = action(window, "home").height()
    tap_tile(qtbot, window, "Bone density test")
    small = body_font_px(window)
    assert small >= 24  # 18 pt at 96 dpi
    tap(qtbot, action(window, "larger"))
    assert body_font_px(window) > small
    tap(qtbot, action(window, "home"))
    assert visible_tiles(window)[0].title_label.fontInfo().pixelSize() > tile_font
    assert action(window, "home").height() > button_height


def test_five_named_steps_from_100_to_200_and_the_buttons_know_the_ends(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert TEXT_STEPS == (100, 125, 150, 175, 200)
    larger, smaller = action(window, "larger"), action(window, "smaller")
    assert not smaller.isEnabled()
    seen = [window.visitor.text_percent]
    while larger.isEnabled():
        tap(qtbot, larger)
        seen.append(window.visitor.text_percent)
    assert seen == list(TEXT_STEPS)
    tap(qtbot, smaller)
    assert window.visitor.text_percent == 175


def test_text_size_is_kept_while_moving_between_pages(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, action(window, "larger"))
    tap_tile(qtbot, window, "Exercise and falls")
    tap(qtbot, action(window, "back"))
    assert window.visitor.text_percent == 125


def all_page_ids() -> list[tuple[str, str]]:
    from kiosk.core.content import load_library

    screens = []
    for lang in ("en", "es"):
        library, _ = load_library(SHIPPED_CONTENT, lang)
        screens += [(lang, "home"), *[(lang, p.id) for p in (*library.topics, *library.medications)]]
    return screens


@pytest.mark.parametrize(("lang", "page_id"), all_page_ids())
def test_every_screen_at_200_percent_fits_1024x768_without_clipping(
    make_window: WindowFactory, lang: str, page_id: str
) -> None:
    window = make_window(language=lang)
    window.visitor.set_text_percent(200)
    if page_id != "home":
        window.open_page(page_id)
    QCoreApplication.processEvents()
    view = window.page_screen.view
    if window.stack.currentWidget() is window.page_screen:
        assert view.horizontalScrollBar().maximum() == 0
        assert view.document().size().width() <= view.viewport().width() + 1
    else:
        screen = window.home_screen if page_id == "home" else window.section_screen
        assert window.stack.currentWidget() is screen
        assert screen.horizontalScrollBar().maximum() == 0
        for tile in visible_tiles(window):
            assert tile.height() >= tile.heightForWidth(tile.width()) - 1, tile.accessibleName()
    assert labels_clipped(window) == []
    assert buttons_clipped(window) == []
    assert window.minimumSizeHint().width() <= 1024


def inside(bar: QWidget) -> list[str]:
    """Buttons that stick out of their bar (a fixed-size button is pushed out, not squeezed)."""
    return [
        b.accessibleName()
        for b in bar.findChildren(QAbstractButton)
        if b.isVisibleTo(bar) and not bar.rect().contains(b.geometry())
    ]


@pytest.mark.parametrize("percent", TEXT_STEPS)
def test_the_header_fits_its_buttons_and_the_language_switch_at_every_size(
    window: MainWindow, percent: int
) -> None:
    assert action(window, "language").isVisibleTo(window)  # the shipped library has Spanish
    window.visitor.set_text_percent(percent)
    window.open_page("estrogens-bazedoxifene")  # the longest title
    QCoreApplication.processEvents()
    assert buttons_clipped(window.header) == [] and labels_clipped(window.header) == []
    assert inside(window.header) == []
    assert action(window, "language").text() == "Español"  # a language is always named


@pytest.mark.parametrize("state", ["reading", "paused"])
@pytest.mark.parametrize("percent", TEXT_STEPS)
def test_the_footer_fits_its_reading_buttons_at_every_size(
    qtbot: QtBot, window: MainWindow, percent: int, state: str
) -> None:
    qtbot.waitUntil(action(window, "listen").isVisible)
    window.visitor.set_text_percent(percent)
    window.open_page("denosumab")
    tap(qtbot, action(window, "listen"))
    if state == "paused":
        tap(qtbot, action(window, "listen"))
    QCoreApplication.processEvents()
    assert action(window, "stop").isVisible()
    assert buttons_clipped(window.footer) == [] and labels_clipped(window.footer) == []
    assert inside(window.footer) == []
    assert not action(window, "listen").compact  # Listen, Pause and Resume always say their word


@pytest.mark.parametrize("overlay", ["settings", "glossary", "licence"])
def test_pop_ups_at_200_percent_clip_nothing(window: MainWindow, overlay: str) -> None:
    window.visitor.set_text_percent(200)
    a11y = accessibility_of(window)
    {
        "settings": a11y.settings.open,
        "glossary": lambda: a11y.define("bisphosphonate"),
        "licence": a11y.licence.open,
    }[overlay]()
    QCoreApplication.processEvents()
    card = {"settings": a11y.settings, "glossary": a11y.glossary, "licence": a11y.licence}[overlay].card
    assert card.geometry().width() <= window.central.width() and card.height() <= window.central.height()
    assert buttons_clipped(card) == [] and labels_clipped(card) == []


@pytest.mark.parametrize("page_id", ["home", "medicines", "estrogens-bazedoxifene"])
def test_at_the_start_every_button_shows_its_whole_label(window: MainWindow, page_id: str) -> None:
    if page_id != "home":
        window.open_page(page_id)
    assert buttons_clipped(window) == []  # at once: a picture taken now shows whole buttons
    assert action(window, "contrast").text() == "Contrast"  # room for it at 100%
    QCoreApplication.processEvents()  # the header's new height reaches the window
    assert labels_clipped(window) == []
