"""Grab a few screen-walk states at full size: python scripts/shoot.py OUT SIZE LANG THEME PERCENT STEP..."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.ui.shell.app import KioskApplication
from tests.screen_walk import kiosk_window, set_size, show


def main(argv: list[str]) -> int:
    out, size_text, language, theme, percent, *steps = argv
    width, height = (int(n) for n in size_text.split("x"))
    app = KioskApplication([])
    with kiosk_window(language, theme, Path(tempfile.mkdtemp())) as kiosk:
        set_size(kiosk, (width, height), int(percent))
        for step in steps:
            show(kiosk, step, (width, height))
            path = Path(out) / f"{step}-{size_text}-{language}-{theme}-{percent}.png"
            kiosk.window.grab().save(str(path))
            print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
