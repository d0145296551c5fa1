"""The kiosk's log file: size-capped and rotated, in the data folder, never under content.

Log lines name page ids at most; what a visitor chose (text size, theme, language) is never logged.
"""

from __future__ import annotations

import faulthandler
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

LOG_FILE_NAME = "kiosk.log"
FAULT_FILE_NAME = "faults.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 5  # at most about 6 MB of logs, ever
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_fault_file: IO[str] | None = None  # kept open for faulthandler, which writes without Python


def add_file_log(folder: Path, max_bytes: int = MAX_LOG_BYTES) -> RotatingFileHandler | None:
    """Log to ``folder/kiosk.log`` as well as stderr. None (and a warning) if the folder is unusable."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
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
        mode = "w" if path.is_file() and path.stat().st_size > MAX_LOG_BYTES else "a"
        handle = path.open(mode, encoding="utf-8")
    except OSError:
        return
    _fault_file = handle
    faulthandler.enable(handle)
