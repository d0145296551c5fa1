"""Read-aloud for the app: speak a list of pieces, pause, resume, stop; signals say what is spoken.

A real engine runs in a helper process (speech_process.py), so a hung speech daemon never holds up
the screen; Qt's test engine "mock" runs in the app. ``available`` is False until the engine has
opened with a voice for the visitor's language; when it is not, the log says why and the Listen
button stays hidden. Nothing here ever raises into the app.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.ui.accessibility.speech_engine import TEST_ENGINE, SpeechEngine
from kiosk.ui.accessibility.speech_process import SpeechProcess
from kiosk.ui.shell.idle import Timer, TimerFactory

log = logging.getLogger(__name__)
OPEN_TIMEOUT_MS = 15_000  # a first start of speech-dispatcher takes a few seconds

IDLE, SPEAKING, PAUSED = "idle", "speaking", "paused"


def _qt_timer(parent: QObject) -> Timer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    return timer


class SpeechService(QObject):
    availability_changed = Signal(bool)
    state_changed = Signal(str)
    piece_started = Signal(int)  # piece index in the current reading
    word_started = Signal(int, int, int)  # piece index, start, length in that piece

    def __init__(
        self,
        engine: str,
        language: str,
        enabled: bool = True,
        parent: QObject | None = None,
        timer_factory: TimerFactory = _qt_timer,
        in_process: bool | None = None,
        helper: list[str] | None = None,
        deferred: bool = False,
    ) -> None:
        """``deferred``: a helper process starts only on :meth:`start` (the engine in the app at once)."""
        super().__init__(parent)
        self.available = False
        self.reports_words = False
        self.engine_name = ""
        self.state = IDLE
        self.rate = 0.0  # as last asked for
        self.volume = 1.0
        self._session = 0
        self._told = False  # the first word from the engine is logged; after that, only changes
        self._worker: SpeechEngine | SpeechProcess | None = None
        self._engine, self._language, self._helper = engine, language, helper
        self._enabled = enabled
        self._closed = False
        self._in_process = engine == TEST_ENGINE if in_process is None else in_process  # mock never blocks
        self.open_timer = timer_factory(self)
        self.open_timer.timeout.connect(self._on_open_timeout)  # type: ignore[attr-defined]
        if not enabled:
            log.info("read-aloud is switched off in the config; the Listen button is hidden")
            return
        if not (deferred and not self._in_process):
            self.start()

    @property
    def started(self) -> bool:
        return self._worker is not None or not self._enabled or self._closed

    def start(self) -> None:
        """Open the engine (a helper process for a real one) if it is not open yet."""
        if self.started:
            return
        worker = SpeechEngine(self) if self._in_process else SpeechProcess(self._helper, parent=self)
        worker.opened.connect(self._on_opened)
        worker.piece_started.connect(self._on_piece)
        worker.word_started.connect(self._on_word)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.open_timer.start(OPEN_TIMEOUT_MS)
        worker.open(self._engine, self._language)
        if self.rate or self.volume != 1.0:  # chosen in "Text and sound" before the engine was open
            worker.set_rate(self.rate)
            worker.set_volume(self.volume)

    # Commands ----------------------------------------------------------------------------------

    def speak(self, pieces: list[str]) -> None:
        if not self.available or self._worker is None or not pieces:
            return
        self._session += 1
        self._set_state(SPEAKING)
        self._worker.speak(self._session, list(pieces))

    def pause(self) -> None:
        if self.state == SPEAKING and self._worker is not None:
            self._set_state(PAUSED)
            self._worker.pause()

    def resume(self) -> None:
        if self.state == PAUSED and self._worker is not None:
            self._set_state(SPEAKING)
            self._worker.resume()

    def stop(self) -> None:
        if self.state != IDLE and self._worker is not None:
            self._session += 1  # whatever the engine still reports belongs to the old reading
            self._set_state(IDLE)
            self._worker.stop()

    def set_rate(self, rate: float) -> None:
        self.rate = rate
        if self._worker is not None:
            self._worker.set_rate(rate)

    def set_volume(self, volume: float) -> None:
        self.volume = volume
        if self._worker is not None:
            self._worker.set_volume(volume)

    def set_language(self, language: str) -> None:
        self._language = language
        if self._worker is not None:
            self._worker.set_language(language)

    def shutdown(self) -> None:
        self._closed = True
        if self._worker is not None:
            worker, self._worker = self._worker, None
            worker.close()
            self._on_opened(False, "the app is closing", False, quiet=True)

    # Reports from the engine -------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _on_opened(self, works: bool, detail: str, reports_words: bool, quiet: bool = False) -> None:
        self.open_timer.stop()
        # Logged only when read-aloud comes or goes, and without the voice: a voice picked later
        # follows a visitor's language switch, which the log must not tell.
        if works:
            self.engine_name, self.reports_words = detail, reports_words
            by = "word by word" if reports_words else "sentence by sentence"
            if not self._told:
                engine = detail.partition(",")[0]
                log.info("read-aloud: speech engine %s is ready (the screen follows %s)", engine, by)
        else:
            if not quiet and not self._told:
                log.warning("read-aloud is not available: %s; the Listen button is hidden", detail)
            self.stop()
        self._told = True
        if works != self.available:
            self.available = works
            self.availability_changed.emit(works)

    def _on_open_timeout(self) -> None:
        log.warning(
            "read-aloud is not available: the speech engine did not answer in %d s; Listen stays hidden",
            OPEN_TIMEOUT_MS // 1000,
        )

    def _on_failed(self, reason: str) -> None:
        if self.available:
            log.warning("read-aloud stopped: %s; the Listen button is hidden", reason)
        self._on_opened(False, reason, False, quiet=self._told)

    def _on_piece(self, session: int, index: int) -> None:
        if session == self._session:
            self.piece_started.emit(index)

    def _on_word(self, session: int, index: int, start: int, length: int) -> None:
        if session == self._session:
            self.word_started.emit(index, start, length)

    def _on_finished(self, session: int) -> None:
        if session == self._session:
            self._set_state(IDLE)
