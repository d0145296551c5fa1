"""`pip install .` gives a complete app: the wheel carries everything `kiosk self-test` checks for."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Runs the self-test on the unpacked wheel's kiosk, not on this checkout's (PySide6 & co. come from here).
SELF_TEST_FROM = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    import kiosk
    assert kiosk.__file__.startswith(sys.argv[1]), kiosk.__file__
    from kiosk.cli import main
    sys.exit(main(["self-test"]))
    """
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel pip builds from the source release: what git ignores is not in it, as in a fresh clone."""
    out = tmp_path_factory.mktemp("wheel")
    make_sdist = "import sys; from hatchling.build import build_sdist; print(build_sdist(sys.argv[1]))"
    subprocess.run([sys.executable, "-c", make_sdist, str(out)], cwd=REPO, check=True, capture_output=True)
    (sdist,) = out.glob("*.tar.gz")
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run([*pip_wheel, "--wheel-dir", str(out), str(sdist)], check=True, capture_output=True)
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_carries_the_compiled_translations(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for language in ("en", "es"):
        assert f"kiosk/_data/resources/translations/kiosk_{language}.qm" in names


@pytest.mark.slow
def test_the_installed_wheel_passes_the_self_test(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SELF_TEST_FROM, str(site)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "MISSING" not in result.stdout and "self-test passed" in result.stdout
