"""Listen reads the screen aloud and the page follows the spoken word (Qt's "mock" speech engine
reports every word, about 50 ms apart at its fastest)."""

from __future__ import annotations

import logging
import sys
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from kiosk.core.assist import NORMAL_RATE_STEP
from kiosk.ui.accessibility.speech import IDLE, PAUSED, SPEAKING
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import FakeTimer, KioskFactory, LibraryBuilder, WindowFactory
from tests.ui_helpers import accessibility_of, action, tap, tap_tile

WAIT_MS = 5000


def ready(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Wait until the speech engine (in its own thread) says it works, then speak at full speed."""
    qtbot.waitUntil(action(window, "listen").isVisible, timeout=WAIT_MS)
    accessibility_of(window).speech.set_rate(1.0)
    return window


def short_page(qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder) -> MainWindow:
    library.topic("bones", title="Bones", body="Bones are alive. They change all the time.")
    window = ready(qtbot, make_window(library.root))
    tap_tile(qtbot, window, "Bones")
    return window


def highlighted(window: MainWindow) -> list[str]:
    selections = window.page_screen.view.extraSelections()
    return [selection.cursor.selectedText() for selection in selections]


def test_listen_is_on_every_screen_once_the_engine_works(qtbot: QtBot, window: MainWindow) -> None:
    ready(qtbot, window)
    for go in (window.go_home, lambda: window.open_page("medicines"), lambda: window.open_page("denosumab")):
        go()
        assert action(window, "listen").isVisible()
        assert action(window, "listen").accessibleName() == "Listen: read this screen aloud"


def test_the_highlighted_word_follows_the_spoken_word(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = short_page(qtbot, make_window, library)
    speech = accessibility_of(window).speech
    seen: list[tuple[str, list[str]]] = []

    def check(piece: int, start: int, length: int) -> None:  # runs after the page has followed
        text = window.page_screen.reading.pieces[piece].text
        seen.append((text[start : start + length], highlighted(window)))

    speech.word_started.connect(check)
    tap(qtbot, action(window, "listen"))
    qtbot.waitUntil(lambda: speech.state == IDLE, timeout=WAIT_MS)
    spoken = [word for word, _ in seen]
    assert spoken == ["Bones", "Bones", "are", "alive", "They", "change", "all", "the", "time"]
    body = seen[1:]  # the first "Bones" is the title, which is not in the page text
    assert all(
        marks == [sentence, word]
        for (word, marks), sentence in zip(
            body, ["Bones are alive."] * 3 + ["They change all the time."] * 5, strict=True
        )
    )


def test_the_spoken_word_is_kept_in_view(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("denosumab")
    pieces = window.page_screen.reading_pieces()
    last = len(pieces) - 1
    window.page_screen.show_reading(last, 0, 3)
    view = window.page_screen.view
    selections = view.extraSelections()
    word = QTextCursor(selections[-1].cursor)
    assert view.verticalScrollBar().value() > 0
    assert view.viewport().rect().contains(view.cursorRect(word).center())


def test_listen_becomes_pause_then_resume_and_stop_ends_it(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = short_page(qtbot, make_window, library)
    listen, stop, speech = (
        action(window, "listen"),
        action(window, "stop"),
        accessibility_of(window).speech,
    )
    assert not stop.isVisible()
    tap(qtbot, listen)
    assert listen.accessibleName() == "Pause reading aloud" and stop.isVisible()
    tap(qtbot, listen)
    assert speech.state == PAUSED and listen.accessibleName() == "Resume reading aloud"
    tap(qtbot, listen)
    assert speech.state == SPEAKING
    tap(qtbot, stop)
    assert speech.state == IDLE and highlighted(window) == []
    assert listen.accessibleName() == "Listen: read this screen aloud" and not stop.isVisible()


def test_reading_stops_when_the_visitor_moves_on(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = short_page(qtbot, make_window, library)
    tap(qtbot, action(window, "listen"))
    qtbot.waitSignal(accessibility_of(window).speech.word_started, timeout=WAIT_MS).wait()
    tap(qtbot, action(window, "home"))
    assert accessibility_of(window).speech.state == IDLE
    assert action(window, "listen").accessibleName() == "Listen: read this screen aloud"
    assert highlighted(window) == []


def test_the_idle_wait_stops_while_a_page_is_read_and_starts_again_after(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = short_page(qtbot, make_window, library)
    idle = cast(FakeTimer, window.watcher.idle_timer)
    tap(qtbot, action(window, "listen"))
    assert not idle.isActive()
    qtbot.waitUntil(lambda: accessibility_of(window).speech.state == IDLE, timeout=WAIT_MS)
    assert idle.isActive()


def test_a_pause_lets_the_idle_wait_run(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = short_page(qtbot, make_window, library)
    tap(qtbot, action(window, "listen"))
    tap(qtbot, action(window, "listen"))  # Pause: the listener may have walked away
    assert cast(FakeTimer, window.watcher.idle_timer).isActive()


def test_the_idle_warning_is_spoken_once_listen_was_used(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = short_page(qtbot, make_window, library)
    tap(qtbot, action(window, "listen"))
    tap(qtbot, action(window, "stop"))
    spoken = qtbot.waitSignal(accessibility_of(window).speech.word_started, timeout=WAIT_MS)
    cast(FakeTimer, window.watcher.idle_timer).fire()
    spoken.wait()
    assert window.overlay.isVisible()
    assert cast(FakeTimer, window.watcher.tick_timer).isActive()  # speaking never holds the countdown
    tap(qtbot, window.overlay.keep_button)
    assert accessibility_of(window).speech.state == IDLE


def test_the_idle_warning_is_silent_for_a_visitor_who_never_listened(
    qtbot: QtBot, window: MainWindow
) -> None:
    ready(qtbot, window)
    cast(FakeTimer, window.watcher.idle_timer).fire()
    assert window.overlay.isVisible() and accessibility_of(window).speech.state == IDLE


def test_a_new_visit_starts_with_the_default_speed_and_volume(qtbot: QtBot, window: MainWindow) -> None:
    ready(qtbot, window)
    window.visitor.slower()
    window.visitor.louder()
    speech = accessibility_of(window).speech
    assert speech.volume == 0.9
    window.open_page("denosumab")
    tap(qtbot, action(window, "listen"))
    cast(FakeTimer, window.watcher.idle_timer).stop()
    window.watcher.reset.emit()
    assert speech.state == IDLE
    assert window.visitor.rate_step == NORMAL_RATE_STEP and speech.rate == 0.0
    assert window.visitor.volume == 80 and speech.volume == 0.8
    assert not accessibility_of(window).read_aloud.used_this_visit


def test_a_stuck_engine_gives_the_idle_wait_back(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    window = short_page(qtbot, make_window, library)
    tap(qtbot, action(window, "listen"))
    cast(FakeTimer, accessibility_of(window).read_aloud.stall_timer).fire()  # no word for a minute
    assert accessibility_of(window).speech.state == IDLE
    assert cast(FakeTimer, window.watcher.idle_timer).isActive()


@pytest.mark.parametrize(
    ("overrides", "why"),
    [
        ({"speech__engine": "no-such-engine"}, "engine 'no-such-engine' is not installed"),
        ({"speech__enabled": False}, "read-aloud is switched off"),
        ({"speech__engine": "mock", "language": "es"}, "has no voice for 'es'"),
    ],
)
def test_without_a_working_engine_listen_is_hidden_and_the_log_says_why(
    qtbot: QtBot,
    make_window: WindowFactory,
    caplog: pytest.LogCaptureFixture,
    overrides: dict[str, object],
    why: str,
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk")
    window = make_window(**overrides)
    tap(qtbot, window.home_screen)  # a real engine's helper starts at the visitor's first touch
    qtbot.waitUntil(lambda: why in caplog.text, timeout=WAIT_MS)
    QCoreApplication.processEvents()
    assert not action(window, "listen").isVisible()
    accessibility_of(window).read_aloud.listen()  # even if asked, nothing happens and nothing fails
    assert accessibility_of(window).speech.state == IDLE


def test_a_real_engines_helper_starts_at_the_first_touch_not_at_start_up(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(speech__engine="no-such-engine")
    speech = accessibility_of(window).speech
    QCoreApplication.processEvents()
    assert not speech.started  # no helper process while nobody is at the screen
    tap(qtbot, window.home_screen)
    qtbot.waitUntil(lambda: speech.started, timeout=WAIT_MS)


def test_a_speech_module_that_cannot_load_only_hides_listen(
    qtbot: QtBot,
    make_window: WindowFactory,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # as if libspeechd were missing
    window = make_window()
    qtbot.waitUntil(lambda: "the Qt speech module cannot load" in caplog.text, timeout=WAIT_MS)
    assert not action(window, "listen").isVisible()
    assert window.title() == "Bone Health"


def test_the_log_tells_staff_the_engine_but_nothing_a_visitor_chose(
    qtbot: QtBot, make_kiosk: KioskFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk")
    window = make_kiosk(speech__engine="mock").window
    window.warm_up()  # as `kiosk run` does once the first screen is up: every language loads then
    qtbot.waitUntil(lambda: "speech engine mock is ready" in caplog.text, timeout=WAIT_MS)
    assert "voice" not in caplog.text
    caplog.clear()
    tap(qtbot, action(window, "language"))  # to Spanish (the test engine has no Spanish voice)
    tap(qtbot, action(window, "language"))  # and back: a voice is picked again
    tap(qtbot, action(window, "larger"))
    tap_tile(qtbot, window, "Medicines")
    QCoreApplication.processEvents()
    assert [record.getMessage() for record in caplog.records] == []
