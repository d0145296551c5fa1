"""The speech helper process: one SpeechEngine, driven by JSON lines on stdin, reporting on stdout.

Started by kiosk.ui.speech_process (``python -m kiosk.ui.speech_helper``, or the frozen app with
``--speech-helper``). It quits when its input ends, so it never outlives the app.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.ui.speech_engine import SpeechEngine
from kiosk.ui.speech_process import CALLS, SIGNALS, encode

log = logging.getLogger(__name__)


class _Bridge(QObject):
    line = Signal(bytes)  # emitted by the reader thread, handled in the main thread
    ended = Signal()

    def __init__(self, engine: SpeechEngine, output: BinaryIO) -> None:
        super().__init__()
        self.engine = engine
        self.output = output
        self.line.connect(self._call)
        for name in SIGNALS:
            getattr(engine, name).connect(lambda *args, name=name: self._report(name, args))

    def _call(self, line: bytes) -> None:
        try:
            message = json.loads(line)
            name, args = message["call"], message["args"]
        except (ValueError, KeyError, TypeError):
            log.warning("not a call: %r", line[:200])
            return
        if name in CALLS and isinstance(args, list):
            getattr(self.engine, name)(*args)

    def _report(self, name: str, args: tuple[object, ...]) -> None:
        try:
            self.output.write(encode("signal", name, args))
            self.output.flush()
        except (BrokenPipeError, ValueError):  # the app has gone
            QCoreApplication.quit()


def _read_lines(source: BinaryIO, bridge: _Bridge) -> None:
    for line in source:
        bridge.line.emit(line)
    bridge.ended.emit()


def main() -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(name)s: %(message)s")
    app = QCoreApplication(sys.argv[:1])
    engine = SpeechEngine()
    bridge = _Bridge(engine, sys.stdout.buffer)
    bridge.ended.connect(engine.close)
    bridge.ended.connect(app.quit)
    threading.Thread(target=_read_lines, args=(sys.stdin.buffer, bridge), daemon=True).start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
