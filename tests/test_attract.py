"""After an idle reset a calm invitation fills the screen; the first touch only wakes the kiosk."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from kiosk.core.theme import contrast_ratio
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import FakeTimer, Kiosk, KioskFactory
from tests.ui_helpers import tap, tap_tile, tile_named


def idle_out(window: MainWindow) -> None:
    cast(FakeTimer, window.watcher.idle_timer).fire()
    for _ in range(window.watcher.warning_seconds):
        cast(FakeTimer, window.watcher.tick_timer).fire()


def after_a_visit(qtbot: QtBot, kiosk: Kiosk) -> Kiosk:
    tap_tile(qtbot, kiosk.window, "Medicines")
    idle_out(kiosk.window)
    return kiosk


def test_an_idle_reset_ends_on_the_invitation_covering_everything(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = after_a_visit(qtbot, make_kiosk())
    attract = kiosk.kit.attract
    assert attract.isVisible() and attract.geometry() == kiosk.window.central.rect()
    assert attract.invitation.text() == "Touch the screen to learn about bone health"
    assert attract.accessibleName() == attract.invitation.text()
    assert attract.topic_line.text() == "Today you can read about: What is osteoporosis?"


def test_the_invitation_drifts_and_changes_topic_so_nothing_burns_in(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = after_a_visit(qtbot, make_kiosk())
    attract = kiosk.kit.attract
    drift = cast(FakeTimer, attract.drift_timer)
    places, topics = {attract.card.pos().toTuple()}, {attract.topic_line.text()}
    for _ in range(12):
        drift.fire()
        places.add(attract.card.pos().toTuple())
        topics.add(attract.topic_line.text())
        assert attract.rect().contains(attract.card.geometry())  # never off the screen
    assert len(places) >= 10 and len(topics) == 4  # a new topic every fourth step


def test_the_first_touch_goes_home_and_does_not_press_what_lay_beneath(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = after_a_visit(qtbot, make_kiosk())
    window, attract = kiosk.window, kiosk.kit.attract
    tile = tile_named(window, "What is osteoporosis?")
    where = attract.mapFromGlobal(tile.mapToGlobal(tile.rect().center()))
    tap(qtbot, attract, where)
    assert not attract.isVisible()
    assert window.stack.currentWidget() is window.home_screen
    assert window.title() == "Bone Health"
    tap_tile(qtbot, window, "What is osteoporosis?")  # the next touch is a normal tap
    assert window.title() == "What is osteoporosis?"


def test_the_idle_wait_rests_while_the_invitation_shows(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = after_a_visit(qtbot, make_kiosk())
    idle = cast(FakeTimer, kiosk.window.watcher.idle_timer)
    assert not idle.isActive()  # no "Still reading?" over the invitation
    tap(qtbot, kiosk.kit.attract, QPoint(10, 10))
    assert idle.isActive()


def test_a_key_also_wakes_it(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = after_a_visit(qtbot, make_kiosk())
    from PySide6.QtCore import Qt

    qtbot.keyClick(kiosk.kit.attract, Qt.Key.Key_Space)
    assert not kiosk.kit.attract.isVisible()


def test_kiosk_mode_starts_on_the_invitation(make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(mode="kiosk")
    kiosk.kit.lock_down()
    assert kiosk.kit.attract.isVisible()


def test_without_idle_reset_there_is_no_invitation(make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(idle__in_window=False)
    kiosk.kit.show_attract()
    assert not kiosk.kit.attract.isVisible()


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_attract_screen_invites_in_both_languages_and_fills_the_screen(
    make_kiosk: KioskFactory, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk()
    kiosk.window.resize(*size)
    kiosk.kit.show_attract()
    attract = kiosk.kit.attract
    assert [line.text() for line in attract.welcome] == ["Touch to start", "Toque para empezar"]
    assert all(line.isVisible() for line in attract.welcome)
    assert attract.card.height() >= attract.height() / 2  # a poster, not a note in the middle


def test_the_invitation_is_readable_on_what_is_drawn_behind_it(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    """Light words on the dark scrim: nothing light (a page-coloured scroll area) may come between."""
    kiosk = after_a_visit(qtbot, make_kiosk())
    attract = kiosk.kit.attract
    picture = attract.grab().toImage()
    title = attract.invitation
    corner = title.mapTo(attract, QPoint(2, 2)) * attract.devicePixelRatio()  # a margin, never a glyph
    behind = picture.pixelColor(corner).name()
    words = title.palette().color(title.foregroundRole()).name()
    assert contrast_ratio(words, behind) >= 4.5, (words, behind)
