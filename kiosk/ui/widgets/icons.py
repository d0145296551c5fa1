"""SVG icons from resources/icons, drawn in the theme's colour at any size."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.core.paths import resources_dir


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        path = resources_dir() / "icons" / "info.svg"
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=256)
def pixmap(name: str, color: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", color).encode()))
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def icon(name: str, color: str, size: int) -> QIcon:
    return QIcon(pixmap(name, color, size))
