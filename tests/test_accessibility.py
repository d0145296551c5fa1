"""For screen readers, switches and keypads: every control on every screen has a name and is a large
target, Tab follows reading order, every action works from the keyboard, and the page text is exposed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QFontDatabase
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QLineEdit, QScrollBar, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.app import FONT_FAMILY
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.widgets.tiles import Tile
from tests.conftest import FakeTimer
from tests.ui_helpers import accessibility_of, action, tap, visible_tiles

MIN_TARGET = 48  # px at 100%, each side (Material 48 dp; WCAG 2.5.5 asks 44)
MIN_BUTTON_HEIGHT = 64  # the project's rule for buttons


def reading(window: MainWindow) -> None:
    window.open_page("denosumab")
    accessibility_of(window).read_aloud.listen()


def idle_warning(window: MainWindow) -> None:
    cast(FakeTimer, window.watcher.idle_timer).fire()


EVERY_SCREEN: dict[str, Callable[[MainWindow], None]] = {
    "home": lambda w: w.go_home(),
    "section": lambda w: w.open_page("medicines"),
    "topic page": lambda w: w.open_page("bone-density-test"),
    "medication card": lambda w: w.open_page("alendronate"),
    "reading aloud": reading,
    "settings panel": lambda w: accessibility_of(w).settings.open(),
    "glossary pop-up": lambda w: accessibility_of(w).define("osteoclast"),
    "font licence": lambda w: accessibility_of(w).licence.open(),
    "idle warning": idle_warning,
}


def controls(root: QWidget) -> Iterator[QWidget]:
    """What a person can press, type in, scroll or Tab to. Scroll bars are left out: the Up and
    Down buttons do the same (WCAG 2.5.8's "equivalent" exception)."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QScrollBar):
            continue
        kinds = (QAbstractButton, QAbstractSlider, QLineEdit, QTextBrowser)
        if isinstance(widget, kinds) or widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            yield widget


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def shown(qtbot: QtBot, window: MainWindow, screen: str) -> MainWindow:
    qtbot.waitUntil(action(window, "listen").isVisible)
    EVERY_SCREEN[screen](window)
    return window


@pytest.mark.parametrize("screen", EVERY_SCREEN)
def test_every_control_has_a_name_for_screen_readers(qtbot: QtBot, window: MainWindow, screen: str) -> None:
    shown(qtbot, window, screen)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}" for w in controls(window) if not accessible_name(w).strip()
    ]
    assert unnamed == []


@pytest.mark.parametrize("screen", EVERY_SCREEN)
def test_every_control_is_a_large_touch_target(qtbot: QtBot, window: MainWindow, screen: str) -> None:
    shown(qtbot, window, screen)
    small = [
        f"{accessible_name(w)!r} {w.width()}x{w.height()}"
        for w in controls(window)
        if min(w.width(), w.height()) < MIN_TARGET
        or (isinstance(w, QAbstractButton) and w.height() < MIN_BUTTON_HEIGHT)
    ]
    assert small == []


@pytest.mark.parametrize("screen", EVERY_SCREEN)
def test_a_buttons_name_contains_the_words_on_it(qtbot: QtBot, window: MainWindow, screen: str) -> None:
    """WCAG 2.5.3 Label in Name: a voice user says what they see."""
    shown(qtbot, window, screen)
    for button in (w for w in controls(window) if isinstance(w, QAbstractButton) and not isinstance(w, Tile)):
        for word in re.findall(r"[A-Za-z]{2,}", button.text()):
            assert word.lower() in accessible_name(button).lower(), (button.text(), accessible_name(button))


def test_the_page_text_is_exposed_to_assistive_technology(window: MainWindow) -> None:
    window.open_page("bone-density-test")
    interface = QAccessible.queryAccessibleInterface(window.page_screen.view)
    text = interface.textInterface().text(0, interface.textInterface().characterCount())
    assert "A bone density test tells you how strong your bones are." in text
    # The page's title, then what its captioned picture shows (its alt text, not shown on screen).
    assert interface.text(QAccessible.Text.Description) == (
        "Bone density test Picture: A person lies on their back on a flat table. "
        "A scanner arm passes over their hips."
    )


