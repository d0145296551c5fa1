"""Find medicines by how they are taken, how often and who for: big filter buttons, a count, the tiles.

One choice per row ("By mouth", "Every week", "Medicines for men"); tapping a chosen button again lets
it go, and "Show all" clears them. A medicine matches when one of its forms matches every choice.
Each result tile has its own small Compare check box below it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.core.browse import (
    Filters,
    matching,
    often_label,
    route_label,
    useful_frequencies,
    useful_routes,
)
from kiosk.core.content import Page
from kiosk.ui.screens.base import InPageTexts, enable_kinetic_scrolling
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate, translate_n
from kiosk.ui.widgets.flow_layout import FlowLayout, clear_layout
from kiosk.ui.widgets.labels import plain_label
from kiosk.ui.widgets.tiles import Accessory, TileGrid


def tr(text: str) -> str:
    return translate("BrowseScreen", text)


class FilterButton(QPushButton):
    def __init__(self, text: str, on_tap: Callable[[], None]) -> None:
        super().__init__(text)
        self.setCheckable(True)
        self.setProperty("role", "toggle")
        self.setAccessibleName(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clicked.connect(on_tap)


class BrowseScreen(QScrollArea):
    open_page = Signal(str)
    filters_changed = Signal()

    def __init__(self, accessory: Accessory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        enable_kinetic_scrolling(self)
        inner = QWidget()
        inner.setProperty("role", "screen")
        self.route_heading = self._heading("")
        self.often_heading = self._heading("")
        self.route_row, self.route_flow = self._row()
        self.often_row, self.often_flow = self._row()
        self.who_heading = self._heading("")
        self.who_row, self.who_flow = self._row()
        self.men_button = FilterButton("", self._tap_men)
        self.who_flow.addWidget(self.men_button)
        self.count = plain_label()
        self.count.setProperty("role", "count")
        self.count.setWordWrap(True)
        self.clear_button = IconButton("", "close")
        self.clear_button.clicked.connect(self.clear)
        status, self.status_flow = self._row()
        self.status_flow.addWidget(self.count)
        self.status_flow.addWidget(self.clear_button)
        self.grid = TileGrid()
        self.grid.accessory = accessory
        self.grid.activated.connect(self.open_page)
        self.in_page = InPageTexts()
        self._column = QVBoxLayout(inner)
        for widget in (
            self.in_page.title,
            self.route_heading,
            self.route_row,
            self.often_heading,
            self.often_row,
            self.who_heading,
            self.who_row,
            status,
            self.grid,
        ):
            self._column.addWidget(widget)
        self._column.addStretch(1)
        self._column.addWidget(self.in_page.advice)
        self.setWidget(inner)
        self.filters = Filters()
        self.pages: list[Page] = []
        self.lang = "en"
        self.route_buttons: dict[str, FilterButton] = {}
        self.often_buttons: dict[str, FilterButton] = {}
        self._look: Appearance | None = None
        self.retranslate()

    def show_in_page(self, title: str, advice: str) -> None:
        """On short screens the window hands the title and the advice line to the screen."""
        self.in_page.show(title, advice)

    def retranslate(self) -> None:
        """Fixed words; the filter buttons and tiles follow the library in ``show_medicines``."""
        self.route_heading.setText(tr("How do you want to take it?"))
        self.often_heading.setText(tr("How often?"))
        self.who_heading.setText(tr("Who is it for?"))
        self.men_button.setText(tr("Medicines for men"))
        self.men_button.setAccessibleName(tr("Medicines for men"))
        self.clear_button.setText(tr("Show all"))
        self.clear_button.setAccessibleName(tr("Clear the choices and show all medicines"))
        if self.pages:
            self._refresh()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = plain_label(text)
        label.setProperty("role", "section-heading")
        label.setWordWrap(True)
        return label

    @staticmethod
    def _row() -> tuple[QWidget, FlowLayout]:
        row = QWidget()
        return row, FlowLayout(row)

    # Filling --------------------------------------------------------------------------------

    def show_medicines(self, pages: list[Page], lang: str, filters: Filters | None = None) -> None:
        """Show this library's medicines; rebuilds the buttons so their words follow the language."""
        self.pages = [page for page in pages if page.medication is not None]
        self.lang = lang
        if filters is not None:
            self.filters = filters
        for flow in (self.route_flow, self.often_flow):
            clear_layout(flow)
        self.route_buttons = {
            group: FilterButton(route_label(group, lang), partial(self._tap, route=group))
            for group in useful_routes(self.pages)
        }
        self.often_buttons = {
            often: FilterButton(often_label(often, lang), partial(self._tap, often=often))
            for often in useful_frequencies(self.pages)
        }
        for button in self.route_buttons.values():
            self.route_flow.addWidget(button)
        for button in self.often_buttons.values():
            self.often_flow.addWidget(button)
        some_for_men = bool(matching(self.pages, Filters(for_men=True)))
        for widget in (self.who_heading, self.who_row):
            widget.setVisible(some_for_men)  # no button that could only lead to nothing
        self._refresh()

    def _tap(self, route: str | None = None, often: str | None = None) -> None:
        current = self.filters
        if route is not None:
            current = Filters(None if current.route == route else route, current.often, current.for_men)
        if often is not None:
            current = Filters(current.route, None if current.often == often else often, current.for_men)
        self.filters = current
        self._refresh()
        self.filters_changed.emit()

    def _tap_men(self) -> None:
        current = self.filters
        self.filters = Filters(current.route, current.often, not current.for_men)
        self._refresh()
        self.filters_changed.emit()

    def clear(self) -> None:
        self.filters = Filters()
        self._refresh()
        self.filters_changed.emit()

    def _refresh(self) -> None:
        for group, button in self.route_buttons.items():
            button.setChecked(group == self.filters.route)
        for often, button in self.often_buttons.items():
            button.setChecked(often == self.filters.often)
        self.men_button.setChecked(self.filters.for_men)
        found = matching(self.pages, self.filters)
        if not self.filters.active:
            self.count.setText(translate_n("BrowseScreen", "All %n medicine(s).", len(found)))
        elif found:
            self.count.setText(translate_n("BrowseScreen", "%n medicine(s) match.", len(found)))
        else:
            self.count.setText(tr("No medicine matches all your choices. Tap one again to let it go."))
        self.count.setAccessibleName(self.count.text())
        self.clear_button.setVisible(self.filters.active)
        self.grid.set_tiles([(p.id, p.title, p.summary, p.icon) for p in found])  # tiles as they show
        if self._look is not None:
            self._apply_buttons(self._look)

    # Look -----------------------------------------------------------------------------------

    def _apply_buttons(self, look: Appearance) -> None:
        for button in (*self.route_buttons.values(), *self.often_buttons.values(), self.men_button):
            button.setMinimumHeight(look.sizes["button_height"])

    def apply(self, look: Appearance) -> None:
        self._look = look
        spacing = look.sizes["spacing"]
        margin = spacing * 2
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._column.setSpacing(spacing)
        for flow in (self.route_flow, self.often_flow, self.who_flow, self.status_flow):
            flow.set_gap(spacing)
        self.clear_button.apply(look)
        self.grid.apply(look)
        self._apply_buttons(look)

    def scroll_area(self) -> QAbstractScrollArea:
        return self
