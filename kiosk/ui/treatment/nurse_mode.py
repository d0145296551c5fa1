"""Nurse mode: the idle reset waits while a nurse walks a patient through the options.

Started by the staff gesture and PIN (kiosks) or a button (laptops, ``nurse.switch``); it shows a
banner the whole time and ends by itself after ``nurse.minutes`` so a kiosk is never left open.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate, translate_n
from kiosk.ui.shell.idle import IdleWatcher, TimerFactory, default_timer
from kiosk.ui.widgets.labels import plain_label

PAUSE_REASON = "nurse"


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
    """'Nurse mode: the screen will not start over by itself until 3:45 PM.' with an End button."""

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
        row = self._row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.end_button)
        nurse.changed.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.end_button.setText(tr("End nurse mode"))
        self.end_button.setAccessibleName(tr("End nurse mode"))
        self._update(self.nurse.active)

    def _update(self, active: bool) -> None:
        if active:
            until = self.nurse.ends_at.toString("h:mm AP") if self.nurse.ends_at.isValid() else ""
            minutes = translate_n("NurseMode", "%n minute(s)", self.nurse.minutes)
            text = tr("Nurse mode: the screen will not start over by itself for {minutes}").format(
                minutes=minutes
            )
            self.text.setText(f"{text} ({tr('until {time}').format(time=until)})." if until else f"{text}.")
            self.setAccessibleName(self.text.text())
        self.setVisible(active)

    def apply(self, look: Appearance) -> None:
        margin = look.sizes["spacing"]
        self._row.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._row.setSpacing(margin)
