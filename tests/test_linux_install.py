"""packaging/linux/install.sh, run into a staging root the way a clinic's admin runs it on /."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "packaging" / "linux"
APP_ID = "bone-health-kiosk"


@pytest.fixture
def release(tmp_path: Path) -> Path:
    """An unpacked release archive, with a stand-in for the frozen program."""
    folder = tmp_path / "release"
    program = folder / "kiosk"
    (program / "_internal" / "resources").mkdir(parents=True)
    shutil.copy(REPO / "resources" / "app-icon.svg", program / "_internal" / "resources")
    (program / "kiosk").write_text("#!/bin/sh\necho 'kiosk 9.9.9'\n")
    (program / "kiosk").chmod(0o755)
    for path in LINUX.iterdir():
        shutil.copy(path, folder)
    shutil.copytree(REPO / "packaging" / "icons" / "hicolor", folder / "icons" / "hicolor")
    return folder


def install(release: Path, root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(release / "install.sh"), "--root", str(root), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_install_puts_program_menu_entry_icons_and_command_in_place(release: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    result = install(release, root)
    assert result.returncode == 0, result.stderr
    assert (root / "opt" / APP_ID / "kiosk").is_file()
    assert (root / "usr/share/applications" / f"{APP_ID}.desktop").is_file()
    assert (root / "usr/share/icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (root / "usr/local/bin" / APP_ID).readlink() == Path(f"/opt/{APP_ID}/kiosk")
    assert "installed kiosk 9.9.9" in result.stdout


def test_the_menu_entry_starts_the_program_where_it_was_installed(release: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    install(release, root, "--prefix", "/srv/kiosk")
    entry = (root / "usr/share/applications" / f"{APP_ID}.desktop").read_text()
    assert "Exec=/srv/kiosk/kiosk run\n" in entry
    assert "Exec=/srv/kiosk/kiosk run --kiosk\n" in entry


def test_an_upgrade_keeps_the_clinics_settings_and_library(release: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    install(release, root)
    installed = root / "opt" / APP_ID
    (installed / "kiosk.toml").write_text('clinic_name = "Riverside"\n')
    (installed / "content" / "en").mkdir(parents=True)
    (installed / "content" / "en" / "notice.md").write_text("clinic page")
    (installed / "_internal" / "left-over-from-old-version").write_text("x")
    assert install(release, root).returncode == 0
    assert (installed / "kiosk.toml").read_text() == 'clinic_name = "Riverside"\n'
    assert (installed / "content" / "en" / "notice.md").is_file()
    assert not (installed / "_internal" / "left-over-from-old-version").exists()


def test_uninstall_removes_the_program_and_keeps_the_settings(release: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    install(release, root)
    (root / "opt" / APP_ID / "kiosk.toml").write_text("")
    result = install(release, root, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not (root / "opt" / APP_ID / "kiosk").exists()
    assert not (root / "usr/share/applications" / f"{APP_ID}.desktop").exists()
    assert not (root / "usr/local/bin" / APP_ID).is_symlink()
    assert list((root / "usr/share/icons/hicolor").rglob(f"{APP_ID}.*")) == []
    assert (root / "opt" / APP_ID / "kiosk.toml").is_file()


def test_install_without_a_built_program_says_what_to_do(release: Path, tmp_path: Path) -> None:
    shutil.rmtree(release / "kiosk")
    result = install(release, tmp_path / "root")
    assert result.returncode == 1
    assert "make dist" in result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout
