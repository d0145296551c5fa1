"""The attract screen shown after an idle reset: a calm invitation that never burns into the panel.

Every few seconds the words drift a little and, now and then, the line naming one topic changes;
nothing flashes. The first touch only wakes the kiosk: it lands here, not on the tile beneath.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.core.languages import LANGUAGES
from kiosk.ui.layers.cover import Cover
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import interface_language, translate
from kiosk.ui.shell.idle import TimerFactory, default_timer
from kiosk.ui.widgets.icons import pixmap
from kiosk.ui.widgets.labels import plain_label

DRIFT_MS = 6_000  # a small step every six seconds
STEPS_PER_TOPIC = 4  # a new topic line every 24 seconds
DRIFT_X = 80  # pixels the words wander either side of the centre
DRIFT_Y = 60


def tr(text: str) -> str:
    return translate("Attract", text)


class AttractScreen(Cover):
    woken = Signal()
    max_percent = 125  # a poster, read from a distance: it must fit whatever the clinic's default

    def __init__(self, host: QWidget, timer_factory: TimerFactory = default_timer) -> None:
        super().__init__(host, role="attract-card")
        self.setObjectName("attract")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a key wakes it too
        self.drift_timer = timer_factory(self)
        self.drift_timer.timeout.connect(self._drift)  # type: ignore[attr-defined]
        self.step = 0
        self.topics: list[str] = []
        self.clinic = plain_label()
        self.clinic.setProperty("role", "attract-small")
        self.icon = plain_label()
        # "Touch to start" in every language, the visitor's own first: whoever walks up can read it.
        self.welcome = [plain_label() for _ in LANGUAGES]
        for line in self.welcome:
            line.setProperty("role", "attract-title")
        self.invitation = plain_label()
        self.invitation.setProperty("role", "attract-title")
        self.topic_line = plain_label()
        self.topic_line.setProperty("role", "attract-line")
        self.hint = plain_label()
        self.hint.setProperty("role", "attract-small")
        for label in (self.clinic, self.icon, *self.welcome, self.invitation, self.topic_line, self.hint):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.column.addWidget(label)
        self.card.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # and all within it
        self.card.setMaximumWidth(1600)
        self._icon_color = "#ffffff"
        self._icon_size = 96
        self._gap = 32
        self.retranslate()

    def retranslate(self) -> None:
        visitor = interface_language().language
        ordered = sorted(LANGUAGES, key=lambda language: language.code != visitor)
        for line, language in zip(self.welcome, ordered, strict=True):
            line.setText(language.invitation)
        self.invitation.setText(tr("Touch the screen to learn about bone health"))
        self.setAccessibleName(self.invitation.text())
        self.hint.setText(tr("Big, clear words. You can make them bigger with A+."))
        self._show_step()

    def set_content(self, clinic: str, topics: list[str]) -> None:
        self.clinic.setText(clinic)
        self.clinic.setVisible(bool(clinic))
        self.topics = topics

    def show_attract(self) -> None:
        self.step = 0
        self._show_step()
        self.cover()
        self.setFocus()
        self.drift_timer.start(DRIFT_MS)

    def wake(self) -> None:
        if self.isVisible():
            self.drift_timer.stop()
            self.clearFocus()  # focus lands nowhere: the next visitor sees no ring on any button
            self.hide()
            self.woken.emit()

    def _drift(self) -> None:
        self.step += 1
        self._show_step()
        self.place_card()
        self.drift_timer.start(DRIFT_MS)

    def _show_step(self) -> None:
        if self.topics:
            topic = self.topics[(self.step // STEPS_PER_TOPIC) % len(self.topics)]
            self.topic_line.setText(tr("Today you can read about: %1").replace("%1", topic))
        self.topic_line.setVisible(bool(self.topics))

    def offset(self) -> tuple[int, int]:
        """A slow, wandering path (two unrelated sines) so no pixel stays lit the same for long."""
        return round(DRIFT_X * math.sin(self.step / 3.7)), round(DRIFT_Y * math.sin(self.step / 5.3))

    def place_card(self) -> None:
        self._fill_the_screen()
        width = min(self.card.maximumWidth(), max(self.width() - 2 * DRIFT_X - 32, 200))
        height = self.card.fit(width, self.height()).height()
        dx, dy = self.offset()
        x = max(0, min((self.width() - width) // 2 + dx, self.width() - width))
        y = max(0, min((self.height() - height) // 2 + dy, self.height() - height))
        self.card.setGeometry(x, y, width, height)

    def _fill_the_screen(self) -> None:
        """A poster: the invitation grows with the screen (a portrait panel gets a tall one)."""
        big = max(48, min(self.width() // 11, self.height() // 13))
        for index, line in enumerate(self.welcome):
            size = big if index == 0 else big * 3 // 4
            line.setStyleSheet(f"font-size: {size}px; font-weight: bold;")
        icon = max(self._icon_size, min(big * 5 // 2, self.height() // 7))
        self.icon.setPixmap(pixmap("bone", self._icon_color, icon))
        self.column.setSpacing(max(self._gap, self.height() // 24))

    def apply(self, look: Appearance) -> None:
        look = self.capped(look)
        self._gap = look.sizes["spacing"] * 2
        self.scrim = QColor(look.colors["header"])
        self._icon_color = look.colors["header_text"]
        self._icon_size = look.sizes["icon"] * 2
        self.icon.setPixmap(pixmap("bone", self._icon_color, self._icon_size))
        self.column.setSpacing(look.sizes["spacing"] * 2)
        if self.isVisible():
            self.place_card()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        event.accept()  # the press is ours; the release wakes, so nothing beneath sees either

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()
        self.wake()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        event.accept()
        self.wake()
