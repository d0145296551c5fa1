"""'Take it home': QR codes to scan, and Print (after one confirmation) or Save as PDF (laptops only).

One panel over the window, like the idle warning, so nothing opens outside the kiosk and an idle
reset clears it with everything else. Printing and saving are handed in as functions (``Actions``)
so tests and the nurse's laptop can differ from the kiosk without this panel knowing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.content import Page
from kiosk.ui.appearance import Appearance
from kiosk.ui.chrome import IconButton
from kiosk.ui.flow_layout import FlowLayout, clear_layout
from kiosk.ui.i18n import translate
from kiosk.ui.labels import plain_label
from kiosk.ui.qr import qr_pixmap


def tr(text: str) -> str:
    return translate("TakeHome", text)


DEFAULT_PLACE = QT_TRANSLATE_NOOP("TakeHome", "the front desk")  # print.collect_from's default


@dataclass
class Actions:
    """What the panel may offer. ``print_pages`` returns an error message, or "" when it printed."""

    print_pages: Callable[[list[Page]], str] | None = None
    save_pages: Callable[[list[Page]], str] | None = None  # returns the message to show
    collect_from: str = ""


def _names(pages: list[Page]) -> str:
    titles = [page.title for page in pages]
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " " + tr("and") + " " + titles[-1]


class TakeHomePanel(QWidget):
    """Covers the window and follows its size; Close, Cancel or Done take it away."""

    def __init__(self, host: QWidget, actions: Actions) -> None:
        super().__init__(host)
        self._host = host
        self.offers = actions
        self.pages: list[Page] = []
        self._look: Appearance | None = None
        self._scrim = QColor(0, 0, 0, 200)
        self.card = QFrame()
        self.card.setProperty("role", "overlay-card")
        self.title = plain_label()
        self.title.setProperty("role", "overlay-title")
        self.title.setWordWrap(True)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.codes = QWidget()
        self.codes_flow = FlowLayout(self.codes)
        self.print_button = IconButton("", "printer")
        self.save_button = IconButton("", "down")
        self.confirm_button = IconButton("", "printer")
        self.cancel_button = IconButton("")
        self.close_button = IconButton("", "close")
        self.buttons = QWidget()
        flow = self.buttons_flow = FlowLayout(self.buttons)
        for button in (self.print_button, self.save_button, self.confirm_button, self.cancel_button):
            flow.addWidget(button)
        flow.addWidget(self.close_button)
        column = self._column = QVBoxLayout(self.card)
        for widget in (self.title, self.message, self.codes, self.buttons):
            column.addWidget(widget)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.area.setWidget(holder)
        self.print_button.clicked.connect(self._ask_to_print)
        self.confirm_button.clicked.connect(self._print)
        self.cancel_button.clicked.connect(self._show_options)
        self.save_button.clicked.connect(self._save)
        self.close_button.clicked.connect(self.hide)
        host.installEventFilter(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """The buttons' words; the title and message are set with each state (the panel covers the
        language switch, so the language never changes while it is open)."""
        self.setAccessibleName(tr("Take it home"))
        for button, text in (
            (self.print_button, tr("Print a handout")),
            (self.save_button, tr("Save as PDF")),
            (self.confirm_button, tr("Yes, print it")),
            (self.cancel_button, tr("Cancel")),
            (self.close_button, tr("Close")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.close_button.setAccessibleName(tr("Close this panel"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._host and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._host.rect())
        return False

    # States ---------------------------------------------------------------------------------

    def open_for(self, pages: list[Page]) -> None:
        self.pages = [page for page in pages if page.medication is not None]
        if not self.pages:
            return
        self._show_options()
        self.setGeometry(self._host.rect())
        self.raise_()
        self.show()

    def _buttons(self, *shown: IconButton) -> None:
        for button in (self.print_button, self.save_button, self.confirm_button, self.cancel_button):
            button.setVisible(button in shown)
        self.close_button.setVisible(self.cancel_button not in shown)

    def _show_options(self) -> None:
        self.title.setText(tr("Take it home"))
        self.message.setText(
            tr(
                "Scan a code with your phone's camera to read about it at home. "
                "A code holds only the address of a public web page, nothing about you."
            )
        )
        self._fill_codes()
        self.codes.show()
        offered = []
        if self.offers.print_pages is not None:
            offered.append(self.print_button)
        if self.offers.save_pages is not None:
            offered.append(self.save_button)
        self._buttons(*offered)
        self.close_button.setText(tr("Close"))

    def _ask_to_print(self) -> None:
        self.title.setText(tr("Print a handout?"))
        self.message.setText(
            tr("Print a handout about {names}? It has no personal details.").format(names=_names(self.pages))
        )
        self.codes.hide()
        self._buttons(self.confirm_button, self.cancel_button)

    def _print(self) -> None:
        assert self.offers.print_pages is not None
        error = self.offers.print_pages(self.pages)
        where = self.offers.collect_from
        if where == DEFAULT_PLACE:  # the config's default place reads in the visitor's language
            where = tr(DEFAULT_PLACE)
        if error:
            self.title.setText(tr("The printer is not working right now"))
            self.message.setText(tr("Please ask at {place} for a copy.").format(place=where))
        else:
            self.title.setText(tr("Printing now"))
            self.message.setText(tr("Please collect your handout at {place}.").format(place=where))
        self._buttons()
        self.close_button.setText(tr("Done"))

    def _save(self) -> None:
        assert self.offers.save_pages is not None
        result = self.offers.save_pages(self.pages)
        if result:
            self.title.setText(tr("Handout saved"))
            self.message.setText(result)
            self.codes.hide()
            self._buttons()
            self.close_button.setText(tr("Done"))

    def _fill_codes(self) -> None:
        clear_layout(self.codes_flow)
        pixels = 280 if len(self.pages) == 1 else 200
        for page in self.pages:
            assert page.medication is not None
            url = page.medication.info_url
            box = QWidget()
            box.setProperty("role", "qr-box")
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            image = plain_label()
            image.setPixmap(qr_pixmap(url, pixels))
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            image.setAccessibleName(tr("Code to scan for {title}").format(title=page.title))
            caption = plain_label(f"{page.title}\n{urlsplit(url).hostname or ''}")
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            caption.setFixedWidth(max(pixels, 240))
            caption.setProperty("role", "note")
            column.addWidget(image)
            column.addWidget(caption)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            self.codes_flow.addWidget(box)
        if self._look is not None:
            self.apply(self._look)

    # Look and events ------------------------------------------------------------------------

    def apply(self, look: Appearance) -> None:
        self._look = look
        self._scrim = QColor(look.colors["overlay_scrim"])
        spacing = look.sizes["spacing"]
        self._column.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2)
        self._column.setSpacing(spacing)
        self.codes_flow.set_gap(spacing * 2)
        self.buttons_flow.set_gap(spacing)
        self.card.setMaximumWidth(max(560, round(860 * look.percent / 100)))
        for button in (
            self.print_button,
            self.save_button,
            self.confirm_button,
            self.cancel_button,
            self.close_button,
        ):
            button.apply(look)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        self.area.setGeometry(self.rect())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        QPainter(self).fillRect(self.rect(), self._scrim)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()  # taps on the dimmed window behind never reach it
