"""A large generated library for the scale measures: the shipped topics and N medication cards."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from kiosk.core.paths import bundled_content_dir

LANG = "en"


def _front_matter_value(text: str, key: str) -> str:
    match = re.search(rf"^{key}:\s*(.+)$", text, flags=re.MULTILINE)
    if match is None:
        raise ValueError(f"no {key!r} in the front matter")
    return match.group(1).strip()


def _with_value(text: str, key: str, value: str) -> str:
    return re.sub(rf"^{key}:.*$", f"{key}: {value}", text, count=1, flags=re.MULTILINE)


def generate_library(root: Path, cards: int, source: Path | None = None) -> Path:
    """Write a library of ``cards`` medication cards into ``root``: the shipped cards, and copies
    of them under new ids, titles and order to make up the number. Topics and images are copied
    as they are, so every link still leads somewhere. Returns ``root``."""
    source_folder = (source or bundled_content_dir()) / LANG
    folder = root / LANG
    shutil.copytree(source_folder, folder)
    shipped = sorted(p for p in folder.glob("*.md") if "kind: medication" in p.read_text(encoding="utf-8"))
    for number in range(len(shipped), cards):
        template = shipped[number % len(shipped)].read_text(encoding="utf-8")
        page_id = f"{_front_matter_value(template, 'id')}-{number:04d}"
        text = _with_value(template, "id", page_id)
        text = _with_value(text, "title", f"{_front_matter_value(template, 'title')} {number}")
        text = _with_value(text, "order", str(100 + number))
        (folder / f"{page_id}.md").write_text(text, encoding="utf-8")
    return root
