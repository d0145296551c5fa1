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
    result = kiosk(home, "set-pin", "--pin-stdin", "--content", str(library.root), stdin="2580\n")
    assert result.returncode == 0, result.stderr
    path = home / DATA / "staff-pin"
    stored = read_pin_hash(path)
    assert stored is not None and "2580" not in path.read_text() and verify_pin("2580", stored)
    assert str(path) in result.stdout
    assert not any("pin" in p.name for p in library.root.rglob("*"))


def test_set_pin_refuses_a_weak_pin_and_changes_nothing(home: Path) -> None:
    result = kiosk(home, "set-pin", "--pin-stdin", stdin="1111\n")
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
        stdin="2580\n",
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
    result = kiosk(home, "stats", "--out", str(out))
    assert result.returncode == 0 and "2 rows written" in result.stdout
    assert list(csv.reader(io.StringIO(out.read_text()))) == [
        ["day", "event", "value", "count"],
        ["2026-03-01", "page_view", "denosumab", "2"],
        ["2026-03-02", "text_size", "150", "1"],
    ]
    later = kiosk(home, "stats", "--out", "-", "--since", "2026-03-02")
    assert later.stdout.splitlines() == ["day,event,value,count", "2026-03-02,text_size,150,1"]


def test_stats_with_nothing_counted_yet_writes_just_the_header(home: Path, tmp_path: Path) -> None:
    result = kiosk(home, "stats", "--out", str(tmp_path / "u.csv"))
    assert result.returncode == 0 and "no usage counts yet" in result.stderr
    assert (tmp_path / "u.csv").read_text() == "day,event,value,count\n"


def test_stats_rejects_a_bad_date(home: Path, tmp_path: Path) -> None:
    result = kiosk(home, "stats", "--out", str(tmp_path / "u.csv"), "--since", "last week")
    assert result.returncode == 2 and "--since must be a date" in result.stderr
