""" "Text and sound": every setting a visitor can change, in one panel one tap from any screen.

Text size, colours, reading speed, volume and more time, each a labelled row of two large buttons
that says its current value in words. (The app's version and the font licence are for staff: the
staff menu's About this kiosk.)
Changes last until the visit ends (the idle reset restores the clinic's defaults).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from kiosk.core.assist import SPEECH_RATES, waiting_minutes
from kiosk.core.config import TEXT_STEPS
from kiosk.ui.layers.overlay import Overlay
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate, translate_n
from kiosk.ui.shell.idle import IdleWatcher
from kiosk.ui.shell.visitor import VisitorSettings
from kiosk.ui.widgets.labels import plain_label

STACKED_FROM_PERCENT = 150  # at this text size and above, each row's buttons go under its words


def tr(text: str) -> str:
    return translate("SettingsPanel", text)


def _button(icon_name: str = "") -> IconButton:
    """A panel button: always its words (and an icon, for some), sized by them."""
    return IconButton("", icon_name, keep_label=True, fit_words=True)


def speed_names() -> tuple[str, ...]:
    return (tr("slowest"), tr("slower"), tr("normal"), tr("faster"), tr("fastest"))


class SettingRow:
    """A label that says the current value, and two buttons that change it."""

    def __init__(self, first: IconButton, second: IconButton) -> None:
        self.label = plain_label()
        self.label.setProperty("role", "setting")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.buttons = (first, second)
        for button in self.buttons:  # never narrower than its words; as wide as its column
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        for button in self.buttons:
            button.setAccessibleDescription(text)

    def set_visible(self, visible: bool) -> None:
        for widget in (self.label, *self.buttons):
            widget.setVisible(visible)


class SettingsPanel(Overlay):
    def __init__(self, host: QWidget, visitor: VisitorSettings, watcher: IdleWatcher) -> None:
        super().__init__(host, tr("Text and sound"), width=940)
        self.visitor = visitor
        self.watcher = watcher
        self.smaller_button = _button()
        self.larger_button = _button()
        self.standard_button = _button()
        self.contrast_button = _button()
        for button in (self.standard_button, self.contrast_button):
            button.setCheckable(True)
            button.setProperty("role", "toggle")  # an outline until chosen, then filled (kiosk.qss)
        self.slower_button = _button()
        self.faster_button = _button()
        self.softer_button = _button()
        self.louder_button = _button()
        self.less_time_button = _button()
        self.more_time_button = _button("clock")
        self.text_row = SettingRow(self.smaller_button, self.larger_button)
        self.colour_row = SettingRow(self.standard_button, self.contrast_button)
        self.speed_row = SettingRow(self.slower_button, self.faster_button)
        self.volume_row = SettingRow(self.softer_button, self.louder_button)
        self.time_row = SettingRow(self.less_time_button, self.more_time_button)
        self.rows = [self.text_row, self.colour_row, self.speed_row, self.volume_row, self.time_row]
        self._grid = QGridLayout()
        self.body.addLayout(self._grid)  # the card scrolls it when it is taller than the window
        self._stacked = False
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        v = self.visitor
        self.smaller_button.clicked.connect(v.smaller)
        self.larger_button.clicked.connect(v.larger)
        self.standard_button.clicked.connect(lambda: self._choose_theme("default"))
        self.contrast_button.clicked.connect(lambda: self._choose_theme("high-contrast"))
        self.slower_button.clicked.connect(v.slower)
        self.faster_button.clicked.connect(v.faster)
        self.softer_button.clicked.connect(v.softer)
        self.louder_button.clicked.connect(v.louder)
        self.less_time_button.clicked.connect(v.less_time)
        self.more_time_button.clicked.connect(v.more_time)
        for signal in (v.look_changed, v.speech_changed, v.time_changed):
            signal.connect(self.refresh)

    def retranslate(self) -> None:
        super().retranslate()
        self.set_title(tr("Text and sound"))
        words = [
            (self.smaller_button, "A−  " + tr("Smaller"), tr("Make the text smaller")),
            (self.larger_button, "A+  " + tr("Larger"), tr("Make the text larger")),
            (self.standard_button, tr("Standard"), tr("Standard colours")),
            (self.contrast_button, tr("High contrast"), tr("High contrast colours")),
            (self.slower_button, tr("Slower"), tr("Read aloud slower")),
            (self.faster_button, tr("Faster"), tr("Read aloud faster")),
            (self.softer_button, tr("Softer"), tr("Make the voice softer")),
            (self.louder_button, tr("Louder"), tr("Make the voice louder")),
            (self.less_time_button, tr("Less time"), tr("Less time before the screen starts over")),
            (self.more_time_button, tr("I need more time"), tr("I need more time")),
        ]
        for button, text, name in words:
            button.setText(text)
            button.setAccessibleName(name)
        self.refresh()
        if self.isVisible():
            self._arrange()

    def _choose_theme(self, theme: str) -> None:
        self.visitor.set_theme(theme)
        self.refresh()  # a tap on the chosen one unchecks it; it stays chosen

    def set_speech_available(self, available: bool) -> None:
        self.speed_row.set_visible(available)
        self.volume_row.set_visible(available)

    def refresh(self, *_: object) -> None:
        v = self.visitor
        self.text_row.set_text(tr("Text size: %1%").replace("%1", str(v.text_percent)))
        self.smaller_button.setEnabled(v.text_percent > TEXT_STEPS[0])
        self.larger_button.setEnabled(v.text_percent < TEXT_STEPS[-1])
        high = v.theme == "high-contrast"
        self.colour_row.set_text(tr("Colours: high contrast") if high else tr("Colours: standard"))
        for button, chosen in ((self.standard_button, not high), (self.contrast_button, high)):
            button.setChecked(chosen)  # a chosen one shows a check mark (IconButton)
        speed = speed_names()[v.rate_step]
        self.speed_row.set_text(tr("Reading speed: %1").replace("%1", speed))
        self.slower_button.setEnabled(v.rate_step > 0)
        self.faster_button.setEnabled(v.rate_step < len(SPEECH_RATES) - 1)
        self.volume_row.set_text(tr("Volume: %1 out of 10").replace("%1", str(v.volume // 10)))
        self.softer_button.setEnabled(v.volume > 10)
        self.louder_button.setEnabled(v.volume < 100)
        minutes = waiting_minutes(self.watcher.idle_seconds, v.time_multiplier)
        self.time_row.set_text(
            translate_n(
                "SettingsPanel",
                "The screen starts over after about %n minute(s) without a touch.",
                minutes,
            )
        )
        self.less_time_button.setEnabled(v.time_multiplier > 1)
        self.more_time_button.setEnabled(v.time_multiplier < 10)

    def apply(self, look: Appearance) -> None:
        super().apply(look)
        for row in self.rows:
            for button in row.buttons:
                button.apply(look)
        spacing = look.sizes["spacing"]
        self._grid.setSpacing(spacing)
        self._grid.setContentsMargins(0, 0, spacing, 0)  # room for the scroll bar
        self._stacked = look.percent >= STACKED_FROM_PERCENT
        self._arrange()

    def _room(self) -> int:
        """Width the rows get inside the card (its margins, the grid's, the scroll bar)."""
        body = self.body.contentsMargins()
        grid = self._grid.contentsMargins()
        bar = self.card.area.verticalScrollBar().sizeHint().width()
        frame = self.card.contentsMargins()  # the card's border
        margins = frame.left() + frame.right() + body.left() + body.right() + grid.left() + grid.right()
        return self.card.width() - margins - bar

    def _arrange(self) -> None:
        """Words left of the buttons at small text; at large text, words above them, and a pair of
        buttons too wide for one line goes on two."""
        for widget in (w for row in self.rows for w in (row.label, *row.buttons)):
            self._grid.removeWidget(widget)
        for index in range(self._grid.rowCount()):
            self._grid.setRowStretch(index, 0)
        spacing = max(self._grid.horizontalSpacing(), 0)
        line = 0
        for row in self.rows:
            first, second = row.buttons
            if not self._stacked:
                self._grid.addWidget(row.label, line, 0)
                self._grid.addWidget(first, line, 1)
                self._grid.addWidget(second, line, 2)
            else:
                self._grid.addWidget(row.label, line, 0, 1, 2)
                line += 1
                if first.sizeHint().width() + spacing + second.sizeHint().width() <= self._room():
                    self._grid.addWidget(first, line, 0)
                    self._grid.addWidget(second, line, 1)
                else:
                    self._grid.addWidget(first, line, 0, 1, 2)
                    line += 1
                    self._grid.addWidget(second, line, 0, 1, 2)
            line += 1
        self._grid.setColumnStretch(0, 1 if self._stacked else 3)
        self._grid.setColumnStretch(1, 1 if self._stacked else 0)
        self._grid.setColumnStretch(2, 0)
        self._grid.setRowStretch(line, 1)
        if self.isVisible():
            self.refit()  # rows on two lines or one: the card's height follows

    def open(self) -> None:
        self.refresh()
        super().open()
        self._arrange()  # now the card has its width (and then its height)
        self.card.area.verticalScrollBar().setValue(0)
