"""Does a person see every word? Geometry checks on a shown window, as lines of plain complaints.

Each check returns a list of problems ("" when none), each starting with its kind so that failures
can be grouped by cause: zero-size, outside, clipped, elided, reading-area.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from kiosk.ui.tiles import Tile

SLACK = 1  # a pixel of rounding is not clipping


def _name(widget: QWidget) -> str:
    words = widget.accessibleName()
    if not words and isinstance(widget, (QLabel, QAbstractButton)):
        words = widget.text()
    role = widget.property("role") or widget.objectName()
    return f"{type(widget).__name__}{f'[{role}]' if role else ''} {words[:40]!r}"


def has_content(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text()) or not widget.pixmap().isNull()
    if isinstance(widget, QAbstractButton):
        return bool(widget.text()) or not widget.icon().isNull()
    return isinstance(widget, QTextEdit)


def _in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _scrolls(widget: QWidget) -> bool:
    """A scroll area's viewport: what it hides can be scrolled to."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def clipped_by(widget: QWidget, root: QWidget) -> QWidget | None:
    """The first ancestor up to ``root`` that cuts part of ``widget`` off and cannot scroll to it."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while parent is not None and child is not root:
        rect.translate(child.pos())
        if _scrolls(parent):
            return None
        outside = not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect)
        if outside:
            return parent
        child, parent = parent, parent.parentWidget()
    return None


def _inside_scroller(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if _scrolls(parent):
            return True
        parent = parent.parentWidget()
    return False


def _longest_word_too_wide(label: QLabel) -> str:
    """Word wrap cannot break a long word (an address): it runs past the label's sides."""
    rich = label.textFormat() == Qt.TextFormat.RichText
    if rich or (label.textFormat() == Qt.TextFormat.AutoText and "<" in label.text()):
        return ""
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    flags = int(Qt.TextFlag.TextWordWrap)  # Qt's own line breaking: after a space, a slash, a hyphen
    wrapped = label.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), flags, label.text())
    if wrapped.width() > room + SLACK:
        return f"a word needs {wrapped.width()}px wide, has {room}"
    return ""


def elided(widget: QWidget) -> str:
    """Why a label's or button's words do not fit it, or ''."""
    if isinstance(widget, Tile):
        needed = widget.heightForWidth(widget.width())
        return f"needs {needed}px tall, has {widget.height()}" if needed > widget.height() + SLACK else ""
    if isinstance(widget, QLabel):
        if widget.text() and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"needs {needed}px tall, has {widget.height()}"
            return _longest_word_too_wide(widget)
        hint = widget.minimumSizeHint() if widget.text() else widget.sizeHint()
        too_small = hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK
        if too_small and (widget.pixmap().isNull() or not widget.hasScaledContents()):
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
        return ""
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.minimumSizeHint()
        if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
    return ""


def problems(window: QWidget, root: QWidget) -> list[str]:
    """Every visible widget with content under ``root`` is sized, inside the window, uncut and whole."""
    found = []
    bounds = window.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QScrollBar) or not widget.isVisibleTo(window) or not has_content(widget):
            continue
        name = _name(widget)
        if widget.width() <= 0 or widget.height() <= 0:
            found.append(f"zero-size: {name}")
            continue
        scrolled = _inside_scroller(widget, window)
        if not scrolled and not bounds.contains(_in(window, widget)):
            found.append(f"outside: {name} at {_in(window, widget).getRect()}")
        cutter = clipped_by(widget, window)
        if cutter is not None:
            found.append(f"clipped: {name} by {_name(cutter)}")
        why = elided(widget)
        if why:
            found.append(f"elided: {name} {why}")
    return found


def reading_area_problem(window: QWidget, reading: QAbstractScrollArea | None) -> list[str]:
    """The scrolling viewport a person reads in is at least half the window's height."""
    if reading is None:
        return []
    height = reading.viewport().height()
    if height * 2 < window.height():
        return [f"reading-area: {height}px of {window.height()}px ({100 * height // window.height()}%)"]
    return []


def window_problem(window: QWidget, screen: tuple[int, int]) -> list[str]:
    """The window still fits the screen: a layout whose minimum is larger grows it past the edge."""
    if (window.width(), window.height()) != screen:
        return [f"window: grew to {window.width()}x{window.height()}, the screen is {screen[0]}x{screen[1]}"]
    return []
