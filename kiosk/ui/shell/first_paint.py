"""A hook for the benchmarks: note when the first screen is painted, then quit.

``KIOSK_BENCH_FIRST_PAINT=1 kiosk run`` prints ``first-paint <time.monotonic()>`` once the home
screen's first frame is drawn and exits, so bench/ can time process start to first paint. A normal
start pays one environment lookup for it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window paints first; its children finish the same frame before this timer runs.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.monotonic():.6f}", flush=True)
        QCoreApplication.quit()


def quit_after_first_paint(window: QWidget) -> None:
    window.installEventFilter(_FirstPaint(window))
