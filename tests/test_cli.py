"""The command line as other tools use it, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk import __version__
from tests.conftest import LibraryBuilder


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
    )


def test_version() -> None:
    result = kiosk("--version")
    assert result.stdout.strip() == f"kiosk {__version__}"


def test_pages_lists_id_kind_title_with_tabs(library: LibraryBuilder) -> None:
    library.topic("bones", title="Your bones", order=1)
    library.medication("pill", order=1)
    result = kiosk("pages", "--content", str(library.root))
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["bones\ttopic\tYour bones", "pill\tmedication\tPill"]


def test_pages_still_lists_good_pages_when_one_is_broken(library: LibraryBuilder) -> None:
    library.topic("bones")
    library.write("broken.md", "---\nid: [\n---\n")
    result = kiosk("pages", "--content", str(library.root))
    assert result.stdout.splitlines() == ["bones\ttopic\tBones"]
    assert "broken.md:2: error: front matter is not valid YAML" in result.stderr


def test_render_writes_a_png_of_the_asked_size(library: LibraryBuilder, tmp_path: Path) -> None:
    library.topic("bones")
    out = tmp_path / "shot.png"
    result = kiosk(
        "render",
        "bones",
        "--out",
        str(out),
        "--size",
        "800x600",
        "--font-scale",
        "2",
        "--content",
        str(library.root),
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)


def test_render_an_unknown_page_fails_clearly(library: LibraryBuilder, tmp_path: Path) -> None:
    library.topic("bones")
    result = kiosk("render", "nope", "--out", str(tmp_path / "x.png"), "--content", str(library.root))
    assert result.returncode == 2 and "no page 'nope'" in result.stderr


def test_self_test_passes_with_bad_files_listed_as_warnings(library: LibraryBuilder) -> None:
    library.topic("bones")
    library.write("broken.md", b"\x00\x01binary")
    result = kiosk("self-test", "--content", str(library.root))
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert "broken.md:1: error: the file is binary" in result.stderr


def test_a_bad_config_is_logged_and_the_command_still_works(library: LibraryBuilder, tmp_path: Path) -> None:
    library.topic("bones")
    config = tmp_path / "kiosk.toml"
    config.write_text("[idle]\nseconds = 'soon'\nmystery = 1\n")
    result = kiosk("pages", "--content", str(library.root), "--config", str(config))
    assert result.returncode == 0 and result.stdout.startswith("bones\t")
    assert "kiosk.toml:2: error: 'idle.seconds' must be a whole number" in result.stderr
    assert "kiosk.toml:3: error: unknown option 'idle.mystery'" in result.stderr


def test_self_test_reports_each_part_of_the_installation(library: LibraryBuilder) -> None:
    library.topic("bones")
    result = kiosk("self-test", "--content", str(library.root))
    lines = result.stdout.splitlines()
    names = ("resources", "typeface", "SVG images", "speech", "printing", "interface translation (es)")
    for name in (*names, "Qt translation (es)"):
        assert any(line.startswith(f"ok  {name}: ") for line in lines), result.stdout


def run_bytes(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        check=False,
        timeout=120,  # a FIFO with no reader would otherwise hang the test run
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
    )


def test_handout_to_stdout_writes_the_pdf_there(tmp_path: Path) -> None:
    result = run_bytes("handout", "alendronate", "--out", "-", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"%PDF-") and result.stderr.startswith(b"stdout (")
    assert not Path("-").exists()


def test_handout_names_each_medicine_once(tmp_path: Path) -> None:
    once, twice = tmp_path / "once.pdf", tmp_path / "twice.pdf"
    single = kiosk("handout", "alendronate", "--out", str(once))
    result = kiosk("handout", "alendronate", "alendronate", "alendronate", "--out", str(twice))
    assert result.returncode == 0, result.stderr
    pages = single.stdout.rpartition(" (")[2]
    assert result.stdout.endswith(f" ({pages}")  # as many pages as one card makes
    assert abs(twice.stat().st_size - once.stat().st_size) < 200  # not three copies of the card


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_as_the_output_is_refused_rather_than_hanging(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for args in (("handout", "alendronate"), ("render", "home")):
        result = run_bytes(*args, "--out", str(pipe))
        assert result.returncode == 2 and b"is not a regular file" in result.stderr


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--font-scale", "nan", "must be a number from 1.0 to 2.0"),
        ("--font-scale", "inf", "must be a number from 1.0 to 2.0"),
        ("--font-scale", "9", "must be a number from 1.0 to 2.0"),
        ("--size", "30000x30000", "each side must be 200 to 7680 pixels"),
        ("--size", "-5x100", "each side must be 200 to 7680 pixels"),
        ("--size", "big", "must look like 1024x768"),
    ],
)
def test_render_refuses_impossible_values_cleanly(
    tmp_path: Path, option: str, value: str, message: str
) -> None:
    result = kiosk("render", "home", "--out", str(tmp_path / "x.png"), f"{option}={value}")
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "x.png").exists()
