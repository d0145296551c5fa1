"""Where bundled resources and content live, found one way from a checkout, a wheel or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _candidates(name: str) -> list[Path]:
    frozen_root = getattr(sys, "_MEIPASS", None)
    found = []
    if frozen_root:
        found.append(Path(frozen_root) / name)
    found.append(_PACKAGE_DIR / "_data" / name)  # an installed wheel
    found.append(_PACKAGE_DIR.parent / name)  # a source checkout
    return found


def data_dir(name: str) -> Path:
    """The first existing bundled folder called ``name`` (``resources`` or ``content``)."""
    candidates = _candidates(name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resources_dir() -> Path:
    return data_dir("resources")


def bundled_content_dir() -> Path:
    """The library shipped with the app; a ``content/`` beside a frozen executable overrides it."""
    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).resolve().parent / "content"
        if beside.is_dir():
            return beside
    return data_dir("content")
