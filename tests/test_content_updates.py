"""Content changes on disk reach the screen only when they load cleanly and nobody is mid-page."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

import kiosk.core.content as content_module
from kiosk.ui.shell.content_watcher import ContentWatcher
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import FakeTimer, Kiosk, KioskFactory, LibraryBuilder
from tests.ui_helpers import action, page_text, tap, tap_tile, visible_tiles


@pytest.fixture
def kiosk(library: LibraryBuilder, make_kiosk: KioskFactory) -> Kiosk:
    library.topic("bones", title="Your bones", order=1)
    library.topic("food", title="Food for bones", order=2)
    return make_kiosk(library.root)


def watcher(kiosk: Kiosk) -> ContentWatcher:
    assert kiosk.kit.content_watcher is not None
    return kiosk.kit.content_watcher


def settle(kiosk: Kiosk) -> None:
    """The folder has been quiet for the debounce time."""
    watcher(kiosk).changed()
    cast(FakeTimer, watcher(kiosk).quiet_timer).fire()
    QCoreApplication.processEvents()  # new tiles show on the next pass of the event loop


def tile_titles(window: MainWindow) -> list[str]:
    """The page tiles (not shortcuts to other screens, like the A to Z names)."""
    tiles = visible_tiles(window)
    return [tile.title_label.text() for tile in tiles if tile.target.partition(":")[0] not in window.routes]


def idle_out(window: MainWindow) -> None:
    cast(FakeTimer, window.watcher.idle_timer).fire()
    for _ in range(window.watcher.warning_seconds):
        cast(FakeTimer, window.watcher.tick_timer).fire()


def test_an_update_shows_at_once_on_the_home_screen(kiosk: Kiosk, library: LibraryBuilder) -> None:
    library.topic("walking", title="Walking", order=3)
    settle(kiosk)
    assert tile_titles(kiosk.window) == ["Your bones", "Food for bones", "Walking"]


def test_a_visitor_mid_page_keeps_reading_until_they_go_home(
    qtbot: QtBot, kiosk: Kiosk, library: LibraryBuilder
) -> None:
    window = kiosk.window
    tap_tile(qtbot, window, "Your bones")
    library.topic("bones", title="Your bones", body="A new text about bones.", order=1)
    settle(kiosk)
    assert "Bones are alive" in page_text(window)
    tap(qtbot, action(window, "home"))
    QCoreApplication.processEvents()
    tap_tile(qtbot, window, "Your bones")
    assert page_text(window).startswith("A new text about bones.")


def test_an_update_that_arrives_mid_page_is_in_place_after_the_idle_reset(
    qtbot: QtBot, kiosk: Kiosk, library: LibraryBuilder
) -> None:
    tap_tile(qtbot, kiosk.window, "Your bones")
    (library.root / "en" / "food.md").unlink()
    settle(kiosk)
    assert kiosk.window.library.get("food") is not None
    idle_out(kiosk.window)
    QCoreApplication.processEvents()
    assert tile_titles(kiosk.window) == ["Your bones"]


def test_a_half_copied_update_is_refused_until_the_copy_completes(
    kiosk: Kiosk, library: LibraryBuilder, caplog: pytest.LogCaptureFixture
) -> None:
    whole = library.topic("walking", title="Walking", order=3).read_text()
    (library.root / "en" / "walking.md").write_text(whole[: len(whole) // 3])  # the copy stopped here
    with caplog.at_level(logging.WARNING):
        settle(kiosk)
    assert tile_titles(kiosk.window) == ["Your bones", "Food for bones"]
    assert "content update refused" in caplog.text and "walking.md" in caplog.text
    (library.root / "en" / "walking.md").write_text(whole)
    settle(kiosk)
    assert tile_titles(kiosk.window) == ["Your bones", "Food for bones", "Walking"]


def test_a_file_deleted_while_it_is_read_changes_nothing(
    kiosk: Kiosk, library: LibraryBuilder, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    listed = content_module.markdown_files
    gone = library.root / "en" / "gone-mid-read.md"
    monkeypatch.setattr(content_module, "markdown_files", lambda folder: [*listed(folder), gone])
    library.topic("walking", title="Walking", order=3)
    with caplog.at_level(logging.WARNING):
        settle(kiosk)
    assert tile_titles(kiosk.window) == ["Your bones", "Food for bones"]
    assert "gone-mid-read.md:1: error: cannot read the file" in caplog.text


def test_a_vanished_folder_keeps_the_last_good_library_on_screen_and_looks_again(
    qtbot: QtBot, kiosk: Kiosk, library: LibraryBuilder, tmp_path: Path
) -> None:
    shutil.move(library.root, tmp_path / "unplugged")
    settle(kiosk)
    window = kiosk.window
    assert tile_titles(window) == ["Your bones", "Food for bones"]
    tap_tile(qtbot, window, "Your bones")
    assert "Bones are alive" in page_text(window)
    retry = cast(FakeTimer, watcher(kiosk).retry_timer)
    assert retry.isActive()
    shutil.move(tmp_path / "unplugged", library.root)
    library.topic("walking", title="Walking", order=3)
    retry.fire()
    tap(qtbot, action(window, "home"))
    QCoreApplication.processEvents()
    assert tile_titles(window) == ["Your bones", "Food for bones", "Walking"]


def test_a_file_that_was_already_broken_does_not_block_updates(
    library: LibraryBuilder, make_kiosk: KioskFactory
) -> None:
    library.topic("bones", title="Your bones")
    library.write("broken.md", "---\nid: [\n---\n")
    kiosk = make_kiosk(library.root)
    library.topic("walking", title="Walking", order=3)
    settle(kiosk)
    assert tile_titles(kiosk.window) == ["Your bones", "Walking"]


def test_an_update_with_a_broken_link_is_refused(kiosk: Kiosk, library: LibraryBuilder) -> None:
    library.topic("walking", title="Walking", body="See [the missing page](nowhere).", order=3)
    settle(kiosk)
    assert tile_titles(kiosk.window) == ["Your bones", "Food for bones"]


def test_an_update_that_empties_the_library_is_refused(kiosk: Kiosk, library: LibraryBuilder) -> None:
    for path in (library.root / "en").glob("*.md"):
        path.unlink()
    settle(kiosk)
    assert tile_titles(kiosk.window) == ["Your bones", "Food for bones"]


def test_the_real_folder_watcher_notices_an_edit_and_waits_for_quiet(
    qtbot: QtBot, kiosk: Kiosk, library: LibraryBuilder
) -> None:
    quiet = cast(FakeTimer, watcher(kiosk).quiet_timer)
    assert not quiet.isActive()
    with qtbot.waitSignal(watcher(kiosk).files.fileChanged, timeout=5000):
        library.topic("food", title="Food and bones", order=2)
    assert quiet.isActive() and quiet.interval_ms == 2000


def test_staff_can_reload_at_once_and_hear_what_happened(kiosk: Kiosk, library: LibraryBuilder) -> None:
    library.write("walking.md", "---\nid: walking\n")
    result = kiosk.kit.reload_content()
    assert not result.ready and result.problems
    library.topic("walking", title="Walking", order=3)
    assert kiosk.kit.reload_content().ready
    QCoreApplication.processEvents()
    assert tile_titles(kiosk.window)[-1] == "Walking"


def test_a_kiosk_loads_every_language_once_started_so_a_vanished_folder_cannot_empty_one(
    library: LibraryBuilder, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    library.topic("bones", title="Your bones")
    library.topic("huesos", title="Sus huesos", lang="es")
    kiosk = make_kiosk(library.root, mode="kiosk")
    assert kiosk.window.libraries.languages == ["en"]  # only the first screen's, before it is drawn
    kiosk.window.warm_up()  # what `kiosk run` does once the first screen is up
    assert kiosk.window.libraries.languages == ["en", "es"]
    shutil.move(library.root, tmp_path / "unplugged")
    kiosk.window.visitor.set_language("es")
    kiosk.window.show_home()
    QCoreApplication.processEvents()
    assert tile_titles(kiosk.window) == ["Sus huesos"]
