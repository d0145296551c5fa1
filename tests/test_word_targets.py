"""Glossary words are touch targets at least 48 px tall: a tap just above or below one opens its card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import WindowFactory
from tests.ui_helpers import accessibility_of

TOUCH_TARGET = 48  # px, the smallest touch target (docs/accessibility.md)
# A glossary word on the shipped "How bones renew" page, in each language.
MARKED_WORD = {"en": ("calcium", "Calcium"), "es": ("calcio", "Calcio")}


def page_in(make_window: WindowFactory, language: str) -> MainWindow:
    window = make_window()
    window.visitor.set_language(language)
    window.open_page("bone-renewal")
    return window


def word_box(window: MainWindow, words: str, linked: bool) -> QRect:
    """Where the first occurrence of ``words`` that is (or is not) a link is drawn, in the viewport."""
    view = window.page_screen.view
    found = view.document().find(words)
    while not found.isNull() and found.charFormat().isAnchor() != linked:
        found = view.document().find(words, found)
    assert not found.isNull(), f"no {'linked' if linked else 'plain'} {words!r} on the page"
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart())
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    start = view.cursorRect(cursor)
    cursor.setPosition(found.selectionEnd())
    return QRect(start.topLeft(), view.cursorRect(cursor).bottomLeft())


def tap_page(qtbot: QtBot, window: MainWindow, point: QPoint) -> None:
    qtbot.mouseClick(window.page_screen.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("gap", [10, 14])
@pytest.mark.parametrize("side", ["above", "below"])
def test_a_tap_just_off_a_marked_word_opens_its_meaning(
    qtbot: QtBot, make_window: WindowFactory, language: str, gap: int, side: str
) -> None:
    window = page_in(make_window, language)
    word, title = MARKED_WORD[language]
    box = word_box(window, word, linked=True)
    assert box.height() + 2 * gap <= TOUCH_TARGET + 2 * 6  # inside a 48 px target (and a finger's slack)
    point = QPoint(box.center().x(), box.top() - gap if side == "above" else box.bottom() + gap)
    assert not window.page_screen.view.anchorAt(point), "the tap should miss the word itself"
    tap_page(qtbot, window, point)
    card = accessibility_of(window).glossary
    assert card.isVisible()
    assert card.title.text() == title


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_tap_on_plain_text_far_from_links_opens_nothing(
    qtbot: QtBot, make_window: WindowFactory, language: str
) -> None:
    window = page_in(make_window, language)
    title = window.title()
    box = word_box(window, "hueso viejo" if language == "es" else "old bone", linked=False)
    view = window.page_screen.view
    nothing_near = all(
        not view.anchorAt(box.center() + QPoint(dx, dy)) for dx in range(-60, 61, 6) for dy in range(-40, 41)
    )
    assert nothing_near, "pick words with no link within a finger's reach"
    tap_page(qtbot, window, box.center())
    assert not accessibility_of(window).glossary.isVisible()
    assert window.title() == title
