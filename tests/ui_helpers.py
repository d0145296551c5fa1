"""How tests touch the screen: find what a person sees and tap it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTextBoundaryFinder
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.accessibility.feature import Accessibility
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.compose import Kiosk
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.treatment.feature import TreatmentOptions
from kiosk.ui.widgets.tiles import Tile

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


def _has_content(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text()) or not widget.pixmap().isNull()
    return isinstance(widget, QAbstractButton)


def _scroll_area_of(viewport: QWidget) -> QAbstractScrollArea | None:
    area = viewport.parentWidget()
    return area if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport else None


def _clipped_by(widget: QWidget, window: QWidget) -> str:
    """The first parent (up to the window) that cuts ``widget`` off without a way to scroll to it."""
    shown, child = widget, widget  # past a scroll area, what must show whole is the area itself
    while child is not window:
        parent = child.parentWidget()
        if parent is None:
            return ""
        area = _scroll_area_of(parent)
        if area is not None:  # scrolled out of view is fine if the scroll bars reach it
            inside = shown.rect().translated(shown.mapTo(child, QPoint(0, 0)))  # in the content
            tall = area.viewport().height() + area.verticalScrollBar().maximum()
            wide = area.viewport().width() + area.horizontalScrollBar().maximum()
            if inside.bottom() >= tall + 1 or inside.right() >= wide + 1:
                return f"{type(area).__name__} cannot scroll to it"
            shown = child = area
            continue
        inside = shown.rect().translated(shown.mapTo(parent, QPoint(0, 0)))
        if not parent.rect().contains(inside):
            return f"cut off by {type(parent).__name__} {parent.property('role') or ''}".strip()
        child = parent
    return ""


def _longest_word_px(label: QLabel) -> int:
    """Width of the longest piece of the text that cannot wrap (Unicode line-break rules, as Qt
    wraps: at spaces, after a slash or a hyphen, at an invisible break)."""
    text = label.text()
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    widest, start = 0, 0
    while (end := finder.toNextBoundary()) != -1:
        piece = text[start:end].rstrip()
        widest = max(widest, label.fontMetrics().horizontalAdvance(piece))
        start = end
    return widest


def _text_cut(label: QLabel) -> str:
    if not label.text() or label.textFormat() == Qt.TextFormat.RichText:
        return ""
    margins = label.contentsMargins()
    room = label.width() - margins.left() - margins.right() - 2 * label.margin()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"needs {needed}px tall, has {label.height()}px"
        if _longest_word_px(label) > room + 1:
            return f"a word is wider than its {room}px"
        return ""
    hint = label.sizeHint()
    if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
        return f"needs {hint.width()}x{hint.height()}, has {label.width()}x{label.height()}"
    return ""


def fit_problems(root: QWidget) -> list[str]:
    """What a person would see cut: every visible widget with words, a picture or a purpose under
    ``root`` must have a size, lie inside the window, not be clipped by a parent that does not
    scroll (or scroll too little), and show all of its text (a button its words, a label all of
    its lines and its longest word)."""
    window = root.window()
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or not _has_content(widget):
            continue
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        )
        where = f"{type(widget).__name__} {name[:40]!r}"
        if widget.width() <= 0 or widget.height() <= 0:
            problems.append(f"{where} is {widget.width()}x{widget.height()}")
            continue
        clipped = _clipped_by(widget, window)
        if clipped:
            problems.append(f"{where}: {clipped}")
        if isinstance(widget, QLabel) and (cut := _text_cut(widget)):
            problems.append(f"{where} {cut}")
        if isinstance(widget, QAbstractButton) and not isinstance(widget, Tile):
            hint = widget.minimumSizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                problems.append(
                    f"{where} {widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}"
                )
    return problems


def settle() -> None:
    """What the event loop does before it paints: pending layout passes, one after another."""
    for _ in range(3):
        QApplication.processEvents()
