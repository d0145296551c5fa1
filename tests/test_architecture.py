"""The core must stay Qt-free: import all of it with PySide6 made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kiosk.core

CORE_MODULES = sorted(f"kiosk.core.{m.name}" for m in pkgutil.iter_modules(kiosk.core.__path__))


def test_core_imports_without_qt() -> None:
    script = (
        "import sys; sys.modules['PySide6'] = None\n"
        + "".join(f"import {name}\n" for name in CORE_MODULES)
        + "import kiosk.cli, kiosk.commands\n"
        + "print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr


def test_core_has_the_modules_the_design_names() -> None:
    assert {
        "kiosk.core.config",
        "kiosk.core.content",
        "kiosk.core.markdown_render",
        "kiosk.core.checker",
    } <= set(CORE_MODULES)
