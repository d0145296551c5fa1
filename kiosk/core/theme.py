"""Theme palettes (colours and the contrast pairs they promise), read from resources/themes/*.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk.core.paths import resources_dir


@dataclass(frozen=True)
class Palette:
    name: str
    title: str
    colors: dict[str, str]
    pairs: dict[str, tuple[str, str, float]]


def themes_dir() -> Path:
    return resources_dir() / "themes"


@lru_cache(maxsize=8)  # read once: every text-size change asks for it
def load_palette(name: str) -> Palette:
    data = tomllib.loads((themes_dir() / f"{name}.toml").read_text(encoding="utf-8"))
    pairs = {key: (fg, bg, float(ratio)) for key, (fg, bg, ratio) in data["pairs"].items()}
    return Palette(name, data["name"], dict(data["colors"]), pairs)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_color: str) -> float:
    """WCAG relative luminance of '#rrggbb' (an '#aarrggbb' alpha is ignored)."""
    digits = hex_color.lstrip("#")[-6:]
    r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
