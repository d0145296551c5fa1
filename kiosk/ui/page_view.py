"""A locked-down QTextBrowser: in-app links only, local images only, no selection, no menus."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTextBrowser, QWidget

from kiosk.core.markdown_render import IMAGE_SCHEME, PAGE_SCHEME, resolve_image

log = logging.getLogger(__name__)
IMAGE_RENDER_WIDTH = 1200  # pixels an SVG is drawn at before the document scales it


class PageView(QTextBrowser):
    page_link = Signal(str)

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

    def _on_anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(PAGE_SCHEME):
            self.page_link.emit(target.removeprefix(PAGE_SCHEME))
        else:
            log.warning("ignored a link that is not a page: %s", target[:80])

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        """Only our own local images load; anything else (remote, file:) is refused."""
        address = url.toString() if isinstance(url, QUrl) else url
        if kind != QTextDocument.ResourceType.ImageResource or not address.startswith(IMAGE_SCHEME):
            return None
        if self.content_root is None or self.page_folder is None:
            return None
        path = resolve_image(self.content_root, self.page_folder, address.removeprefix(IMAGE_SCHEME))
        if path is None:
            return None
        return _load_image(path)


def _load_image(path: Path) -> QImage | None:
    if path.suffix.lower() != ".svg":
        image = QImage(str(path))
        return None if image.isNull() else image
    renderer = QSvgRenderer(QByteArray(path.read_bytes()))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    height = round(IMAGE_RENDER_WIDTH * size.height() / max(size.width(), 1))
    image = QImage(IMAGE_RENDER_WIDTH, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, IMAGE_RENDER_WIDTH, height))
    painter.end()
    return image
