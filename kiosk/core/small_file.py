"""Read a small settings file safely: a named pipe, a device or a huge file is refused before opening."""

from __future__ import annotations

import stat
from pathlib import Path


class NotASmallFileError(ValueError):
    """The path exists but is not a regular file of at most the given size."""


def read_small_file(path: Path, limit: int) -> bytes:
    """The file's bytes. Raises FileNotFoundError, OSError, or NotASmallFileError with a plain reason."""
    status = path.stat()  # follows symbolic links: the target is what would be opened
    if not stat.S_ISREG(status.st_mode):
        raise NotASmallFileError("it is not a regular file (a named pipe, device or socket?)")
    if status.st_size > limit:
        raise NotASmallFileError(f"it is {status.st_size:,} bytes; at most {limit:,} are read")
    with path.open("rb") as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise NotASmallFileError(f"it is over {limit:,} bytes")
    return data
