"""Anonymous usage counts: only declared events, per day, in a WAL database that survives kill -9."""

from __future__ import annotations

import datetime as dt
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.usage import UsageStore, read_counts, time_bucket
from tests.conftest import FakeClock, FakeTimer, KioskFactory
from tests.ui_helpers import action, tap, tap_tile, treatment_of

DAY = dt.date(2026, 3, 14)


@pytest.fixture
def store(tmp_path: Path) -> UsageStore:
    return UsageStore(tmp_path / "usage.sqlite3", today=lambda: DAY)


def test_counts_add_up_per_day_event_and_value(store: UsageStore) -> None:
    for _ in range(3):
        assert store.record("page_view", "denosumab")
    store.record("read_aloud", "denosumab")
    store.record("handout", "alendronate")
    assert read_counts(store.path) == []  # held in memory until the visit ends
    assert store.flush()
    assert read_counts(store.path) == [
        ("2026-03-14", "handout", "alendronate", 1),
        ("2026-03-14", "page_view", "denosumab", 3),
        ("2026-03-14", "read_aloud", "denosumab", 1),
    ]


@pytest.mark.parametrize(
    ("event", "value"),
    [
        ("search", "my mother's bones"),  # not a declared event
        ("page_view", "Jane Doe"),  # free text
        ("page_view", "denosumab 14:32"),  # a clock time
        ("page_view", "a" * 80),
        ("text_size", "130"),  # not a text step
        ("language", "fr"),
        ("time_on_page", "denosumab/17s"),  # not a bucket
        ("visit", "session-8f3a"),  # an identifier
    ],
)
def test_anything_but_a_declared_event_and_value_is_refused(
    store: UsageStore, event: str, value: str
) -> None:
    assert not store.record(event, value)
    store.flush()
    assert read_counts(store.path) == []


def test_the_database_is_in_wal_mode_with_no_time_finer_than_the_day(store: UsageStore) -> None:
    store.record("page_view", "denosumab")
    store.flush()
    db = sqlite3.connect(store.path)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    columns = [row[1] for row in db.execute("PRAGMA table_info(daily_counts)")]
    assert columns == ["day", "event", "value", "count"]
    assert db.execute("SELECT day FROM daily_counts").fetchone() == ("2026-03-14",)


@pytest.mark.parametrize(
    ("seconds", "bucket"),
    [
        (0, "under-10s"),
        (9.9, "under-10s"),
        (10, "10-30s"),
        (45, "30-60s"),
        (100, "1-3min"),
        (599, "3-10min"),
        (3600, "over-10min"),
    ],
)
def test_time_on_page_is_kept_only_as_a_bucket(seconds: float, bucket: str) -> None:
    assert time_bucket(seconds) == bucket


def test_days_past_the_retention_limit_are_deleted(tmp_path: Path) -> None:
    day = [dt.date(2026, 1, 1)]
    store = UsageStore(tmp_path / "u.sqlite3", retention_days=30, today=lambda: day[0])
    store.record("page_view", "old-page")
    store.flush()
    day[0] = dt.date(2026, 1, 30)
    store.record("page_view", "kept")
    store.flush()
    assert {row[2] for row in read_counts(store.path)} == {"old-page", "kept"}
    day[0] = dt.date(2026, 1, 31)
    store.record("page_view", "new")
    store.flush()
    assert {row[2] for row in read_counts(store.path)} == {"kept", "new"}


def test_a_damaged_database_is_set_aside_and_counting_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store = UsageStore(path, today=lambda: DAY)
    assert store.record("page_view", "denosumab") and store.flush()
    assert read_counts(path) == [("2026-03-14", "page_view", "denosumab", 1)]
    assert (tmp_path / "usage.sqlite3.damaged-2026-03-14").is_file()


