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
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.content import Page
from kiosk.ui.layers.base import Layer
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate
from kiosk.ui.widgets.flow_layout import FlowLayout, clear_layout
from kiosk.ui.widgets.labels import plain_label
from kiosk.ui.widgets.qr import qr_pixmap


def tr(text: str) -> str:
    return translate("TakeHome", text)


DEFAULT_PLACE = QT_TRANSLATE_NOOP("TakeHome", "the front desk")  # print.collect_from's default


@dataclass
class Actions:
    """What the panel may offer. ``print_pages`` returns an error message, or "" when it printed."""

    print_pages: Callable[[list[Page]], str] | None = None
    save_pages: Callable[[list[Page]], tuple[str, bool]] | None = None  # the message, and saved or not
    open_folder: Callable[[], None] | None = None  # shows the saved handout's folder (laptops only)
    collect_from: str = ""


def breakable(text: str) -> str:
    """``text`` with an invisible break after each slash, so a long path can wrap."""
    return text.replace("/", "/\u200b").replace("\\", "\\\u200b")


class QrBox(QWidget):
    """A code to scan, the medicine's name under it, and the site it leads to, all in full."""

    def __init__(self, title: str, url: str, pixels: int) -> None:
        super().__init__()
        self.setProperty("role", "qr-box")
        self.pixels = pixels
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.image = plain_label()
        self.image.setPixmap(qr_pixmap(url, pixels))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(tr("Code to scan for {title}").format(title=title))
        self.name = plain_label(title)
        self.name.setProperty("role", "qr-name")
        self.address = plain_label(urlsplit(url).hostname or "")
        self.address.setProperty("role", "note")
        self.name.setWordWrap(True)  # the box is as wide as its address, which never wraps
        for label in (self.name, self.address):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        column.insertWidget(0, self.image)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        # The panel takes a new text size's style sheet only as it is shown, after its codes were
        # made: measure the address again whenever its font changes, or it is cut.
        self.address.installEventFilter(self)

    def fit_words(self) -> None:
        """As wide as the code, or as the address when that is wider (an address never wraps)."""
        self.address.ensurePolished()
        words = self.address.fontMetrics().horizontalAdvance(self.address.text()) + 8
        self.setFixedWidth(max(self.pixels, words))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.address and event.type() == QEvent.Type.FontChange:
            self.fit_words()
        return False


def _names(pages: list[Page]) -> str:
    titles = [page.title for page in pages]
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " " + tr("and") + " " + titles[-1]


