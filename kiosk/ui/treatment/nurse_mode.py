"""Nurse mode: the idle reset waits while a nurse walks a patient through the options.

Started by the staff gesture and PIN (kiosks) or a button (laptops, ``nurse.switch``); it shows a
banner the whole time and ends by itself after ``nurse.minutes`` so a kiosk is never left open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTime, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate
from kiosk.ui.shell.idle import IdleWatcher, TimerFactory, default_timer
from kiosk.ui.widgets.labels import plain_label

PAUSE_REASON = "nurse"
UNBOUNDED = 100_000  # pixels: a height no wrapped banner text reaches
UNFIT = 1_000  # lines: "does not fit at this width at all"


def tr(text: str) -> str:
    return translate("NurseMode", text)


class NurseMode(QObject):
    changed = Signal(bool)

    def __init__(
        self,
        watcher: IdleWatcher,
        minutes: int,
        timer_factory: TimerFactory = default_timer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.watcher = watcher
        self.minutes = minutes
        self.timer = timer_factory(self)
        self.timer.timeout.connect(lambda: self.set_nurse_mode(False))  # type: ignore[attr-defined]
        self.active = False
        self.ends_at = QTime()

    def set_nurse_mode(self, on: bool) -> None:
        """Turn nurse mode on (the idle reset pauses, the limit starts again) or off."""
        if on:
            self.timer.start(self.minutes * 60_000)
            self.ends_at = QTime.currentTime().addSecs(self.minutes * 60)
        else:
            self.timer.stop()
        self.watcher.pause(PAUSE_REASON, on)
        if on != self.active:
            self.active = on
            self.changed.emit(on)


class NurseBanner(QWidget):
    """'Nurse mode until 3:45 PM: the screen will not start over by itself.' and an End button.

    The words wrap, never cut: the whole sentence beside End while it fits on two lines there; else
    the short one ("Nurse mode until 3:45 PM") beside End, or above it when even that needs more
    than two lines (large text on a narrow screen). A screen reader always hears the whole sentence.
    """

    def __init__(self, nurse: NurseMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nurse = nurse
        self.setProperty("role", "banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.text = plain_label()
        self.text.setProperty("role", "banner-text")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.end_button = IconButton("")
        self.end_button.clicked.connect(lambda: nurse.set_nurse_mode(False))
        row = self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.addWidget(self.text, 1)
        row.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._sentence = self._short = ""
        nurse.changed.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.end_button.setText(tr("End nurse mode"))
        self.end_button.setAccessibleName(tr("End nurse mode"))
        self._update(self.nurse.active)

    def _update(self, active: bool) -> None:
        if active:
            until = self.nurse.ends_at.toString("h:mm AP").replace(" ", "\u00a0")  # "3:45 PM" stays whole
            self._sentence = tr("Nurse mode until {time}: the screen will not start over by itself.").format(
                time=until
            )
            self._short = tr("Nurse mode until {time}").format(time=until)
            self.setAccessibleName(self._sentence)
            self._fit()
        self.setVisible(active)

    def apply(self, look: Appearance) -> None:
        margin = look.sizes["spacing"]
        self._row.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._row.setSpacing(margin)
        self._fit()

    def _fit(self) -> None:
        """The longest wording that fits on two lines beside End; else the short one above it."""
        if not self._sentence or self.width() <= 0:
            return
        margins = self._row.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        beside = room - self.end_button.sizeHint().width() - self._row.spacing()
        for text in (self._sentence, self._short):
            if self._lines(text, beside) <= 2:
                self._place(text, QBoxLayout.Direction.LeftToRight)
                return
        self._place(self._short, QBoxLayout.Direction.TopToBottom)

    def _lines(self, text: str, width: int) -> int:
        """How many lines ``text`` wraps onto at ``width``; a great many when a word is wider."""
        if width <= 0:
            return UNFIT
        self.text.ensurePolished()  # the style sheet's font for this text size
        flags = Qt.TextFlag.TextWordWrap
        used = self.text.fontMetrics().boundingRect(QRect(0, 0, width, UNBOUNDED), flags, text)
        if used.width() > width:
            return UNFIT
        return max(1, round(used.height() / self.text.fontMetrics().lineSpacing()))

    def _place(self, text: str, direction: QBoxLayout.Direction) -> None:
        if text != self.text.text():
            self.text.setText(text)
        if direction != self._row.direction():
            self._row.setDirection(direction)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.LayoutRequest):
            self._fit()  # a new text size (its words measure anew) or new words on End
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()
