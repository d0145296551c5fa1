"""About this kiosk, for staff: the app's name and version, and the typeface with its licence.

Opened from the staff menu. Patients never need these words, so they are not in "Text and sound";
the font licence (SIL OFL 1.1) is one tap further, on ``show_licence``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk import APP_NAME, __version__
from kiosk.ui.layers.overlay import Overlay
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate
from kiosk.ui.widgets.labels import plain_label


def tr(text: str) -> str:
    return translate("AboutKiosk", text)


class AboutKiosk(Overlay):
    show_licence = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host, width=760)
        self.version = plain_label()
        self.version.setProperty("role", "setting")
        self.typeface = plain_label()
        for label in (self.version, self.typeface):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.body.addWidget(label)
        self.licence_button = IconButton("", "info", keep_label=True, fit_words=True)
        self.licence_button.clicked.connect(self.show_licence)
        self.body.addWidget(self.licence_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.set_title(tr("About this kiosk"))
        self.version.setText(tr("%1, version %2").replace("%1", APP_NAME).replace("%2", __version__))
        self.typeface.setText(
            tr(
                "Letters in Atkinson Hyperlegible, © 2020 Braille Institute of America, "
                "used under the SIL Open Font License 1.1."
            )
        )
        self.licence_button.setText(tr("Font licence"))
        self.licence_button.setAccessibleName(tr("Show the font licence"))

    def apply(self, look: Appearance) -> None:
        super().apply(look)
        self.licence_button.apply(look)
