"""One bad file never stops the kiosk: it starts, takes no hostile update, and never restarts into
the library that crashed it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from pytestqt.qtbot import QtBot

from kiosk.core.content import Library
from kiosk.core.problems import Problem
from kiosk.ui.shell.content_watcher import ContentWatcher
from kiosk.ui.shell.last_good import KEPT_FOLDER, TRIAL_MS, LastGood, library_version
from tests.conftest import REPO, FakeTimer, Kiosk, KioskFactory, LibraryBuilder
from tests.ui_helpers import action, tap, tap_tile, visible_tiles

HUGE_ORDER = "1" + "0" * 5_000
DEEP_GLOSSARY = "bad: " + "[" * 50_000 + "]" * 50_000 + "\n"


def tile_titles(kiosk: Kiosk) -> list[str]:
    return [tile.title_label.text() for tile in visible_tiles(kiosk.window) if tile.target != "names"]


def huge_order(library: LibraryBuilder) -> None:
    path = library.topic("odd", title="Odd page", order=7)
    path.write_text(path.read_text().replace("order: 7", f"order: {HUGE_ORDER}"))


def deep_glossary(library: LibraryBuilder) -> None:
    library.write("glossary.yaml", DEEP_GLOSSARY)


HOSTILE_FILES = {"a 5,000-digit order": huge_order, "a 50,000-deep glossary": deep_glossary}


def assert_screen_keeps_turning(qtbot: QtBot) -> None:
    tick = QTimer()
    tick.setSingleShot(True)
    with qtbot.waitSignal(tick.timeout, timeout=5_000):
        tick.start(0)


def watcher(kiosk: Kiosk) -> ContentWatcher:
    assert kiosk.kit.content_watcher is not None
    return kiosk.kit.content_watcher


def settle(kiosk: Kiosk) -> None:
    watcher(kiosk).changed()
    cast(FakeTimer, watcher(kiosk).quiet_timer).fire()
    QCoreApplication.processEvents()


def run_until_first_paint(content: Path, data: Path) -> str:
    """``kiosk run`` in a window, offscreen, quitting after its first frame; returns its log."""
    config = data.parent / "kiosk.toml"
    config.write_text(f'mode = "window"\ndata_dir = "{data}"\n')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_BENCH_FIRST_PAINT": "1"}
    env["PYTHONPATH"] = str(REPO)
    command = [sys.executable, "-m", "kiosk", "run", "--content", str(content), "--config", str(config)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr[-2_000:]
    assert "first-paint" in done.stdout
    return (data / "kiosk.log").read_text()


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_kiosk_run_starts_and_shows_the_rest_despite_a_bad_file(
    case: str, library: LibraryBuilder, tmp_path: Path
) -> None:
    library.topic("bones", title="Your bones")
    HOSTILE_FILES[case](library)
    log = run_until_first_paint(library.root, tmp_path / "data")
    assert "loaded 1 pages" in log


def test_kiosk_run_restarts_on_the_last_good_copy_after_a_crash(
    library: LibraryBuilder, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    library.topic("bones", title="Your bones")
    assert "loaded 1 pages from " + str(library.root) in run_until_first_paint(library.root, data)
    library.topic("crash", title="Crashes the kiosk", order=2)
    LastGood(data).start_root(library.root)  # what a start on it records, before the app died
    log = run_until_first_paint(library.root, data)
    assert "loaded 1 pages from " + str(data / KEPT_FOLDER) in log
    assert "it is not used again" in log


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_the_window_shows_the_rest_of_a_library_with_a_bad_file(
    case: str, qtbot: QtBot, library: LibraryBuilder, make_kiosk: KioskFactory
) -> None:
    library.topic("bones", title="Your bones")
    HOSTILE_FILES[case](library)
    kiosk = make_kiosk(library.root)
    assert tile_titles(kiosk) == ["Your bones"]
    assert_screen_keeps_turning(qtbot)


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_a_live_update_carrying_a_bad_file_is_refused_and_quarantined(
    case: str, qtbot: QtBot, library: LibraryBuilder, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    library.topic("bones", title="Your bones")
    kiosk = make_kiosk(library.root)
    library.topic("food", title="Food for bones", order=2)
    HOSTILE_FILES[case](library)
    settle(kiosk)
    assert tile_titles(kiosk) == ["Your bones"]
    assert_screen_keeps_turning(qtbot)
    assert LastGood(tmp_path / "data").is_quarantined(library_version(library.root))


def test_a_new_folder_moved_into_place_is_noticed(
    qtbot: QtBot, library: LibraryBuilder, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    library.topic("bones", title="Your bones")
    kiosk = make_kiosk(library.root)
    fresh = LibraryBuilder(tmp_path / "new")
    fresh.topic("bones", title="Your bones")
    fresh.topic("walking", title="Walking", order=2)
    quiet = cast(FakeTimer, watcher(kiosk).quiet_timer)
    library.root.rename(tmp_path / "old")
    fresh.root.rename(library.root)  # mv content old; mv new content
    qtbot.waitUntil(quiet.isActive, timeout=5_000)
    settle(kiosk)
    assert tile_titles(kiosk) == ["Your bones", "Walking"]
    quiet.stop()
    with qtbot.waitSignal(watcher(kiosk).files.fileChanged, timeout=5_000):  # the new folder is watched
        fresh_page = library.root / "en" / "walking.md"
        fresh_page.write_text(fresh_page.read_text().replace("Walking", "Walks"))


def test_a_library_that_crashed_the_app_is_not_loaded_again_on_restart(
    library: LibraryBuilder, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    record = LastGood(tmp_path / "data")
    library.topic("bones", title="Your bones")
    good = library_version(library.root)
    assert record.start_root(library.root) == (library.root, good)  # first start: on trial
    kiosk = make_kiosk(library.root)
    kiosk.kit.trial.start(library.root, good)
    cast(FakeTimer, kiosk.kit.trial.timer).fire()  # a minute with no error: good, and a copy is kept
    assert (tmp_path / "data" / KEPT_FOLDER / "en" / "bones.md").is_file()

    library.topic("crash", title="Crashes the kiosk", order=2)
    assert record.start_root(library.root)[0] == library.root  # the new version goes on trial...
    # ...and the app dies before it is confirmed. The next start does not load it.
    kept, on_trial = record.start_root(library.root)
    assert kept == tmp_path / "data" / KEPT_FOLDER and not on_trial
    assert record.is_quarantined(library_version(library.root))
    restarted = make_kiosk(library.root, start_from=kept)
    assert tile_titles(restarted) == ["Your bones"]
    settle(restarted)  # nor does a live update bring it back while it is unchanged
    assert tile_titles(restarted) == ["Your bones"]

    library.topic("walking", title="Walking", order=3)  # once it changes, it is tried again
    (library.root / "en" / "crash.md").unlink()
    settle(restarted)
    assert tile_titles(restarted) == ["Your bones", "Walking"]


def test_a_clean_exit_after_no_error_makes_the_version_good(
    library: LibraryBuilder, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    library.topic("bones", title="Your bones")
    kiosk = make_kiosk(library.root)
    kiosk.kit.trial.start(library.root, library_version(library.root))
    assert cast(FakeTimer, kiosk.kit.trial.timer).interval_ms == TRIAL_MS
    kiosk.kit.trial.finish()
    assert (tmp_path / "data" / KEPT_FOLDER / "en" / "bones.md").is_file()


def test_a_slow_update_check_leaves_the_screen_usable_and_then_swaps(
    qtbot: QtBot, library: LibraryBuilder, make_kiosk: KioskFactory
) -> None:
    library.topic("bones", title="Your bones")
    kiosk = make_kiosk(library.root, background_checks=True)
    store, window = kiosk.window.libraries, kiosk.window
    release = threading.Event()
    check_pages = store.check_pages

    def slow_check(checked: Library) -> list[Problem]:
        release.wait(60)  # a page that renders for as long as the test says
        return check_pages(checked)

    store.check_pages = slow_check
    library.topic("food", title="Food for bones", order=2)
    settle(kiosk)
    assert watcher(kiosk).checking
    assert_screen_keeps_turning(qtbot)
    tap_tile(qtbot, window, "Your bones")  # a visitor reads on while the update is checked
    assert window.title() == "Your bones"
    tap(qtbot, action(window, "home"))
    release.set()
    qtbot.waitUntil(lambda: not watcher(kiosk).checking, timeout=10_000)
    QCoreApplication.processEvents()
    assert tile_titles(kiosk) == ["Your bones", "Food for bones"]


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_a_background_check_refuses_a_hostile_update(
    case: str, qtbot: QtBot, library: LibraryBuilder, make_kiosk: KioskFactory
) -> None:
    library.topic("bones", title="Your bones")
    kiosk = make_kiosk(library.root, background_checks=True)
    HOSTILE_FILES[case](library)
    with qtbot.waitSignal(watcher(kiosk).update_refused, timeout=10_000):
        settle(kiosk)
    assert tile_titles(kiosk) == ["Your bones"]
    assert_screen_keeps_turning(qtbot)
