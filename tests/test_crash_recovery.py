"""Errors are logged and the kiosk goes home; a fatal one exits non-zero for the supervisor."""

from __future__ import annotations

import configparser
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, QStandardPaths, Qt
from PySide6.QtGui import QWheelEvent
from pytestqt.qtbot import QtBot

from kiosk import APP_ID
from kiosk.core.config import Config
from kiosk.core.datadir import data_dir, platform_data_dir
from kiosk.core.logs import LOG_BACKUPS, add_file_log
from kiosk.ui.launch import EXIT_CONFIG
from kiosk.ui.screens.tile_screen import TileScreen
from kiosk.ui.shell.crash_guard import EXIT_SOFTWARE, CrashGuard
from tests.conftest import REPO, FakeClock, Kiosk, KioskFactory
from tests.ui_helpers import action, tap, tap_tile

UNIT = REPO / "packaging" / "linux" / "bone-health-kiosk.service"


@pytest.fixture
def guarded(make_kiosk: KioskFactory, clock: FakeClock) -> Iterator[tuple[Kiosk, CrashGuard]]:
    kiosk = make_kiosk()
    guard = CrashGuard(kiosk.kit.recover, kiosk.exits.append, clock)
    guard.install()
    yield kiosk, guard
    guard.uninstall()


def fail(*_: object) -> None:
    raise RuntimeError("something broke in a handler")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_with_its_traceback_and_the_visitor_lands_on_home(
    qtbot: QtBot, guarded: tuple[Kiosk, CrashGuard], caplog: pytest.LogCaptureFixture
) -> None:
    kiosk, _ = guarded
    window = kiosk.window
    tap_tile(qtbot, window, "What is osteoporosis?")
    action(window, "larger").clicked.connect(fail)
    with caplog.at_level(logging.ERROR):
        tap(qtbot, action(window, "larger"))
    assert "unexpected error; returning to home" in caplog.text
    assert "Traceback" in caplog.text and "something broke in a handler" in caplog.text
    assert window.stack.currentWidget() is window.home_screen and window.history == []
    assert kiosk.exits == []


@pytest.mark.qt_no_exception_capture
def test_an_error_in_an_overridden_event_handler_is_caught_the_same_way(
    qtbot: QtBot, guarded: tuple[Kiosk, CrashGuard], monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk, guard = guarded
    window = kiosk.window
    tap_tile(qtbot, window, "Medicines")
    monkeypatch.setattr(TileScreen, "wheelEvent", fail)
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(window.mapToGlobal(QPointF(50, 50))),
        QPointF(0, 0).toPoint(),
        QPointF(0, -120).toPoint(),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QCoreApplication.postEvent(window.section_screen.viewport(), wheel)
    qtbot.waitUntil(lambda: guard.errors == 1)
    assert window.stack.currentWidget() is window.home_screen


def test_if_going_home_fails_too_the_app_exits_for_a_restart(clock: FakeClock) -> None:
    exits: list[int] = []
    guard = CrashGuard(lambda: fail(), exits.append, clock)
    guard.handle(RuntimeError, RuntimeError("first"), None)
    assert exits == [EXIT_SOFTWARE] == [70]


def test_a_storm_of_errors_exits_but_errors_spread_out_do_not(clock: FakeClock) -> None:
    exits: list[int] = []
    guard = CrashGuard(lambda: None, exits.append, clock)
    for _ in range(5):
        guard.handle(ValueError, ValueError("now and then"), None)
        clock.advance(20)
    assert exits == []
    for _ in range(5):
        guard.handle(ValueError, ValueError("again and again"), None)
        clock.advance(1)
    assert exits == [EXIT_SOFTWARE]


def test_the_log_is_size_capped_and_rotated(tmp_path: Path) -> None:
    handler = add_file_log(tmp_path / "data", max_bytes=4_000)
    assert handler is not None
    try:
        for number in range(2_000):
            logging.getLogger("kiosk.test").warning("line %d of a long day", number)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in (tmp_path / "data").iterdir())
    assert files == ["kiosk.log", *(f"kiosk.log.{n}" for n in range(1, LOG_BACKUPS + 1))]
    assert all(p.stat().st_size <= 4_000 for p in (tmp_path / "data").iterdir())


