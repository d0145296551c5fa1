"""What one visitor changed (text size, theme, language); reset to the clinic's defaults on idle."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.core.config import Config
from kiosk.core.textsize import step_down, step_up


class VisitorSettings(QObject):
    """Widgets subscribe to ``changed`` instead of reading globals."""

    changed = Signal()

    def __init__(self, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self.text_percent: int = config["text.default_percent"]
        self.theme: str = config["theme"]
        self.language: str = config["language"]

    @property
    def is_default(self) -> bool:
        return (self.text_percent, self.theme, self.language) == self._defaults()

    def _defaults(self) -> tuple[int, str, str]:
        c = self._config
        return c["text.default_percent"], c["theme"], c["language"]

    def set_text_percent(self, percent: int) -> None:
        if percent != self.text_percent:
            self.text_percent = percent
            self.changed.emit()

    def larger(self) -> None:
        self.set_text_percent(step_up(self.text_percent))

    def smaller(self) -> None:
        self.set_text_percent(step_down(self.text_percent))

    def set_theme(self, theme: str) -> None:
        if theme != self.theme:
            self.theme = theme
            self.changed.emit()

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.changed.emit()

    def restore_defaults(self) -> None:
        if not self.is_default:
            self.text_percent, self.theme, self.language = self._defaults()
            self.changed.emit()
