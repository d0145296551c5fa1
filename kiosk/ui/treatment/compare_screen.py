"""Medicines side by side: a table when there is room, stacked cards when the text is large.

The table has one column per medicine (its name opens the card; a quiet "Remove" under it takes it
off: one labelled control, never words that could be mistaken for scrolling) and, for each
question, a shaded band across the columns with the answers below. When the
columns would be narrower than about eight words, or the text is at 175% or more, the same answers
are shown as one card per question, each answer under its medicine's name: it never scrolls sideways.
A long list of cautions shows its first few until "Show all cautions" is tapped; a handout never folds.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.comparison import Column, Comparison, Row
from kiosk.ui.screens.base import InPageTexts, enable_kinetic_scrolling
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate
from kiosk.ui.widgets.flow_layout import FlowLayout
from kiosk.ui.widgets.labels import plain_label
from kiosk.ui.widgets.trial_widgets import trial_cell_widget, words_label

TABLE_MAX_PERCENT = 150  # above this the answers are stacked whatever the width
COLUMN_MIN_EMS = 8  # a column narrower than this many body-text heights reads badly


def tr(text: str) -> str:
    return translate("CompareScreen", text)


def answer_text(lines: tuple[str, ...]) -> str:
    return lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines)


def _label(text: str, role: str) -> QLabel:
    label = plain_label(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # content words, never markup
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class NameButton(QPushButton):
    """A medicine's name as a big button that wraps its words; tapping it opens the card."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "compare-name")
        self.setAccessibleName(tr("Open the card for {title}").format(title=title))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.label = _label(title, "compare-name-text")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.label)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._layout.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(64, 64)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(64, self._layout.totalHeightForWidth(width))

    def apply(self, look: Appearance) -> None:
        margin = look.sizes["spacing"] // 2
        self._layout.setContentsMargins(margin, margin, margin, margin)


