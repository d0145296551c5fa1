"""An error in an event handler is logged and the kiosk goes home; the visitor never sees a traceback.

Qt calls ``sys.excepthook`` for an exception raised in a slot or an overridden event method, and
carries on. If going home fails too, or errors keep coming (five within a minute), the app exits
with status 70 so its supervisor (systemd, Task Scheduler) starts a fresh process.
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger(__name__)
EXIT_SOFTWARE = 70  # EX_SOFTWARE: restart me
MAX_ERRORS = 5
WITHIN_SECONDS = 60.0

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashGuard:
    def __init__(
        self,
        recover: Callable[[], None],
        exit_app: Callable[[int], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.recover = recover
        self.exit_app = exit_app
        self.clock = clock
        self.errors = 0
        self._recent: deque[float] = deque(maxlen=MAX_ERRORS)
        self._previous: ExceptHook | None = None
        self.exit_code: int | None = None  # set once it has asked the app to exit

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous
        self._previous = None

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self._exit(EXIT_SOFTWARE if issubclass(kind, KeyboardInterrupt) else _exit_code(error))
            return
        self.errors += 1
        now = self.clock()
        self._recent.append(now)
        details = "".join(traceback.format_exception(kind, error, tb))
        if len(self._recent) == MAX_ERRORS and now - self._recent[0] <= WITHIN_SECONDS:
            log.critical("%d errors in a minute; exiting so the supervisor restarts\n%s", MAX_ERRORS, details)
            self._exit(EXIT_SOFTWARE)
            return
        log.error("unexpected error; returning to home\n%s", details)
        try:
            self.recover()
        except Exception:
            log.critical("could not return to home; exiting so the supervisor restarts", exc_info=True)
            self._exit(EXIT_SOFTWARE)

    def _exit(self, code: int) -> None:
        if self.exit_code is None:
            self.exit_code = code
            self.exit_app(code)


def _exit_code(error: BaseException) -> int:
    code = getattr(error, "code", 0)
    return code if isinstance(code, int) else 1
