"""A modal full-window layer (PIN pad, staff menu, attract screen) that keeps every tap to itself."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.ui.layers.base import Layer
from kiosk.ui.layers.popup_card import invalidate_all
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.style import style_sheet

__all__ = ["Cover", "invalidate_all"]


class Cover(Layer):
    """A modal ``Layer`` with a style sheet of its own.

    A layer that must fit one screen whatever the visitor's text size (a staff keypad, a poster)
    sets ``max_percent``, and its sheet is at no more than that step.
    """

    modal = True
    max_percent = 200
    owns_style_sheet = True  # the window leaves its style sheet alone (it may be capped)

    def __init__(self, host: QWidget, role: str = "overlay-card") -> None:
        super().__init__(host, role)
        self._sheet_key: tuple[str, int] | None = None
        self.column = self.card.column
        self.column.setSpacing(16)
        self.column.setContentsMargins(32, 32, 32, 32)

    def capped(self, look: Appearance) -> Appearance:
        """The look to size this layer by, with its own style sheet when the cap applies."""
        percent = min(look.percent, self.max_percent)
        key = (look.theme, percent)
        if key != self._sheet_key:
            self._sheet_key = key
            self.setStyleSheet(style_sheet(look.theme, percent))
        return look if percent == look.percent else Appearance.of(look.theme, percent)

    def cover(self) -> None:
        self.show_layer()
