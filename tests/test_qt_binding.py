"""Guards against a Qt binding that breaks a kiosk running for months."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    happened = Signal(str)


def test_emitting_signals_leaves_true_and_false_alone() -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit(); the app then aborts at some point."""
    emitter = Emitter()
    emitter.happened.connect(lambda _text: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        emitter.happened.emit("page")
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5
