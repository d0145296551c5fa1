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


@lru_cache(maxsize=32)
def chosen_pixmap(name: str, color: str, size: int) -> QPixmap:
    """The icon smaller, with a check mark at its lower right: a chosen button with no words."""
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.drawPixmap(0, 0, pixmap(name, color, round(size * 0.68)))
    badge = round(size * 0.6)
    painter.drawPixmap(size - badge, size - badge, pixmap("check", color, badge))
    painter.end()
    return image


# Icons are kept, not only their pixmaps: Qt caches what it draws of an icon (QPixmapCache) under
# that icon's own key, so a new QIcon for the same picture at every text-size step filled the cache
# with copies (about 1 KB a step, up to its 10 MB limit, in bench's endurance run).
@lru_cache(maxsize=32)
def chosen_icon(name: str, color: str, size: int) -> QIcon:
    return QIcon(chosen_pixmap(name, color, size))


@lru_cache(maxsize=256)
def icon(name: str, color: str, size: int, disabled_color: str = "") -> QIcon:
    """The icon in ``color``; on a disabled button in ``disabled_color`` (Qt's own greying of a
    light icon all but hides it on a light page)."""
    drawn = QIcon(pixmap(name, color, size))
    if disabled_color:
        drawn.addPixmap(pixmap(name, disabled_color, size), QIcon.Mode.Disabled)
    return drawn
