"""Button rows leading to the treatment options: one above a medication card, one on the medicines screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from kiosk.core.content import Page
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate
from kiosk.ui.treatment.compare_picks import ComparePicks
from kiosk.ui.treatment.compare_toggle import CompareToggle
from kiosk.ui.widgets.flow_layout import FlowLayout


def tr(text: str) -> str:
    return translate("OptionBars", text)


class CompareNowButton(IconButton):
    """'Compare (2)': the count of picks, always true."""

    def __init__(self, picks: ComparePicks, parent: QWidget | None = None) -> None:
        super().__init__("", "compare", parent=parent)
        self.picks = picks
        picks.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        count = len(self.picks)
        self.setText(tr("Compare ({n})").format(n=count) if count else tr("Compare"))
        self.setAccessibleName(tr("Compare the {n} medicines you picked").format(n=count))


class _Bar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "action-bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.flow = FlowLayout(self)
        self.buttons: list[IconButton] = []

    def _add(self, button: IconButton) -> IconButton:
        self.flow.addWidget(button)
        self.buttons.append(button)
        return button

    def apply(self, look: Appearance) -> None:
        spacing = look.sizes["spacing"]
        self.flow.set_gap(spacing)
        self.flow.setContentsMargins(spacing * 2, spacing // 2, spacing * 2, spacing // 2)
        for button in self.buttons:
            button.apply(look)


class CardBar(_Bar):
    """Above a medication card: Add to compare, Compare (n), Take it home.

    It sits at the top of the page and scrolls away with it, so at large text it may take a second
    row rather than drop the words of "Take it home" (a QR icon alone means little to most
    visitors). "Compare (n)" shows only once something is picked and only when it fits in the row
    (the medicines screen and the picks tray always have it).
    """

    compare = Signal()
    take_home = Signal()

    def __init__(self, picks: ComparePicks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = CompareToggle(picks, "", "", wide=False)
        self.flow.addWidget(self.toggle)
        self.compare_button = CompareNowButton(picks)
        self._add(self.compare_button)
        self.take_home_button = self._add(IconButton("", "qr"))
        self.compare_button.clicked.connect(self.compare)
        self.take_home_button.clicked.connect(self.take_home)
        self.page: Page | None = None
        self.picks = picks
        self._gap = 16
        picks.changed.connect(self._fit)
        self.retranslate()

    def retranslate(self) -> None:
        self.take_home_button.setText(tr("Take it home"))
        self.take_home_button.setAccessibleName(tr("Take it home: scan or print"))
        self.toggle.refresh()
        self.compare_button.refresh()
        self._fit()

    def set_page(self, page: Page) -> None:
        self.page = page
        self.toggle.set_page(page.id, page.title)
        self._fit()  # the toggle's words differ for a picked card

    def apply(self, look: Appearance) -> None:
        super().apply(look)
        self._gap = look.sizes["spacing"]
        self.flow.setContentsMargins(self._gap, self._gap // 2, self._gap, self._gap // 2)  # as the facts box
        self.toggle.apply(look)
        self._fit()

    def _fit(self) -> None:
        room = self.width() - 5 * self._gap - self.toggle.sizeHint().width()
        room -= self.take_home_button.sizeHint().width()
        wanted = len(self.picks) > 0 and self.compare_button.sizeHint().width() + self._gap <= room
        self.compare_button.setVisible(wanted)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    # A fixed height for the current width, not height-for-width: otherwise the card's screen asks
    # the window for height-for-width too and the header's title gets squeezed at 200%.
    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False

    def sizeHint(self) -> QSize:  # noqa: N802
        # Before the first layout the width is unknown: assume one row rather than a tall column.
        width = self.width() if self.isVisible() and self.width() > 100 else 10_000
        return QSize(self.width(), self.flow.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.sizeHint().height())


class SectionBar(_Bar):
    """On the medicines screen: by how it is taken, by name, compare, and (laptops) nurse mode."""

    browse = Signal()
    names = Signal()
    compare = Signal()

    def __init__(self, picks: ComparePicks, nurse_button: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "actions")  # sits in the page's own flow: no bar of its own
        self.browse_button = self._add(IconButton("", "filter"))
        self.names_button = self._add(IconButton("", "az"))
        self.compare_button = CompareNowButton(picks)
        self._add(self.compare_button)
        self.nurse_button = self._add(IconButton(tr("Nurse mode"), "nurse", tr("Start nurse mode")))
        self.nurse_button.setVisible(nurse_button)
        self.browse_button.clicked.connect(self.browse)
        self.names_button.clicked.connect(self.names)
        self.compare_button.clicked.connect(self.compare)
        self.retranslate()

    def retranslate(self) -> None:
        """The nurse button's words follow nurse mode; TreatmentOptions sets them."""
        for button, text in (
            (self.browse_button, tr("Choose by how it is taken")),
            (self.names_button, tr("Find by name, A to Z")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.compare_button.refresh()

    def apply(self, look: Appearance) -> None:
        super().apply(look)
        self.flow.setContentsMargins(0, 0, 0, 0)
