"""Starting the kiosk loads only what the first screen needs: no Markdown, printing, speech, QR code or
screens opened later."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEAVY = (
    "markdown",
    "yaml",
    "segno",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "PySide6.QtTextToSpeech",
    "importlib.metadata",
    # Screens a visitor opens later are imported (and built) then.
    "kiosk.ui.treatment.compare_screen",
    "kiosk.ui.treatment.browse_screen",
    "kiosk.ui.treatment.names_screen",
)

LOADED_BY = textwrap.dedent(
    """
    import json, sys
    heavy = json.loads(sys.argv[1])
    import kiosk.cli, kiosk.ui.launch, kiosk.ui.shell.main_window
    imported = [name for name in heavy if name in sys.modules]
    from kiosk.cli import main
    try:
        status = main(sys.argv[2:])
    except SystemExit as exit:  # --version
        status = exit.code
    rendered = [name for name in heavy if name in sys.modules]
    print(json.dumps({"imported": imported, "rendered": rendered, "status": status}))
    """
)


def loaded_by(*command: str, tmp_path: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", LOADED_BY, json.dumps(HEAVY), *command],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return found


def test_importing_the_app_and_asking_its_version_load_none_of_the_heavy_modules(tmp_path: Path) -> None:
    found = loaded_by("--version", tmp_path=tmp_path)
    assert found == {"imported": [], "rendered": [], "status": 0}


def test_rendering_home_loads_only_the_content_reader(tmp_path: Path) -> None:
    found = loaded_by("render", "home", "--out", str(tmp_path / "home.png"), tmp_path=tmp_path)
    assert found == {"imported": [], "rendered": ["yaml"], "status": 0}  # YAML reads the library


def test_rendering_a_card_adds_markdown_and_nothing_else(tmp_path: Path) -> None:
    found = loaded_by("render", "alendronate", "--out", str(tmp_path / "card.png"), tmp_path=tmp_path)
    # Markdown runs in the page-preparing helper process (kiosk.core.isolation), not in the app.
    assert found == {"imported": [], "rendered": ["yaml"], "status": 0}
