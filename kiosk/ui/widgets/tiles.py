"""Large touch tiles (icon, title, one-line summary) and a grid that reflows them to the width."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.widgets.icons import pixmap
from kiosk.ui.widgets.labels import plain_label


def _label(text: str, role: str) -> QLabel:
    label = plain_label(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


class Tile(QPushButton):
    """A button sized by its wrapped labels, so no text is ever clipped at any text size."""

    def __init__(
        self, target: str, title: str, summary: str, icon_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.icon_name = icon_name
        self.setProperty("role", "tile")
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves no focus ring; Tab does
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.icon_label = plain_label()
        self.icon_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.title_label = _label(title, "tile-title")
        self.summary_label = _label(summary, "tile-summary")
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.title_label)
        words.addWidget(self.summary_label)
        words.addStretch(1)
        row = self._row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        row.setSpacing(16)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)

    def apply(self, look: Appearance) -> None:
        self.icon_label.setPixmap(pixmap(self.icon_name, look.colors["accent"], look.sizes["icon"]))
        margin = look.sizes["spacing"]
        self._row.setContentsMargins(margin, margin, margin, margin)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._row.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._row.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._row.totalHeightForWidth(width)


# Makes the widget shown under a tile (a "Compare" toggle under a medicine), or None for nothing.
Accessory = Callable[[Tile], QWidget | None]


class TileGrid(QWidget):
    """Tiles in as many columns as fit at the current size (one column at the largest text)."""

    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: list[Tile] = []
        self.accessory: Accessory | None = None
        self.accessories: list[QWidget] = []
        self._cells: list[QWidget] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._min_width = 300
        self._look: Appearance | None = None

    def set_tiles(self, tiles: list[Tile]) -> None:
        for cell in self._cells:
            cell.setParent(None)
            cell.deleteLater()
        self.tiles = []
        self.accessories = []
        self._cells = []
        self._columns = 0
        self.add_tiles(tiles)

    def add_tiles(self, tiles: list[Tile]) -> None:
        """Tiles after those already shown: a long list grows as the visitor scrolls down it."""
        first_new = len(self._cells)
        for tile in tiles:
            if self._look is not None:
                tile.apply(self._look)
            tile.clicked.connect(lambda _=False, t=tile.target: self.activated.emit(t))
            extra = self.accessory(tile) if self.accessory is not None else None
            self.tiles.append(tile)
            self._cells.append(tile if extra is None else self._with_accessory(tile, extra))
        if not self._columns:
            self._relayout()
            return
        for index in range(first_new, len(self._cells)):
            self._place(index)

    def _with_accessory(self, tile: Tile, extra: QWidget) -> QWidget:
        """The tile with its accessory right under it, as one cell of the grid."""
        self.accessories.append(extra)
        if self._look is not None and hasattr(extra, "apply"):
            extra.apply(self._look)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(tile, 1)
        column.addWidget(extra)
        return cell

    def apply(self, look: Appearance) -> None:
        self._look = look
        self._min_width = look.sizes["tile_min_width"]
        self._grid.setSpacing(look.sizes["spacing"])
        for tile in self.tiles:
            tile.apply(look)
        for extra in self.accessories:
            if hasattr(extra, "apply"):
                extra.apply(look)
        self._columns = 0
        self._relayout()

    def _columns_for(self, width: int) -> int:
        spacing = max(self._grid.spacing(), 0)
        window = self.window()
        most = 2 if window.height() > window.width() else 3  # portrait: two wider tiles read better
        return max(1, min(most, (width + spacing) // (self._min_width + spacing)))

    def _relayout(self) -> None:
        columns = self._columns_for(self.width())
        if columns == self._columns:
            return
        self._columns = columns
        for cell in self._cells:
            self._grid.removeWidget(cell)
        for index in range(len(self._cells)):
            self._place(index)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def _place(self, index: int) -> None:
        cell = self._cells[index]
        self._grid.addWidget(cell, index // self._columns, index % self._columns)
        if self.isVisible():
            cell.show()  # now, not at the next event loop turn: new tiles are tappable at once

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        self._relayout()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._grid.totalHeightForWidth(width)
