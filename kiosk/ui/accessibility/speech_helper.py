"""The speech helper process: one SpeechEngine, driven by JSON lines on stdin, reporting on stdout.

Started by kiosk.ui.accessibility.speech_process (``python -m kiosk.ui.accessibility.speech_helper``,
or the frozen app with ``--speech-helper``). It quits when its input ends, so it never outlives the
app: if the engine is hung and the quit cannot run, it ends itself a moment later; on Linux it also
dies with the app, even one killed with ``kill -9``. Its process id is kept in the data folder
meanwhile, so the next start can end a helper that is left over anyway (see kiosk.ui.shell.lifecycle).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import logging
import os
import sys
import threading
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.ui.accessibility.speech_engine import SpeechEngine
from kiosk.ui.accessibility.speech_process import CALLS, SIGNALS, encode
from kiosk.ui.shell.lifecycle import (
    HELPER_DATA_ENV,
    forget_helper_pid,
    note_helper_pid,
    start_speech_dispatcher,
)

log = logging.getLogger(__name__)
HUNG_EXIT_SECONDS = 3.0  # after its input ends, a helper whose engine is hung ends itself
PR_SET_PDEATHSIG = 1


class _Bridge(QObject):
    line = Signal(bytes)  # emitted by the reader thread, handled in the main thread
    ended = Signal()

    def __init__(self, engine: SpeechEngine, output: BinaryIO, data_folder: Path | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.output = output
        self.data_folder = data_folder
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
            if name == "open" and self.data_folder is not None and args and args[0] in ("", "speechd"):
                start_speech_dispatcher(self.data_folder)  # before Qt starts one that logs elsewhere
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
    # The main thread quits on ``ended`` unless the engine holds it (a hung speech daemon).
    threading.Timer(HUNG_EXIT_SECONDS, os._exit, (0,)).start()


def _die_with_the_app() -> None:
    """Linux: the kernel ends this process when the app's process ends, however it ends."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, 9)


def main() -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(name)s: %(message)s")
    _die_with_the_app()
    folder = Path(os.environ[HELPER_DATA_ENV]) if os.environ.get(HELPER_DATA_ENV) else None
    if folder is not None:
        note_helper_pid(folder)
    app = QCoreApplication(sys.argv[:1])
    engine = SpeechEngine()
    bridge = _Bridge(engine, sys.stdout.buffer, folder)
    bridge.ended.connect(engine.close)
    bridge.ended.connect(app.quit)
    threading.Thread(target=_read_lines, args=(sys.stdin.buffer, bridge), daemon=True).start()
    try:
        return app.exec()
    finally:
        if folder is not None:
            forget_helper_pid(folder)


if __name__ == "__main__":
    sys.exit(main())
