"""The page screen: one page's rendered text, read aloud sentence by sentence."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content import Library, Page
from kiosk.core.page_html import card_html, render_page
from kiosk.core.speech_text import Piece
from kiosk.core.vocabulary import phrase
from kiosk.ui.screens.base import enable_kinetic_scrolling
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.style import document_css
from kiosk.ui.widgets.icon_array import IconColors, size_trial_pictures
from kiosk.ui.widgets.labels import plain_label
from kiosk.ui.widgets.page_view import WIDTH_MARK, PageView, tell_final_height
from kiosk.ui.widgets.reading import DocumentReading

IMAGE_MAX_WIDTH = 560
# The reading column's widest, in ems of body text. Atkinson Hyperlegible averages about 0.43 em a
# character in running text, so 30 em is about 70 characters a line (readable is 50-75).
READING_EMS = 30
# The document's first block, as tall as the page head above the words (PageScreen._shape_document).
# Not empty: Qt drops an empty first paragraph when the page starts with one of its own. Its height
# is a fixed line height, not a top margin: Qt ignores the top margin of a document's first block.
HEAD_ROOM = '<p style="margin:0; font-size:1px; line-height:{top}px;">&nbsp;</p>'


def tr(text: str) -> str:
    return QCoreApplication.translate("Screens", text)


class PageHead(QWidget):
    """What sits above a page's words and scrolls away with them: on short screens the page's title
    (taken out of the fixed header), and a medication card's buttons. A child of the page's
    viewport, drawn over the document's first block (as tall as the head), so the whole viewport is
    room to read."""

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

    def add_toolbar(self, widget: QWidget) -> None:
        self.column.addWidget(widget)
        widget.installEventFilter(self)  # shown or hidden: make room at once, not at the next layout

    def show_title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.changed.emit()

    def apply(self, look: Appearance) -> None:
        margin = look.sizes["spacing"]  # the title, a card's buttons and its facts box line up
        self.title.setContentsMargins(margin, look.sizes["spacing"] // 2, margin, 0)

    def needed_height(self, width: int) -> int:
        rows = [self.column.itemAt(i) for i in range(self.column.count())]
        shown = [row.widget() for row in rows if row is not None]
        if not any(widget.isVisibleTo(self) for widget in shown if widget is not None):
            return 0
        if self.column.hasHeightForWidth():
            return self.column.totalHeightForWidth(width)
        return self.column.totalSizeHint().height()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.changed.emit()  # a row changed its words
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.changed.emit()  # a toolbar appeared or hid
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
        self.view.form_link.connect(self.toggle_form)
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
        # The forms whose steps are open, per card, so Back finds a card as it was left. Forgotten
        # with the visitor (``forget``).
        self._open_forms: dict[str, set[str]] = {}
        self._filled_at = (-1, -1)  # the screen's and the view's widths the page was last filled at
        self._kept_fraction: float | None = None  # where the page was, while it is set aside
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
        width = self.view.viewport().width()  # the viewport is the reading column, margins and all
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
        room = self._full_width() - 2 * self._look.sizes["spacing"]
        return max(body, min(room, READING_EMS * body))

    def _full_width(self) -> int:
        """The view's width less its scroll bar: what the viewport would be without side margins."""
        bar = self.view.verticalScrollBar()
        shown = bar.isVisibleTo(self.view)  # as it is on screen, or will be (a hidden screen's too)
        return self.view.width() - 2 * self.view.frameWidth() - (bar.width() if shown else 0)

    def _side(self) -> float:
        """The margin left and right of the centred reading column."""
        margin = self.view.document().documentMargin()
        return max(margin, (self._full_width() - self.column_width()) / 2)

    def _shape_document(self) -> None:
        """Room at the top for the head, and the words in a centred column of a readable width.

        The column is the viewport narrowed by side margins, and the head's room is the line height of
        the document's first block (``HEAD_ROOM``, which ``_fill`` puts there). Both are value types:
        asking the document for its root frame instead leaves one Python wrapper behind per page turn.
        """
        document = self.view.document()
        extra = round(max(0.0, self._side() - document.documentMargin()))
        margins = self.view.viewportMargins()
        if (margins.left(), margins.right()) != (extra, extra):
            self.view.setViewportMargins(extra, 0, extra, 0)
        cursor = QTextCursor(document)
        block = cursor.blockFormat()
        top = self._head_room()
        if block.lineHeight() != top:
            block.setLineHeight(top, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            cursor.setBlockFormat(block)

    def _head_room(self) -> int:
        """The first block's height: the head's height less the document's own margin."""
        return max(1, round(self._head_height - self.view.document().documentMargin()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_head()
            self._shape_document()
        return False

    def show_page(self, page: Page, library: Library, form: str = "") -> None:
        """``form``: arriving at one form of a card (a brand found by name) opens that form's steps."""
        self.page = page
        if form:
            self._open_forms[page.id] = {form}
        self.view.content_root = library.root
        self.view.page_folder = page.path.parent
        self._fill()
        self.view.verticalScrollBar().setValue(0)

    def toggle_form(self, anchor: str) -> None:
        """Open a form's steps, or fold them away again. Only what lies below the form's line
        changes, so the same scroll place keeps that line where the finger left it."""
        if self.page is None:
            return
        self._open_forms.setdefault(self.page.id, set()).symmetric_difference_update({anchor})
        scroll = self.view.verticalScrollBar().value()
        self._fill()
        self._place_head()  # at the top, while the new page's scroll bar settles the head's width
        self.view.verticalScrollBar().setValue(scroll)

    def forget(self) -> None:
        """The visitor left: every card's forms fold again."""
        self._open_forms.clear()

    def before_restyle(self) -> None:
        """The window restyles this screen next, then applies the look: the page goes now, at its
        place, so that the new style lays out no page (the head's new height, the scroll bars'), and
        ``apply`` fills it anew where it was."""
        if self.page is not None and self._kept_fraction is None:
            self._kept_fraction = self.scroll_fraction()
            self._empty()

    def apply(self, look: Appearance) -> None:
        self._look = look
        self.reading.colors = look.colors
        self.head.apply(look)
        if self.page is not None:
            kept, self._kept_fraction = self._kept_fraction, None
            fraction = self.scroll_fraction() if kept is None else kept
            self._fill()
            self.set_scroll_fraction(fraction)

    def _empty(self) -> None:
        """No page, while the scroll bar stays as the last page had it: that is the width the next
        one is first laid out (and its pictures sized) at, as when pages simply replaced each other.
        Qt shows or hides it after, as the new page needs (``_fill``)."""
        bars = Qt.ScrollBarPolicy
        hidden = not self.view.verticalScrollBar().isVisibleTo(self.view)  # Qt hides its container
        self.view.setVerticalScrollBarPolicy(bars.ScrollBarAlwaysOff if hidden else bars.ScrollBarAlwaysOn)
        self.view.document().clear()

    def _fill(self) -> None:
        """The page in the look, laid out once: the old page goes first, so that the font, style,
        margins and the column's width are set on an empty document, and the head's room is in
        the HTML (a block format changed after the fact lays the whole page out again)."""
        if self.page is None or self._look is None:
            return
        document = self.view.document()
        self._filled_at = (self.width(), self.view.width())
        self._empty()
        document.setDefaultFont(self.view.font())  # the style sheet's family (the CSS sets sizes)
        document.setDefaultStyleSheet(document_css(self._look.theme, self._look.percent))
        if document.documentMargin() != self._look.sizes["spacing"]:
            document.setDocumentMargin(self._look.sizes["spacing"])
        self._shape_document()  # the column's width, before there is text to lay out in it
        rendered = render_page(self.page)
        html = card_html(self.page, rendered, self._open_forms.get(self.page.id, set()))
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
        html = size_trial_pictures(html, room, self._look.sizes["body"])  # kiosk/ui/widgets/icon_array.py
        self.view.icon_colors = IconColors.of(self._look.colors)
        self.view.setHtml(HEAD_ROOM.format(top=self._head_room()) + html)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._shape_document()  # nothing left to change, unless Qt read the head's room otherwise
        tell_final_height(self.view)  # a scroll place restored next must not land on a guess
        # A picture with a caption of its own shows no alt text: screen readers get it here.
        pictures = [f"{phrase('label.picture', self.page.lang)}: {alt}" for alt in rendered.unseen_alt]
        self.view.setAccessibleDescription(" ".join([self.page.title, *pictures]))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # Not at the first resize of a screen filled while hidden at the size it is shown at.
        width_changed = self._filled_at != (self.width(), self.view.width())
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
