"""A tap on a marked word opens a large card with its meaning; Close, Escape or a tap outside shuts it."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.accessibility.speech import IDLE, PAUSED
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import FakeTimer, LibraryBuilder, WindowFactory
from tests.ui_helpers import accessibility_of, action, tap, tap_link, tap_tile

GLOSSARY = (
    "osteoclast:\n  word: Osteoclast\n  say: OSS-tee-oh-klast\n  meaning: A bone cell that clears old bone.\n"
)


def page_with_a_term(qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder) -> MainWindow:
    library.write("glossary.yaml", GLOSSARY)
    library.topic("cells", title="Cells", body="Cells called [osteoclasts](glossary:osteoclast) clear bone.")
    window = make_window(library.root)
    tap_tile(qtbot, window, "Cells")
    return window


def test_one_tap_on_a_marked_word_shows_its_meaning_in_a_large_card(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = page_with_a_term(qtbot, make_window, library)
    tap_link(qtbot, window, "osteoclasts")
    popup = accessibility_of(window).glossary
    assert popup.isVisible() and not popup.isWindow() and popup.parentWidget() is window.central
    assert popup.geometry() == window.central.rect()
    assert popup.title.text() == "Osteoclast"
    assert popup.say.text() == "Say it: OSS-tee-oh-klast"
    assert popup.meaning.text() == "A bone cell that clears old bone."
    assert popup.meaning.fontInfo().pixelSize() >= 24
    assert popup.close_button.height() >= 64 and popup.close_button.width() >= 64


def test_close_shuts_the_card_and_the_page_is_where_it_was(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = page_with_a_term(qtbot, make_window, library)
    tap_link(qtbot, window, "osteoclasts")
    tap(qtbot, accessibility_of(window).glossary.close_button)
    assert not accessibility_of(window).glossary.isVisible()
    assert window.title() == "Cells"


def test_a_tap_beside_the_card_shuts_it(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = page_with_a_term(qtbot, make_window, library)
    tap_link(qtbot, window, "osteoclasts")
    popup = accessibility_of(window).glossary
    tap(qtbot, popup, QPoint(5, popup.height() - 5))
    assert not popup.isVisible()


def test_the_keyboard_opens_and_closes_it(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = page_with_a_term(qtbot, make_window, library)
    view = window.page_screen.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the first link in the page
    qtbot.keyClick(view, Qt.Key.Key_Return)
    popup = accessibility_of(window).glossary
    assert popup.isVisible()
    qtbot.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.focusWidget() is view  # back where the reader was
    accessibility_of(window).define("osteoclast")
    popup.close_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(popup.close_button, Qt.Key.Key_Return)
    assert not popup.isVisible()


def test_tab_stays_inside_the_open_card(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = page_with_a_term(qtbot, make_window, library)
    tap_link(qtbot, window, "osteoclasts")
    popup = accessibility_of(window).glossary
    qtbot.waitUntil(popup.listen_button.isVisible)
    visited = set()
    for _ in range(5):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        visited.add(window.focusWidget())
    assert visited == {popup.close_button, popup.listen_button}


def test_looking_up_a_word_pauses_the_reading(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = page_with_a_term(qtbot, make_window, library)
    qtbot.waitUntil(action(window, "listen").isVisible)
    tap(qtbot, action(window, "listen"))
    tap_link(qtbot, window, "osteoclasts")
    assert accessibility_of(window).speech.state == PAUSED


def test_listen_in_the_card_reads_the_meaning(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = page_with_a_term(qtbot, make_window, library)
    tap_link(qtbot, window, "osteoclasts")
    popup = accessibility_of(window).glossary
    qtbot.waitUntil(popup.listen_button.isVisible)
    with qtbot.waitSignal(accessibility_of(window).speech.word_started):
        tap(qtbot, popup.listen_button)
    tap(qtbot, popup.close_button)
    assert accessibility_of(window).speech.state == IDLE


def test_the_card_is_gone_when_the_visit_ends(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = page_with_a_term(qtbot, make_window, library)
    tap_link(qtbot, window, "osteoclasts")
    cast(FakeTimer, window.watcher.idle_timer).fire()
    for _ in range(window.watcher.warning_seconds):
        cast(FakeTimer, window.watcher.tick_timer).fire()
    assert not accessibility_of(window).glossary.isVisible()
    assert window.title() == "Bone Health"


def test_a_word_in_a_section_intro_opens_its_meaning_too(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    assert 'href="glossary:infusion"' in window.section_screen.intro.text()
    window.section_screen.intro.linkActivated.emit("glossary:infusion")  # what a tap on the word sends
    assert accessibility_of(window).glossary.isVisible()
    assert accessibility_of(window).glossary.title.text() == "Infusion"


def test_an_unknown_term_opens_nothing(window: MainWindow) -> None:
    accessibility_of(window).define("no-such-term")
    assert not accessibility_of(window).glossary.isVisible()
