"""The speech engine: Qt's QTextToSpeech, speaking a reading one short piece at a time.

One piece at a time lets the screen mark the sentence being read even when an engine cannot report
single words, and lets Pause work on an engine that cannot pause (it stops, then says the piece
again). The same class runs inside the app (Qt's test engine "mock") and in the speech helper
process (every real engine; see speech_process.py for why).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, Slot

from kiosk.core.languages import CODES, language_named

TEST_ENGINE = "mock"  # Qt's test engine: never picked unless asked for by name


class SpeechEngine(QObject):
    """Owns the QTextToSpeech and speaks a reading piece by piece; reports through signals only,
    so it can live in the app (the test engine) or in the helper process (every real engine)."""

    opened = Signal(bool, str, bool)  # works, engine name or why not, reports each word
    piece_started = Signal(int, int)  # session, piece index
    word_started = Signal(int, int, int, int)  # session, piece index, start, length
    finished = Signal(int)  # session
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: Any = None  # QTextToSpeech, imported late: the module may fail to load
        self._states: Any = None
        self._queue: list[str] = []
        self._session = 0
        self._index = -1
        self._held = False  # paused between pieces, or on an engine that cannot pause
        self._current = ""
        self._can_pause = True
        self._reports_words = False
        self._engine_name = ""
        self._language = ""
        self._started = False

    @Slot(str, str)
    def open(self, engine: str, language: str) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            self.opened.emit(False, f"the Qt speech module cannot load ({error})", False)
            return
        names = list(QTextToSpeech.availableEngines())
        choices = [engine] if engine else [name for name in names if name != TEST_ENGINE]
        if not choices or choices[0] not in names:
            found = ", ".join(names) or "none"
            missing = f"engine '{engine}' is not installed" if engine else "no speech engine is installed"
            self.opened.emit(False, f"{missing} (Qt found: {found})", False)
            return
        self._engine_name = choices[0]
        self._tts = QTextToSpeech(self._engine_name, self)
        self._states = QTextToSpeech.State
        caps = self._tts.engineCapabilities()
        self._can_pause = bool(caps & QTextToSpeech.Capability.PauseResume)
        self._reports_words = bool(caps & QTextToSpeech.Capability.WordByWordProgress)
        self._tts.stateChanged.connect(self._on_state)
        self._tts.sayingWord.connect(self._on_word)
        self._language = language
        state = self._tts.state()
        if state == self._states.Error:
            self.opened.emit(False, f"engine '{self._engine_name}' failed: {self._tts.errorString()}", False)
        elif state == self._states.Ready:
            self._started = True
            self.set_language(language)
        # else the engine is still starting: _on_state finishes opening once it is Ready

    @Slot(str)
    def set_language(self, language: str) -> None:
        self._language = language
        if self._tts is None or self._tts.state() == self._states.Error:
            return
        # The voice the library is written for (languages.py); any voice of the language if none.
        wanted = QLocale(language_named(language).speech_locale if language in CODES else language)
        locales = [loc for loc in self._tts.availableLocales() if loc.language() == wanted.language()]
        if not locales:
            self.opened.emit(False, f"engine '{self._engine_name}' has no voice for '{language}'", False)
            return
        exact = [loc for loc in locales if loc.territory() == wanted.territory()]
        self._tts.setLocale((exact or locales)[0])
        voices = self._tts.availableVoices()
        if not voices:
            self.opened.emit(False, f"engine '{self._engine_name}' lists no voices for '{language}'", False)
            return
        # espeak-ng lists each voice again with "+variant" names; a plain voice sounds most natural,
        # and sorted, "English (America)" comes before "English (Caribbean)" for en-US.
        plain = sorted((voice for voice in voices if "+" not in voice.name()), key=lambda voice: voice.name())
        voice = (plain or voices)[0]
        self._tts.setVoice(voice)
        self.opened.emit(True, f"{self._engine_name}, voice '{voice.name()}'", self._reports_words)

    @Slot(int, list)
    def speak(self, session: int, texts: list[str]) -> None:
        if self._tts is None:
            return
        self._end_session()
        self._session, self._queue, self._index, self._held = session, list(texts), -1, False
        self._next()

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            self._end_session()

    @Slot()
    def pause(self) -> None:
        if self._tts is None or not self._session or self._held:
            return
        if self._can_pause and self._tts.state() == self._states.Speaking:
            self._tts.pause()
            return
        # Between pieces, or an engine that cannot pause: stop and say this piece again on resume.
        self._held = True
        if self._tts.state() == self._states.Speaking:
            self._queue.insert(0, self._current)
            self._index -= 1
            session, self._session = self._session, 0
            self._tts.stop()
            self._session = session

    @Slot()
    def resume(self) -> None:
        if self._tts is None or not self._session:
            return
        if self._held:
            self._held = False
            self._next()
        elif self._tts.state() == self._states.Paused:
            self._tts.resume()

    @Slot(float)
    def set_rate(self, rate: float) -> None:
        if self._tts is not None:
            self._tts.setRate(rate)

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        if self._tts is not None:
            self._tts.setVolume(volume)

    @Slot()
    def close(self) -> None:
        if self._tts is not None:
            self._end_session()
            self._tts.deleteLater()
            self._tts = None

    def _end_session(self) -> None:
        session, self._session = self._session, 0
        self._queue.clear()
        self._held = False
        if self._tts.state() in (self._states.Speaking, self._states.Paused):
            self._tts.stop()
        if session:
            self.finished.emit(session)

    def _next(self) -> None:
        if not self._session or self._held:
            return
        if not self._queue:
            session, self._session = self._session, 0
            self.finished.emit(session)
            return
        self._index += 1
        self._current = self._queue.pop(0)
        self.piece_started.emit(self._session, self._index)
        self._tts.say(self._current)

    def _on_state(self, state: object) -> None:
        states = self._states
        if state == states.Ready:
            if not self._started:
                self._started = True
                self.set_language(self._language)
                return
            if self._session and not self._held:
                session = self._session
                # Speak the next piece once this signal has unwound (never inside the engine's call).
                QTimer.singleShot(0, self, lambda: self._next() if self._session == session else None)
        elif state == states.Error:
            reason = f"engine '{self._engine_name}' failed: {self._tts.errorString()}"
            session, self._session = self._session, 0
            self._queue.clear()
            if session:
                self.finished.emit(session)
            self.failed.emit(reason)

    def _on_word(self, word: str, _utterance: int, start: int, length: int) -> None:
        if self._session:
            self.word_started.emit(self._session, self._index, start, length)
