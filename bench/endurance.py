"""Endurance: thousands of page turns, text-size taps and idle resets in one kiosk process."""

from __future__ import annotations

from bench.plan import Plan
from bench.proc import run_probe
from bench.stats import Figure, Target

SECTION = "Endurance"
# key in the probe's snapshot: (what it counts, unit, target for its growth)
MEASURES: dict[str, tuple[str, str, Target | None]] = {
    "rss_mb": ("resident memory", "MB", Target(5.0, strict=True)),
    "widgets": ("live widgets", "objects", Target(0.0)),
    "qt_objects": ("live Qt objects", "objects", Target(10.0)),  # a timer or two may be in flight
    "python_objects": ("Python objects", "objects", None),  # set below, from the start count
}


def measure(plan: Plan) -> list[Figure]:
    figures: list[Figure] = []
    series: dict[str, tuple[Figure, Figure, Figure]] = {}
    for key, (words, unit, target) in MEASURES.items():
        name = key.removesuffix("_mb")
        series[key] = (
            Figure(f"endurance.{name}.start", SECTION, f"{words[0].upper()}{words[1:]} at the start", unit),
            Figure(f"endurance.{name}.end", SECTION, f"{words[0].upper()}{words[1:]} at the end", unit),
            Figure(f"endurance.{name}.growth", SECTION, f"Growth in {words}", unit, target=target),
        )
        figures += series[key]
    duration = Figure("endurance.seconds", SECTION, "Time for the whole run", "s")
    for _ in range(plan.endurance_runs):
        options = {"ops": plan.endurance_ops, "warmup_ops": plan.endurance_warmup_ops}
        answer = run_probe("endurance", options, timeout=3600)
        for key, (start, end, growth) in series.items():
            start.runs.append(float(answer["start"][key]))
            end.runs.append(float(answer["end"][key]))
            growth.runs.append(end.runs[-1] - start.runs[-1])
        duration.runs.append(answer["seconds"])
    # Python objects count as flat within 0.2% of the start: caches and interned strings wobble.
    python_start, _, python_growth = series["python_objects"]
    python_growth.target = Target(max(200.0, round(python_start.median * 0.002)))
    counts = answer["counts"]
    series["rss_mb"][0].note = (
        f"{plan.endurance_ops:,} operations in one process: {counts['T']:,} page turns, "
        f"{counts['R']:,} text-size taps and {counts['I']:,} idle resets, in visits of six turns, "
        "three size taps and a reset; counted after a warm-up of every page at every text size and "
        f"{plan.endurance_warmup_ops:,} operations of the same walk"
    )
    return [*figures, duration]