def test_an_unwritable_folder_turns_counting_off_without_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    store = UsageStore(blocker / "usage.sqlite3")
    assert not store.record("page_view", "denosumab")


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kiosk.core.usage import UsageStore

    store = UsageStore(Path(sys.argv[1]))
    done = 0
    while True:
        store.record("page_view", "denosumab")
        store.flush()
        done += 1
        print(done, flush=True)
    """
)


def test_a_write_killed_mid_way_leaves_a_readable_database_missing_at_most_one_event(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=Path.cwd()
    )
    assert writer.stdout is not None
    acknowledged = 0
    while acknowledged < 300:
        acknowledged = int(writer.stdout.readline())
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    (count,) = db.execute("SELECT count FROM daily_counts WHERE event = 'page_view'").fetchone()
    assert count >= acknowledged  # every event it reported as written is there


def test_the_kiosk_counts_pages_time_on_them_and_the_visitors_settings_once_per_visit(
    qtbot: QtBot, make_kiosk: KioskFactory, clock: FakeClock
) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    tap(qtbot, action(window, "larger"))
    tap_tile(qtbot, window, "Medicines")
    clock.advance(5)
    tap_tile(qtbot, window, "Denosumab (Prolia)")
    clock.advance(200 + 120)  # read for 200 s, then walked away: 90 s idle + 30 s warning
    idle = window.watcher
    assert isinstance(idle.idle_timer, FakeTimer) and isinstance(idle.tick_timer, FakeTimer)
    idle.idle_timer.fire()
    for _ in range(30):
        idle.tick_timer.fire()
    assert kiosk.kit.usage is not None
    counts = {(event, value): n for _, event, value, n in read_counts(kiosk.kit.usage.path)}
    assert counts == {
        ("page_view", "medicines"): 1,
        ("page_view", "denosumab"): 1,
        ("time_on_page", "medicines/under-10s"): 1,
        ("time_on_page", "denosumab/3-10min"): 1,
        ("visit", ""): 1,
        ("text_size", "125"): 1,
        ("language", "en"): 1,
        ("theme", "default"): 1,
    }


def test_other_features_count_through_the_window(make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    assert kiosk.treatment.usage.record("read_aloud", "denosumab")
    assert kiosk.kit.usage is not None
    kiosk.kit.usage.flush()
    assert read_counts(kiosk.kit.usage.path)[0][1:] == ("read_aloud", "denosumab", 1)


def test_take_home_handouts_are_counted_per_medicine(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    kiosk.window.open_page("denosumab")
    tap(qtbot, kiosk.treatment.card_bar.take_home_button)
    assert kiosk.kit.usage is not None
    kiosk.kit.usage.flush()
    assert ("handout", "denosumab", 1) in [row[1:] for row in read_counts(kiosk.kit.usage.path)]


def test_counting_can_be_switched_off(make_kiosk: KioskFactory, tmp_path: Path) -> None:
    kiosk = make_kiosk(usage__enabled=False)
    assert not kiosk.treatment.usage.record("page_view", "denosumab")
    assert not (tmp_path / "data" / "usage.sqlite3").exists()


def test_read_aloud_is_counted_per_page(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    kiosk.window.open_page("denosumab")
    tap(qtbot, action(kiosk.window, "listen"))
    assert kiosk.kit.usage is not None
    kiosk.kit.usage.flush()
    assert ("read_aloud", "denosumab", 1) in [row[1:] for row in read_counts(kiosk.kit.usage.path)]


def test_a_visit_leaves_nothing_of_its_order_on_disk(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """Mid-visit nothing is written; at the reset one transaction adds it all and the log is emptied,
    so neither the database nor its write-ahead log can be replayed step by step."""
    kiosk = make_kiosk()
    window = kiosk.window
    assert kiosk.kit.usage is not None
    path = kiosk.kit.usage.path
    tap_tile(qtbot, window, "Medicines")
    tap_tile(qtbot, window, "Denosumab (Prolia)")
    tap(qtbot, action(window, "listen"))
    tap(qtbot, treatment_of(window).card_bar.take_home_button)
    assert read_counts(path) == []
    wal = Path(f"{path}-wal")
    assert not wal.exists() or b"denosumab" not in wal.read_bytes()
    window.reset_to_start()
    assert {row[1] for row in read_counts(path)} >= {"page_view", "read_aloud", "handout", "visit"}
    assert wal.stat().st_size == 0  # checkpointed and truncated: no frames to replay in order


def test_a_full_disk_keeps_the_counts_in_memory_until_there_is_space(tmp_path: Path) -> None:
    store = UsageStore(tmp_path / "usage.sqlite3", today=lambda: DAY)
    assert store.record("page_view", "denosumab") and store.flush()
    assert store._db is not None
    (pages,) = store._db.execute("PRAGMA page_count").fetchone()
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # the disk fills up: no page more fits
    for number in range(300):
        store.record("page_view", f"page-{number}")
    assert not store.flush() and store.disk_full
    assert store.pending == 300
    assert not list(tmp_path.glob("*damaged*"))  # full is not damaged
    assert store.record("page_view", "later")  # counting goes on
    store._db.execute("PRAGMA max_page_count = 1000000")  # space again
    assert store.flush() and not store.disk_full and store.pending == 0
    assert len(read_counts(store.path)) == 302


def test_a_disk_full_at_start_is_not_taken_for_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "usage.sqlite3"
    UsageStore(path).close()
    real_connect = sqlite3.connect

    def full(*args: object, **kwargs: object) -> sqlite3.Connection:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error

    monkeypatch.setattr(sqlite3, "connect", full)
    store = UsageStore(path, today=lambda: DAY)
    assert store.disk_full and store.record("page_view", "denosumab") and not store.flush()
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert store.flush()
    assert read_counts(path) == [("2026-03-14", "page_view", "denosumab", 1)]
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []


def test_a_second_damage_the_same_day_never_overwrites_the_first_copy(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    for text in (b"first damage " * 100, b"second damage " * 100):
        path.write_bytes(text)
        Path(f"{path}-wal").unlink(missing_ok=True)
        Path(f"{path}-shm").unlink(missing_ok=True)
        UsageStore(path, today=lambda: DAY).close()
    kept = sorted(p.name for p in tmp_path.iterdir() if "damaged" in p.name)
    assert kept == ["usage.sqlite3.damaged-2026-03-14", "usage.sqlite3.damaged-2026-03-14-2"]
    assert (tmp_path / kept[0]).read_bytes().startswith(b"first damage")


def test_the_counts_are_readable_by_this_user_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = UsageStore(folder / "usage.sqlite3", today=lambda: DAY)
    store.record("page_view", "denosumab")
    store.flush()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for suffix in ("", "-wal", "-shm"):
        assert stat.S_IMODE(Path(f"{store.path}{suffix}").stat().st_mode) == 0o600, suffix


def test_counts_are_read_even_when_the_disk_is_too_full_for_sqlites_shared_memory_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a full tmpfs, opening a closed WAL database read-only failed with "disk I/O error": SQLite
    could not create its -shm file. The file itself is complete (the log is emptied after each visit)."""
    store = UsageStore(tmp_path / "usage.sqlite3", today=lambda: DAY)
    store.record("page_view", "denosumab")
    store.close()
    real_connect = sqlite3.connect

    def full_disk(database: str, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if "mode=ro" in str(database):
            raise sqlite3.OperationalError("disk I/O error")
        connection: sqlite3.Connection = real_connect(database, *args, **kwargs)
        return connection

    monkeypatch.setattr(sqlite3, "connect", full_disk)
    assert read_counts(store.path) == [("2026-03-14", "page_view", "denosumab", 1)]


def test_a_card_opened_at_one_of_its_forms_is_counted_as_the_card(
    qtbot: QtBot, make_kiosk: KioskFactory, caplog: pytest.LogCaptureFixture
) -> None:
    """The A-Z list opens a brand at its form ("alendronate#form-3"): the count is the card's."""
    kiosk = make_kiosk()
    kiosk.window.open_page("alendronate#form-2")
    tap(qtbot, action(kiosk.window, "listen"))
    tap(qtbot, kiosk.treatment.card_bar.take_home_button)
    kiosk.window.reset_to_start()
    assert kiosk.kit.usage is not None
    counts = {(event, value) for _, event, value, _ in read_counts(kiosk.kit.usage.path)}
    assert {("page_view", "alendronate"), ("read_aloud", "alendronate"), ("handout", "alendronate")} <= counts
    assert "usage event refused" not in caplog.text


def test_a_comparison_is_counted_as_compare_not_as_its_medicines(
    qtbot: QtBot, make_kiosk: KioskFactory, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = make_kiosk()
    kiosk.window.open_page("compare:alendronate,denosumab")
    kiosk.window.go_home()
    kiosk.window.reset_to_start()
    assert kiosk.kit.usage is not None
    counts = {(event, value) for _, event, value, _ in read_counts(kiosk.kit.usage.path)}
    assert ("page_view", "compare") in counts
    assert not any("alendronate" in value for _, value in counts)
    assert "usage event refused" not in caplog.text
