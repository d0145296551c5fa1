"""Figures: each the median of repeated runs, with the smallest and largest run beside it."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by the nearest-rank method: a value that was really measured."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Target:
    """A limit a figure should stay under: ``≤ 0.5 s`` or ``< 5 MB``."""

    limit: float
    strict: bool = False  # True: "<", False: "≤"

    def met_by(self, value: float) -> bool:
        return value < self.limit if self.strict else value <= self.limit

    def describe(self, unit: str) -> str:
        return f"{'<' if self.strict else '≤'} {format_value(self.limit, unit)}"


@dataclass
class Figure:
    """One measured quantity. ``runs`` holds one value per repeated run."""

    key: str  # stable name, the same in quick and full mode
    section: str
    label: str
    unit: str  # "s", "ms", "MB", "objects", or the times sign for ratios
    runs: list[float] = field(default_factory=list)
    target: Target | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def low(self) -> float:
        return min(self.runs)

    @property
    def high(self) -> float:
        return max(self.runs)

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.target.met_by(self.median)

    def as_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "section": self.section,
            "label": self.label,
            "unit": self.unit,
            "runs": self.runs,
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "target": self.target.describe(self.unit) if self.target else None,
            "met": self.met,
            "note": self.note,
        }


def format_value(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "objects":
        return f"{value:,.0f}"
    return f"{value:g} {unit}".strip()
