"""`make screens`: one contact sheet per window size, every screen and pop-up at a glance.

Walks the same states as tests/test_screen_matrix.py (tests/screen_walk.py), grabs each with
QWidget.grab() and lays the thumbnails out with QPainter: a row per screen, a column per text size,
language and theme. A thumbnail whose state fails the matrix checks gets a red frame and its first
problem written under it.

    python scripts/contact_sheet.py [--out build/screens] [--sizes 1366x768,1080x1920] [--looks 4] [--full]

``--full`` also keeps every state at its real size, to look at closely: build/screens/full/WxH/*.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the walk lives with the tests

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap  # noqa: E402

from kiosk.ui.shell.app import KioskApplication  # noqa: E402
from tests.screen_walk import (  # noqa: E402
    LANGUAGES,
    PERCENTS,
    SIZES,
    STEPS,
    THEMES,
    check,
    compare_layout,
    kiosk_window,
    set_size,
)

THUMB_WIDTH = {"landscape": 300, "portrait": 220}  # in pixels: a portrait thumbnail is 390 tall
LABEL = 34  # room for two lines of caption under it
GAP = 10
HEADER = 40
THEME_SHORT = {"default": "standard", "high-contrast": "high contrast"}
# Few looks for a quick glance; --looks 12 shows every combination.
QUICK_LOOKS = (
    ("en", "default", 100),
    ("es", "default", 150),
    ("en", "default", 200),
    ("es", "high-contrast", 200),
)


@dataclass
class Shot:
    pixmap: QPixmap
    caption: str
    problem: str


def thumb_width(size: tuple[int, int]) -> int:
    return THUMB_WIDTH["portrait" if size[1] > size[0] else "landscape"]


def all_looks() -> list[tuple[str, str, int]]:
    return [(lang, theme, percent) for lang in LANGUAGES for theme in THEMES for percent in PERCENTS]


def take_shots(
    sizes: list[tuple[int, int]], looks: list[tuple[str, str, int]], full: Path | None = None
) -> dict[tuple[int, int], dict[tuple[str, tuple[str, str, int]], Shot]]:
    shots: dict[tuple[int, int], dict[tuple[str, tuple[str, str, int]], Shot]] = {size: {} for size in sizes}
    data = Path(tempfile.mkdtemp(prefix="kiosk-screens-"))
    for language, theme in dict.fromkeys((lang, theme) for lang, theme, _ in looks):
        with kiosk_window(language, theme, data) as kiosk:
            for percent in [p for lang, th, p in looks if (lang, th) == (language, theme)]:
                for size in sizes:
                    set_size(kiosk, size, percent)
                    for step in STEPS:
                        found = check(kiosk, step, size)
                        name = f"{step} ({compare_layout(kiosk)})" if step.startswith("compare") else step
                        grabbed = kiosk.window.grab()
                        if full is not None:
                            folder = full / f"{size[0]}x{size[1]}"
                            folder.mkdir(parents=True, exist_ok=True)
                            grabbed.save(str(folder / f"{step}-{language}-{theme}-{percent}.png"))
                        pixmap = grabbed.scaledToWidth(
                            thumb_width(size), Qt.TransformationMode.SmoothTransformation
                        )
                        caption = f"{name} · {percent}% · {language} · {THEME_SHORT[theme]}"
                        problem = f"{len(found)}× {found[0]}" if found else ""
                        shots[size][(step, (language, theme, percent))] = Shot(pixmap, caption, problem)
            print(f"shot {language} {theme}", flush=True)
    return shots


def compose(
    size: tuple[int, int],
    shots: dict[tuple[str, tuple[str, str, int]], Shot],
    looks: list[tuple[str, str, int]],
) -> QImage:
    width, height = size
    cell_w, cell_h = thumb_width(size) + GAP, round(height * thumb_width(size) / width) + LABEL + GAP
    sheet = QImage(GAP + cell_w * len(looks), HEADER + cell_h * len(STEPS), QImage.Format.Format_RGB32)
    sheet.fill(QColor("#d8d8d8"))
    painter = QPainter(sheet)
    title_font, caption_font = QFont("DejaVu Sans", 16, QFont.Weight.Bold), QFont("DejaVu Sans", 7)
    painter.setFont(title_font)
    failing = sum(1 for shot in shots.values() if shot.problem)
    painter.drawText(
        QRect(GAP, 0, sheet.width(), HEADER),
        Qt.AlignmentFlag.AlignVCenter,
        f"{width}×{height}: {len(shots)} states, {failing} failing the matrix checks (red frame)",
    )
    painter.setFont(caption_font)
    for row, step in enumerate(STEPS):
        for column, look in enumerate(looks):
            shot = shots.get((step, look))
            if shot is None:
                continue
            x, y = GAP + column * cell_w, HEADER + row * cell_h
            painter.drawPixmap(x, y, shot.pixmap)
            if shot.problem:
                painter.setPen(QColor("#d00000"))
                painter.drawRect(x - 2, y - 2, shot.pixmap.width() + 3, shot.pixmap.height() + 3)
                painter.drawRect(x - 1, y - 1, shot.pixmap.width() + 1, shot.pixmap.height() + 1)
            text = QRect(x, y + shot.pixmap.height() + 1, cell_w - GAP, LABEL)
            painter.setPen(QColor("#000000"))
            painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, shot.caption)
            if shot.problem:
                painter.setPen(QColor("#b00000"))
                painter.drawText(
                    text.adjusted(0, 12, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                    shot.problem[:120],
                )
    painter.end()
    return sheet


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "build" / "screens")
    parser.add_argument("--sizes", default=",".join(f"{w}x{h}" for w, h in SIZES))
    parser.add_argument("--looks", type=int, choices=(4, 12), default=4, help="4: a quick glance; 12: all")
    parser.add_argument("--full", action="store_true", help="also keep each state at full size in OUT/full/")
    args = parser.parse_args(argv)
    sizes = [(int(w), int(h)) for w, h in (text.split("x") for text in args.sizes.split(","))]
    looks = list(QUICK_LOOKS) if args.looks == 4 else all_looks()
    app = KioskApplication([])
    shots = take_shots(sizes, looks, args.out / "full" if args.full else None)
    args.out.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        path = args.out / f"{size[0]}x{size[1]}.png"
        compose(size, shots[size], looks).save(str(path))
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
