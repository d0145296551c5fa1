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
WIDTH_MARK = "#w="  # image sources carry the width to draw at, so a new size is a new resource


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
        source, _, width = address.removeprefix(IMAGE_SCHEME).partition(WIDTH_MARK)
        path = resolve_image(self.content_root, self.page_folder, source)
        if path is None:
            return None
        return _load_image(path, int(width or 480), self.devicePixelRatioF())


def _load_image(path: Path, width: int, pixel_ratio: float) -> QImage | None:
    """The picture drawn at ``width`` logical pixels (sharp on any screen), keeping its shape."""
    if path.suffix.lower() == ".svg":
        renderer = QSvgRenderer(QByteArray(path.read_bytes()))
        if not renderer.isValid():
            return None
        size = renderer.defaultSize()
        height = round(width * size.height() / max(size.width(), 1))
        image = QImage(
            round(width * pixel_ratio), round(height * pixel_ratio), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
    else:
        image = QImage(str(path))
        if image.isNull():
            return None
        image = image.scaledToWidth(round(width * pixel_ratio), Qt.TransformationMode.SmoothTransformation)
    image.setDevicePixelRatio(pixel_ratio)
    return image