class CompareScreen(QScrollArea):
    open_page = Signal(str)
    remove_pick = Signal(str)
    move_pick = Signal(str, int)
    choose_more = Signal()
    take_home = Signal()
    clear_all = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        enable_kinetic_scrolling(self)
        inner = QWidget()
        inner.setProperty("role", "screen")
        self.intro = plain_label()
        self.intro.setWordWrap(True)
        self.body = QWidget()
        self.body_layout: QLayout | None = None
        self.more_button = IconButton("", "plus")
        self.take_home_button = IconButton("", "qr")
        self.clear_button = IconButton("", "close")
        self.more_button.clicked.connect(self.choose_more)
        self.take_home_button.clicked.connect(self.take_home)
        self.clear_button.clicked.connect(self.clear_all)
        actions = QWidget()
        self.actions_flow = FlowLayout(actions)
        for button in (self.more_button, self.take_home_button, self.clear_button):
            self.actions_flow.addWidget(button)
        self.in_page = InPageTexts()
        self._column = QVBoxLayout(inner)
        self._column.addWidget(self.in_page.title)
        self._column.addWidget(self.intro)
        self._column.addWidget(actions)  # before the answers: Take it home without scrolling to the end
        self._column.addWidget(self.body)
        self._column.addStretch(1)
        self._column.addWidget(self.in_page.advice)
        self.setWidget(inner)
        self.comparison = Comparison((), ())
        self.table_mode = True
        self._look: Appearance | None = None
        self.controls: dict[str, list[IconButton]] = {}  # page id -> its Remove button
        self.unfolded = False  # "Show all cautions" tapped: every line of every folded row
        self.fold_buttons: list[IconButton] = []
        self.retranslate()

    def show_in_page(self, title: str, advice: str) -> None:
        """On short screens the window hands the title and the advice line to the screen."""
        self.in_page.show(title, advice)

    def retranslate(self) -> None:
        """The action buttons; the words above and in the comparison come with ``set_comparison``."""
        for button, text in (
            (self.more_button, tr("Add a medicine")),
            (self.take_home_button, tr("Take it home")),
            (self.clear_button, tr("Start a new comparison")),
        ):
            button.setText(text)
            button.setAccessibleName(text)

    # Filling --------------------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison, max_picks: int) -> None:
        self.comparison = comparison
        count = len(comparison.columns)
        if count == 0:
            self.unfolded = False
        if count == 0:
            self.intro.setText(
                tr(
                    "Nothing to compare yet. Tap 'Add a medicine' to choose 2 to {n}, "
                    "or tap 'Add to compare' on any medicine."
                ).format(n=max_picks)
            )
        elif count == 1:
            self.intro.setText(tr("Add at least one more medicine to see them side by side."))
        else:
            self.intro.setText(tr("Tap a name to open its card. Ask your care team which one fits you."))
        self.more_button.setVisible(count < max_picks)
        self.take_home_button.setVisible(count > 0)
        self.clear_button.setVisible(count > 0)
        self._rebuild()

    def _use_table(self) -> bool:
        count = len(self.comparison.columns)
        if self._look is None or count == 0 or self._look.percent > TABLE_MAX_PERCENT:
            return False
        spacing = self._look.sizes["spacing"]
        room = self.viewport().width() - 4 * spacing
        return room >= count * COLUMN_MIN_EMS * self._look.sizes["body"] + (count - 1) * spacing

    def _rebuild(self) -> None:
        if self._look is None:
            return
        fresh = QWidget()  # a new body each time: simpler and safer than unpicking a grid
        self._column.replaceWidget(self.body, fresh)
        self.body.hide()
        self.body.deleteLater()
        self.body = fresh
        self.controls = {}
        self.fold_buttons = []
        self.table_mode = self._use_table()
        if not self.comparison.columns:
            self.body_layout = QVBoxLayout(self.body)
        elif self.table_mode:
            self.body_layout = self._table()
        else:
            self.body_layout = self._stacked()
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        fresh.show()

    def _controls(self, column: Column) -> list[IconButton]:
        """One labelled control, quieter than the name above it."""
        remove = IconButton(tr("Remove"), "", tr("Remove {t}").format(t=column.title), fit_words=True)
        remove.setProperty("role", "quiet")
        remove.clicked.connect(lambda: self.remove_pick.emit(column.page_id))
        assert self._look is not None
        remove.apply(self._look)
        self.controls[column.page_id] = [remove]
        return [remove]

    def _shown(self, row: Row, answer: tuple[str, ...]) -> tuple[str, ...]:
        return answer if self.unfolded or not row.fold else answer[: row.fold]

    def _fold_button(self, row: Row) -> IconButton | None:
        """'Show all cautions' under a row that hides some lines; 'Show fewer cautions' once open."""
        if not row.fold or all(len(answer) <= row.fold for answer in row.answers):
            return None
        text = tr("Show fewer cautions") if self.unfolded else tr("Show all cautions")
        button = IconButton(text, "up" if self.unfolded else "down")
        button.setAccessibleName(text)
        button.clicked.connect(self.toggle_folded)
        assert self._look is not None
        button.apply(self._look)
        self.fold_buttons.append(button)
        return button

    def toggle_folded(self) -> None:
        self.unfolded = not self.unfolded
        self._rebuild()

    def _name(self, column: Column) -> NameButton:
        button = NameButton(column.title)
        assert self._look is not None
        button.apply(self._look)
        button.clicked.connect(lambda: self.open_page.emit(column.page_id))
        return button

    def _table(self) -> QGridLayout:
        assert self._look is not None
        spacing = self._look.sizes["spacing"]
        grid = QGridLayout(self.body)
        grid.setHorizontalSpacing(spacing)
        grid.setVerticalSpacing(spacing // 2)
        columns = self.comparison.columns
        for index, column in enumerate(columns):
            head = QWidget()
            head_column = QVBoxLayout(head)
            head_column.setContentsMargins(0, 0, 0, 0)
            head_column.addWidget(self._name(column))
            for button in self._controls(column):
                head_column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(head, 0, index, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(index, 1)
        line = 1
        for compared in self.comparison.rows:
            grid.addWidget(_label(compared.label, "compare-band"), line, 0, 1, len(columns))
            for index, answer in enumerate(compared.answers):
                cell = _label(answer_text(self._shown(compared, answer)), "compare-cell")
                cell.setAccessibleName(f"{compared.label}, {columns[index].title}")
                grid.addWidget(cell, line + 1, index)
            line += 2
            fold = self._fold_button(compared)
            if fold is not None:
                grid.addWidget(fold, line, 0, 1, len(columns), Qt.AlignmentFlag.AlignLeft)
                line += 1
        trials = self.comparison.trials
        if trials is not None:  # pictures last: they are the tallest row
            grid.addWidget(_label(trials.label, "compare-band"), line, 0, 1, len(columns))
            grid.addWidget(words_label(trials.warning), line + 1, 0, 1, len(columns))
            for index, trial_cell in enumerate(trials.cells):
                grid.addWidget(
                    trial_cell_widget(trial_cell, self._look, columns[index].title), line + 2, index
                )
        return grid

    def _stacked(self) -> QVBoxLayout:
        assert self._look is not None
        spacing = self._look.sizes["spacing"]
        stack = QVBoxLayout(self.body)
        stack.setSpacing(spacing)
        for column in self.comparison.columns:
            pick = QFrame()
            pick.setProperty("role", "compare-card")
            pick_column = QVBoxLayout(pick)
            pick_column.addWidget(self._name(column))
            for button in self._controls(column):
                pick_column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            stack.addWidget(pick)
        for compared in self.comparison.rows:
            card = QFrame()
            card.setProperty("role", "compare-card")
            card_column = QVBoxLayout(card)
            card_column.setSpacing(spacing // 2)
            card_column.addWidget(_label(compared.label, "compare-band"))
            for column, answer in zip(self.comparison.columns, compared.answers, strict=True):
                card_column.addWidget(_label(column.title, "compare-medicine"))
                cell = _label(answer_text(self._shown(compared, answer)), "compare-cell")
                cell.setAccessibleName(f"{compared.label}, {column.title}")
                card_column.addWidget(cell)
            fold = self._fold_button(compared)
            if fold is not None:
                card_column.addWidget(fold)
            stack.addWidget(card)
        trials = self.comparison.trials
        if trials is not None:
            card = QFrame()
            card.setProperty("role", "compare-card")
            card_column = QVBoxLayout(card)
            card_column.setSpacing(spacing // 2)
            card_column.addWidget(_label(trials.label, "compare-band"))
            card_column.addWidget(words_label(trials.warning))
            for column, trial_cell in zip(self.comparison.columns, trials.cells, strict=True):
                card_column.addWidget(_label(column.title, "compare-medicine"))
                card_column.addWidget(trial_cell_widget(trial_cell, self._look, column.title))
            stack.addWidget(card)
        return stack

    # Look -----------------------------------------------------------------------------------

    def apply(self, look: Appearance) -> None:
        self._look = look
        margin = look.sizes["spacing"] * 2
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._column.setSpacing(look.sizes["spacing"])
        self.actions_flow.set_gap(look.sizes["spacing"])
        for button in (self.more_button, self.take_home_button, self.clear_button):
            button.apply(look)
        self._rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._look is not None and self.comparison.columns and self._use_table() != self.table_mode:
            self._rebuild()

    def scroll_area(self) -> QAbstractScrollArea:
        return self
