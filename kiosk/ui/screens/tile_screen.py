"""The tile screens: home and a section's list (its introduction, then its tiles)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content import Page
from kiosk.core.rendered import GLOSSARY_SCHEME, PAGE_SCHEME
from kiosk.ui.screens.base import InPageTexts, enable_kinetic_scrolling
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.widgets.labels import plain_label
from kiosk.ui.widgets.tiles import ALL_BUILT_UP_TO, TileGrid, TileSpec


class TileScreen(QScrollArea):
    """Words at the top, tiles below, all in one scrolling column. Home and sections use it."""

    open_page = Signal(str)
    define_term = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own: its tiles are, and keep themselves in view when focused.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        enable_kinetic_scrolling(self)
        inner = QWidget()
        inner.setProperty("role", "screen")
        self.heading = plain_label()
        self.heading.setProperty("role", "welcome")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.linkActivated.connect(self._on_link)
        self.note = plain_label()
        self.note.setProperty("role", "note")
        self.note.setWordWrap(True)
        self.grid = TileGrid()
        self.grid.activated.connect(self.open_page)
        # On short screens the title and the advice line scroll with the tiles (see MainWindow).
        self.in_page = InPageTexts()
        self.page_title, self.advice = self.in_page.title, self.in_page.advice
        self._intro_html = ""
        self._link_color = "#0b4f8a"
        self._column = QVBoxLayout(inner)
        for widget in (self.page_title, self.heading, self.intro, self.note, self.grid):
            self._column.addWidget(widget)
        self._column.addStretch(1)
        self._column.addWidget(self.advice)
        self.setWidget(inner)
        self._shown_tiles: list[TileSpec] = []

    def _on_link(self, target: str) -> None:
        if target.startswith(PAGE_SCHEME):
            self.open_page.emit(target.removeprefix(PAGE_SCHEME))
        elif target.startswith(GLOSSARY_SCHEME):
            self.define_term.emit(target.removeprefix(GLOSSARY_SCHEME))

    def add_actions(self, widget: QWidget) -> None:
        """A row of buttons (Compare, Find by name…) between the words and the tiles."""
        self._column.insertWidget(self._column.indexOf(self.grid), widget)

    def show_content(
        self,
        heading: str,
        intro_html: str,
        note: str,
        pages: list[Page],
        shortcuts: Sequence[tuple[str, TileSpec]] = (),
    ) -> None:
        """``shortcuts`` are (page id, tile) pairs: tiles for other screens, placed after that page."""
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        self._intro_html = intro_html
        self._show_intro()
        self.intro.setVisible(bool(intro_html))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        entries: list[TileSpec] = [(p.id, p.title, p.summary, p.icon) for p in pages]
        for after, tile in shortcuts:
            place = next((i + 1 for i, e in enumerate(entries) if e[0] == after), len(entries))
            entries.insert(place, tile)
        if entries != self._shown_tiles:  # coming back to the same list keeps its tiles: no rebuild
            self._shown_tiles = entries
            # A list of any length: the grid makes widgets only for the tiles in and near view. A
            # long one always scrolls: its bar is there from the start, so it is measured once.
            long = len(entries) > ALL_BUILT_UP_TO
            self.setVerticalScrollBarPolicy(
                Qt.ScrollBarPolicy.ScrollBarAlwaysOn if long else Qt.ScrollBarPolicy.ScrollBarAsNeeded
            )
            self.grid.set_tiles(entries)
        self.verticalScrollBar().setValue(0)

    def show_in_page(self, title: str, advice: str) -> None:
        """On short screens the window hands the title and the advice line to the screen, where
        they scroll away; "" when the header and footer show them."""
        self.in_page.show(title, advice)

    def _show_intro(self) -> None:
        """Rich text in a QLabel ignores the style sheet for links, so the theme's link colour goes in."""
        style = (
            f"<style>a {{ color: {self._link_color}; font-weight: bold; }}"
            " a.term { font-weight: normal; }</style>"
        )
        self.intro.setText(style + self._intro_html if self._intro_html else "")

    def apply(self, look: Appearance) -> None:
        margin = look.sizes["spacing"] * 2
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._column.setSpacing(look.sizes["spacing"])
        self.grid.apply(look)
        self._link_color = look.colors["link"]
        self._show_intro()

    def scroll_area(self) -> QAbstractScrollArea:
        return self

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """On a portrait screen the tiles grow to fill it; elsewhere they keep their own height."""
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        self._column.setStretchFactor(self.grid, 1 if portrait else 0)
        self._column.setStretch(self._column.indexOf(self.grid) + 1, 0 if portrait else 1)
