"""Reading one file of the content library: every way it can be unusable becomes a patient-safe reason."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

from kiosk.core import budgets

MAX_FILE_BYTES = budgets.Budgets.defaults().page_bytes  # the budget in force: budgets.current()


def read_text(path: Path, root: Path) -> str:
    """The file's text; raises ValueError with a patient-safe reason when it cannot be used."""
    try:
        resolved = path.resolve(strict=True)
        if not resolved.is_relative_to(root.resolve()):
            raise ValueError("the file points outside the content folder")
        status = resolved.stat()  # before opening: a named pipe or a device would block or never end
    except (OSError, RuntimeError) as error:
        if isinstance(error, RuntimeError) or getattr(error, "errno", None) == errno.ELOOP:
            raise ValueError("the file is a symbolic link that loops back on itself") from None
        raise ValueError(f"cannot read the file ({error.__class__.__name__})") from None
    if not stat.S_ISREG(status.st_mode):
        raise ValueError("the file is not a regular file (a named pipe, device or socket?)")
    limit = budgets.current().page_bytes
    if status.st_size > limit:
        raise ValueError(f"the file is {status.st_size:,} bytes; pages must be under {limit:,}")
    try:
        data = resolved.read_bytes()
    except OSError as error:
        raise ValueError(f"cannot read the file ({error.strerror})") from None
    if b"\x00" in data:
        raise ValueError("the file is binary, not Markdown text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ValueError(f"line {line} is not valid UTF-8 text") from None
    if not text.strip():
        raise ValueError("the file is empty")
    return text.removeprefix("\ufeff")
