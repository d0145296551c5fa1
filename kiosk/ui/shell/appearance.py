"""The look in force (theme colours and sizes at the current text step), handed to widgets."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.textsize import sizes
from kiosk.core.theme import load_palette


@dataclass(frozen=True)
class Appearance:
    theme: str
    percent: int
    colors: dict[str, str]
    sizes: dict[str, int]

    @classmethod
    def of(cls, theme: str, percent: int) -> Appearance:
        return cls(theme, percent, load_palette(theme).colors, sizes(percent))
