"""Starting and stopping the way a service should.

- No display: a message and exit status 78, not Qt's abort (134) when its platform plugin cannot
  connect. The systemd unit does not restart on 78.
- A speech helper left running by a previous run (one killed with ``kill -9``, or whose engine hung)
  is ended at start: the helper writes its process id into the data folder.
- SIGTERM, SIGINT and SIGHUP stop the app as the staff menu's Exit does: the event loop ends, the
  speech helper is closed and the usage counts are stored, and the exit status is 0. Python runs a
  signal handler only when the interpreter gets control, which a Qt event loop waiting for input
  never gives it: the signal's number is written to a socket that a QSocketNotifier watches.
- speech-dispatcher writes 1.2 MB or more of log at each start (every voice it finds, at any log
  level), by default in the user's runtime or cache folder with no cap. The helper starts it
  itself, before Qt would, with its log folder in the data folder, where each start keeps one
  older copy of each log at most.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from kiosk.core.logs import make_private_folder, open_private

log = logging.getLogger(__name__)
HELPER_PID_FILE = "speech-helper.pid"
HELPER_DATA_ENV = "KIOSK_HELPER_DATA_DIR"  # tells the speech helper where the data folder is
SPEECH_LOG_FOLDER = "speech-logs"  # speech-dispatcher's logs, in the data folder
SPEECH_LOG_MAX_BYTES = 500_000
SPEECH_DISPATCHER_START_S = 10
HELPER_MARKS = (
    "kiosk.ui.accessibility.speech_helper",
    "--speech-helper",
)  # how the helper's command line looks
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


def display_problem(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """Why Qt could not open a window here, or None when it should be able to."""
    env = os.environ if environ is None else environ
    if platform != "linux" and not platform.startswith("freebsd"):
        return None
    wanted = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    has_x, has_wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if wanted in ("", "xcb") and not has_x and not (wanted == "" and has_wayland):
        return "there is no display to show the kiosk on (DISPLAY is not set)"
    if wanted.startswith("wayland") and not has_wayland:
        return "there is no Wayland display to show the kiosk on (WAYLAND_DISPLAY is not set)"
    return None


# The speech helper's process id ----------------------------------------------------------------


def note_helper_pid(folder: Path) -> None:
    """In the helper: leave its process id where the next start of the app can find it."""
    with contextlib.suppress(OSError):
        descriptor = open_private(folder / HELPER_PID_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(f"{os.getpid()}\n")


def forget_helper_pid(folder: Path) -> None:
    """In the helper, as it ends normally."""
    path = folder / HELPER_PID_FILE
    with contextlib.suppress(OSError, ValueError):
        if int(path.read_text(encoding="ascii")) == os.getpid():
            path.unlink()


def _is_helper(pid: int) -> bool:
    """The process still runs and is a speech helper (not another program given the same id)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return False
    return any(mark in command for mark in HELPER_MARKS)


def reap_stale_helper(folder: Path) -> bool:
    """End a speech helper a previous run left behind; True if there was one."""
    path = folder / HELPER_PID_FILE
    try:
        pid = int(path.read_text(encoding="ascii"))
    except (OSError, ValueError):
        return False
    with contextlib.suppress(OSError):
        path.unlink()
    if pid == os.getpid() or not _is_helper(pid):
        return False
    log.warning("a speech helper from an earlier run was still running; ending it")
    with contextlib.suppress(OSError):
        os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))  # it may be hung: no asking
    return True


def cap_speech_logs(folder: Path, max_bytes: int = SPEECH_LOG_MAX_BYTES) -> None:
    """speech-dispatcher's logs (under the data folder) keep one older copy each, at most."""
    for log_file in (folder / SPEECH_LOG_FOLDER).glob("*.log"):
        with contextlib.suppress(OSError):
            if log_file.stat().st_size > max_bytes:
                log_file.replace(log_file.with_name(log_file.name + ".1"))


def prepare_speech_helper(folder: Path) -> None:
    """Before any helper starts: end a left-over one, cap the speech logs, tell the next one the
    data folder (it inherits the app's environment)."""
    reap_stale_helper(folder)
    cap_speech_logs(folder)
    os.environ[HELPER_DATA_ENV] = str(folder)


def start_speech_dispatcher(folder: Path) -> None:
    """In the helper, before the engine starts: speech-dispatcher, logging into the data folder.

    ``--spawn`` does nothing when one already runs for this user (its logs then stay where they are).
    """
    program = shutil.which("speech-dispatcher")
    if program is None:
        return
    logs = folder / SPEECH_LOG_FOLDER
    try:
        make_private_folder(logs)
        subprocess.run(
            [program, "--spawn", "--log-dir", str(logs)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=SPEECH_DISPATCHER_START_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("cannot start speech-dispatcher (%s)", error)


# Signals ---------------------------------------------------------------------------------------


class StopOnSignals(QObject):
    """Turns SIGTERM, SIGINT and SIGHUP into ``stop_requested`` in the Qt event loop."""

    stop_requested = Signal(str)  # the signal's name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._receive, self._send = socket.socketpair()
        self._receive.setblocking(False)
        self._send.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._send.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _note_only) for number in STOP_SIGNALS}
        self.notifier = QSocketNotifier(self._receive.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._on_signal)

    def _on_signal(self) -> None:
        try:
            numbers = self._receive.recv(64)
        except OSError:
            return
        for number in numbers:
            if number in STOP_SIGNALS:
                name = signal.Signals(number).name
                log.info("stopping on %s", name)
                self.stop_requested.emit(name)
                return

    def uninstall(self) -> None:
        self.notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._receive.close()
        self._send.close()


def _note_only(_number: int, _frame: object) -> None:
    """A Python-level handler must exist for the wakeup socket to be written; the work is in Qt."""
