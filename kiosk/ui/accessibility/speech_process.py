"""The speech engine in a helper process, driven over its stdin and stdout, one JSON object a line.

Why a process: a speech daemon can hang (speech-dispatcher does when its sound server is missing,
and then every new client waits forever in QTextToSpeech's constructor). PySide keeps Python's
global lock while it is inside Qt's C++, so an engine in a thread would still freeze the screen.
In another process it can only leave the Listen button hidden; the kiosk is never held up.

The proxy has the engine's calls and signals, so the service treats both the same way.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QProcess, QProcessEnvironment, Signal

log = logging.getLogger(__name__)
HELPER_MODULE = "kiosk.ui.accessibility.speech_helper"
FROZEN_HELPER_ARGUMENT = "--speech-helper"  # a frozen build runs itself with this (see kiosk/cli.py)
CALLS = frozenset(
    {"open", "speak", "stop", "pause", "resume", "set_rate", "set_volume", "set_language", "close"}
)
SIGNALS = frozenset({"opened", "piece_started", "word_started", "finished", "failed"})
CLOSE_TIMEOUT_MS = 1500


def helper_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_HELPER_ARGUMENT]
    return [sys.executable, "-m", HELPER_MODULE]


def encode(kind: str, name: str, args: tuple[object, ...]) -> bytes:
    return (json.dumps({kind: name, "args": list(args)}) + "\n").encode()


class SpeechProcess(QObject):
    opened = Signal(bool, str, bool)
    piece_started = Signal(int, int)
    word_started = Signal(int, int, int, int)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, command: list[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = command or helper_command()
        self._pending: list[bytes] = []
        self._buffer = b""
        self._closing = False
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self.process.setProcessEnvironment(_environment())
        self.process.started.connect(self._flush)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.readyReadStandardError.connect(self._log_errors)
        self.process.errorOccurred.connect(self._on_error)
        self.process.finished.connect(self._on_finished)

    def _call(self, name: str, *args: object) -> None:
        line = encode("call", name, args)
        if self.process.state() == QProcess.ProcessState.Running:
            self.process.write(QByteArray(line))
        else:
            self._pending.append(line)

    def open(self, engine: str, language: str) -> None:
        self.process.start(self._command[0], self._command[1:])
        self._call("open", engine, language)

    def speak(self, session: int, texts: list[str]) -> None:
        self._call("speak", session, texts)

    def stop(self) -> None:
        self._call("stop")

    def pause(self) -> None:
        self._call("pause")

    def resume(self) -> None:
        self._call("resume")

    def set_rate(self, rate: float) -> None:
        self._call("set_rate", rate)

    def set_volume(self, volume: float) -> None:
        self._call("set_volume", volume)

    def set_language(self, language: str) -> None:
        self._call("set_language", language)

    def close(self) -> None:
        """Ask the helper to end, and end it if it does not (a hung engine cannot answer)."""
        self._closing = True
        if self.process.state() == QProcess.ProcessState.NotRunning:
            return
        self.process.closeWriteChannel()  # end of input: the helper quits
        if not self.process.waitForFinished(CLOSE_TIMEOUT_MS):
            log.warning("the speech helper did not stop; ending it")
            self.process.kill()
            self.process.waitForFinished(CLOSE_TIMEOUT_MS)

    def _flush(self) -> None:
        for line in self._pending:
            self.process.write(QByteArray(line))
        self._pending.clear()

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            self._dispatch(line)

    def _dispatch(self, line: bytes) -> None:
        try:
            message = json.loads(line)
            name, args = message["signal"], message["args"]
        except (ValueError, KeyError, TypeError):
            log.debug("speech helper said: %s", line[:200])
            return
        if name in SIGNALS and isinstance(args, list):
            getattr(self, name).emit(*args)

    def _log_errors(self) -> None:
        text = bytes(self.process.readAllStandardError().data()).decode(errors="replace")
        for line in text.splitlines():
            if line.strip():
                log.debug("speech helper: %s", line)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.opened.emit(False, f"the speech helper cannot start ({self.process.errorString()})", False)

    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if not self._closing:
            self.failed.emit(f"the speech helper stopped (exit code {code})")


def _environment() -> QProcessEnvironment:
    """The helper imports this same copy of the kiosk package, wherever it runs from."""
    environment = QProcessEnvironment.systemEnvironment()
    root = str(Path(__file__).resolve().parents[2])
    paths = [root, *[p for p in environment.value("PYTHONPATH", "").split(os.pathsep) if p]]
    environment.insert("PYTHONPATH", os.pathsep.join(paths))
    environment.insert("PYTHONUNBUFFERED", "1")
    return environment
