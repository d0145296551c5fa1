"""Endurance: thousands of page turns, text-size taps and idle resets in one kiosk process."""

from __future__ import annotations

from bench.plan import Plan
from bench.proc import run_probe
from bench.stats import Figure, Target

SECTION = "Endurance"


def measure(plan: Plan) -> list[Figure]:
    ops = plan.endurance_ops
    rows = {
        "rss": ("resident memory", "MB", Target(5.0, strict=True)),
        "widgets": ("live widgets", "objects", Target(0.0)),
        "qt_objects": ("live Qt objects", "objects", Target(0.0)),
        "python_objects": ("Python objects", "objects", Target(0.002 * ops, strict=True)),
    }
    keys = {
        "rss": "rss_mb",
        "widgets": "widgets",
        "qt_objects": "qt_objects",
        "python_objects": "python_objects",
    }
    figures: dict[str, Figure] = {}
    for name, (words, unit, target) in rows.items():
        figures[f"{name}.start"] = Figure(
            f"endurance.{name}.start", SECTION, f"{words.capitalize()} at the start", unit
        )
        figures[f"{name}.end"] = Figure(
            f"endurance.{name}.end", SECTION, f"{words.capitalize()} at the end", unit
        )
        figures[f"{name}.growth"] = Figure(
            f"endurance.{name}.growth", SECTION, f"Growth in {words}", unit, target=target
        )
    duration = Figure("endurance.seconds", SECTION, "Time for the whole run", "s")
    for _ in range(plan.endurance_runs):
        answer = run_probe("endurance", {"ops": ops}, timeout=3600)
        for name, key in keys.items():
            start, end = float(answer["start"][key]), float(answer["end"][key])
            figures[f"{name}.start"].runs.append(start)
            figures[f"{name}.end"].runs.append(end)
            figures[f"{name}.growth"].runs.append(end - start)
        duration.runs.append(answer["seconds"])
    counts = answer["counts"]
    duration.note = (
        f"{ops:,} operations: {counts['T']:,} page turns, {counts['R']:,} text-size taps, "
        f"{counts['I']:,} idle resets, after a warm-up of every page at every size"
    )
    return [*figures.values(), duration]
