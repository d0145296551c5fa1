"""Reading one file of the content library: every way it can be unusable becomes a patient-safe reason."""

from __future__ import annotations

import errno
from pathlib import Path

MAX_FILE_BYTES = 1_000_000


def read_text(path: Path, root: Path) -> str:
    """The file's text; raises ValueError with a patient-safe reason when it cannot be used."""
    try:
        resolved = path.resolve(strict=True)
        if not resolved.is_relative_to(root.resolve()):
            raise ValueError("the file points outside the content folder")
        size = resolved.stat().st_size
    except (OSError, RuntimeError) as error:
        if isinstance(error, RuntimeError) or getattr(error, "errno", None) == errno.ELOOP:
            raise ValueError("the file is a symbolic link that loops back on itself") from None
        raise ValueError(f"cannot read the file ({error.__class__.__name__})") from None
    if size > MAX_FILE_BYTES:
        raise ValueError(f"the file is {size:,} bytes; pages must be under {MAX_FILE_BYTES:,}")
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
