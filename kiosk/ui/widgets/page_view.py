"""A locked-down QTextBrowser: in-app links only, local images only, no selection, no menus.

Glossary terms are links too (``glossary:TERM``): drawn with a dotted underline, unlike page links,
and a tap (or Tab then Enter) asks for the term's meaning.

A word is only one line of text tall (about 30 px at the standard size), too small a target for an
unsteady finger. A tap that lands just above, below or beside a link counts as a tap on it, so every
link is a target at least ``TARGET_HEIGHT`` px tall without changing how the text looks.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QMouseEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QTextBrowser, QTextEdit, QWidget

from kiosk.core.rendered import FORM_SCHEME, GLOSSARY_SCHEME, IMAGE_SCHEME, PAGE_SCHEME, resolve_image
from kiosk.core.trial_html import TRIAL_SCHEME
from kiosk.ui.widgets.icon_array import IconColors, picture_image
from kiosk.ui.widgets.page_images import load_picture

log = logging.getLogger(__name__)
WIDTH_MARK = "#w="  # image sources carry the width to draw at, so a new size is a new resource
DEFAULT_WIDTH = 480
MAX_WIDTH = 4_000
TARGET_HEIGHT = 48  # px: the smallest touch target (docs/accessibility.md)
FINGER_SLACK = 6  # px a finger may land beside a target on any side and still count


def tell_final_height(view: QTextEdit) -> None:
    """Qt lays a long document out in steps on a timer and tells the view its height as it goes; a
    scroll place set before then lands on a guess. This finishes the layout and tells the view now."""
    layout = view.document().documentLayout()
    layout.documentSizeChanged.emit(layout.documentSize())


class PageView(QTextBrowser):
    page_link = Signal(str)
    term_link = Signal(str)
    form_link = Signal(str)  # a form's anchor ("form-3"): open or fold its steps

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.anchorClicked.connect(self._on_anchor)
        self.content_root: Path | None = None
        self.page_folder: Path | None = None
        self.icon_colors: IconColors | None = None  # the theme's, for 100-person pictures
        self._press_at: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._press_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        """A tap that missed every link by a little opens the nearest one (Qt handles direct hits)."""
        super().mouseReleaseEvent(event)
        pressed_at, self._press_at = self._press_at, None
        point = event.position().toPoint()
        is_tap = pressed_at is not None and (point - pressed_at).manhattanLength() <= FINGER_SLACK
        if event.button() == Qt.MouseButton.LeftButton and is_tap and not self.anchorAt(point):
            nearby = self.anchor_near(point)
            if nearby:
                self._on_anchor(QUrl(nearby))

    def anchor_near(self, point: QPoint) -> str:
        """The nearest link whose line, grown to ``TARGET_HEIGHT`` px tall, holds ``point``; or ""."""
        for offset in nearest_first(TARGET_HEIGHT // 2 + FINGER_SLACK):
            probe = point + offset
            anchor = self.anchorAt(probe)
            if anchor and abs(offset.y()) <= self._reach(probe):
                return anchor
        return ""

    def _reach(self, point: QPoint) -> int:
        """How far above or below the line at ``point`` a tap still counts as on it."""
        line_height = self.cursorRect(self.cursorForPosition(point)).height()
        return math.ceil(max(TARGET_HEIGHT - line_height, 0) / 2) + FINGER_SLACK

    def _on_anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(PAGE_SCHEME):
            self.page_link.emit(target.removeprefix(PAGE_SCHEME))
        elif target.startswith(GLOSSARY_SCHEME):
            self.term_link.emit(target.removeprefix(GLOSSARY_SCHEME))
        elif target.startswith(FORM_SCHEME):
            self.form_link.emit(target.removeprefix(FORM_SCHEME))
        else:
            log.warning("ignored a link that is not a page: %s", target[:80])

    def setHtml(self, html: str) -> None:  # noqa: N802 (Qt's name)
        super().setHtml(html)
        mark_glossary_terms(self.document())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new font (the style sheet of a new text size) stays the view's: QTextEdit would make it
        the document's default font and lay the old page out again, just before the page screen
        fills the view anew, setting that font first (``PageScreen._fill``): one layout a step."""
        if event.type() == QEvent.Type.FontChange:
            QAbstractScrollArea.changeEvent(self, event)
            return
        super().changeEvent(event)

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        """Only our own local images load; anything else (remote, file:) is refused."""
        address = url.toString() if isinstance(url, QUrl) else url
        if kind == QTextDocument.ResourceType.ImageResource and address.startswith(TRIAL_SCHEME):
            return self._trial_picture(address)
        if kind != QTextDocument.ResourceType.ImageResource or not address.startswith(IMAGE_SCHEME):
            return None
        try:
            return self._picture(address.removeprefix(IMAGE_SCHEME))
        except Exception:  # a picture that fails costs that picture, never the app (Qt calls us)
            log.exception("picture %s could not be drawn", address[:200])
            return None

    def _picture(self, address: str) -> QImage | None:
        if self.content_root is None or self.page_folder is None:
            return None
        source, mark, width = address.rpartition(WIDTH_MARK)
        if not mark:
            source, width = address, ""
        if "#" in source or "?" in source:  # a fragment or query is no part of a file's name
            log.warning("picture %s has a '#' or '?' in its name; not shown", source[:200])
            return None
        path = resolve_image(self.content_root, self.page_folder, source)
        if path is None:
            return None
        drawn_width = int(width) if width.isdigit() else DEFAULT_WIDTH
        return load_picture(path, min(drawn_width, MAX_WIDTH), self.devicePixelRatioF())

    def _trial_picture(self, address: str) -> QImage | None:
        """A 100-person picture: ``kiosk-trial:15#w=300`` is 15 filled people, 300 pixels wide."""
        people, _, width = address.removeprefix(TRIAL_SCHEME).partition(WIDTH_MARK)
        if self.icon_colors is None or not people.isdigit() or not width.isdigit():
            return None
        return picture_image(
            int(people), min(int(width), MAX_WIDTH), self.devicePixelRatioF(), self.icon_colors
        )


def nearest_first(reach: int) -> Iterator[QPoint]:
    """Offsets up to ``reach`` px above and below and ``FINGER_SLACK`` px to each side, nearest first."""
    for distance in range(reach + 1):
        for dy in (distance, -distance) if distance else (0,):
            for dx in (0, -FINGER_SLACK, FINGER_SLACK):
                yield QPoint(dx, dy)


def mark_glossary_terms(document: QTextDocument) -> None:
    """A dotted underline for glossary terms (CSS in QTextDocument only knows a solid one)."""
    ranges = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref().startswith(GLOSSARY_SCHEME):
                ranges.append((fragment.position(), fragment.position() + fragment.length()))
            fragments += 1
        block = block.next()
    dotted = QTextCharFormat()
    dotted.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    cursor = QTextCursor(document)
    # One edit: a cursor moved outside one lays the text out up to where it goes, at every move.
    cursor.beginEditBlock()
    for start, end in ranges:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(dotted)
    cursor.endEditBlock()
