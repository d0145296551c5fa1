"""What every scrolling screen shares."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QLabel,
    QScroller,
)

from kiosk.ui.widgets.labels import plain_label


def enable_kinetic_scrolling(area: QAbstractScrollArea) -> None:
    """Swipe to scroll with a finger. (A mouse-drag gesture would hold back every click while it
    decides whether a drag is starting; mouse users have the wheel, scroll bar and Up/Down.)"""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class InPageTexts:
    """The page's title and the advice line, for a short screen: the window hands them to the screen
    (``show_in_page``), which puts ``title`` at the top of its scrolling column and ``advice`` after
    its last words, so they scroll away and leave the screen to reading."""

    def __init__(self) -> None:
        self.title = self._label("page-title")
        self.advice = self._label("disclaimer")

    @staticmethod
    def _label(role: str) -> QLabel:
        label = plain_label()
        label.setProperty("role", role)
        label.setWordWrap(True)
        label.hide()
        return label

    def show(self, title: str, advice: str) -> None:
        """ "" for either when the header or the footer shows it."""
        for label, text in ((self.title, title), (self.advice, advice)):
            label.setText(text)
            label.setVisible(bool(text))
