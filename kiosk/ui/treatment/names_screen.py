"""Find a medicine by name: big letter buttons that jump, and every brand and generic name A to Z.

The letters stay put above the list while they take no more than a third of the screen and leave
the list half the window; on a short screen with large text they would leave it no room, so they
scroll with it instead, and so do the title and the advice line (the window hands them over, as to
every page); then each letter's heading offers "All letters", back to the top. Each name is a tile
("Jubbonti", under it "Denosumab (Prolia) · denosumab-bbdz") that opens its card.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.name_index import NameEntry, letters
from kiosk.ui.screens.base import InPageTexts, enable_kinetic_scrolling
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate
from kiosk.ui.widgets.flow_layout import FlowLayout, clear_layout
from kiosk.ui.widgets.labels import plain_label
from kiosk.ui.widgets.tiles import TileGrid

PINNED_SHARE = 1 / 3  # the letters stay put above the list while they need no more of the height
LIST_SHARE = 1 / 2  # and while the list keeps this much of the window: the room every reading screen keeps


def tr(text: str) -> str:
    return translate("NamesScreen", text)


def detail_of(entry: NameEntry) -> str:
    return f"{entry.page_title} · {entry.note}" if entry.note else entry.page_title


class NamesScreen(QWidget):
    open_page = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.hint = plain_label()
        self.hint.setProperty("role", "note")
        self.hint.setWordWrap(True)
        # On short screens the title and the advice line scroll with the names (see MainWindow).
        self.in_page = InPageTexts()
        self.page_title, self.advice = self.in_page.title, self.in_page.advice
        self.letter_bar = QWidget()
        self.letter_flow = FlowLayout(self.letter_bar)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QScrollArea.Shape.NoFrame)
        enable_kinetic_scrolling(self.list_area)
        self.list = QWidget()
        self.list.setProperty("role", "screen")
        self.list_column = QVBoxLayout(self.list)
        self.list_area.setWidget(self.list)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.top = QWidget()
        top_column = self._top_column = QVBoxLayout(self.top)
        top_column.addWidget(self.page_title)
        top_column.addWidget(self.hint)
        top_column.addWidget(self.letter_bar)
        self._column.addWidget(self.top)
        self._column.addWidget(self.list_area, 1)
        self.letters_pinned = True
        self.letter_buttons: dict[str, QPushButton] = {}
        self.headings: dict[str, QLabel] = {}
        self.heading_rows: dict[str, QWidget] = {}
        self.to_letters_buttons: list[IconButton] = []
        self.grids: list[TileGrid] = []
        self._look: Appearance | None = None
        self._shown: list[NameEntry] = []
        self._top_margins = (0, 0, 0, 0)
        self.retranslate()

    def retranslate(self) -> None:
        """The hint; the letters and names come with ``show_names``."""
        self.hint.setText(tr("Tap the first letter of the name on your medicine box."))
        self._shown = []  # the letter buttons' names are in the old language: build them again

    def show_names(self, entries: list[NameEntry]) -> None:
        if entries == self._shown:  # back from a card: the same names, so keep the list as it is
            self.list_area.verticalScrollBar().setValue(0)
            return
        self._shown = list(entries)
        clear_layout(self.letter_flow)
        for kept in (self.top, self.advice):  # the letters (when they scroll with the list), the advice
            self.list_column.removeWidget(kept)
        clear_layout(self.list_column)
        self.letter_buttons, self.headings, self.heading_rows, self.grids = {}, {}, {}, []
        self.to_letters_buttons = []
        for letter in letters(entries):
            button = QPushButton(letter)
            button.setProperty("role", "letter")
            button.setAccessibleName(tr("Names starting with {letter}").format(letter=letter))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, chosen=letter: self.jump_to(chosen))
            self.letter_flow.addWidget(button)
            self.letter_buttons[letter] = button
            heading = plain_label(letter)
            heading.setProperty("role", "letter-heading")
            heading.setAccessibleName(tr("Letter {letter}").format(letter=letter))
            heading_row = self._heading_row(heading)
            grid = TileGrid()
            grid.activated.connect(self.open_page)
            grid.set_tiles([(e.target, e.name, detail_of(e), e.icon) for e in entries if e.letter == letter])
            self.list_column.addWidget(heading_row)
            self.list_column.addWidget(grid)
            self.headings[letter] = heading
            self.heading_rows[letter] = heading_row
            self.grids.append(grid)
        self.list_column.addStretch(1)
        self.list_column.addWidget(self.advice)
        if not self.letters_pinned:
            self.list_column.insertWidget(0, self.top)
        if self._look is not None:
            self.apply(self._look)
        self.list_area.verticalScrollBar().setValue(0)

    def _heading_row(self, heading: QLabel) -> QWidget:
        """The letter, and (while the letters scroll away with the list) a way back up to them."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(heading, 1)
        to_letters = IconButton(tr("All letters"), accessible_name=tr("Back to the letters"), fit_words=True)
        to_letters.setProperty("role", "quiet")
        to_letters.setVisible(not self.letters_pinned)
        to_letters.clicked.connect(self.show_letters)
        line.addWidget(to_letters)
        self.to_letters_buttons.append(to_letters)
        return row

    def show_letters(self) -> None:
        self.list_area.verticalScrollBar().setValue(0)

    def show_in_page(self, title: str, advice: str) -> None:
        """On short screens the window hands the title (above the letters) and the advice line (after
        the last name) to the screen; "" when the header and footer show them."""
        self.in_page.show(title, advice)
        self._place_letters()

    def jump_to(self, letter: str) -> None:
        row = self.heading_rows.get(letter)
        if row is not None:
            self.list_column.activate()
            self.list_area.verticalScrollBar().setValue(row.y())

    def apply(self, look: Appearance) -> None:
        self._look = look
        spacing = look.sizes["spacing"]
        margin = spacing * 2
        self._top_margins = (margin, spacing, margin, spacing // 2)
        self._top_column.setSpacing(spacing // 2)
        self.list_column.setContentsMargins(margin, 0, margin, margin)
        self.list_column.setSpacing(spacing)
        self.letter_flow.set_gap(spacing // 2)
        side = look.sizes["button_height"]
        for button in self.letter_buttons.values():
            button.setMinimumSize(side, side)
        for grid in self.grids:
            grid.apply(look)
        for to_letters in self.to_letters_buttons:
            to_letters.apply(look)
        self._place_letters()

    def _place_letters(self) -> None:
        """Pinned above the list when the letters (at their flow's height for this width) leave
        the list most of the screen and half the window; else the first thing in the list,
        scrolling with it."""
        left, top, right, bottom = self._top_margins
        self._top_column.setContentsMargins(left, top, right, bottom)
        if self.width() <= 0 or self.height() <= 0:
            return
        needed = self._top_column.totalHeightForWidth(self.width())
        list_room = self.height() - needed
        pinned = needed <= self.height() * PINNED_SHARE and list_room >= self.window().height() * LIST_SHARE
        if not pinned:  # in the list, whose own margins hold it
            self._top_column.setContentsMargins(0, top, 0, bottom)
        if pinned == self.letters_pinned:
            return
        self.letters_pinned = pinned
        for to_letters in self.to_letters_buttons:
            to_letters.setVisible(not pinned)
        if pinned:
            self.list_column.removeWidget(self.top)
            self._column.insertWidget(0, self.top)
        else:
            self._column.removeWidget(self.top)
            self.list_column.insertWidget(0, self.top)
        self.top.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_letters()

    def scroll_area(self) -> QAbstractScrollArea:
        return self.list_area

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The list's alone: the letters move into it when there is no room for them above it, so
        letters pinned at an earlier, larger size never hold the window up."""
        return self.list_area.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        # The window's stack takes the tallest height-for-width of all its screens; this one scrolls,
        # so it must not ask for more height than the page on show needs.
        return False
