"""Listen: the current screen read aloud, with the words followed on screen.

The footer's Listen button becomes Pause and then Resume; Stop ends the reading. Reading stops when
the visitor goes to another screen and when the visit ends. While a screen is being read the idle
timer does not count (the listener is not touching anything); once a visitor has used Listen, the
"Still reading?" warning is spoken too. Speed and volume come from the visitor's settings.
"""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.accessibility.speech import IDLE, PAUSED, SPEAKING, SpeechService
from kiosk.ui.shell.host import Host
from kiosk.ui.shell.i18n import translate
from kiosk.ui.shell.idle import IdleWatcher, Timer, TimerFactory
from kiosk.ui.shell.visitor import VisitorSettings
from kiosk.ui.widgets.reading import Readable, WidgetReading

log = logging.getLogger(__name__)
STALL_MS = 60_000  # no word or sentence for this long while speaking: the engine is stuck
IDLE_REASON = "speech"


def tr(text: str) -> str:
    return translate("ReadAloud", text)


class Mode(Enum):
    NONE = "none"
    READING = "reading"  # a screen, followed on screen, holding the idle timer
    SPEAKING_ONLY = "speaking-only"  # the idle warning, a meaning, a sample of the new speed


def _single_shot_timer(parent: QObject) -> Timer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    return timer


class ReadAloud(QObject):
    started = Signal()  # a reading of the screen began (the anonymous usage counts listen)

    def __init__(
        self,
        speech: SpeechService,
        host: Host,
        watcher: IdleWatcher,
        visitor: VisitorSettings,
        timer_factory: TimerFactory = _single_shot_timer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.speech = speech
        self.host = host
        self.watcher = watcher
        self.visitor = visitor
        self.mode = Mode.NONE
        self.used_this_visit = False  # "speech is on": the idle warning is spoken too
        self.reader: Readable | None = None
        self._screen: QWidget | None = None
        self._fallbacks: dict[int, WidgetReading] = {}
        self._holding_idle = False
        self.stall_timer = timer_factory(self)
        self.stall_timer.timeout.connect(self._on_stall)  # type: ignore[attr-defined]
        host.action_triggered.connect(self._on_action)
        speech.availability_changed.connect(self._on_availability)
        speech.state_changed.connect(self._on_state)
        speech.piece_started.connect(self._on_piece)
        speech.word_started.connect(self._on_word)
        visitor.speech_changed.connect(self.apply_voice)
        self._language = visitor.language
        visitor.language_changed.connect(self._on_language_changed)
        self.apply_voice()
        self._on_availability(speech.available)

    # What the visitor asks for -----------------------------------------------------------------

    def set_screen(self, screen: QWidget) -> None:
        """The screen now shown: any reading of the one before stops."""
        self.stop()
        self._screen = screen

    def listen_or_pause(self) -> None:
        if self.mode is Mode.READING and self.speech.state == SPEAKING:
            self.speech.pause()
        elif self.mode is Mode.READING and self.speech.state == PAUSED:
            self.speech.resume()
        else:
            self.listen()

    def listen(self) -> None:
        if self._screen is None or not self.speech.available:
            return
        reader = self._reader_for(self._screen)
        pieces = reader.reading_pieces()
        if not pieces:
            return
        self.stop()
        self.reader = reader
        self.mode = Mode.READING
        self.used_this_visit = True
        self.speech.speak([piece.text for piece in pieces])
        self.started.emit()

    def pause(self) -> None:
        if self.mode is Mode.READING:
            self.speech.pause()

    def stop(self) -> None:
        self.speech.stop()
        self._finish()

    def say(self, text: str) -> None:
        """Speak without following the screen: a meaning, a sample, a warning."""
        if not text or not self.speech.available:
            return
        self.stop()
        self.mode = Mode.SPEAKING_ONLY
        self.speech.speak([text])

    def sample(self) -> None:
        """After a change of speed or volume, let the visitor hear it (unless a reading is going on)."""
        if self.mode is not Mode.READING:
            self.say(tr("This is how I read aloud now."))

    def warn(self, words: str) -> None:
        """The idle warning, spoken when the visitor has used Listen during this visit."""
        if self.used_this_visit:
            self.say(words)

    def end_visit(self) -> None:
        self.stop()
        self.used_this_visit = False
        self.apply_voice()

    def retranslate(self) -> None:
        self._show_buttons()

    def _on_language_changed(self, _language: str) -> None:
        if self.visitor.language != self._language:
            self._language = self.visitor.language
            self.stop()
            self.speech.set_language(self._language)

    def apply_voice(self) -> None:
        self.speech.set_rate(self.visitor.speech_rate)
        self.speech.set_volume(self.visitor.volume / 100)

    def _on_action(self, name: str) -> None:
        if name == "listen":
            self.listen_or_pause()
        elif name == "stop":
            self.stop()

    # What the engine reports -------------------------------------------------------------------

    def _reader_for(self, screen: QWidget) -> Readable:
        if isinstance(screen, Readable):
            return screen
        reader = self._fallbacks.get(id(screen))
        if reader is None:
            reader = self._fallbacks[id(screen)] = WidgetReading(screen)
        reader.lead = self.host.title()
        return reader

    def _on_availability(self, available: bool) -> None:
        if not available:
            self.stop()
        self.host.set_action("listen", shown=available)
        self._show_buttons()

    def _on_state(self, state: str) -> None:
        reading = self.mode is Mode.READING
        self._hold_idle(reading and state == SPEAKING)
        if reading and state == SPEAKING:
            self.stall_timer.start(STALL_MS)
        else:
            self.stall_timer.stop()
        if state == IDLE:
            self._finish()
        self._show_buttons()

    def _on_piece(self, index: int) -> None:
        if self.mode is Mode.READING and self.reader is not None:
            self.reader.show_reading(index, -1, 0)
            self.stall_timer.start(STALL_MS)

    def _on_word(self, index: int, start: int, length: int) -> None:
        if self.mode is Mode.READING and self.reader is not None:
            self.reader.show_reading(index, start, length)
            self.stall_timer.start(STALL_MS)

    def _on_stall(self) -> None:
        log.warning("read-aloud stopped: the speech engine made no progress for %d s", STALL_MS // 1000)
        self.stop()

    def _finish(self) -> None:
        if self.reader is not None:
            self.reader.clear_reading()
        self.reader = None
        self.mode = Mode.NONE
        self.stall_timer.stop()
        self._hold_idle(False)
        self._show_buttons()

    def _hold_idle(self, hold: bool) -> None:
        """Only on a change: every pause() restarts the idle wait, and would end a warning's countdown."""
        if hold != self._holding_idle:
            self._holding_idle = hold
            self.watcher.pause(IDLE_REASON, hold)

    def _show_buttons(self) -> None:
        state = self.speech.state if self.mode is Mode.READING else IDLE
        if state == SPEAKING:
            self.host.label_action("listen", tr("Pause"), "pause", tr("Pause reading aloud"))
        elif state == PAUSED:
            self.host.label_action("listen", tr("Resume"), "play", tr("Resume reading aloud"))
        else:
            self.host.label_action("listen", tr("Listen"), "listen", tr("Listen: read this screen aloud"))
        self.host.set_action("stop", shown=state != IDLE)
