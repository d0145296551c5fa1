"""A titled card over the dimmed window: the glossary pop-up, "Text and sound", the licence.

A ``Layer`` with a title and a big Close button that stay put while the rest of the card scrolls.
It closes with Close, with Escape, or with a tap outside the card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.ui.layers.base import Layer
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.i18n import translate
from kiosk.ui.widgets.labels import plain_label


def tr(text: str) -> str:
    return translate("Overlay", text)


class Overlay(Layer):
    def __init__(self, host: QWidget, title: str = "", width: int = 720) -> None:
        super().__init__(host)
        self._width_at_100 = width  # the card's widest, at 100% text; it grows with the text
        self.widest = 760
        self.card.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # holds focus without a ring after a tap
        self.title = plain_label(title)
        self.title.setProperty("role", "overlay-title")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = IconButton(tr("Close"), "close", tr("Close"), keep_label=True, fit_words=True)
        self.close_button.clicked.connect(self.close_overlay)
        top = self._top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.card.add_fixed(top)
        self.body = self.card.column  # subclasses add their content here; it scrolls when long
        self.setAccessibleName(title)

    def retranslate(self) -> None:
        """Words of the base card; a subclass adds its own."""
        self.close_button.setText(tr("Close"))
        self.close_button.setAccessibleName(tr("Close"))

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.setAccessibleName(title)

    def open(self) -> None:
        self.show_layer()
        self.card.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_overlay(self) -> None:
        self.close_layer()

    def apply(self, look: Appearance) -> None:
        self.apply_scrim(look)
        spacing = look.sizes["spacing"]
        side = spacing * 3 // 2
        self.card.frame_column.setContentsMargins(0, spacing, 0, 0)
        self._top.setContentsMargins(side, 0, side, 0)
        self.body.setContentsMargins(side, spacing, side, side)
        self.body.setSpacing(spacing)
        self.margin = spacing
        self.close_button.apply(look)
        self.widest = round(self._width_at_100 * look.percent / 100)
        self.refit()

    def refit(self) -> None:
        """As wide as its words want up to the window's width; as tall as they need, up to the
        window's height (then the body scrolls)."""
        self.place()
