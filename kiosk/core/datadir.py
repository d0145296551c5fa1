"""Where the kiosk keeps what it writes: the log, the usage counts and the staff PIN hash.

Never under the content folder: content is copied in from outside and may be replaced wholesale.
The default is the platform's app-data folder, the same one Qt's ``QStandardPaths.AppDataLocation``
names for this app (a test checks they agree), computed here without Qt so the command-line tools
(``kiosk set-pin``, ``kiosk stats``) find the same files as the running app.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from kiosk import APP_ID
from kiosk.core.config import Config

log = logging.getLogger(__name__)
PIN_FILE_NAME = "staff-pin"
USAGE_FILE_NAME = "usage.sqlite3"


def platform_data_dir() -> Path:
    """The per-user app-data folder, as Qt names it (organisation and application are both APP_ID)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / APP_ID / APP_ID


def is_inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return False


def data_dir(config: Config, content: Path | None = None, default: Path | None = None) -> Path:
    """The configured ``data_dir``, or ``default`` (the platform folder); never inside ``content``."""
    fallback = default or platform_data_dir()
    configured = config["data_dir"]
    if not configured:
        return fallback
    chosen = Path(configured).expanduser()
    if content is not None and is_inside(chosen, content):
        log.error("data_dir %s is inside the content folder; using %s instead", chosen, fallback)
        return fallback
    return chosen


def pin_file(config: Config, content: Path | None = None, default_data: Path | None = None) -> Path:
    """Where the staff PIN hash lives: ``staff.pin_file``, or ``staff-pin`` in the data folder."""
    configured = config["staff.pin_file"]
    if configured:
        return Path(configured).expanduser()
    return data_dir(config, content, default_data) / PIN_FILE_NAME


def usage_file(config: Config, content: Path | None = None, default_data: Path | None = None) -> Path:
    return data_dir(config, content, default_data) / USAGE_FILE_NAME
