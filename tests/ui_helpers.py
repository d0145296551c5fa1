"""How tests touch the screen: find what a person sees and tap it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.accessibility import Accessibility
from kiosk.ui.chrome import IconButton
from kiosk.ui.main_window import MainWindow
from kiosk.ui.shell.compose import Kiosk
from kiosk.ui.tiles import Tile
from kiosk.ui.treatment_options import TreatmentOptions

BUILT: dict[MainWindow, Kiosk] = {}  # every kiosk the fixtures built, by its window (conftest.py)


def action(window: MainWindow, name: str) -> IconButton:
    """A header or footer button by the name the window's features know it by ("back", "listen")."""
    return window.action_buttons[name]


def treatment_of(window: MainWindow) -> TreatmentOptions:
    """The treatment-options feature connected to ``window`` (compose.py built both)."""
    return BUILT[window].treatment


def accessibility_of(window: MainWindow) -> Accessibility:
    """The accessibility feature connected to ``window``."""
    return BUILT[window].accessibility


def tap(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget.accessibleName()!r} cannot be tapped"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def visible_tiles(window: MainWindow) -> list[Tile]:
    screen = window.stack.currentWidget()
    assert screen is not None
    return [t for t in screen.findChildren(Tile) if t.isVisibleTo(window)]


def tile_named(window: MainWindow, title: str) -> Tile:
    matches = [t for t in visible_tiles(window) if t.title_label.text() == title]
    assert matches, f"no tile {title!r}; tiles: {[t.title_label.text() for t in visible_tiles(window)]}"
    return matches[0]


def scroll_into_view(window: MainWindow, widget: QWidget) -> None:
    area = window.stack.currentWidget()
    ensure = getattr(area, "ensureWidgetVisible", None)
    if ensure is not None:
        ensure(widget)


def tap_tile(qtbot: QtBot, window: MainWindow, title: str) -> None:
    tile = tile_named(window, title)
    scroll_into_view(window, tile)
    tap(qtbot, tile)


def page_text(window: MainWindow) -> str:
    return window.page_screen.view.toPlainText().strip()


def tap_link(qtbot: QtBot, window: MainWindow, words: str) -> None:
    """Tap the link whose words are ``words`` where it is drawn on the page."""
    view = window.page_screen.view
    found = view.document().find(words)
    assert not found.isNull(), f"no {words!r} on the page"
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center()
    assert view.anchorAt(point), f"{words!r} is not a link"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def labels_clipped(root: QWidget) -> list[str]:
    """Visible word-wrapped labels shorter than their text needs at their width."""
    clipped = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or not label.wordWrap():
            continue
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            clipped.append(f"{label.text()[:40]!r} needs {needed}px, has {label.height()}px")
    return clipped


def buttons_clipped(root: QWidget) -> list[str]:
    return [
        f"{b.accessibleName()!r} {b.width()}x{b.height()} < {b.minimumSizeHint().width()}"
        for b in root.findChildren(QAbstractButton)
        if b.isVisibleTo(root)
        and not isinstance(b, Tile)
        and (b.width() < b.minimumSizeHint().width() or b.height() < b.minimumSizeHint().height())
    ]
