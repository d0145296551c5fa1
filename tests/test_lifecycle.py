"""Starting and stopping as a service should (issue 17): no display, stop signals, left-over helpers."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.ui.shell.lifecycle import (
    HELPER_PID_FILE,
    SPEECH_LOG_FOLDER,
    cap_speech_logs,
    display_problem,
    reap_stale_helper,
)

DATA = Path("data/bone-health-kiosk/bone-health-kiosk")
DEADLINE_S = 60.0  # how long a test waits for a process at most (never a measured time)

# `kiosk run --windowed`, and a tap on its window once it is up, as a visitor's finger would.
RUN_AND_TOUCH = """
import sys
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import kiosk.ui.launch as launch
from kiosk.cli import main

def touch():
    shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    if shown:
        QTest.mouseClick(shown[0], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    else:
        QTimer.singleShot(100, touch)

make_app = launch.get_app
def get_app():
    first = QApplication.instance() is None
    app = make_app()
    if first:
        QTimer.singleShot(100, touch)
    return app
launch.get_app = get_app
sys.exit(main(["run", "--windowed"]))
"""


def environment(home: Path, **extra: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    return {**env, **extra}


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition: object, what: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("env", "platform", "problem"),
    [
        ({}, "linux", "DISPLAY is not set"),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", "DISPLAY is not set"),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux", "WAYLAND_DISPLAY is not set"),
        ({"DISPLAY": ":0"}, "linux", None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", None),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", None),
        ({}, "win32", None),
    ],
)
def test_a_missing_display_is_found_before_qt_aborts(
    env: dict[str, str], platform: str, problem: str | None
) -> None:
    found = display_problem(env, platform)
    assert found == problem if problem is None else (found is not None and problem in found)


@pytest.mark.skipif(sys.platform != "linux", reason="X11/Wayland displays")
def test_with_no_display_the_app_exits_78_with_a_message(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--windowed"],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        check=False,
        timeout=DEADLINE_S,
    )
    assert result.returncode == 78, result.stderr[-2000:]
    assert "no display" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX signals and /proc")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_stop_signal_ends_the_app_cleanly_and_leaves_no_speech_helper(tmp_path: Path, stop: int) -> None:
    env = environment(tmp_path, QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(
        [sys.executable, "-c", RUN_AND_TOUCH],  # the helper starts at a visitor's first touch
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    data = tmp_path / DATA
    pid_file = data / HELPER_PID_FILE
    log_file = data / "kiosk.log"
    try:
        wait_for(lambda: pid_file.is_file() and pid_file.read_text().strip(), "the speech helper")
        wait_for(lambda: log_file.is_file() and "loaded" in log_file.read_text(), "the app to start")
        helper = int(pid_file.read_text())
        if shutil.which("speech-dispatcher"):
            speech_log = data / SPEECH_LOG_FOLDER / "speech-dispatcher.log"
            wait_for(speech_log.is_file, "speech-dispatcher to start, logging in the data folder")
        app.send_signal(stop)
        code = app.wait(timeout=DEADLINE_S)
    finally:
        app.kill()
        app.wait()
    assert code == 0, app.stderr.read()[-2000:] if app.stderr else ""
    wait_for(lambda: not alive(helper), "the speech helper to end")
    assert f"stopping on {signal.Signals(stop).name}" in log_file.read_text()
    assert "kiosk stopped (exit status 0)" in log_file.read_text()
    assert not (tmp_path / "run" / "speech-dispatcher" / "log").exists()  # not its usual place


@pytest.mark.skipif(sys.platform != "linux", reason="/proc")
def test_a_helper_left_by_an_earlier_run_is_ended_at_start(tmp_path: Path) -> None:
    left_over = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)", "--speech-helper"])
    unrelated = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        (tmp_path / HELPER_PID_FILE).write_text(f"{unrelated.pid}\n")
        assert not reap_stale_helper(tmp_path)  # a reused id: that process is left alone
        assert unrelated.poll() is None
        (tmp_path / HELPER_PID_FILE).write_text(f"{left_over.pid}\n")
        assert reap_stale_helper(tmp_path)
        assert left_over.wait(timeout=DEADLINE_S) == -signal.SIGKILL
        assert not (tmp_path / HELPER_PID_FILE).exists()
    finally:
        for process in (left_over, unrelated):
            process.kill()
            process.wait()


def test_speech_dispatcher_logs_in_the_data_folder_keep_one_older_copy(tmp_path: Path) -> None:
    logs = tmp_path / "speech-logs"
    logs.mkdir(parents=True)
    (logs / "speech-dispatcher.log").write_bytes(b"x" * 2000)
    (logs / "speech-dispatcher.log.1").write_bytes(b"old")
    (logs / "espeak-ng.log").write_bytes(b"small")
    cap_speech_logs(tmp_path, max_bytes=1000)
    assert sorted(path.name for path in logs.iterdir()) == [
        "espeak-ng.log",
        "speech-dispatcher.log.1",
    ]
    assert (logs / "speech-dispatcher.log.1").stat().st_size == 2000
