"""The page screen: one page's rendered text, read aloud sentence by sentence."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content import Library, Page
from kiosk.core.page_html import render_page
from kiosk.core.speech_text import Piece
from kiosk.ui.screens.base import enable_kinetic_scrolling
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.style import document_css
from kiosk.ui.widgets.icon_array import IconColors, size_trial_pictures
from kiosk.ui.widgets.page_view import WIDTH_MARK, PageView
from kiosk.ui.widgets.reading import DocumentReading

IMAGE_MAX_WIDTH = 560


def tr(text: str) -> str:
    return QCoreApplication.translate("Screens", text)


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
        html = size_trial_pictures(html, room, self._look.sizes["body"])  # kiosk/ui/widgets/icon_array.py
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
