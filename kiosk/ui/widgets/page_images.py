"""Pictures for the page view, read so that no file can hang, crash or exhaust the kiosk.

Only a regular file is read (a FIFO or a device behind a link would block or never end), at most
``MAX_IMAGE_BYTES`` of it. A raster picture is measured before it is decoded and decoded straight to
the size it is drawn at; an SVG is drawn into an image of bounded size. However tall a picture says
it is, it is drawn no taller than ``MAX_HEIGHT_RATIO`` times the column and no bigger than
``MAX_DRAWN_PIXELS``, so a 100-byte SVG declaring a height of 4,400 costs a few megabytes, not 5 GB.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)
MAX_IMAGE_BYTES = 2_000_000
MAX_SOURCE_PIXELS = 25_000_000  # a raster picture declaring more is refused before it is decoded
MAX_DRAWN_PIXELS = 4_000_000  # device pixels of the image put on the page
MAX_HEIGHT_RATIO = 2.0  # a picture is drawn at most twice as tall as the column is wide
DECODE_LIMIT_MB = 128  # Qt's own allocation ceiling for one decode, a second line of defence
OUTSIDE_REFERENCE = re.compile(rb"""href\s*=\s*["'](?!#)""")  # an SVG naming another file is refused
# Pictures drawn lately, by file (as it is now) and size: a text-size step or a page seen again
# draws none anew. A few, since a picture at 200% is megabytes.
DRAWN_KEPT = 6
_drawn: OrderedDict[tuple[object, ...], QImage] = OrderedDict()


def read_regular_file(path: Path, limit: int = MAX_IMAGE_BYTES) -> bytes | None:
    """The file's bytes, or None if it is not a regular file (after links) or is over ``limit``."""
    try:
        # O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        log.warning("picture %s cannot be opened: %s", path, error)
        return None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            log.warning("picture %s is not a regular file; not shown", path)
            return None
        if info.st_size > limit:
            log.warning("picture %s is %d bytes, over %d; not shown", path, info.st_size, limit)
            return None
        data = file.read(limit + 1)
    return data if len(data) <= limit else None


def drawn_size(natural: QSize, width: int, pixel_ratio: float) -> QSize:
    """Logical size to draw a picture of ``natural`` size in a column ``width`` wide: its own
    shape, scaled down when it would be taller than the height cap or over the pixel budget."""
    if natural.width() <= 0 or natural.height() <= 0 or width <= 0:
        return QSize()
    drawn_width = float(width)
    drawn_height = width * natural.height() / natural.width()
    shrink = min(1.0, MAX_HEIGHT_RATIO * width / drawn_height)
    device_pixels = drawn_width * drawn_height * shrink * shrink * pixel_ratio * pixel_ratio
    if device_pixels > MAX_DRAWN_PIXELS:
        shrink *= (MAX_DRAWN_PIXELS / device_pixels) ** 0.5
    return QSize(max(1, round(drawn_width * shrink)), max(1, round(drawn_height * shrink)))


def load_picture(path: Path, width: int, pixel_ratio: float) -> QImage | None:
    """The picture drawn at most ``width`` logical pixels wide (sharp on any screen), or None. One
    drawn lately from the same file, unchanged, at the same size, is not drawn again."""
    try:
        info = os.stat(path)
    except OSError:
        info = None
    key = None
    if info is not None and stat.S_ISREG(info.st_mode):
        key = (str(path), info.st_ino, info.st_size, info.st_mtime_ns, width, pixel_ratio)
        if key in _drawn:
            _drawn.move_to_end(key)
            return _drawn[key]
    image = _load_picture(path, width, pixel_ratio)
    if key is not None and image is not None:
        _drawn[key] = image
        while len(_drawn) > DRAWN_KEPT:
            _drawn.popitem(last=False)
    return image


def _load_picture(path: Path, width: int, pixel_ratio: float) -> QImage | None:
    data = read_regular_file(path)
    if data is None:
        return None
    if path.suffix.lower() == ".svg":
        image = _draw_svg(path, data, width, pixel_ratio)
    else:
        image = _decode_raster(path, data, width, pixel_ratio)
    if image is not None:
        image.setDevicePixelRatio(pixel_ratio)
    return image


def _device(size: QSize, pixel_ratio: float) -> QSize:
    return QSize(max(1, round(size.width() * pixel_ratio)), max(1, round(size.height() * pixel_ratio)))


def _draw_svg(path: Path, data: bytes, width: int, pixel_ratio: float) -> QImage | None:
    if b"<image" in data or OUTSIDE_REFERENCE.search(data):
        log.warning("picture %s refers to other files; not shown", path)
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return None
    size = drawn_size(renderer.defaultSize(), width, pixel_ratio)
    if size.isEmpty():
        return None
    image = QImage(_device(size, pixel_ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def _decode_raster(path: Path, data: bytes, width: int, pixel_ratio: float) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(DECODE_LIMIT_MB)
    natural = reader.size()
    if natural.isValid() and natural.width() * natural.height() > MAX_SOURCE_PIXELS:
        log.warning("picture %s is %dx%d pixels; not shown", path, natural.width(), natural.height())
        return None
    size = drawn_size(natural, width, pixel_ratio)
    if size.isEmpty():
        return None
    reader.setScaledSize(_device(size, pixel_ratio))
    image = reader.read()
    return None if image.isNull() else image
