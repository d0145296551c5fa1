"""100-person pictures (icon arrays) of what a study found, painted on any QPainter.

One painter draws every picture: on screen (a widget, or an image in a card's page) and on paper
(the handout's QPdfWriter, as vector shapes). The design follows the evidence in the developers'
facts (trial-results.md): always 100 people in a 10 by 10 grid; people-shaped figures; the people
who had the break grouped together and filled from the top-left corner, row by row, in every
picture; and they differ from the others by fill AND mark (a solid figure with a crack line versus
an outline), so the picture never relies on colour alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.trial_html import TRIAL_SCHEME, stack_arms
from kiosk.core.trials import PEOPLE

COLUMNS = 10
ROWS = PEOPLE // COLUMNS
CELL_SHAPE = 1.15  # a cell is this many times taller than wide: room for a standing figure
ICON_EMS = 1.3  # a figure is about this many body-text heights wide: grows with the text size
TRIAL_PICTURE = re.compile(rf'src="{TRIAL_SCHEME}(\d+)"')


@dataclass(frozen=True)
class IconColors:
    affected: str  # the fill of a person who had the break
    unaffected: str  # the outline of a person who did not
    background: str  # the crack line across an affected figure

    @classmethod
    def of(cls, colors: dict[str, str]) -> IconColors:
        """From a theme palette (both themes define these and tests/test_contrast.py checks them)."""
        return cls(colors["icon_affected"], colors["icon_unaffected"], colors["background"])


PRINT_COLORS = IconColors("#000000", "#555555", "#ffffff")


def picture_height(width: float) -> float:
    return width / COLUMNS * CELL_SHAPE * ROWS


def icon_cells(area: QRectF) -> list[QRectF]:
    """The 100 cells in fill order: left to right, top row first. The first N are the affected."""
    width = area.width() / COLUMNS
    height = min(area.height() / ROWS, width * CELL_SHAPE)
    return [
        QRectF(area.left() + column * width, area.top() + row * height, width, height)
        for row in range(ROWS)
        for column in range(COLUMNS)
    ]


def _figure(cell: QRectF) -> QPainterPath:
    """A person: a round head over a body with shoulders, inside the cell with a margin."""
    margin = cell.width() * 0.14
    left, right = cell.left() + margin, cell.right() - margin
    top, bottom = cell.top() + margin, cell.bottom() - margin
    width = right - left
    head = width * 0.46
    centre = (left + right) / 2
    path = QPainterPath()
    path.addEllipse(QRectF(centre - head / 2, top, head, head))
    body_top = top + head + width * 0.08
    body = QPainterPath()
    body.moveTo(left, bottom)
    body.lineTo(left, body_top + width * 0.3)
    body.quadTo(left, body_top, left + width * 0.3, body_top)
    body.lineTo(right - width * 0.3, body_top)
    body.quadTo(right, body_top, right, body_top + width * 0.3)
    body.lineTo(right, bottom)
    body.closeSubpath()
    path.addPath(body)
    return path


def _crack(cell: QRectF) -> list[QPointF]:
    """A zigzag across the figure's body, like a break: the mark that is not colour."""
    x0, x1 = cell.left() + cell.width() * 0.2, cell.right() - cell.width() * 0.2
    y = cell.top() + cell.height() * 0.68
    step = (x1 - x0) / 4
    rise = cell.height() * 0.07
    return [QPointF(x0 + i * step, y + (rise if i % 2 else -rise)) for i in range(5)]


def paint_icon_array(painter: QPainter, area: QRectF, affected: int, colors: IconColors) -> list[QRectF]:
    """Paint 100 people in ``area``, the first ``affected`` of them filled; returns the cells."""
    cells = icon_cells(area)
    affected = max(0, min(PEOPLE, affected))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = QPen(QColor(colors.unaffected))
    outline.setWidthF(max(1.0, cells[0].width() * 0.07))
    crack = QPen(QColor(colors.background))
    crack.setWidthF(max(1.0, cells[0].width() * 0.08))
    for index, cell in enumerate(cells):
        figure = _figure(cell)
        if index < affected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colors.affected))
            painter.drawPath(figure)
            painter.setPen(crack)
            painter.drawPolyline(_crack(cell))
        else:
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(figure)
    painter.restore()
    return cells


def picture_image(affected: int, width: int, pixel_ratio: float, colors: IconColors) -> QImage:
    """The picture as an image for a page (sharp on any screen: drawn at the device's pixels)."""
    height = picture_height(width)
    image = QImage(
        round(width * pixel_ratio), round(height * pixel_ratio), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(QColor(colors.background))
    painter = QPainter(image)
    paint_icon_array(painter, QRectF(0, 0, image.width(), image.height()), affected, colors)
    painter.end()
    image.setDevicePixelRatio(pixel_ratio)
    return image


def picture_width(body_px: int) -> int:
    return round(COLUMNS * ICON_EMS * body_px)


def size_trial_pictures(page_html: str, room: int, body_px: int) -> str:
    """Side by side when two fit the page's width at this text size; else stacked, one per row."""
    if TRIAL_SCHEME not in page_html:
        return page_html
    wanted = picture_width(body_px)
    gap = body_px * 2
    if 2 * wanted + gap > room:
        page_html = stack_arms(page_html)
        width = max(100, min(wanted, room - 16))
    else:
        width = wanted
    height = round(picture_height(width))  # both given: the page is laid out before the pictures load
    sized = rf'src="{TRIAL_SCHEME}\1#w={width}" width="{width}" height="{height}"'
    return TRIAL_PICTURE.sub(sized, page_html)


class IconArray(QWidget):
    """One picture as a widget: as wide as it is given, as tall as that width needs (never clipped).

    Its accessible name is the caption and its description the sentence, so a screen reader says
    the numbers in words.
    """

    def __init__(self, affected: int, caption: str, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.affected = affected
        self.colors = IconColors("#000000", "#555555", "#ffffff")
        self.preferred_width = 200
        self.setAccessibleName(caption)
        self.setAccessibleDescription(sentence)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.cells: list[QRectF] = []

    def apply(self, colors: dict[str, str], body_px: int) -> None:
        self.colors = IconColors.of(colors)
        self.preferred_width = picture_width(body_px)
        self.setMinimumWidth(COLUMNS * 8)
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return round(picture_height(min(width, self.preferred_width)))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.preferred_width, self.heightForWidth(self.preferred_width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(COLUMNS * 8, round(picture_height(COLUMNS * 8)))

    def drawing_area(self) -> QRectF:
        width = min(float(self.width()), float(self.preferred_width))
        return QRectF(0, 0, width, min(picture_height(width), float(self.height())))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        self.cells = paint_icon_array(painter, self.drawing_area(), self.affected, self.colors)
        painter.end()
