"""What the kiosk writes about its use is readable by its own user only (issue 17)."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from kiosk.core.logs import LOG_FILE_NAME, add_file_log, record_hard_crashes


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_files_are_private_in_a_private_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    handler = add_file_log(folder, max_bytes=200)
    assert handler is not None
    try:
        for number in range(20):  # enough to rotate a few times
            logging.getLogger("kiosk.test").warning("line %d of a log that rotates", number)
        record_hard_crashes(folder)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert mode(folder) == 0o700
    files = sorted(folder.iterdir())
    assert {LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", "faults.log"} <= {path.name for path in files}
    assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}


def test_files_an_older_version_left_open_to_all_are_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / LOG_FILE_NAME).write_text("old\n")
    (folder / LOG_FILE_NAME).chmod(0o644)
    handler = add_file_log(folder)
    assert handler is not None
    logging.getLogger().removeHandler(handler)
    handler.close()
    assert mode(folder) == 0o700 and mode(folder / LOG_FILE_NAME) == 0o600
