"""What one visitor changed (text size, theme, language, listening speed and volume, more time);
reset to the clinic's defaults when the visit ends."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

from PySide6.QtCore import QObject, Signal

from kiosk.core.assist import (
    NORMAL_RATE_STEP,
    SPEECH_RATES,
    TIME_MULTIPLIERS,
    VOLUME_STEPS,
    nearest_step,
    step,
)
from kiosk.core.config import Config
from kiosk.core.textsize import step_down, step_up
from kiosk.ui.shell.appearance import Appearance


class VisitorSettings(QObject):
    """Widgets subscribe to the signal for what they show instead of reading globals.

    ``look_changed(Appearance)``: text size or theme, with the look worked out once for everyone.
    ``language_changed(str)``: the visitor's language. ``speech_changed``: listening speed or volume.
    ``time_changed``: the "more time" multiplier of the idle limit.
    """

    look_changed = Signal(Appearance)
    language_changed = Signal(str)
    speech_changed = Signal()
    time_changed = Signal()

    def __init__(self, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self.text_percent: int = config["text.default_percent"]
        self.theme: str = config["theme"]
        self.language: str = config["language"]
        self.rate_step: int = NORMAL_RATE_STEP
        self.volume: int = self._default_volume()
        self.time_multiplier: int = TIME_MULTIPLIERS[0]
        self.look = Appearance.of(self.theme, self.text_percent)
        # Around every look change: the window sets its input router aside while all restyle.
        self.restyling: Callable[[], AbstractContextManager[object]] = nullcontext

    @property
    def is_default(self) -> bool:
        return self._look() == self._default_look() and self._assists() == self._default_assists()

    def _look(self) -> tuple[int, str, str]:
        return self.text_percent, self.theme, self.language

    def _default_look(self) -> tuple[int, str, str]:
        c = self._config
        return c["text.default_percent"], c["theme"], c["language"]

    def _assists(self) -> tuple[int, int, int]:
        return self.rate_step, self.volume, self.time_multiplier

    def _default_assists(self) -> tuple[int, int, int]:
        return NORMAL_RATE_STEP, self._default_volume(), TIME_MULTIPLIERS[0]

    def _default_volume(self) -> int:
        return nearest_step(VOLUME_STEPS, self._config["speech.volume"])

    # Look --------------------------------------------------------------------------------------

    def set_text_percent(self, percent: int) -> None:
        if percent != self.text_percent:
            self.text_percent = percent
            self._new_look()

    def larger(self) -> None:
        self.set_text_percent(step_up(self.text_percent))

    def smaller(self) -> None:
        self.set_text_percent(step_down(self.text_percent))

    def set_theme(self, theme: str) -> None:
        if theme != self.theme:
            self.theme = theme
            self._new_look()

    def _new_look(self) -> None:
        self.look = Appearance.of(self.theme, self.text_percent)
        with self.restyling():
            self.look_changed.emit(self.look)

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.language_changed.emit(language)

    # Listening ---------------------------------------------------------------------------------

    @property
    def speech_rate(self) -> float:
        """The QTextToSpeech rate, -1.0 to 1.0."""
        return SPEECH_RATES[self.rate_step]

    def slower(self) -> None:
        self._set_rate_step(self.rate_step - 1)

    def faster(self) -> None:
        self._set_rate_step(self.rate_step + 1)

    def _set_rate_step(self, index: int) -> None:
        index = max(0, min(index, len(SPEECH_RATES) - 1))
        if index != self.rate_step:
            self.rate_step = index
            self.speech_changed.emit()

    def softer(self) -> None:
        self._set_volume(step(VOLUME_STEPS, self.volume, -1))

    def louder(self) -> None:
        self._set_volume(step(VOLUME_STEPS, self.volume, 1))

    def _set_volume(self, volume: int) -> None:
        if volume != self.volume:
            self.volume = volume
            self.speech_changed.emit()

    # More time ---------------------------------------------------------------------------------

    def more_time(self) -> None:
        self.set_time_multiplier(step(TIME_MULTIPLIERS, self.time_multiplier, 1))

    def less_time(self) -> None:
        self.set_time_multiplier(step(TIME_MULTIPLIERS, self.time_multiplier, -1))

    def set_time_multiplier(self, multiplier: int) -> None:
        multiplier = nearest_step(TIME_MULTIPLIERS, multiplier)
        if multiplier != self.time_multiplier:
            self.time_multiplier = multiplier
            self.time_changed.emit()

    # The end of a visit ------------------------------------------------------------------------

    def restore_defaults(self) -> None:
        default_percent, default_theme, default_language = self._default_look()
        look_changed = (self.text_percent, self.theme) != (default_percent, default_theme)
        language_changed = self.language != default_language
        speech_changed = (self.rate_step, self.volume) != self._default_assists()[:2]
        time_changed = self.time_multiplier != TIME_MULTIPLIERS[0]
        self.text_percent, self.theme, self.language = self._default_look()
        self.rate_step, self.volume, self.time_multiplier = self._default_assists()
        if look_changed:
            self._new_look()
        if language_changed:
            self.language_changed.emit(self.language)
        if speech_changed:
            self.speech_changed.emit()
        if time_changed:
            self.time_changed.emit()
