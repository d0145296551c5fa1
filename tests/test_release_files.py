"""The files a release is made from: the app icon in every size, the Windows installer script and the
GitHub workflow, kept in step with the local build (build_installer.spec, scripts/build_dist.py)."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtGui import QImage

from kiosk import APP_ID

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "packaging" / "icons"
ISS = REPO / "packaging" / "windows" / f"{APP_ID}.iss"
WORKFLOW = REPO / ".github" / "workflows" / "build.yml"
SPEC = REPO / "build_installer.spec"


def ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "not an .ico file"
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert offset + length <= len(data)
        sizes.append(width or 256)
    return sizes


def icns_types(data: bytes) -> list[bytes]:
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n", kind
        kinds.append(kind)
        offset += length
    return kinds


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    subprocess.run([sys.executable, str(REPO / "scripts" / "render_icons.py"), "--out", str(out)], check=True)
    return out


@pytest.mark.parametrize("icons", ["committed", "rendered"])
def test_the_windows_icon_holds_every_size_the_shell_asks_for(icons: str, rendered: Path) -> None:
    folder = ICONS if icons == "committed" else rendered
    assert ico_sizes((folder / f"{APP_ID}.ico").read_bytes()) == [16, 20, 24, 32, 40, 48, 64, 128, 256]


@pytest.mark.parametrize("icons", ["committed", "rendered"])
def test_the_macos_icon_holds_every_retina_variant(icons: str, rendered: Path) -> None:
    folder = ICONS if icons == "committed" else rendered
    kinds = icns_types((folder / f"{APP_ID}.icns").read_bytes())
    assert set(kinds) == {
        b"icp4",
        b"icp5",
        b"icp6",
        b"ic07",
        b"ic08",
        b"ic09",
        b"ic10",
        b"ic11",
        b"ic12",
        b"ic13",
        b"ic14",
    }


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_the_linux_icon_theme_has_each_size(size: int) -> None:
    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
    assert image.pixelColor(0, 0).alpha() < 255  # rounded corners stay see-through


def test_the_small_windows_icons_are_bitmaps_the_large_ones_png() -> None:
    data = (ICONS / f"{APP_ID}.ico").read_bytes()
    for index, size in enumerate(ico_sizes(data)):
        offset = struct.unpack_from("<I", data, 6 + 16 * index + 12)[0]
        is_png = data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert is_png == (size >= 128), size


def iss_value(key: str) -> str:
    match = re.search(rf"^{key}=(.+)$", ISS.read_text(), re.MULTILINE)
    assert match, key
    return match.group(1)


def test_the_installer_script_uses_files_that_exist() -> None:
    assert (
        ISS.parent / iss_value("SetupIconFile").replace("{#AppSlug}", APP_ID).replace("\\", "/")
    ).is_file()
    for source in re.findall(r'^Source: "([^"]+)"', ISS.read_text(), re.MULTILINE):
        if "dist\\kiosk" not in source:  # the build output, made by the workflow before iscc runs
            assert (ISS.parent / source.replace("\\", "/")).is_file(), source


def test_the_installer_takes_its_version_from_the_build() -> None:
    text = ISS.read_text()
    assert "#ifndef AppVersion" in text and "#error" in text
    assert iss_value("AppVersion") == "{#AppVersion}"
    assert "iscc /DAppVersion=$version" in WORKFLOW.read_text()


def test_the_installer_starts_the_programs_the_spec_builds() -> None:
    spec = SPEC.read_text()
    for program in set(re.findall(r"\{app\}\\\\?([\w-]+)\.exe", ISS.read_text())):
        assert f'"{program}"' in spec, program


def workflow_steps() -> list[dict[str, Any]]:
    jobs = yaml.safe_load(WORKFLOW.read_text())["jobs"]
    return [step for job in jobs.values() for step in job["steps"]]


def test_the_workflow_builds_on_linux_windows_and_macos() -> None:
    job = yaml.safe_load(WORKFLOW.read_text())["jobs"]["standalone"]
    systems = [entry["os"].split("-")[0] for entry in job["strategy"]["matrix"]["include"]]
    assert sorted(systems) == ["macos", "ubuntu", "windows"]


def test_the_workflow_builds_and_smoke_tests_like_make_does() -> None:
    commands = [step.get("run", "") for step in workflow_steps()]
    makefile = (REPO / "Makefile").read_text()
    assert "python scripts/build_dist.py" in commands
    assert any(c.startswith("python scripts/frozen_smoke.py ") for c in commands)
    assert "scripts/build_dist.py --no-archive" in makefile and "scripts/frozen_smoke.py" in makefile


def test_the_workflow_installs_the_same_build_extra_as_the_makefile() -> None:
    installs = [step["run"] for step in workflow_steps() if "pip install -e" in step.get("run", "")]
    assert installs and '".[dist]"' in installs[0]
    assert "dist = [" in (REPO / "pyproject.toml").read_text()


def test_the_check_workflow_runs_the_makefiles_lint_types_content_and_tests() -> None:
    """Each command of `make lint typecheck content-check pytest`, as the check workflow spells it."""
    steps = yaml.safe_load((WORKFLOW.parent / "check.yml").read_text())["jobs"]["check"]["steps"]
    commands = "\n".join(step.get("run", "") for step in steps)
    makefile = (REPO / "Makefile").read_text()
    for target in ("lint", "typecheck", "content-check", "pytest"):
        recipe = re.search(rf"^{target}: setup\n((?:\t.+\n)+)", makefile, re.MULTILINE)
        assert recipe, target
        for line in recipe.group(1).splitlines():
            command = line.strip().replace("$(VENV)/bin/", "").replace("$(PY) ", "python ")
            command = command.removeprefix("QT_QPA_PLATFORM=offscreen ")  # the workflow's step env
            assert command in commands, (target, command)
    assert '".[test]"' in commands
