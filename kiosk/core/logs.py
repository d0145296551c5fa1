"""The kiosk's log file: size-capped and rotated, in the data folder, never under content.

Only what staff need goes in: the start, content loads, errors, staff actions. What a visitor did
or chose (pages, language, voice, text size, theme) is never logged. The files are readable by this
user only, in a folder that is too.
"""

from __future__ import annotations

import contextlib
import faulthandler
import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

LOG_FILE_NAME = "kiosk.log"
FAULT_FILE_NAME = "faults.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 5  # at most about 6 MB of logs, ever
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_fault_file: IO[str] | None = None  # kept open for faulthandler, which writes without Python


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Every log file it opens, the first and each one after a rotation, is mode 0600."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = open_private(Path(self.baseFilename), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        raw = io.BufferedWriter(io.FileIO(descriptor, "a"))
        return io.TextIOWrapper(raw, encoding=self.encoding, errors=self.errors)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` readable by this user only; one of ours made by an older version is tightened."""
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    elif hasattr(os, "getuid") and folder.stat().st_uid == os.getuid():
        with contextlib.suppress(OSError):
            folder.chmod(0o700)


def open_private(path: Path, flags: int) -> int:
    """``os.open`` for a file only this user may read, even one an older version left open to all."""
    descriptor = os.open(path, flags, 0o600)
    if hasattr(os, "fchmod"):
        with contextlib.suppress(OSError):
            os.fchmod(descriptor, 0o600)
    return descriptor


def add_file_log(folder: Path, max_bytes: int = MAX_LOG_BYTES) -> RotatingFileHandler | None:
    """Log to ``folder/kiosk.log`` as well as stderr. None (and a warning) if the folder is unusable."""
    try:
        make_private_folder(folder)
        handler = PrivateRotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=max_bytes, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        logging.getLogger(__name__).warning("cannot write a log file in %s (%s)", folder, error)
        return None
    handler.setFormatter(logging.Formatter(FORMAT, datefmt="%Y-%m-%d %H:%M:%S"))
    logging.getLogger().addHandler(handler)
    return handler


def record_hard_crashes(folder: Path) -> None:
    """A crash inside Qt itself (no Python traceback) still leaves a stack in ``faults.log``."""
    global _fault_file
    path = folder / FAULT_FILE_NAME
    try:
        make_private_folder(folder)
        start_over = path.is_file() and path.stat().st_size > MAX_LOG_BYTES
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if start_over else os.O_APPEND)
        handle = open(open_private(path, flags), "w" if start_over else "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return
    _fault_file = handle
    faulthandler.enable(handle)
