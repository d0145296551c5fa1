"""Anonymous usage counts for the clinic: how often each thing happened, per day, and nothing else.

One SQLite table of ``(day, event, value) -> count`` in WAL mode. Every event and the shape of its
value are declared in :data:`EVENTS`; anything else is refused, so no free text, no identifiers and
no clock time (the day is the finest time kept) can get in. Each ``record`` is its own transaction,
so a process killed mid-write loses at most that one event and leaves the file readable.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TextIO

from kiosk.core.config import LANGUAGES, TEXT_STEPS, THEMES

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


class NoUsage:
    """Counting switched off (or not set up, as in tests and the render command)."""

    def record(self, event: str, value: str = "") -> bool:
        return False


def time_bucket(seconds: float) -> str:
    return next(name for limit, name in TIME_BUCKETS if seconds < limit)


class UsageStore:
    """Counts events per day. Never raises: a broken disk costs the counts, never the kiosk."""

    def __init__(
        self, path: Path, retention_days: int = 365, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self.path = path
        self.retention_days = retention_days
        self._today = today
        self._pruned_on: dt.date | None = None
        self._db: sqlite3.Connection | None = None
        self._failed = False
        self._open()

    def _open(self) -> None:
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError as error:
            self._set_aside(error)
        except OSError as error:
            self._give_up(error)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, isolation_level=None, timeout=2.0)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # in WAL mode, safe against a killed process
            db.execute(SCHEMA)
            db.execute("PRAGMA user_version=1")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _set_aside(self, error: Exception) -> None:
        """A damaged file is kept for inspection under another name; counting starts afresh."""
        aside = self.path.with_name(f"{self.path.name}.damaged-{self._today().isoformat()}")
        log.error("usage counts file %s is damaged (%s); moved to %s", self.path, error, aside.name)
        try:
            for suffix in ("", "-wal", "-shm"):
                old = Path(f"{self.path}{suffix}")
                if old.exists():
                    old.replace(Path(f"{aside}{suffix}"))
            self._db = self._connect()
        except (OSError, sqlite3.DatabaseError) as again:
            self._give_up(again)

    def _give_up(self, error: Exception) -> None:
        if not self._failed:
            log.error("usage counts are off: cannot write %s (%s)", self.path, error)
        self._failed = True
        self._db = None

    def record(self, event: str, value: str = "") -> bool:
        """Add one to today's count of ``event`` with ``value``; False if refused or not stored."""
        check = EVENTS.get(event)
        if check is None or not check(value):
            log.warning("usage event refused: %s", event if check is None else f"{event} (bad value)")
            return False
        if self._db is None:
            return False
        today = self._today()
        try:
            self._db.execute(
                "INSERT INTO daily_counts VALUES (?, ?, ?, 1) "
                "ON CONFLICT (day, event, value) DO UPDATE SET count = count + 1",
                (today.isoformat(), event, value),
            )
            if self._pruned_on != today:
                self.prune(today)
        except sqlite3.Error as error:
            self._give_up(error)
            return False
        return True

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
        if self._db is not None:
            self._db.close()
            self._db = None


def read_counts(path: Path, since: dt.date | None = None) -> list[tuple[str, str, str, int]]:
    """Every stored count, oldest day first, without changing the file."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return db.execute(
            "SELECT day, event, value, count FROM daily_counts WHERE day >= ? ORDER BY day, event, value",
            ((since or dt.date.min).isoformat(),),
        ).fetchall()
    finally:
        db.close()


def write_csv(rows: list[tuple[str, str, str, int]], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("day", "event", "value", "count"))
    writer.writerows(rows)
