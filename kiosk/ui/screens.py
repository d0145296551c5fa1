"""The three screens: home (topic tiles), a section (intro and medicine tiles), and a page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
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
# The reading column's widest, in ems of body text. Atkinson Hyperlegible averages about 0.43 em a
# character in running text, so 30 em is about 70 characters a line (readable is 50-75).
READING_EMS = 30


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
        # On short screens the title and the advice line scroll with the tiles (see MainWindow).
        self.page_title = plain_label()
        self.page_title.setProperty("role", "page-title")
        self.page_title.setWordWrap(True)
        self.page_title.hide()
        self.advice = plain_label()
        self.advice.setProperty("role", "disclaimer")
        self.advice.setWordWrap(True)
        self.advice.hide()
        self._intro_html = ""
        self._link_color = "#0b4f8a"
        self._column = QVBoxLayout(inner)
        for widget in (self.page_title, self.heading, self.intro, self.note, self.grid):
            self._column.addWidget(widget)
        self._column.addStretch(1)
        self._column.addWidget(self.advice)
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

    def show_in_page(self, title: str, advice: str) -> None:
        """On short screens the window hands the title and the advice line to the screen, where
        they scroll away; "" when the header and footer show them."""
        for label, text in ((self.page_title, title), (self.advice, advice)):
            label.setText(text)
            label.setVisible(bool(text))

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


class PageHead(QWidget):
    """What sits above a page's words and scrolls away with them: on short screens the page's title
    (taken out of the fixed header), and a medication card's buttons. A child of the page's
    viewport, drawn in the document's top margin, so the whole viewport is room to read."""

    changed = Signal()  # its height may have changed: the page makes room again

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.title = plain_label()
        self.title.setProperty("role", "page-title")
        self.title.setWordWrap(True)
        self.title.hide()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(self.title)
        self.installEventFilter(self)

    def add_toolbar(self, widget: QWidget) -> None:
        self.column.addWidget(widget)
        widget.installEventFilter(self)  # shown or hidden: make room at once, not at the next layout

    def show_title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.changed.emit()

    def apply(self, look: Appearance) -> None:
        margin = look.sizes["spacing"] * 2
        self.title.setContentsMargins(margin, look.sizes["spacing"] // 2, margin, 0)

    def needed_height(self, width: int) -> int:
        rows = [self.column.itemAt(i) for i in range(self.column.count())]
        shown = [row.widget() for row in rows if row is not None]
        if not any(widget.isVisibleTo(self) for widget in shown if widget is not None):
            return 0
        if self.column.hasHeightForWidth():
            return self.column.totalHeightForWidth(width)
        return self.column.totalSizeHint().height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        shown_or_hidden = (QEvent.Type.ShowToParent, QEvent.Type.HideToParent)
        if (watched is self and event.type() == QEvent.Type.LayoutRequest) or event.type() in shown_or_hidden:
            self.changed.emit()  # a row appeared, hid, or changed its words
        return False


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
        self.head = PageHead(self.view.viewport())
        self.head.changed.connect(self._place_head)
        self.view.verticalScrollBar().valueChanged.connect(self._place_head)
        self.view.viewport().installEventFilter(self)  # a new width (a scroll bar came): re-centre
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.page: Page | None = None
        self._head_height = 0
        self._advice = ""
        self._look: Appearance | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(tr("Page text"))

    def add_toolbar(self, widget: QWidget) -> None:
        """A bar at the top of the page that scrolls away with it (a medication card's Compare and
        Take home buttons): a fixed bar would take a short screen's room to read at large text."""
        self.head.add_toolbar(widget)
        self._place_head()

    def show_in_page(self, title: str, advice: str) -> None:
        """On short screens the window hands the title (to the top) and the advice line (to the
        end) to the page; "" when the header and footer show them."""
        self.head.show_title(title)
        if advice != self._advice:
            self._advice = advice
            fraction = self.scroll_fraction()
            self._fill()
            self.set_scroll_fraction(fraction)

    def _place_head(self) -> None:
        """The head spans the viewport at the document's top, and the document starts below it."""
        width = self.view.viewport().width()
        inset = round(max(0.0, self._side() - 2 * (self._look.sizes["spacing"] if self._look else 0)))
        self.head.column.setContentsMargins(inset, 0, inset, 0)  # in line with the reading column
        height = self.head.needed_height(width)
        self.head.setGeometry(0, -self.view.verticalScrollBar().value(), width, height)
        if height != self._head_height:
            bar = self.view.verticalScrollBar()
            scrolled, grown = bar.value(), height - self._head_height
            self._head_height = height
            self._shape_document()
            if scrolled > 0:  # opened part-way down (a form's own facts): keep those words in view
                bar.setValue(scrolled + grown)

    def column_width(self) -> int:
        """The reading column: the viewport less the margins, at most READING_EMS of body text."""
        if self._look is None:
            return self.view.viewport().width()
        body = self._look.sizes["body"]
        room = self.view.viewport().width() - 2 * self._look.sizes["spacing"]
        return max(body, min(room, READING_EMS * body))

    def _side(self) -> float:
        """The margin left and right of the centred reading column."""
        margin = self.view.document().documentMargin()
        return max(margin, (self.view.viewport().width() - self.column_width()) / 2)

    def _shape_document(self) -> None:
        """Room at the top for the head, and the words in a centred column of a readable width."""
        document = self.view.document()
        frame = document.rootFrame()
        form = frame.frameFormat()
        margin = document.documentMargin()
        side = self._side()
        form.setTopMargin(self._head_height or margin)  # the head's own padding spaces the words
        form.setLeftMargin(side)
        form.setRightMargin(side)
        if form != frame.frameFormat():
            frame.setFrameFormat(form)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_head()
            self._shape_document()
        return False

    def show_page(self, page: Page, library: Library) -> None:
        self.page = page
        self.view.content_root = library.root
        self.view.page_folder = page.path.parent
        self._fill()
        self.view.verticalScrollBar().setValue(0)

    def apply(self, look: Appearance) -> None:
        self._look = look
        self.reading.colors = look.colors
        self.head.apply(look)
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
            room = self.column_width() - 8
            width = max(120, min(round(IMAGE_MAX_WIDTH * self._look.percent / 100), room))
            html = re.sub(r'src="(kiosk-image:[^"]+)"', rf'src="\1{WIDTH_MARK}{width}"', html)
        if self._advice:
            html += f'<p class="advice">{escape(self._advice)}</p>'
        # The screen's own width: a hidden view's viewport has not been resized yet.
        spacing = self._look.sizes["spacing"]
        room = self.width() - 6 * spacing - self.view.verticalScrollBar().sizeHint().width() - 16
        room = min(room, READING_EMS * self._look.sizes["body"])  # and never wider than the column
        html = size_trial_pictures(html, room, self._look.sizes["body"])  # kiosk/ui/icon_array.py
        self.view.icon_colors = IconColors.of(self._look.colors)
        self.view.setHtml(html)
        self._shape_document()  # a new document starts with the plain margin
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