def tab_chain(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """Every widget Tab visits, from the first, once round."""
    window.central.setFocus()
    seen: list[QWidget] = []
    for _ in range(200):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        widget = window.focusWidget()
        if widget in seen:
            if widget is seen[0]:
                break
            continue  # the page view keeps focus while Tab walks its links
        seen.append(widget)
    return seen


@pytest.mark.parametrize("page", ["home", "medicines", "bone-density-test"])
def test_tab_follows_reading_order(qtbot: QtBot, window: MainWindow, page: str) -> None:
    qtbot.waitUntil(action(window, "listen").isVisible)
    if page != "home":
        window.open_page(page)
    chain = tab_chain(qtbot, window)
    header = [b for b in window.header.buttons if b.isVisible() and b.isEnabled()]
    footer = [b for b in window.footer.buttons if b.isVisible() and b.isEnabled()]
    content = chain[len(header) : len(chain) - len(footer)]
    assert chain[: len(header)] == header
    assert chain[len(chain) - len(footer) :] == footer
    if page == "bone-density-test":
        assert content == [window.page_screen.view]
    else:  # top to bottom, left to right: the tiles in their order, the buttons where they sit
        screen = window.stack.currentWidget()
        assert screen is not None
        assert content == sorted(
            content, key=lambda w: (w.mapTo(screen, QPoint()).y(), w.mapTo(screen, QPoint()).x())
        )
        assert [w for w in content if isinstance(w, Tile)] == visible_tiles(window)


def test_enter_on_a_tile_opens_it_and_arrows_move_between_tiles(qtbot: QtBot, window: MainWindow) -> None:
    first, second = visible_tiles(window)[:2]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert window.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Left)
    assert window.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert window.title() == first.accessibleName()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_every_header_and_footer_action_works_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, key: Qt.Key
) -> None:
    qtbot.waitUntil(action(window, "listen").isVisible)
    window.open_page("bone-density-test")
    actions: list[tuple[QAbstractButton, Callable[[], bool]]] = [
        (action(window, "larger"), lambda: window.visitor.text_percent == 125),
        (action(window, "contrast"), lambda: window.visitor.theme == "high-contrast"),
        (action(window, "down"), lambda: window.page_screen.view.verticalScrollBar().value() > 0),
        (action(window, "listen"), lambda: accessibility_of(window).speech.state == "speaking"),
        (action(window, "stop"), lambda: accessibility_of(window).speech.state == "idle"),
        (action(window, "settings"), lambda: accessibility_of(window).settings.isVisible()),
    ]
    for button, done in actions:
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(button, key)
        assert done(), button.accessibleName()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert not accessibility_of(window).settings.isVisible()
    action(window, "back").setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(action(window, "back"), key)
    assert window.title() == "Bone Health"


def test_the_low_vision_typeface_is_bundled_and_used(window: MainWindow) -> None:
    assert FONT_FAMILY in QFontDatabase.families()
    window.open_page("bone-density-test")
    assert window.page_screen.view.fontInfo().family() == FONT_FAMILY
    assert window.header.title_label.fontInfo().family() == FONT_FAMILY


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """What screen readers were asked to say (WCAG 4.1.3 status messages)."""
    heard: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        "kiosk.ui.accessibility.feature.announce",
        lambda _source, text, urgent=False: heard.append((text, urgent)),
    )
    return heard


def test_a_changed_setting_is_announced_in_words(
    qtbot: QtBot, window: MainWindow, said: list[tuple[str, bool]]
) -> None:
    tap(qtbot, action(window, "larger"))
    tap(qtbot, action(window, "contrast"))
    assert said == [("Text size: 125%", False), ("Colours: high contrast", False)]


def test_the_idle_warning_is_announced_at_once(window: MainWindow, said: list[tuple[str, bool]]) -> None:
    cast(FakeTimer, window.watcher.idle_timer).fire()
    assert len(said) == 1 and said[0][0].startswith("Still reading?") and said[0][1]


def test_the_end_of_a_visit_announces_no_settings(
    qtbot: QtBot, window: MainWindow, said: list[tuple[str, bool]]
) -> None:
    window.visitor.larger()
    said.clear()
    window.reset_to_start()
    assert said == []
