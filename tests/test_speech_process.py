"""A real speech engine runs in a helper process: it reports back the same way, and a helper that
hangs or dies only leaves read-aloud off. (These start a Python process each, so there are few.)"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from kiosk.ui.accessibility.speech import IDLE, SpeechService
from kiosk.ui.accessibility.speech_process import SpeechProcess
from tests.conftest import FakeTimer

START_MS = 15_000  # a cold Python with PySide6 on a busy two-core machine


@pytest.fixture
def services() -> Iterator[list[SpeechService]]:
    made: list[SpeechService] = []
    yield made
    for service in made:
        service.shutdown()


def helper_of(service: SpeechService) -> QProcess:
    worker = service._worker
    assert isinstance(worker, SpeechProcess)
    return worker.process


def test_the_helper_speaks_and_reports_each_word(qtbot: QtBot, services: list[SpeechService]) -> None:
    speech = SpeechService("mock", "en", in_process=False, timer_factory=FakeTimer)
    services.append(speech)
    qtbot.waitUntil(lambda: speech.available, timeout=START_MS)
    with qtbot.waitSignal(speech.word_started, timeout=START_MS) as first_word:
        speech.speak(["Hello there."])
    assert first_word.args == [0, 0, 5]
    qtbot.waitUntil(lambda: speech.state == IDLE, timeout=START_MS)
    process = helper_of(speech)
    speech.shutdown()
    assert process.state() == QProcess.ProcessState.NotRunning


def test_a_helper_that_never_answers_leaves_listen_off(
    qtbot: QtBot, services: list[SpeechService], caplog: pytest.LogCaptureFixture
) -> None:
    silent = [sys.executable, "-c", "import sys; sys.stdin.read()"]  # reads, never answers
    speech = SpeechService("speechd", "en", timer_factory=FakeTimer, helper=silent)
    services.append(speech)
    qtbot.waitUntil(lambda: helper_of(speech).state() == QProcess.ProcessState.Running, timeout=START_MS)
    with caplog.at_level(logging.WARNING):
        speech.open_timer.fire()  # type: ignore[attr-defined]
    assert "did not answer" in caplog.text and not speech.available
    speech.speak(["Nothing happens."])
    assert speech.state == IDLE


def test_a_helper_that_dies_is_logged_and_leaves_listen_off(
    qtbot: QtBot, services: list[SpeechService], caplog: pytest.LogCaptureFixture
) -> None:
    dying = [sys.executable, "-c", "raise SystemExit(3)"]
    speech = SpeechService("speechd", "en", timer_factory=FakeTimer, helper=dying)
    services.append(speech)
    qtbot.waitUntil(lambda: "the speech helper stopped (exit code 3)" in caplog.text, timeout=START_MS)
    assert not speech.available
