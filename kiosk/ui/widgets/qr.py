"""QR codes made offline with segno, drawn as crisp squares on screen and in PDFs."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white around the code; scanners need it


@lru_cache(maxsize=64)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """Dark (True) and light modules, quiet zone included."""
    import segno  # here, not at start-up (~20 ms of imports): only a handout needs it

    code = segno.make(text, error="m", micro=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE))


def paint_qr(painter: QPainter, text: str, rect: QRectF, dark: str = "#000000") -> None:
    """Draw the code filling the square ``rect``, on white (phones read dark on light best)."""
    matrix = qr_matrix(text)
    size = len(matrix)
    module = min(rect.width(), rect.height()) / size
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(rect.x(), rect.y(), module * size, module * size), QColor("#ffffff"))
    painter.setBrush(QColor(dark))
    for y, row in enumerate(matrix):
        x = 0
        while x < size:  # one rectangle per run of dark modules: fewer shapes, no hairline seams
            if not row[x]:
                x += 1
                continue
            start = x
            while x < size and row[x]:
                x += 1
            painter.drawRect(
                QRectF(rect.x() + start * module, rect.y() + y * module, (x - start) * module, module)
            )
    painter.restore()


def qr_pixmap(text: str, pixels: int) -> QPixmap:
    """A square image of the code, module edges on whole pixels so it stays sharp."""
    size = len(qr_matrix(text))
    module = max(1, pixels // size)
    image = QPixmap(module * size, module * size)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_qr(painter, text, QRectF(0, 0, module * size, module * size))
    painter.end()
    return image
