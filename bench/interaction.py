"""Page turns, text resizing and memory, each run in a fresh kiosk process (bench.inapp)."""

from __future__ import annotations

from typing import Any

from bench.plan import Plan
from bench.proc import run_probe
from bench.stats import Figure, Target, percentile

FRAME_TARGET = Target(16.0)  # inside one 60 Hz frame
HOME_MEMORY_TARGET = Target(90.0)
TURN_SIZES = (100, 200)


def _ms(samples: list[Any]) -> list[float]:
    return [float(s["ms"]) if isinstance(s, dict) else float(s) for s in samples]


def page_turns(plan: Plan) -> list[Figure]:
    figures = []
    for percent in TURN_SIZES:
        p50 = Figure(f"turn.{percent}.p50", "Page turn", f"Page turn at {percent}% text, p50", "ms")
        p99 = Figure(
            f"turn.{percent}.p99",
            "Page turn",
            f"Page turn at {percent}% text, p99",
            "ms",
            target=FRAME_TARGET,
        )
        first = Figure(
            f"turn.{percent}.first_view", "Page turn", f"Slowest first view of a page at {percent}%", "ms"
        )
        for _ in range(plan.turn_runs):
            answer = run_probe("turns", {"percent": percent, "repeats": plan.turn_repeats})
            samples = answer["samples"]
            times = _ms(samples)
            p50.runs.append(percentile(times, 50))
            p99.runs.append(percentile(times, 99))
            first.runs.append(max(_ms([s for s in samples if s["first_view"]])))
            note = (
                f"{len(times)} taps per run: every tile from home, every card from its list, "
                f"and Back each time; {answer['pages']} pages"
            )
        p50.note = p99.note = note
        first.note = "Markdown rendered on a page's first view, then cached"
        figures += [p50, p99, first]
    return figures


def text_resize(plan: Plan) -> list[Figure]:
    p50 = Figure("resize.p50", "Text size", "A+ / A− to repainted screen, p50", "ms")
    p99 = Figure("resize.p99", "Text size", "A+ / A− to repainted screen, p99", "ms", target=FRAME_TARGET)
    for _ in range(plan.resize_runs):
        answer = run_probe("resize", {"rounds": plan.resize_rounds, "screens": plan.resize_screens})
        times = _ms(answer["samples"])
        p50.runs.append(percentile(times, 50))
        p99.runs.append(percentile(times, 99))
    p50.note = p99.note = f"{len(times)} taps per run: 100% to 200% and back on home and every page"
    return [p50, p99]


def memory(plan: Plan) -> list[Figure]:
    home = Figure("memory.home", "Memory", "Resident memory, idle on home", "MB", target=HOME_MEMORY_TARGET)
    every = Figure("memory.every_page", "Memory", "Resident memory on home after every page", "MB")
    for _ in range(plan.memory_runs):
        answer = run_probe("memory", {"idle_s": plan.idle_s})
        home.runs.append(answer["home_mb"])
        every.runs.append(answer["every_page_mb"])
    every.note = f"{answer['page_views']} page views: every page at every text size"
    return [home, every]
