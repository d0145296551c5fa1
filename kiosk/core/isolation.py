"""Pages are turned into HTML in a helper process with a time and memory limit, never on the screen's thread.

The pre-scan in :mod:`kiosk.core.page_budget` refuses the known slow inputs; this is the backstop for
the unknown ones. One helper process renders a page at a time; ``kiosk render`` and ``check`` start it
at once (it loads Markdown while the app loads Qt), ``kiosk run`` when the first screen is up, to
prepare every page ahead of the visitor. After ``IDLE_STOP_SECONDS`` with nothing to render it
stops (``kiosk run`` only), so a kiosk at rest carries no helper; the next page starts a new one.

A page that takes longer than ``limits.render_seconds`` or needs more than ``limits.render_megabytes``
(Linux: ``RLIMIT_AS``) gets its helper killed and is refused with a :class:`Problem`; the next page
gets a fresh helper. Off by default (tests render in-process); the
command line turns it on for ``run``, ``check``, ``render``, ``self-test`` and ``handout``.
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
import time
from typing import IO, TYPE_CHECKING, Any

from kiosk.core import budgets
from kiosk.core.budgets import Budgets
from kiosk.core.problems import Problem
from kiosk.core.rendered import RenderedBody

if TYPE_CHECKING:
    from kiosk.core.content import Page

log = logging.getLogger(__name__)
WORKER_ARGUMENT = "--render-worker"  # a frozen build runs itself with this (see kiosk/cli.py)
WORKER_MODULE = "kiosk.core.render_worker"
_HEADER = struct.Struct(">I")
READY = "ready"  # the helper's first message, once Markdown is loaded
START_SECONDS = 60.0  # loading Python and Markdown on a busy machine; not counted against a page
IDLE_STOP_SECONDS = 60.0


class RenderWorker:
    """One helper process; :meth:`render` and :meth:`stop` may be called from any thread."""

    def __init__(self, limits: Budgets, idle_stop_seconds: float | None = None) -> None:
        self.limits = limits
        self.idle_stop_seconds = idle_stop_seconds
        self._process: subprocess.Popen[bytes] | None = None
        self._ready = False
        self._lock = threading.Lock()
        self._idle_stop: threading.Timer | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def wait_for_idle_stop(self, timeout: float) -> None:
        """For tests: until the pending idle stop has run."""
        timer = self._idle_stop
        if timer is not None:
            timer.join(timeout)

    def start(self) -> None:
        """Start the helper now (it loads Markdown while the app starts), if it is not running."""
        if self._process is not None and self._process.poll() is None:
            return
        self._ready = False
        self._process = subprocess.Popen(
            _worker_command(self.limits),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )

    def render(self, page: Page) -> RenderedBody | Problem:
        with self._lock:
            self._cancel_idle_stop()
            try:
                return self._render(page)
            finally:
                self._schedule_idle_stop()

    def _render(self, page: Page) -> RenderedBody | Problem:
        self.start()
        assert self._process is not None and self._process.stdin and self._process.stdout
        try:
            if not self._ready:  # the start-up is the helper's, not the page's: a wait of its own
                self._ready = _receive(self._process.stdout, time.monotonic() + START_SECONDS) == READY
            _send(self._process.stdin, (page, self.limits))
            reply = _receive(self._process.stdout, time.monotonic() + self.limits.render_seconds)
        except TimeoutError:
            self._kill()  # holding the lock already
            return Problem.error(
                page.path,
                page.body_line,
                f"this page took over {self.limits.render_seconds:g} seconds to prepare; "
                "make it shorter or simpler",
            )
        except (OSError, EOFError, pickle.UnpicklingError):
            self._kill()  # holding the lock already
            return Problem.error(
                page.path,
                page.body_line,
                f"this page needs more than {self.limits.render_megabytes:,} MB to prepare "
                "(or broke the helper that prepares pages); make it shorter or simpler",
            )
        if isinstance(reply, RenderedBody):
            return reply
        return Problem.error(page.path, page.body_line, f"this page cannot be prepared ({reply})")

    def stop(self) -> None:
        with self._lock:
            self._cancel_idle_stop()
            self._kill()

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()

    def _schedule_idle_stop(self) -> None:
        if self.idle_stop_seconds is not None and self._process is not None:
            self._idle_stop = threading.Timer(self.idle_stop_seconds, self.stop)
            self._idle_stop.daemon = True
            self._idle_stop.start()

    def _cancel_idle_stop(self) -> None:
        if self._idle_stop is not None:
            self._idle_stop.cancel()
            self._idle_stop = None


def _worker_command(limits: Budgets) -> list[str]:
    memory = str(limits.render_megabytes)
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_ARGUMENT, memory]
    return [sys.executable, "-m", WORKER_MODULE, memory]


def _send(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes], deadline: float) -> Any:
    """One message, or TimeoutError once ``deadline`` (time.monotonic) passes."""
    header = _read_exactly(stream, _HEADER.size, deadline)
    (length,) = _HEADER.unpack(header)
    return pickle.loads(_read_exactly(stream, length, deadline))  # our own helper's reply


def _read_exactly(stream: IO[bytes], count: int, deadline: float | None) -> bytes:
    """``count`` bytes; EOFError when the other side closed, TimeoutError after ``deadline``."""
    chunks: list[bytes] = []
    remaining = count
    descriptor = stream.fileno()
    while remaining:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([descriptor], [], [], wait)[0]:
                raise TimeoutError
        chunk = os.read(descriptor, min(remaining, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


_worker: RenderWorker | None = None


def enable(limits: Budgets | None = None, start_now: bool = True) -> None:
    """Render every page through a helper process from now on (POSIX only; elsewhere in-process).
    ``start_now``: start it here, warm for the first page; otherwise the first page starts it, and it
    stops after a quiet minute."""
    global _worker
    if os.name != "posix":
        return
    disable()
    _worker = RenderWorker(limits or budgets.current(), None if start_now else IDLE_STOP_SECONDS)
    if start_now:
        _worker.start()


def disable() -> None:
    global _worker
    if _worker is not None:
        _worker.stop()
        _worker = None


def enabled() -> bool:
    return _worker is not None


def render_page_isolated(page: Page) -> RenderedBody | Problem:
    """The page's HTML from the helper process, or the Problem that refused it. Raises OSError when no
    helper process can start here (the caller then renders in-process: better slow pages than none)."""
    worker = _worker or RenderWorker(budgets.current())
    try:
        result = worker.render(page)
    except OSError:
        disable()
        raise
    if worker is not _worker:
        worker.stop()
    return result


atexit.register(disable)
