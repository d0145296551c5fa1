"""The three screens: home (topic tiles), a section (intro and medicine tiles), and a page."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content import Library, Page
from kiosk.core.page_html import render_page
from kiosk.core.rendered import GLOSSARY_SCHEME, PAGE_SCHEME
from kiosk.core.speech_text import Piece
from kiosk.ui.appearance import Appearance
from kiosk.ui.icon_array import IconColors, size_trial_pictures
from kiosk.ui.labels import plain_label
from kiosk.ui.page_view import WIDTH_MARK, PageView
from kiosk.ui.reading import DocumentReading
from kiosk.ui.theme import document_css
from kiosk.ui.tiles import Tile, TileGrid

IMAGE_MAX_WIDTH = 560


def tr(text: str) -> str:
    return QCoreApplication.translate("Screens", text)


def enable_kinetic_scrolling(area: QAbstractScrollArea) -> None:
    """Swipe to scroll with a finger. (A mouse-drag gesture would hold back every click while it
    decides whether a drag is starting; mouse users have the wheel, scroll bar and Up/Down.)"""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


TileSpec = tuple[str, str, str, str]  # target, title, summary, icon
# A long list (a library of hundreds of cards) is built this many tiles at a time, more as the
# visitor scrolls toward its end: a list of 1,000 opens as fast as one of 24.
TILES_AT_ONCE = 24


def _target(entry: TileSpec | Tile) -> str:
    return entry.target if isinstance(entry, Tile) else entry[0]


def _tile(entry: TileSpec | Tile) -> Tile:
    return entry if isinstance(entry, Tile) else Tile(*entry)


def _spec(entry: TileSpec | Tile) -> TileSpec:
    if isinstance(entry, Tile):
        return (entry.target, entry.title_label.text(), entry.summary_label.text(), entry.icon_name)
    return entry


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
        self._intro_html = ""
        self._link_color = "#0b4f8a"
        self._column = QVBoxLayout(inner)
        for widget in (self.heading, self.intro, self.note, self.grid):
            self._column.addWidget(widget)
        self._column.addStretch(1)
        self.setWidget(inner)
        self._shown_tiles: list[TileSpec] = []
        self._unbuilt: list[TileSpec | Tile] = []  # the rest of a long list, built as it scrolls
        self.verticalScrollBar().valueChanged.connect(self._build_more_near_end)
        self.verticalScrollBar().rangeChanged.connect(self._build_more_near_end)

    def _on_link(self, target: str) -> None:
        if target.startswith(PAGE_SCHEME):
            self.open_page.emit(target.removeprefix(PAGE_SCHEME))
        elif target.startswith(GLOSSARY_SCHEME):
            self.define_term.emit(target.removeprefix(GLOSSARY_SCHEME))

    def _build_more_near_end(self) -> None:
        bar = self.verticalScrollBar()
        if self._unbuilt and bar.value() >= bar.maximum() - bar.pageStep():
            batch, self._unbuilt = self._unbuilt[:TILES_AT_ONCE], self._unbuilt[TILES_AT_ONCE:]
            self.grid.add_tiles([_tile(entry) for entry in batch])
            # Lay them out now, so the scroll range (and the Down button) counts them at once.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def add_actions(self, widget: QWidget) -> None:
        """A row of buttons (Compare, Find by name…) between the words and the tiles."""
        self._column.insertWidget(self._column.indexOf(self.grid), widget)

    def show_content(
        self,
        heading: str,
        intro_html: str,
        note: str,
        pages: list[Page],
        shortcuts: Sequence[tuple[str, Tile]] = (),
    ) -> None:
        """``shortcuts`` are (page id, tile) pairs: tiles for other screens, placed after that page."""
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        self._intro_html = intro_html
        self._show_intro()
        self.intro.setVisible(bool(intro_html))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        entries: list[TileSpec | Tile] = [(p.id, p.title, p.summary, p.icon) for p in pages]
        for after, tile in shortcuts:
            place = next((i + 1 for i, e in enumerate(entries) if _target(e) == after), len(entries))
            entries.insert(place, tile)
        shown = [_spec(entry) for entry in entries]
        if shown != self._shown_tiles:  # coming back to the same list keeps its tiles: no rebuild
            self._shown_tiles = shown
            self._unbuilt = entries[TILES_AT_ONCE:]
            self.grid.set_tiles([_tile(entry) for entry in entries[:TILES_AT_ONCE]])
        self.verticalScrollBar().setValue(0)

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


class PageScreen(QWidget):
    """One Markdown page or medication card in a locked-down browser; read aloud sentence by sentence."""

    open_page = Signal(str)
    define_term = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = PageView()
        self.view.page_link.connect(self.open_page)
        self.view.term_link.connect(self.define_term)
        self.reading = DocumentReading(self.view)
        enable_kinetic_scrolling(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.page: Page | None = None
        self._look: Appearance | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(tr("Page text"))

    def add_toolbar(self, widget: QWidget) -> None:
        """A bar above the page (a medication card's Compare and Take home buttons)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, widget)

    def show_page(self, page: Page, library: Library) -> None:
        self.page = page
        self.view.content_root = library.root
        self.view.page_folder = page.path.parent
        self._fill()
        self.view.verticalScrollBar().setValue(0)

    def apply(self, look: Appearance) -> None:
        self._look = look
        self.reading.colors = look.colors
        margin = look.sizes["spacing"] * 2
        self.view.setViewportMargins(margin, 0, margin, 0)  # the document margin spaces the top
        if self.page is not None:
            fraction = self.scroll_fraction()
            self._fill()
            self.set_scroll_fraction(fraction)

    def _fill(self) -> None:
        if self.page is None or self._look is None:
            return
        document = self.view.document()
        document.setDefaultStyleSheet(document_css(self._look.theme, self._look.percent))
        document.setDocumentMargin(self._look.sizes["spacing"])
        html = render_page(self.page).html
        if "<img " in html:  # pictures grow with the text but never past the page's width
            room = self.view.viewport().width() - 2 * self._look.sizes["spacing"] - 8
            width = max(120, min(round(IMAGE_MAX_WIDTH * self._look.percent / 100), room))
            html = re.sub(r'src="(kiosk-image:[^"]+)"', rf'src="\1{WIDTH_MARK}{width}"', html)
        # The screen's own width: a hidden view's viewport has not been resized yet.
        spacing = self._look.sizes["spacing"]
        room = self.width() - 6 * spacing - self.view.verticalScrollBar().sizeHint().width() - 16
        html = size_trial_pictures(html, room, self._look.sizes["body"])  # kiosk/ui/icon_array.py
        self.view.icon_colors = IconColors.of(self._look.colors)
        self.view.setHtml(html)
        # Qt tells the view a long page's final height on a timer (pictures make pages long); a
        # scroll place restored before then would land on a guess. Tell it now.
        layout = document.documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())
        self.view.setAccessibleDescription(self.page.title)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        width_changed = event.oldSize().width() != event.size().width()
        if self.page is not None and width_changed and "<img " in render_page(self.page).html:  # pictures too
            fraction = self.scroll_fraction()
            self._fill()
            self.set_scroll_fraction(fraction)

    def scroll_area(self) -> QAbstractScrollArea:
        return self.view

    def scroll_to_anchor(self, anchor: str) -> None:
        """Bring a named place (a form's facts, "form-3") to the top of the view."""
        self.view.scrollToAnchor(anchor)

    def reading_pieces(self) -> list[Piece]:
        return self.reading.read(lead=self.page.title if self.page is not None else "")

    def show_reading(self, piece: int, start: int, length: int) -> None:
        self.reading.show(piece, start, length)

    def clear_reading(self) -> None:
        self.reading.clear()

    def scroll_fraction(self) -> float:
        bar = self.view.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.view.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))
