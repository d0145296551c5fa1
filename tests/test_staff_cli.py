"""`kiosk set-pin`, `kiosk stats`, and kiosk mode refusing to start without a PIN, as subprocesses."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.pin import read_pin_hash, verify_pin
from kiosk.core.usage import UsageStore
from tests.conftest import LibraryBuilder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home folder of its own, so no real config, PIN or data folder is touched."""
    path = tmp_path / "home"
    path.mkdir()
    return path


def kiosk(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


DATA = Path("data/bone-health-kiosk/bone-health-kiosk")


def test_set_pin_stores_only_a_hash_in_the_data_folder(home: Path, library: LibraryBuilder) -> None:
    library.topic("bones")
    result = kiosk(home, "set-pin", "--pin-stdin", "--content", str(library.root), stdin="470381\n")
    assert result.returncode == 0, result.stderr
    path = home / DATA / "staff-pin"
    stored = read_pin_hash(path)
    assert stored is not None and "470381" not in path.read_text() and verify_pin("470381", stored)
    assert str(path) in result.stdout
    assert not any("pin" in p.name for p in library.root.rglob("*"))


def test_set_pin_refuses_a_weak_pin_and_changes_nothing(home: Path) -> None:
    result = kiosk(home, "set-pin", "--pin-stdin", stdin="147258\n")
    assert result.returncode == 1 and "too easy to guess" in result.stderr
    assert not (home / DATA / "staff-pin").exists()


def test_set_pin_never_writes_into_the_content_folder(
    home: Path, library: LibraryBuilder, tmp_path: Path
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[staff]\npin_file = "{library.root / "en" / "pin"}"\n')
    result = kiosk(
        home,
        "set-pin",
        "--pin-stdin",
        "--config",
        str(config),
        "--content",
        str(library.root),
        stdin="470381\n",
    )
    assert result.returncode == 2 and "inside the content folder" in result.stderr
    assert not (library.root / "en" / "pin").exists()


def test_kiosk_mode_without_a_pin_refuses_to_start_and_says_how(home: Path, library: LibraryBuilder) -> None:
    library.topic("bones")
    result = kiosk(home, "run", "--kiosk", "--content", str(library.root))
    assert result.returncode == 78
    assert "kiosk mode needs a staff PIN" in result.stderr and "kiosk set-pin" in result.stderr


def test_a_damaged_pin_file_also_refuses_kiosk_mode(home: Path, library: LibraryBuilder) -> None:
    library.topic("bones")
    (home / DATA).mkdir(parents=True)
    (home / DATA / "staff-pin").write_text("letmein\n")
    result = kiosk(home, "run", "--kiosk", "--content", str(library.root))
    assert result.returncode == 78 and "kiosk set-pin" in result.stderr
    assert "not a staff PIN hash" in (home / DATA / "kiosk.log").read_text()


def test_stats_exports_daily_counts_as_csv_since_a_date(home: Path, tmp_path: Path) -> None:
    day = [dt.date(2026, 3, 1)]
    store = UsageStore(home / DATA / "usage.sqlite3", today=lambda: day[0])
    store.record("page_view", "denosumab")
    store.record("page_view", "denosumab")
    day[0] = dt.date(2026, 3, 2)
    store.record("text_size", "150")
    store.close()
    out = tmp_path / "usage.csv"
    result = kiosk(home, "stats", "--out", str(out), "--min-count", "1")
    assert result.returncode == 0 and "2 rows written" in result.stdout
    assert list(csv.reader(io.StringIO(out.read_text()))) == [
        ["day", "event", "value", "count"],
        ["2026-03-01", "page_view", "denosumab", "2"],
        ["2026-03-02", "text_size", "150", "1"],
    ]
    later = kiosk(home, "stats", "--out", "-", "--since", "2026-03-02", "--min-count", "1")
    assert later.stdout.splitlines() == ["day,event,value,count", "2026-03-02,text_size,150,1"]


def test_stats_with_nothing_counted_yet_writes_just_the_header(home: Path, tmp_path: Path) -> None:
    result = kiosk(home, "stats", "--out", str(tmp_path / "u.csv"))
    assert result.returncode == 0 and "no usage counts yet" in result.stderr
    assert (tmp_path / "u.csv").read_text() == "day,event,value,count\n"


def test_stats_rejects_a_bad_date(home: Path, tmp_path: Path) -> None:
    result = kiosk(home, "stats", "--out", str(tmp_path / "u.csv"), "--since", "last week")
    assert result.returncode == 2 and "--since must be a date" in result.stderr


def test_set_pin_with_stdin_closed_says_so_without_a_traceback(home: Path) -> None:
    for extra in ((), ("--pin-stdin",)):
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", "set-pin", *extra],
            stdin=None,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")},
            preexec_fn=lambda: os.close(0),
            start_new_session=True,  # no terminal to ask on either
        )
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert "no PIN given; nothing was changed" in result.stderr


def test_stats_leaves_out_counts_small_enough_to_single_out_a_visitor(home: Path) -> None:
    store = UsageStore(home / DATA / "usage.sqlite3", today=lambda: dt.date(2026, 3, 1))
    for _ in range(5):
        store.record("page_view", "denosumab")
    store.record("language", "es")  # the one Spanish-speaking visitor of a quiet day
    store.close()
    result = kiosk(home, "stats", "--out", "-")
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["day,event,value,count", "2026-03-01,page_view,denosumab,5"]
    assert "1 count(s) under 5 left out" in result.stderr


def test_stats_exports_what_it_can_from_a_file_a_full_disk_left_empty(home: Path) -> None:
    path = home / DATA / "usage.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")  # created, then no space to write its first page
    result = kiosk(home, "stats", "--out", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "day,event,value,count\n"
