"""The font licence (SIL OFL 1.1), shown in full, from the staff menu's About this kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScroller, QTextBrowser, QWidget

from kiosk.core.paths import resources_dir
from kiosk.ui.layers.overlay import Overlay
from kiosk.ui.shell.i18n import translate

LICENCE_FILE = "fonts/OFL.txt"


class LicencePopup(Overlay):
    def __init__(self, host: QWidget) -> None:
        super().__init__(host, width=900)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.text.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.body.addWidget(self.text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.set_title(translate("LicencePopup", "Font licence"))
        self.text.setAccessibleName(translate("LicencePopup", "SIL Open Font License, version 1.1"))

    def open(self) -> None:
        path = resources_dir() / LICENCE_FILE
        try:
            self.text.setPlainText(path.read_text(encoding="utf-8"))
        except OSError:  # a broken install: say what the licence is rather than show nothing
            self.text.setPlainText("Atkinson Hyperlegible: SIL Open Font License, Version 1.1.")
        self.card.setMinimumHeight(round(self.host.height() * 0.8))
        super().open()
