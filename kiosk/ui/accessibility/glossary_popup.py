"""The meaning of a marked word, in a large card over the page: one tap opens it, Close shuts it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.core.glossary import Term
from kiosk.ui.layers.overlay import Overlay
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate
from kiosk.ui.widgets.labels import plain_label


def tr(text: str) -> str:
    return translate("GlossaryPopup", text)


def _label(role: str) -> QLabel:
    label = plain_label()
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class GlossaryPopup(Overlay):
    listen = Signal(str)  # the words to read aloud

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.say = _label("pronounce")
        self.meaning = _label("meaning")
        self.listen_button = IconButton("", "listen", keep_label=True, fit_words=True)
        self.listen_button.clicked.connect(lambda: self.listen.emit(self.spoken_text()))
        self.listen_button.hide()
        self.body.addWidget(self.say)
        self.body.addWidget(self.meaning)
        self.body.addWidget(self.listen_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)
        self.term: Term | None = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.listen_button.setText(tr("Listen"))
        self.listen_button.setAccessibleName(tr("Listen to this meaning"))

    def show_term(self, term: Term) -> None:
        self.term = term
        self.set_title(term.word)
        self.say.setText(tr("Say it: %1").replace("%1", term.say) if term.say else "")
        self.say.setVisible(bool(term.say))
        self.meaning.setText(term.meaning)
        self.meaning.setAccessibleName(term.meaning)
        self.setAccessibleDescription(term.meaning)
        self.open()

    def spoken_text(self) -> str:
        if self.term is None:
            return ""
        return f"{self.term.word}. {self.term.meaning}"

    def set_listen_available(self, available: bool) -> None:
        self.listen_button.setVisible(available)

    def apply(self, look: Appearance) -> None:
        super().apply(look)
        self.listen_button.apply(look)
