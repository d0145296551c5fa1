"""Anonymous usage counts for the clinic: how often each thing happened, per day, and nothing else.

One SQLite table of ``(day, event, value) -> count`` in WAL mode. Every event and the shape of its
value are declared in :data:`EVENTS`; anything else is refused, so no free text, no identifiers and
no clock time (the day is the finest time kept) can get in. A visit's counts are held in memory and
added to the day's totals in one transaction when it ends, then the write-ahead log is emptied: what
is on disk never tells in which order one visitor did things. A process killed mid-write loses at
most that one batch and leaves the file readable.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import logging
import os
import re
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TextIO

from kiosk.core.config import LANGUAGES, TEXT_STEPS, THEMES
from kiosk.core.logs import make_private_folder, open_private

log = logging.getLogger(__name__)

PAGE_REF = re.compile(r"^[a-z0-9]+(?:[-:][a-z0-9]+){0,15}$")  # a page id or a route ("browse:pill")
TIME_BUCKETS: tuple[tuple[float, str], ...] = (
    (10, "under-10s"),
    (30, "10-30s"),
    (60, "30-60s"),
    (180, "1-3min"),
    (600, "3-10min"),
    (float("inf"), "over-10min"),
)
BUCKET_NAMES = tuple(name for _, name in TIME_BUCKETS)
SMALL_COUNT = 5  # exports leave out counts below this: too few to hide one visitor among


def _page(value: str) -> bool:
    return len(value) <= 64 and bool(PAGE_REF.match(value))


def _page_and_bucket(value: str) -> bool:
    page, _, bucket = value.rpartition("/")
    return _page(page) and bucket in BUCKET_NAMES


def _choice(choices: tuple[object, ...]) -> Callable[[str], bool]:
    allowed = {str(choice) for choice in choices}
    return lambda value: value in allowed


# event -> what its value must look like
EVENTS: dict[str, Callable[[str], bool]] = {
    "visit": lambda value: value == "",  # one visitor's session ended after at least one page
    "page_view": _page,  # value: page id
    "time_on_page": _page_and_bucket,  # value: "page-id/1-3min"
    "text_size": _choice(TEXT_STEPS),  # value: percent in force at the end of a visit
    "language": _choice(LANGUAGES),
    "theme": _choice(THEMES),
    "read_aloud": _page,  # value: page id
    "handout": _page,  # value: page id; the take-home panel (QR codes) was opened for it
    "handout_printed": _page,  # value: page id; printed, or saved as a PDF on a laptop
}

SCHEMA = """
CREATE TABLE IF NOT EXISTS daily_counts (
    day TEXT NOT NULL,
    event TEXT NOT NULL,
    value TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, event, value)
) WITHOUT ROWID
"""


class UsageSink(Protocol):
    """What features call to count something: ``window.usage.record("handout", page_id)``."""

    def record(self, event: str, value: str = "") -> bool: ...

    def flush(self) -> bool: ...


class NoUsage:
    """Counting switched off (or not set up, as in tests and the render command)."""

    def record(self, event: str, value: str = "") -> bool:
        return False

    def flush(self) -> bool:
        return False


def time_bucket(seconds: float) -> str:
    return next(name for limit, name in TIME_BUCKETS if seconds < limit)


class UsageStore:
    """Counts events per day. Never raises: a broken disk costs the counts, never the kiosk.

    ``record`` only adds to counts held in memory; ``flush`` adds them all to the day's totals in
    one transaction and then empties the write-ahead log, so the order in which one visitor did
    things is never on disk. The kiosk flushes when a visit ends (the idle reset) and at exit.
    A full disk is not damage: the counts stay in memory and the next flush tries again.
    """

    def __init__(
        self, path: Path, retention_days: int = 365, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self.path = path
        self.retention_days = retention_days
        self._today = today
        self._pruned_on: dt.date | None = None
        self._db: sqlite3.Connection | None = None
        self._failed = False
        self.disk_full = False  # the last write found no space; counts wait in memory
        self._pending: Counter[tuple[str, str, str]] = Counter()
        self._open()

    @property
    def pending(self) -> int:
        """How many counts wait in memory for the next flush."""
        return sum(self._pending.values())

    def _open(self) -> None:
        try:
            self._db = self._connect()
            self.disk_full = False
        except (sqlite3.Error, OSError) as error:
            if is_disk_full(error):
                self._note_disk_full(error)
            elif isinstance(error, sqlite3.DatabaseError):
                self._set_aside(error)
            else:
                self._give_up(error)

    def _connect(self) -> sqlite3.Connection:
        make_private_folder(self.path.parent)
        create_private_file(self.path)  # SQLite gives its -wal and -shm files the same mode
        db = sqlite3.connect(self.path, isolation_level=None, timeout=2.0)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # in WAL mode, safe against a killed process
            db.execute(SCHEMA)
            db.execute("PRAGMA user_version=1")
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _set_aside(self, error: Exception) -> None:
        """A damaged file is kept for inspection under a name never used before; counting starts afresh."""
        aside = unused_name(self.path.with_name(f"{self.path.name}.damaged-{self._today().isoformat()}"))
        log.error("usage counts file %s is damaged (%s); moved to %s", self.path, error, aside.name)
        try:
            for suffix in ("", "-wal", "-shm"):
                old = Path(f"{self.path}{suffix}")
                if old.exists():
                    old.replace(Path(f"{aside}{suffix}"))
            self._db = self._connect()
        except (OSError, sqlite3.Error) as again:
            if is_disk_full(again):
                self._note_disk_full(again)
            else:
                self._give_up(again)

    def _note_disk_full(self, error: Exception) -> None:
        if not self.disk_full:
            log.error("the disk is full: usage counts wait in memory until there is space (%s)", error)
        self.disk_full = True

    def _give_up(self, error: Exception) -> None:
        if not self._failed:
            log.error("usage counts are off: cannot write %s (%s)", self.path, error)
        self._failed = True
        self._db = None

    def record(self, event: str, value: str = "") -> bool:
        """Add one to today's count of ``event`` with ``value`` (in memory); False if refused or off."""
        check = EVENTS.get(event)
        if check is None or not check(value):
            log.warning("usage event refused: %s", event if check is None else f"{event} (bad value)")
            return False
        if self._failed:
            return False
        self._pending[(self._today().isoformat(), event, value)] += 1
        return True

    def flush(self) -> bool:
        """Add the counts held in memory to the stored totals in one transaction; True when stored."""
        if self._failed:
            return False
        if self._db is None:
            self._open()
        if self._db is None or not self._pending:
            return self._db is not None
        try:
            self._write(self._db)
        except (sqlite3.Error, OSError) as error:
            if is_disk_full(error):
                self._note_disk_full(error)
            else:
                self._give_up(error)
            return False
        if self.disk_full:
            log.info("the disk has space again: usage counts are stored")
            self.disk_full = False
        return True

    def _write(self, db: sqlite3.Connection) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany(
                "INSERT INTO daily_counts VALUES (?, ?, ?, ?) "
                "ON CONFLICT (day, event, value) DO UPDATE SET count = count + excluded.count",
                [(*key, count) for key, count in sorted(self._pending.items())],
            )
            today = self._today()
            if self._pruned_on != today:
                self.prune(today)
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise
        self._pending.clear()
        # The log would keep this transaction's pages in order until the next checkpoint.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def prune(self, today: dt.date | None = None) -> int:
        """Delete days older than the retention limit; returns how many rows went."""
        if self._db is None:
            return 0
        today = today or self._today()
        oldest = today - dt.timedelta(days=self.retention_days - 1)
        cursor = self._db.execute("DELETE FROM daily_counts WHERE day < ?", (oldest.isoformat(),))
        self._pruned_on = today
        return cursor.rowcount

    def close(self) -> None:
        """Store what is still in memory, then close the file."""
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None


