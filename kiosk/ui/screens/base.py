"""What every scrolling screen shares."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QScroller,
)


def enable_kinetic_scrolling(area: QAbstractScrollArea) -> None:
    """Swipe to scroll with a finger. (A mouse-drag gesture would hold back every click while it
    decides whether a drag is starting; mouse users have the wheel, scroll bar and Up/Down.)"""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
