"""The picks tray: a slim bar at the foot of the medicine lists while something is picked to compare.

It stays in view while the list scrolls: the picked names, each a button that takes itself out
("Remove Prolia from compare"), and Compare (n). At large text the names keep one row and scroll
sideways (a finger drags them; the scroll bar shows there are more) rather than wrap into a bar that
would take the page's room to read; a name reached by Tab is scrolled into view.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QWidget,
)

from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate
from kiosk.ui.treatment.compare_picks import ComparePicks
from kiosk.ui.treatment.option_bars import CompareNowButton
from kiosk.ui.widgets.icons import icon
from kiosk.ui.widgets.labels import plain_label


def tr(text: str) -> str:
    return translate("PicksTray", text)


class _Strip(QScrollArea):
    """One row of names that scrolls sideways, exactly as tall as the row (and its bar when needed)."""

    def __init__(self, inside: QWidget) -> None:
        super().__init__()
        self.setProperty("role", "tray-strip")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(inside)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the names, not the row
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def _row(self) -> QSize:
        inside = self.widget()
        return inside.sizeHint() if inside is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        row = self._row()
        bar = self.horizontalScrollBar().sizeHint().height() if row.width() > self.width() else 0
        return QSize(row.width(), row.height() + bar)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.sizeHint().height())

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resized.emit()
        self.updateGeometry()  # wider or narrower than the names: the bar comes or goes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.ensureWidgetVisible(watched)  # Tab to a name scrolled out of the row
        return super().eventFilter(watched, event)


class PicksTray(QWidget):
    """The picked medicines and Compare (n). The feature shows it on the medicine lists while
    something is picked; it rebuilds its names from the picks whenever they change."""

    compare = Signal()

    def __init__(
        self, picks: ComparePicks, title_of: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.picks = picks
        self.title_of = title_of
        self.setProperty("role", "tray")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.label = plain_label()
        self.label.setProperty("role", "tray-label")
        self.label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.inside = QWidget()
        self.inside.setProperty("role", "tray-strip-inside")
        self.names = QHBoxLayout(self.inside)
        self.names.setContentsMargins(0, 0, 0, 0)
        self.strip = _Strip(self.inside)
        self.strip.resized.connect(self._fit_label)
        self.compare_button = CompareNowButton(picks)
        self.compare_button.clicked.connect(self.compare)
        self.removes: dict[str, IconButton] = {}
        self._look: Appearance | None = None
        row = self._row = QHBoxLayout(self)
        row.addWidget(self.strip, 1)
        row.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignVCenter)
        picks.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr("Picked:"))
        self.setAccessibleName(tr("Medicines picked to compare"))
        self.compare_button.refresh()
        self.refresh()

    def refresh(self) -> None:
        """One remove button per pick, in the order they were picked; the names in the language shown."""
        old = list(self.removes.values())
        # Tab order: the new names where the old ones were, then Compare (the window orders the rest).
        anchor = (old[0] if old else self.compare_button).previousInFocusChain()
        while (item := self.names.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None and widget is not self.label:
                widget.hide()
                widget.deleteLater()
        self.removes = {}
        self.names.addWidget(self.label, 0, Qt.AlignmentFlag.AlignVCenter)
        for page_id in self.picks.ids:
            title = self.title_of(page_id)
            button = IconButton(
                title, "close", tr("Remove {name} from compare").format(name=title), fit_words=True
            )
            button.setProperty("role", "quiet")
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the name, then its cross
            button.clicked.connect(lambda _=False, p=page_id: self.picks.set_picked(p, False))
            button.installEventFilter(self.strip)
            if self._look is not None:
                button.apply(self._look)
            self.names.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            if self.isVisible():
                button.show()  # tappable now, not at the next event loop turn
            self.removes[page_id] = button
        self.names.addStretch(1)
        self._fit_label()
        if anchor is not None and anchor is not self.compare_button and anchor not in old:
            chain: list[QWidget] = [anchor, *self.removes.values(), self.compare_button]
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
        self.strip.updateGeometry()
        self._restyle_icons()

    def _fit_label(self) -> None:
        """ "Picked:" only while every name fits beside it: the names matter more than the word
        before them (the tray's accessible name says it), and one name never needs to scroll."""
        gap = self.names.spacing()
        names = sum(button.sizeHint().width() + gap for button in self.removes.values())
        needed = self.label.sizeHint().width() + gap + names
        room = self.strip.viewport().width()
        self.label.setVisible(room <= 0 or needed <= room)

    def apply(self, look: Appearance) -> None:
        self._look = look
        spacing = look.sizes["spacing"]
        self._row.setContentsMargins(spacing, spacing // 4, spacing, spacing // 4)  # slim: room to read
        self._row.setSpacing(spacing)
        self.names.setSpacing(spacing // 2)
        self.compare_button.apply(look)
        for button in self.removes.values():
            button.apply(look)
        self._restyle_icons()
        self._fit_label()
        self.strip.updateGeometry()

    def _restyle_icons(self) -> None:
        """The cross is drawn in the quiet buttons' colour (IconButton draws on a filled button)."""
        if self._look is None:
            return
        size = round(self._look.sizes["button"] * 0.9)
        for button in self.removes.values():
            button.setIcon(icon("close", self._look.colors["accent"], size))
            button.setIconSize(QSize(size, size))