def is_disk_full(error: BaseException) -> bool:
    """No space left (or over quota): not damage, and it passes."""
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)


def unused_name(path: Path) -> Path:
    """``path``, or ``path-2``, ``path-3``…: the first name that no file (or its -wal/-shm) has."""
    candidate, number = path, 1
    while any(Path(f"{candidate}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


def create_private_file(path: Path) -> None:
    """Create ``path`` empty (unless it exists) and readable by this user only."""
    os.close(open_private(path, os.O_WRONLY | os.O_CREAT))


def read_counts(path: Path, since: dt.date | None = None) -> list[tuple[str, str, str, int]]:
    """Every stored count, oldest day first, without changing the file.

    Reading a WAL database needs a small shared-memory file beside it; when that cannot be made
    (a full disk, a read-only folder) the file is read as it stands, without the log: the kiosk
    empties the log after every write, so nothing is missed.
    """
    if path.stat().st_size == 0:
        return []  # created, but a full disk left it without even its first page
    try:
        return _select(f"{path.resolve().as_uri()}?mode=ro", since)
    except sqlite3.OperationalError as error:
        log.warning("reading %s without its write-ahead log (%s)", path.name, error)
        return _select(f"{path.resolve().as_uri()}?immutable=1", since)


def _select(uri: str, since: dt.date | None) -> list[tuple[str, str, str, int]]:
    db = sqlite3.connect(uri, uri=True)
    try:
        return db.execute(
            "SELECT day, event, value, count FROM daily_counts WHERE day >= ? ORDER BY day, event, value",
            ((since or dt.date.min).isoformat(),),
        ).fetchall()
    finally:
        db.close()


def suppress_small(
    rows: list[tuple[str, str, str, int]], threshold: int = SMALL_COUNT
) -> tuple[list[tuple[str, str, str, int]], int]:
    """Rows with a count of at least ``threshold``, and how many were left out.

    In a quiet clinic a count of 1 or 2 can point at one visitor; an export shows only larger ones.
    """
    kept = [row for row in rows if row[3] >= threshold]
    return kept, len(rows) - len(kept)


def write_csv(rows: list[tuple[str, str, str, int]], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("day", "event", "value", "count"))
    writer.writerows(rows)
