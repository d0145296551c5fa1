"""Does a person see every word? The screen matrix's checks, beyond ``fit_problems`` (tests/ui_helpers.py:
nothing zero-sized, outside the window, clipped by a parent that does not scroll, or cut short)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from kiosk.ui.widgets.tiles import Tile
from tests.ui_helpers import fit_problems


def tiles_cut(root: QWidget) -> list[str]:
    """A tile shorter than its words need (tiles wrap their title and summary to their width)."""
    cut = []
    for tile in root.findChildren(Tile):
        needed = tile.heightForWidth(tile.width())
        if tile.isVisibleTo(root.window()) and needed > tile.height() + 1:
            cut.append(f"Tile {tile.accessibleName()[:40]!r} needs {needed}px tall, has {tile.height()}")
    return cut


def reading_area_problem(window: QWidget, reading: QAbstractScrollArea | None) -> list[str]:
    """The scrolling viewport a person reads in is at least half the window's height."""
    if reading is None:
        return []
    height = reading.viewport().height()
    if height * 2 < window.height():
        return [f"reading area: {height}px of {window.height()}px ({100 * height // window.height()}%)"]
    return []


def window_problem(window: QWidget, screen: tuple[int, int]) -> list[str]:
    """The window still fits the screen: a layout whose minimum is larger grows it past the edge."""
    if (window.width(), window.height()) != screen:
        return [f"window: grew to {window.width()}x{window.height()}, the screen is {screen[0]}x{screen[1]}"]
    return []


def screen_problems(window: QWidget, root: QWidget, screen: tuple[int, int]) -> list[str]:
    return window_problem(window, screen) + fit_problems(root) + tiles_cut(root)
