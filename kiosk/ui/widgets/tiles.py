"""Large touch tiles (icon, title, one-line summary) and a grid that reflows them to the width.

A grid may hold a list of any length: only the tiles in and near the view are widgets (a pool,
rebound to other entries as the list scrolls), placed by hand in rows whose heights are worked out
once per look and width, so the grid is as tall as the whole list from the start.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
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

TileSpec = tuple[str, str, str, str]  # target, title, summary, icon
# A list this long or shorter keeps every tile as a widget (Tab, read-aloud and tests see them all);
# a longer one keeps only the rows in view and half a screen either side.
ALL_BUILT_UP_TO = 60
ACCESSORY_GAP = 6  # between a tile and the accessory under it


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
        self._look: Appearance | None = None
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
        words = self._words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.title_label)
        words.addWidget(self.summary_label)
        words.addStretch(1)
        row = self._row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        row.setSpacing(16)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)

    def bind(self, spec: TileSpec) -> None:
        """Show another entry (a long list's tiles are reused as it scrolls)."""
        target, title, summary, icon_name = spec
        self.target = target
        if self.title_label.text() != title:
            self.setAccessibleName(title)
        if self.summary_label.text() != summary:
            self.setAccessibleDescription(summary)
        self.set_words(title, summary)
        if icon_name != self.icon_name:
            self.icon_name = icon_name
            if self._look is not None:
                self._set_icon(self._look)

    def set_words(self, title: str, summary: str) -> None:
        """New words; the layouts forget the heights they worked out for the old ones (a nested
        layout keeps its own until the next layout pass, which a hidden tile never has)."""
        self.title_label.setText(title)
        self.summary_label.setText(summary)
        self._words.invalidate()
        self._row.invalidate()

    def quick_measure(self, width: int) -> Callable[[str, str], int]:
        """Heights for other words at this width, from the two labels alone (the layouts' sums
        worked out once): about five times quicker than ``heightForWidth`` through the layouts.
        Leaves the labels showing the last words measured: for a hidden measuring tile."""
        self.ensurePolished()
        outer, row = self.contentsMargins(), self._row.contentsMargins()
        icon = self.icon_label.sizeHint()
        sides = outer.left() + outer.right() + row.left() + row.right() + icon.width() + self._row.spacing()
        text_width = width - sides
        fixed = outer.top() + outer.bottom() + row.top() + row.bottom()
        gap, least = self._words.spacing(), self.minimumHeight()
        title, summary = self.title_label, self.summary_label

        def height(title_text: str, summary_text: str) -> int:
            title.setText(title_text)
            summary.setText(summary_text)
            words = title.heightForWidth(text_width) + gap + summary.heightForWidth(text_width)
            return max(least, fixed + max(icon.height(), words))

        return height

    def apply(self, look: Appearance) -> None:
        self._look = look
        self._set_icon(look)
        margin = look.sizes["spacing"]
        self._row.setContentsMargins(margin, margin, margin, margin)
        self._words.invalidate()  # the style sheet changed the fonts: heights worked out go stale
        self._row.invalidate()

    def _set_icon(self, look: Appearance) -> None:
        self.icon_label.setPixmap(pixmap(self.icon_name, look.colors["accent"], look.sizes["icon"]))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._row.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._row.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._row.totalHeightForWidth(width)


def _tile_height(tile: Tile, width: int) -> int:
    """As tall as its words need at this width, and no less than the style sheet's least height."""
    return max(tile.heightForWidth(width), tile.minimumHeight())


# Makes the widget shown under a tile (a "Compare" toggle under a medicine), or None for nothing.
Accessory = Callable[[Tile], QWidget | None]


class _Rows:
    """Where each row of a grid goes at one width: its columns, and each row's top and height."""

    def __init__(
        self, xs: list[int], widths: list[int], tiles: list[int], tops: list[int], heights: list[int]
    ) -> None:
        self.xs, self.widths, self.tops, self.heights = xs, widths, tops, heights
        self.tiles = tiles  # each entry's tile height, at the narrowest column
        self.narrowest = max(1, min(widths))
        self.total = tops[-1] + heights[-1] if tops else 0

    @property
    def columns(self) -> int:
        return len(self.xs)


class TileGrid(QWidget):
    """Tiles in as many columns as fit at the current size (one column at the largest text)."""

    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accessory: Accessory | None = None
        self._entries: list[TileSpec] = []
        self._cells: dict[int, tuple[Tile, QWidget | None]] = {}  # entry index: its widgets now
        self._pool: list[Tile] = []  # our own tiles not showing an entry now (hidden)
        self._spacing = 6
        self._min_width = 300
        self._look: Appearance | None = None
        self._measurer: Tile | None = None  # a hidden tile that measures entries not shown
        # A tile's height by (title, summary), for each (width, fonts) lately asked about.
        self._measured: dict[tuple[object, ...], dict[tuple[str, str], int]] = {}
        self._measure: dict[tuple[object, ...], Callable[[str, str], int]] = {}
        self._extra_heights: dict[str, int] = {}  # the accessory's height by target, once seen
        self._extra_guess = 0  # the last accessory's height: for entries not yet shown
        self._rows: dict[int, _Rows] = {}  # by the grid's width
        self._reported_height = -1
        self._laying_out = False
        self._threaded: list[QWidget] = []
        self._scroller: QAbstractScrollArea | None = None
        # A long list makes the tiles two screens either side of view when the one in view has
        # been painted: the next tap on Down finds its tiles made.
        self._ahead_pending = False
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(0)
        self._ahead.timeout.connect(lambda: self._arrange(ahead=True))
        self._after_paint = QTimer(self)  # starts _ahead a turn later: the frame is out by then
        self._after_paint.setSingleShot(True)
        self._after_paint.setInterval(0)
        self._after_paint.timeout.connect(self._ahead.start)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # a layout asks heightForWidth only of a widget that says so
        self.setSizePolicy(policy)

    # The list ------------------------------------------------------------------------------

    @property
    def tiles(self) -> list[Tile]:
        """The tiles that are widgets now, in list order (every tile of a short list)."""
        return [self._cells[index][0] for index in sorted(self._cells)]

    @property
    def accessories(self) -> list[QWidget]:
        return [extra for index in sorted(self._cells) if (extra := self._cells[index][1]) is not None]

    @property
    def entries(self) -> list[TileSpec]:
        """Every entry of the list, shown or not: (target, title, summary, icon)."""
        return list(self._entries)

    def set_tiles(self, tiles: Sequence[TileSpec]) -> None:
        """The list: entries, made into tiles as they come into view."""
        for index in list(self._cells):
            self._unbind(index)
        self._entries = list(tiles)
        self._threaded = []
        self._rows = {}
        self._arrange()

    # Tiles as widgets ----------------------------------------------------------------------

    def _new_tile(self) -> Tile:
        tile = Tile("", "", "", "", self)
        tile.clicked.connect(lambda _=False, t=tile: self.activated.emit(t.target))
        if self._look is not None:
            tile.apply(self._look)
        return tile

    def _bind(self, index: int) -> None:
        tile = self._pool.pop() if self._pool else self._new_tile()
        tile.bind(self._entries[index])
        extra = self.accessory(tile) if self.accessory is not None else None
        if extra is not None:
            extra.setParent(self)
            if self._look is not None and hasattr(extra, "apply"):
                extra.apply(self._look)
        self._cells[index] = (tile, extra)

    def _unbind(self, index: int) -> None:
        tile, extra = self._cells.pop(index)
        tile.hide()
        self._pool.append(tile)
        if extra is not None:
            extra.hide()
            extra.deleteLater()

    def _extra_height(self, extra: QWidget, width: int) -> int:
        extra.ensurePolished()
        return extra.heightForWidth(width) if extra.hasHeightForWidth() else extra.sizeHint().height()

    # Heights -------------------------------------------------------------------------------

    def _measuring_tile(self) -> Tile:
        if self._measurer is None:
            self._measurer = Tile("", "", "", "", self)
            self._measurer.hide()
            if self._look is not None:
                self._measurer.apply(self._look)
        self._measurer.ensurePolished()
        return self._measurer

    def _measured_at(self, width: int) -> tuple[dict[tuple[str, str], int], Callable[[str, str], int]]:
        """Tile heights by (title, summary) at this width and text size (a few lately asked about),
        and how to measure more: quickly, if that agrees with the layouts on the first entries."""
        measurer = self._measuring_tile()
        key = (width, measurer.title_label.font().key(), measurer.summary_label.font().key())
        if key not in self._measured:
            if len(self._measured) >= 4:
                self._measure.pop(next(iter(self._measured)))
                self._measured.pop(next(iter(self._measured)))
            self._measured[key] = {}
            quick = measurer.quick_measure(width)
            samples = self._entries[:4]
            if all(quick(e[1], e[2]) == self._measure_slowly(e[1], e[2], width) for e in samples):
                self._measure[key] = quick
            else:
                self._measure[key] = lambda title, summary: self._measure_slowly(title, summary, width)
        return self._measured[key], self._measure[key]

    def _measure_slowly(self, title: str, summary: str, width: int) -> int:
        measurer = self._measuring_tile()
        measurer.set_words(title, summary)
        return _tile_height(measurer, width)

    def _cell_heights(self, width: int) -> tuple[list[int], list[int]]:
        """Each entry's tile height and its cell's (with the accessory) at this column width: a tile
        showing its entry measures itself, the others are measured by a hidden tile (a long list's
        only), once per width and text size."""
        guess = self._extra_guess if self.accessory is not None else 0
        measured: dict[tuple[str, str], int] | None = None
        tiles: list[int] = []
        heights: list[int] = []
        for index, entry in enumerate(self._entries):
            cell = self._cells.get(index)
            if cell is not None:
                tile = cell[0]
                tile.ensurePolished()
                height, target = _tile_height(tile, width), tile.target
            else:
                target, title, summary, _ = entry
                if measured is None:
                    measured, measure = self._measured_at(width)
                height = measured.get((title, summary), -1)
                if height < 0:
                    height = measured[title, summary] = measure(title, summary)
            extra = self._extra_heights.get(target, guess)
            tiles.append(height)
            heights.append(height + (ACCESSORY_GAP + extra if extra else 0))
        return tiles, heights

    def _columns_for(self, width: int) -> int:
        window = self.window()
        most = 2 if window.height() > window.width() else 3  # portrait: two wider tiles read better
        return max(1, min(most, (width + self._spacing) // (self._min_width + self._spacing)))

    def _column_spans(self, width: int) -> tuple[list[int], list[int]]:
        """Each column's left edge and width: equal columns, as a grid layout shares them."""
        columns, spacing = self._columns_for(width), self._spacing
        edges = [round(c * (width + spacing) / columns) for c in range(columns + 1)]
        return edges[:-1], [edges[c + 1] - spacing - edges[c] for c in range(columns)]

    def _rows_for(self, width: int) -> _Rows:
        if width in self._rows:
            return self._rows[width]
        xs, widths = self._column_spans(width)
        columns, spacing = len(xs), self._spacing
        narrowest = max(1, min(widths))  # every tile is measured at the narrowest: never clipped
        tiles, cells = self._cell_heights(narrowest)
        tops: list[int] = []
        heights: list[int] = []
        top = 0
        for first in range(0, len(cells), columns):
            height = max(cells[first : first + columns])
            tops.append(top)
            heights.append(height)
            top += height + spacing
        rows = _Rows(xs, widths, tiles, tops, heights)
        if len(self._rows) >= 4:
            self._rows.pop(next(iter(self._rows)))
        self._rows[width] = rows
        return rows

    # Placing -------------------------------------------------------------------------------

    def _view(self) -> tuple[int, int]:
        """The part of the grid in view of its scroll area, in the grid's own coordinates."""
        self._watch_scrolling()
        area = self._scroller
        if area is None or not area.viewport().isAncestorOf(self):
            return 0, max(self.window().height(), 800)  # not in a scroll area (yet): the top
        viewport = area.viewport()
        top = self.mapFrom(viewport, QPoint(0, 0)).y()
        return top, top + viewport.height()

    def _focused_index(self) -> int | None:
        focus = self.window().focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return None
        for index, (tile, extra) in self._cells.items():
            if focus is tile or (extra is not None and (focus is extra or extra.isAncestorOf(focus))):
                return index
        return None

    def _rows_near(self, rows: _Rows, top: int, bottom: int) -> set[int]:
        """The entries of the rows between ``top`` and ``bottom``, and of one row more either side."""
        first_row = max(0, bisect_right(rows.tops, top) - 2)
        last_row = min(len(rows.tops) - 1, bisect_right(rows.tops, bottom))
        return set(range(first_row * rows.columns, min(len(self._entries), (last_row + 1) * rows.columns)))

    def _arrange(self, ahead: bool = False, settle: bool = True) -> None:
        """Bind the entries in view (and, ``ahead``, two screens either side), let go of those
        far from it, learn the accessories' heights, place them. ``settle``: if the grid's height
        changed, let the layouts above follow now (not from a resize: a layout pass is under way)."""
        if len(self._entries) > ALL_BUILT_UP_TO and not self.isVisible():
            return  # a long list is measured at the width it is shown at, when shown
        width = max(self.width(), 1)
        before = set(self._cells)
        if len(self._entries) <= ALL_BUILT_UP_TO:
            wanted = keep = set(range(len(self._entries)))  # made first, so they measure themselves
        else:
            rows = self._rows_for(width)
            top, bottom = self._view()
            page = bottom - top
            wanted = self._rows_near(rows, top, bottom)
            if ahead:
                wanted |= self._rows_near(rows, top - 2 * page, bottom + 2 * page)
            keep = wanted | self._rows_near(rows, top - 3 * page, bottom + 3 * page)
            focused = self._focused_index()
            if focused is not None:  # it and its neighbours stay, so Tab goes on from it
                row_top = rows.tops[focused // rows.columns]
                wanted |= self._rows_near(rows, row_top, row_top)
            self._ahead_pending = not ahead  # the screens either side, once this one is painted
        for index in [i for i in self._cells if i not in keep and i not in wanted]:
            self._unbind(index)
        kept = set(self._cells)
        new = sorted(wanted - kept)
        for index in new:
            self._bind(index)
        if len(self._entries) <= ALL_BUILT_UP_TO:  # children in list order, as a person reads them
            for index in new:
                for widget in self._cells[index]:
                    if widget is not None:
                        widget.raise_()
        learned = False
        narrowest = min(self._column_spans(width)[1])
        guess = self._extra_guess if self.accessory is not None else 0
        for index, (tile, extra) in self._cells.items():
            if index not in new and tile.target in self._extra_heights:
                continue
            height = 0 if extra is None else self._extra_height(extra, narrowest)
            learned = learned or self._extra_heights.get(tile.target, guess) != height
            self._extra_heights[tile.target] = height
            if extra is not None:
                self._extra_guess = height
        if learned:  # an accessory not as tall as guessed: the rows move
            self._rows = {}
        rows = self._rows_for(width)
        self._place(rows)
        if set(self._cells) != before:
            self._thread_tab_order()
        if rows.total != self._reported_height:
            self._reported_height = rows.total
            self.updateGeometry()
            if settle and self.isVisible() and not self._laying_out:  # the scroll range follows at once
                self._laying_out = True
                try:
                    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                finally:
                    self._laying_out = False

    def _place(self, rows: _Rows) -> None:
        stretch = max(0, self.height() - rows.total) // max(1, len(rows.heights))
        if len(self._entries) > ALL_BUILT_UP_TO:
            stretch = 0  # a long list is never shorter than its screen
        visible = self.isVisible()
        for index, (tile, extra) in self._cells.items():
            row, column = divmod(index, rows.columns)
            x, width = rows.xs[column], rows.widths[column]
            top = rows.tops[row] + stretch * row
            height = rows.heights[row] + stretch
            if extra is not None:
                extra_height = self._extra_heights.get(tile.target, 0)
                grows = extra.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Fixed
                extra_width = width if grows else min(width, extra.sizeHint().width())
                height -= extra_height + ACCESSORY_GAP
                extra.setGeometry(x, top + height + ACCESSORY_GAP, extra_width, extra_height)
            tile.setGeometry(x, top, width, height)
            if visible:  # now, not at the next turn of the event loop: tappable at once
                for widget in (tile, extra):
                    if widget is not None and widget.isHidden():
                        widget.show()

    def _thread_tab_order(self) -> None:
        """Tab goes down the list: the widgets now showing entries, in order, where the list's
        widgets stood in the window's chain (the window sets that chain when a screen is shown)."""
        columns = self._rows_for(max(self.width(), 1)).columns
        order: list[QWidget] = []
        extras: list[QWidget] = []  # a row's tiles, then the accessories under them: reading order
        for index in sorted(self._cells):
            tile, extra = self._cells[index]
            order.append(tile)
            if extra is not None and extra.focusPolicy() & Qt.FocusPolicy.TabFocus:
                extras.append(extra)
            if index % columns == columns - 1 or index == len(self._entries) - 1:
                order.extend(extras)
                extras = []
        order.extend(extras)
        anchor_from = next((w for w in self._threaded if isinstance(w, Tile) and w.parent() is self), None)
        self._threaded = order
        if anchor_from is None or not order:
            return
        members = {*self._pool, *order}
        previous = anchor_from.previousInFocusChain()  # the widget before the list in the chain
        while previous is not None and previous in members and previous is not anchor_from:
            previous = previous.previousInFocusChain()
        if previous is None:
            return
        for widget in order:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _watch_scrolling(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not self._scroller:
            if self._scroller is not None:
                self._scroller.verticalScrollBar().valueChanged.disconnect(self._on_scrolled)
            self._scroller = parent
            if parent is not None:
                parent.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def _on_scrolled(self, _value: int = 0) -> None:
        if len(self._entries) > ALL_BUILT_UP_TO:
            self._arrange()

    # Qt ------------------------------------------------------------------------------------

    def apply(self, look: Appearance) -> None:
        self._look = look
        self._min_width = look.sizes["tile_min_width"]
        self._spacing = look.sizes["spacing"]
        for tile in (*self._pool, *(tile for tile, _ in self._cells.values())):
            tile.apply(look)
        if self._measurer is not None:
            self._measurer.apply(look)
        for _, extra in self._cells.values():
            if extra is not None and hasattr(extra, "apply"):
                extra.apply(look)
        self._extra_heights = {}
        self._measured, self._measure = {}, {}  # measured with the old margins and icon
        self._rows = {}
        self._arrange()

    def event(self, event: QEvent) -> bool:
        """A tile or accessory showing an entry asks for another size (its words or style changed):
        if its row no longer fits, the rows are worked out again."""
        if event.type() == QEvent.Type.LayoutRequest and self._heights_changed():
            self._rows = {}
            self._arrange()
        return super().event(event)

    def _heights_changed(self) -> bool:
        rows = self._rows.get(max(self.width(), 1))
        if rows is None:
            return True
        for index, (tile, extra) in self._cells.items():
            if _tile_height(tile, rows.narrowest) != rows.tiles[index]:
                return True
            height = 0 if extra is None else self._extra_height(extra, rows.narrowest)
            if self._extra_heights.get(tile.target) != height:
                self._extra_heights[tile.target] = height
                return True
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self._ahead_pending:  # after this frame is out: a turn of the event loop later
            self._ahead_pending = False
            self._after_paint.start()
        super().paintEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._watch_scrolling()
        super().showEvent(event)
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(settle=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max(self.width(), self._min_width)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        tiles = self.tiles
        return QSize(max((tile.minimumSizeHint().width() for tile in tiles), default=0), 0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if len(self._entries) > ALL_BUILT_UP_TO and not self.isVisible():
            return max(self._reported_height, 0)  # measured when shown (showEvent)
        return self._rows_for(width).total