def test_the_data_folder_is_qts_app_data_folder(qapp: QCoreApplication) -> None:
    test_name = qapp.applicationName()
    qapp.setApplicationName(APP_ID)  # pytest-qt renames the app; the kiosk itself uses its id
    try:
        qt = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    finally:
        qapp.setApplicationName(test_name)
    assert platform_data_dir() == qt


def test_a_data_folder_inside_the_content_is_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = tmp_path / "content"
    config = Config().with_values(data_dir=str(content / "logs"))
    assert data_dir(config, content, default=tmp_path / "safe") == tmp_path / "safe"
    assert "inside the content folder" in caplog.text


def test_no_log_line_tells_what_a_visitor_chose(
    qtbot: QtBot, make_kiosk: KioskFactory, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    with caplog.at_level(logging.DEBUG):
        for _ in range(3):
            tap(qtbot, action(window, "larger"))
        window.visitor.set_theme("high-contrast")
        tap_tile(qtbot, window, "Medicines")
        tap_tile(qtbot, window, "Denosumab (Prolia)")
        window.reset_to_start()
    logged = caplog.text
    assert "idle reset" in logged  # the log is on, and says what the kiosk did
    for choice in ("175", "high-contrast", "High contrast", "Denosumab (Prolia)"):
        assert choice not in logged


def test_the_systemd_unit_restarts_the_kiosk_except_after_a_staff_exit_or_bad_config(tmp_path: Path) -> None:
    unit = configparser.ConfigParser(strict=True, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read_string(UNIT.read_text())
    service = unit["Service"]
    assert service["ExecStart"] == "/opt/bone-health-kiosk/kiosk run --kiosk"  # install.sh's prefix
    assert service["Restart"] == "always"
    assert service["RestartPreventExitStatus"].split() == ["0", str(EXIT_CONFIG)]
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    # verify also checks that ExecStart exists, so point it at an executable that does
    copy = tmp_path / "bone-health-kiosk.service"
    copy.write_text(UNIT.read_text().replace("/opt/bone-health-kiosk/kiosk", sys.executable))
    result = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr


RUN_WITH_A_FAULT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from kiosk import cli
    from kiosk.ui import launch
    from kiosk.ui.shell import main_window

    def boom():
        raise ValueError("boom in a handler")

    build = launch.build_kiosk
    def build_and_break(*args, **kwargs):
        kiosk = build(*args, **kwargs)
        QTimer.singleShot(0, boom)
        QTimer.singleShot(50, QCoreApplication.quit)  # reached only if the kiosk survived
        return kiosk

    launch.build_kiosk = build_and_break
    if sys.argv[1] == "home-is-broken":
        main_window.MainWindow.go_home = lambda self: boom()
    if sys.argv[1] == "cannot-start":
        launch.build_kiosk = lambda *args, **kwargs: boom()
    sys.exit(cli.main(["run", "--config", sys.argv[2]]))
    """
)


@pytest.mark.parametrize(
    ("fault", "status", "logged"),
    [
        ("once", 0, "unexpected error; returning to home"),
        ("home-is-broken", EXIT_SOFTWARE, "could not return to home; exiting so the supervisor restarts"),
        ("cannot-start", EXIT_SOFTWARE, "the kiosk could not start"),
    ],
)
def test_the_real_app_survives_an_error_or_exits_non_zero(
    tmp_path: Path, fault: str, status: int, logged: str
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", RUN_WITH_A_FAULT, fault, str(config)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == status, result.stderr
    log = (tmp_path / "data" / "kiosk.log").read_text()
    assert logged in log and "boom in a handler" in log and "Traceback" in log
    assert "Traceback" not in result.stdout