class TakeHomePanel(Layer):
    """A layer: Close, Cancel, Done, Escape or a tap outside the card take it away.

    The card grows with its codes and words up to the window's height; past that the codes and
    words scroll inside it, while the buttons stay in view below them.
    """

    def __init__(self, host: QWidget, actions: Actions) -> None:
        super().__init__(host)
        self.offers = actions
        self.pages: list[Page] = []
        self._look: Appearance | None = None
        self.widest = 860
        self.title = plain_label()
        self.title.setProperty("role", "overlay-title")
        self.title.setWordWrap(True)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.codes = QWidget()
        self.codes_flow = FlowLayout(self.codes)
        self.print_button = IconButton("", "printer")
        self.save_button = IconButton("", "save")
        self.confirm_button = IconButton("", "printer")
        self.cancel_button = IconButton("")
        self.open_folder_button = IconButton("", "info")
        self.close_button = IconButton("", "close")
        self.buttons = QWidget()
        flow = self.buttons_flow = FlowLayout(self.buttons)
        # The buttons a state shows or hides; Close follows Cancel (see _buttons).
        self.state_buttons = (
            self.print_button,
            self.save_button,
            self.confirm_button,
            self.cancel_button,
            self.open_folder_button,
        )
        for button in self.state_buttons:
            flow.addWidget(button)
        flow.addWidget(self.close_button)
        self._column = self.card.column
        for widget in (self.title, self.message, self.codes):
            self._column.addWidget(widget)
        self._column.addStretch(1)
        self.card.add_fixed(self.buttons, above=False)
        self.print_button.clicked.connect(self._ask_to_print)
        self.confirm_button.clicked.connect(self._print)
        self.cancel_button.clicked.connect(self._show_options)
        self.save_button.clicked.connect(self._save)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.close_layer)
        self.retranslate()

    def retranslate(self) -> None:
        """The buttons' words; the title and message are set with each state (the panel covers the
        language switch, so the language never changes while it is open)."""
        self.setAccessibleName(tr("Take it home"))
        for button, text in (
            (self.print_button, tr("Print a handout")),
            (self.save_button, tr("Save as PDF")),
            (self.confirm_button, tr("Yes, print it")),
            (self.cancel_button, tr("Cancel")),
            (self.open_folder_button, tr("Open folder")),
            (self.close_button, tr("Close")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.close_button.setAccessibleName(tr("Close this panel"))

    # States ---------------------------------------------------------------------------------

    def open_for(self, pages: list[Page]) -> None:
        self.pages = [page for page in pages if page.medication is not None]
        if not self.pages:
            return
        self._show_options()
        self.show_layer()
        self.card.area.verticalScrollBar().setValue(0)

    def _buttons(self, *shown: IconButton, close: str = "") -> None:
        """Show these buttons (and Close, worded ``close``, unless Cancel is shown); then fit the card
        to the state's words."""
        for button in self.state_buttons:
            button.setVisible(button in shown)
        self.close_button.setVisible(self.cancel_button not in shown)
        if close:
            self.close_button.setText(close)
        if self.isVisible():
            self.place_card()

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
        self._buttons(*offered, close=tr("Close"))

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
        self._buttons(close=tr("Done"))

    def _save(self) -> None:
        assert self.offers.save_pages is not None
        result, saved = self.offers.save_pages(self.pages)
        if result:
            self.title.setText(tr("Handout saved"))
            self.message.setText(breakable(result))  # a long folder path wraps at its slashes
            self.message.setAccessibleName(result)
            self.codes.hide()
            can_open = saved and self.offers.open_folder is not None
            self._buttons(*([self.open_folder_button] if can_open else []), close=tr("Done"))

    def _open_folder(self) -> None:
        if self.offers.open_folder is not None:
            self.offers.open_folder()

    def place_card(self) -> None:
        """When the card has to scroll (a short screen, large text), the codes come before the words
        about them: what the visitor came to scan is in view without scrolling."""
        room = self.rect().adjusted(self.margin, self.margin, -self.margin, -self.margin)
        width = min(self.widest, self.card.maximumWidth(), max(room.width(), 200))
        codes_first = self.card.needed_height(width) > room.height()
        if (self._column.indexOf(self.codes) < self._column.indexOf(self.message)) != codes_first:
            self._column.removeWidget(self.codes)
            place = self._column.indexOf(self.message) + (0 if codes_first else 1)
            self._column.insertWidget(place, self.codes)
        super().place_card()

    def _fill_codes(self) -> None:
        clear_layout(self.codes_flow)
        pixels = 280 if len(self.pages) == 1 else 200
        for page in self.pages:
            assert page.medication is not None
            self.codes_flow.addWidget(QrBox(page.title, page.medication.info_url, pixels))
        if self._look is not None:
            self.apply(self._look)

    # Look and events ------------------------------------------------------------------------

    def apply(self, look: Appearance) -> None:
        self._look = look
        self.apply_scrim(look)
        spacing = look.sizes["spacing"]
        self._column.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing)
        self.buttons_flow.setContentsMargins(spacing * 2, spacing, spacing * 2, spacing * 2)
        self._column.setSpacing(spacing)
        self.codes_flow.set_gap(spacing * 3 // 2)
        self.buttons_flow.set_gap(spacing)
        self.margin = spacing
        self.widest = max(560, round(860 * look.percent / 100))
        for box in self.codes.findChildren(QrBox):
            box.fit_words()
        for button in (
            self.print_button,
            self.save_button,
            self.confirm_button,
            self.cancel_button,
            self.open_folder_button,
            self.close_button,
        ):
            button.apply(look)
        if self.isVisible():
            self.place_card()
