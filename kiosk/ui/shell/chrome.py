"""The header (Back, Home, title, text size, contrast, language) and the footer (the advice line,
scroll buttons, Listen, the "Text and sound" settings).

Both fit themselves to the window: when a row of labelled buttons does not fit (large text, a narrow
window), the title moves to a row of its own, then buttons with an icon drop their words and keep
their accessible name. Nothing is ever clipped, at any text size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.config import TEXT_STEPS
from kiosk.core.languages import language_named
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.widgets.icons import chosen_icon, icon
from kiosk.ui.widgets.labels import plain_label


def tr(text: str) -> str:
    return QCoreApplication.translate("Chrome", text)


class IconButton(QPushButton):
    """A large labelled button with an optional icon in the theme's button colour.

    ``compact`` shows the icon alone (the accessible name still says what it does); buttons made
    with ``keep_label`` never drop their words. A ``fit_words`` button is as wide as its words and
    icon and at least square, instead of the style sheet's minimum width (an explicit minimum, which
    lets a layout squeeze the words, and makes an icon alone far wider than tall): kiosk.qss sets it
    none, so layouts honour the size hint, which the style sheet's font and padding make.
    """

    def __init__(
        self,
        text: str,
        icon_name: str = "",
        accessible_name: str = "",
        parent: QWidget | None = None,
        keep_label: bool = False,
        fit_words: bool = False,
    ) -> None:
        super().__init__(text, parent)
        self.label = text
        self.icon_name = icon_name
        self.keep_label = keep_label or not icon_name
        self._compact = False
        self._look: Appearance | None = None
        self.setAccessibleName(accessible_name or text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves no focus ring; Tab does
        self.fit_words = fit_words
        if fit_words:
            self.setProperty("sized", "words")  # kiosk.qss: no explicit minimum width at all
        self.disabled_color = "disabled_text"  # the palette's colour for its icon when disabled
        self.toggled.connect(self._draw_icon)  # checked or not: the check mark comes and goes

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """The words (a translation, a new action); hidden while the button is compact."""
        self.label = text
        super().setText("" if self._compact else text)

    def apply(self, look: Appearance) -> None:
        self._look = look
        self._draw_icon()

    def _draw_icon(self) -> None:
        """Its own icon; while it is chosen (a checked toggle) a check mark, so that the chosen one
        differs by more than colour (beside its words, instead of its icon; with no words, on its
        icon); in the disabled colour while it cannot be used."""
        chosen = self.isCheckable() and self.isChecked()
        name = "check" if chosen and not (self._compact and self.icon_name) else self.icon_name
        if not name:
            self.setIcon(QIcon())
        elif self._look is not None:
            size = round(self._look.sizes["button"] * 1.2)
            colors = self._look.colors
            if chosen and name != "check":
                self.setIcon(chosen_icon(name, colors["accent_text"], size))
            else:
                self.setIcon(icon(name, colors["accent_text"], size, colors[self.disabled_color]))
            self.setIconSize(QSize(size, size))

    def show_as(self, text: str, icon_name: str, accessible_name: str) -> None:
        """Become another action in place (Listen -> Pause -> Resume)."""
        self.icon_name = icon_name
        self.setAccessibleName(accessible_name)
        self._draw_icon()
        self.setText(text)

    def set_compact(self, compact: bool) -> None:
        compact = compact and not self.keep_label
        if compact != self._compact and self.isChecked():
            self._compact = compact
            self._draw_icon()  # the check mark moves between the words and the icon
        self._compact = compact
        text = "" if self._compact else self.label
        if text != self.text():
            super().setText(text)

    @property
    def compact(self) -> bool:
        return self._compact

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Never narrower than tall: an icon alone makes a square. (Not a QSS min-width: that sets
        an explicit minimum, which lets layouts squeeze a labelled button below its words.)"""
        hint = super().sizeHint()
        if not self.fit_words:
            return hint
        return QSize(max(hint.width(), hint.height()), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """A button sized by its words is never squeezed below them by a layout."""
        return self.sizeHint() if self.fit_words else super().minimumSizeHint()


def _needed(buttons: list[IconButton], spacing: int) -> int:
    """Width of a row of the shown buttons and the spaces between them."""
    shown = [b for b in buttons if not b.isHidden()]
    return sum(b.sizeHint().width() for b in shown) + spacing * max(len(shown) - 1, 0)


def _compact_until_fits(buttons: list[IconButton], room: int, spacing: int, order: list[IconButton]) -> None:
    """Drop the words of the buttons in ``order``, one at a time, until the row fits ``room``."""
    for button in order:
        if _needed(buttons, spacing) <= room:
            return
        button.set_compact(True)


def _relayout(bar: QWidget) -> None:
    """Buttons that changed their words while the bar was being laid out (a resize) would keep
    their old width: lay the bar out again."""
    layout = bar.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    bar.updateGeometry()  # and the window gives the bar its new height


class HeaderBar(QWidget):
    """One row of buttons with the title beside them, or below them when there is no room.

    On a short screen (``title_elsewhere``) a title that needs a row of its own is not shown here:
    the window hands it to the page, where it scrolls away. When the buttons alone do not fit,
    A-, A+ and Contrast go first (Text and sound has them all), and only then do Back and Home
    drop their words.
    """

    title_moved = Signal()  # the title left the header for the page, or came back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # The bar fits its buttons to the width it gets (_fit), so it never asks the window for more.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.back_button = IconButton("", "back", fit_words=True)
        self.home_button = IconButton("", "home", fit_words=True)
        self.title_label = plain_label()
        self.title_label.setProperty("role", "header-title")
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.smaller_button = IconButton("A−", fit_words=True)
        self.larger_button = IconButton("A+", fit_words=True)
        self.contrast_button = IconButton("", "contrast", fit_words=True)
        self.contrast_button.setCheckable(True)
        self.language_button = IconButton("", fit_words=True)  # names the other language, in that language
        self.language_button.hide()
        self.offered_language: str | None = None
        self._grid = QGridLayout(self)
        self._right = QHBoxLayout()  # the buttons right of the title
        for button in (self.smaller_button, self.larger_button, self.contrast_button, self.language_button):
            self._right.addWidget(button)
        self._grid.addWidget(self.back_button, 0, 0)
        self._grid.addWidget(self.home_button, 0, 1)
        self._grid.addLayout(self._right, 0, 3)
        self._grid.setColumnStretch(2, 1)
        self._title_below = True
        self._place_title(below=False)
        self._percent = TEXT_STEPS[0]
        self.title_elsewhere = False  # the window sets it: the page can show the title
        self.title_hidden = False
        self.buttons = [
            self.back_button,
            self.home_button,
            self.smaller_button,
            self.larger_button,
            self.contrast_button,
            self.language_button,
        ]
        for button in self.buttons:
            button.disabled_color = "header_disabled"  # kiosk.qss: disabled on the dark header
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(tr("Back"))
        self.back_button.setAccessibleName(tr("Go back"))
        self.home_button.setText(tr("Home"))
        self.home_button.setAccessibleName(tr("Go to the home screen"))
        self.smaller_button.setAccessibleName(tr("Make the text smaller"))
        self.larger_button.setAccessibleName(tr("Make the text larger"))
        self.contrast_button.setText(tr("Contrast"))
        self.contrast_button.setAccessibleName(tr("High contrast colours"))
        self.contrast_button.setAccessibleDescription(tr("Switch between standard and high contrast colours"))
        self._fit()

    def show_navigation(self, shown: bool) -> None:
        """Back and Home, or (on home, where neither goes anywhere) neither: no disabled buttons."""
        if shown == self.home_button.isVisibleTo(self) and shown == self.back_button.isVisibleTo(self):
            return
        self.back_button.setVisible(shown)
        self.home_button.setVisible(shown)
        self._fit()

    def offer_language(self, language: str | None) -> None:
        """Show the switch to ``language`` (its name in its own words), or hide it when there is none."""
        self.offered_language = language
        self.language_button.setVisible(language is not None)
        if language is not None:
            other = language_named(language)
            self.language_button.setText(other.own_name)
            self.language_button.setAccessibleName(other.own_name)
            self.language_button.setAccessibleDescription(other.switch_description)
        self._fit()

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)
        self.title_label.setAccessibleName(title)
        self._fit()

    def _keep_title_whole(self) -> None:
        """Never shorter than the wrapped title needs, whatever else on screen wants room."""
        if self.width() <= 0:
            return
        needed = self._grid.totalHeightForWidth(self.width())
        if needed <= 0:  # no title shown: nothing's height depends on the width
            needed = self._grid.totalSizeHint().height()
        if needed > 0:
            self.setMinimumHeight(needed)
            self.setMaximumHeight(needed)  # and no taller: every other pixel is room to read

    def _place_title(self, below: bool) -> None:
        """When the buttons leave too little room, the title gets a row of its own."""
        if below == self._title_below:
            return
        self._title_below = below
        self._grid.removeWidget(self.title_label)
        if below:
            self._grid.addWidget(self.title_label, 1, 0, 1, 4)
        else:
            self._grid.addWidget(self.title_label, 0, 2)

    def apply(self, look: Appearance) -> None:
        self._percent = look.percent
        margin = look.sizes["spacing"]
        self._grid.setContentsMargins(margin, margin // 2, margin, margin // 4)
        self._grid.setHorizontalSpacing(margin)
        self._grid.setVerticalSpacing(0)  # a title on its own row: its line height is gap enough
        self._right.setSpacing(margin)
        for button in self.buttons:
            button.apply(look)
        self._fit()

    def set_title_elsewhere(self, elsewhere: bool) -> None:
        if elsewhere != self.title_elsewhere:
            self.title_elsewhere = elsewhere
            self._fit()

    def _fit(self) -> None:
        margins = self._grid.contentsMargins()
        spacing = max(self._grid.horizontalSpacing(), 0)
        # the empty stretch column between Home and the right-hand buttons takes one more space
        room = self.width() - margins.left() - margins.right() - spacing
        self.title_label.ensurePolished()
        title = self.title_label.fontMetrics().horizontalAdvance(self.title_label.text())
        for button in self.buttons:
            button.set_compact(False)
        for button in (self.smaller_button, self.larger_button, self.contrast_button):
            button.show()
        below = _needed(self.buttons, spacing) + spacing + title > room
        hidden = below and self.title_elsewhere
        self._place_title(below=below and not hidden)
        self.title_label.setVisible(not hidden)
        if below:
            _compact_until_fits(self.buttons, room, spacing, [self.contrast_button])
        for button in self._spare_buttons():
            if _needed(self.buttons, spacing) > room:
                button.hide()
        _compact_until_fits(self.buttons, room, spacing, self._compact_order())
        _relayout(self)
        self._keep_title_whole()
        if hidden != self.title_hidden:
            self.title_hidden = hidden
            self.title_moved.emit()

    def _spare_buttons(self) -> list[IconButton]:
        """Buttons that Text and sound also offers, so the header can let them go when there is no
        room: Contrast, and at the top text step (where A+ can do nothing) A- and A+ too."""
        at_top = self._percent >= TEXT_STEPS[-1]
        return [self.contrast_button, *((self.larger_button, self.smaller_button) if at_top else ())]

    def _compact_order(self) -> list[IconButton]:
        """Words go first where the icon says most: contrast, then Back and Home (the language
        switch has no icon: it always names the language)."""
        rest = [
            b for b in self.buttons if b not in (self.contrast_button, self.back_button, self.home_button)
        ]
        return [self.contrast_button, self.back_button, self.home_button, *rest]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._keep_title_whole()
        if event.oldSize().width() != event.size().width():
            self._fit()  # lays the bar out again itself (_relayout), so no change goes unseen


class FooterBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.disclaimer = plain_label()
        self.disclaimer.setProperty("role", "disclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.disclaimer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.up_button = IconButton("", "up", fit_words=True)
        self.listen_button = IconButton(
            "", "listen", keep_label=True, fit_words=True
        )  # its words: read_aloud.py
        self.stop_button = IconButton("", "stop", fit_words=True)
        self.settings_button = IconButton("", "settings", fit_words=True)
        self.down_button = IconButton("", "down", fit_words=True)
        self.listen_button.hide()  # until a speech engine says it works
        self.stop_button.hide()
        self._row = QHBoxLayout()
        self._row.addWidget(self.up_button)
        self._row.addWidget(self.listen_button)
        self._row.addWidget(self.stop_button)
        self._row.addStretch(1)
        self._row.addWidget(self.settings_button)
        self._row.addWidget(self.down_button)
        self._column = QVBoxLayout(self)
        self._column.addWidget(self.disclaimer)
        self._column.addLayout(self._row)
        self.buttons = [
            self.up_button,
            self.listen_button,
            self.stop_button,
            self.settings_button,
            self.down_button,
        ]
        self.retranslate()

    def retranslate(self) -> None:
        self.up_button.setText(tr("Up"))
        self.up_button.setAccessibleName(tr("Scroll up"))
        self.down_button.setText(tr("Down"))
        self.down_button.setAccessibleName(tr("Scroll down"))
        self.stop_button.setText(tr("Stop"))
        self.stop_button.setAccessibleName(tr("Stop reading aloud"))
        self.settings_button.setText(tr("Text and sound"))
        self.settings_button.setAccessibleName(tr("Text and sound settings"))
        self.settings_button.setAccessibleDescription(
            tr("Text size, colours, reading speed, volume and more time")
        )
        self.disclaimer.setText(
            tr("This is education, not medical advice. Ask your care team about your own health.")
        )
        self.fit()

    def apply(self, look: Appearance) -> None:
        margin = look.sizes["spacing"]
        # Tight above and below: at 200% text every pixel of height goes to the page. Half gaps
        # between the buttons too, so Text and sound keeps its words beside Listen at 1024 px.
        self._column.setContentsMargins(margin // 2, margin // 4, margin // 2, margin // 4)
        self._column.setSpacing(0)
        self._row.setSpacing(margin // 2)
        for button in self.buttons:
            button.apply(look)
        self.fit()

    def set_advice_elsewhere(self, elsewhere: bool) -> None:
        """On a short screen the page shows the advice line (it scrolls away with the words)."""
        self.disclaimer.setVisible(not elsewhere)

    @property
    def advice(self) -> str:
        return self.disclaimer.text()

    def fit(self) -> None:
        """Called when a button appears or changes its words, and on resize. Listen keeps its word,
        and Text and sound keeps its words longest (it is where the text size is)."""
        for button in self.buttons:
            button.set_compact(False)
        order = [self.up_button, self.down_button, self.stop_button, self.settings_button]
        spacing = max(self._row.spacing(), 0)
        room = self.width() - self._margins() - spacing  # the stretch in the middle takes one more space
        _compact_until_fits(self.buttons, room, spacing, order)
        _relayout(self)

    def _margins(self) -> int:
        margins = self._column.contentsMargins()
        return margins.left() + margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()
