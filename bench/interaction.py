"""Page turns, text resizing and memory, each run in a fresh kiosk process (bench.inapp)."""

from __future__ import annotations

from typing import Any

from bench.plan import Plan
from bench.proc import run_probe
from bench.stats import Figure, Target, percentile

FRAME_TARGET = Target(16.0)  # inside one 60 Hz frame
HOME_MEMORY_TARGET = Target(85.0)  # issue 14: on home, with any helper process that runs
RESIZE_P50_TARGET = Target(8.0)  # issue 14: half a frame for a text-size step
TURN_SIZES = (100, 200)
CPU_NOTE = "the GUI thread's CPU time for the same taps: what the tap costs, whatever else the machine runs"


def _times(samples: list[dict[str, Any]], key: str = "ms") -> list[float]:
    return [float(sample[key]) for sample in samples]


def _latency_figures(key: str, section: str, what: str) -> tuple[Figure, Figure, Figure]:
    return (
        Figure(f"{key}.p50", section, f"{what}, p50", "ms"),
        Figure(f"{key}.p99", section, f"{what}, p99", "ms", target=FRAME_TARGET),
        Figure(f"{key}.p99_cpu", section, f"{what}, p99 of GUI-thread CPU time", "ms", note=CPU_NOTE),
    )


def _add_run(figures: tuple[Figure, Figure, Figure], samples: list[dict[str, Any]]) -> None:
    p50, p99, p99_cpu = figures
    p50.runs.append(percentile(_times(samples), 50))
    p99.runs.append(percentile(_times(samples), 99))
    p99_cpu.runs.append(percentile(_times(samples, "cpu_ms"), 99))


def page_turns(plan: Plan) -> list[Figure]:
    figures: list[Figure] = []
    for percent in TURN_SIZES:
        latency = _latency_figures(f"turn.{percent}", "Page turn", f"Page turn at {percent}% text")
        first = Figure(
            f"turn.{percent}.first_view", "Page turn", f"Slowest first view of a page at {percent}%", "ms"
        )
        for _ in range(plan.turn_runs):
            answer = run_probe("turns", {"percent": percent, "repeats": plan.turn_repeats})
            samples = answer["samples"]
            _add_run(latency, samples)
            first.runs.append(max(_times([s for s in samples if s["first_view"]])))
        latency[0].note = latency[1].note = (
            f"{len(samples)} taps per run, tap to painted screen: every tile from home, every card from "
            f"its list, and Back each time; {answer['pages']} pages, first views included"
        )
        first.note = (
            "every page prepared ahead (as kiosk run's page helper does once the first screen is up): "
            "a first view lays the page out and loads its pictures"
        )
        figures += [*latency, first]
    return figures


def text_resize(plan: Plan) -> list[Figure]:
    latency = _latency_figures("resize", "Text size", "A+ / A− to repainted screen")
    latency[0].target = RESIZE_P50_TARGET
    for _ in range(plan.resize_runs):
        answer = run_probe("resize", {"rounds": plan.resize_rounds, "screens": plan.resize_screens})
        _add_run(latency, answer["samples"])
    latency[0].note = latency[1].note = (
        f"{len(answer['samples'])} taps per run: 100% to 200% and back on home and on every page"
    )
    return list(latency)


def memory(plan: Plan) -> list[Figure]:
    home = Figure(
        "memory.home",
        "Memory",
        "Resident memory, idle on home (the kiosk process)",
        "MB",
        target=HOME_MEMORY_TARGET,
    )
    helpers = Figure(
        "memory.helpers", "Memory", "Resident memory of its helper processes (pages, read-aloud)", "MB"
    )
    tree = Figure(
        "memory.home_tree_pss",
        "Memory",
        "PSS idle on home, the kiosk and its helpers",
        "MB",
        target=HOME_MEMORY_TARGET,
    )
    every = Figure("memory.every_page", "Memory", "Resident memory on home after every page", "MB")
    for _ in range(plan.memory_runs):
        answer = run_probe("memory", {"idle_s": plan.idle_s})
        home.runs.append(answer["home_mb"])
        helpers.runs.append(answer["helpers_mb"])
        tree.runs.append(answer["home_tree_pss_mb"])
        every.runs.append(answer["every_page_mb"])
    helpers.note = (
        "the page helper, preparing every page ahead in the first minute (it stops after a quiet minute); "
        "the speech helper starts at the first touch, so it is not running here"
    )
    tree.note = (
        "proportional set size: pages the two processes share with each other or other programs are split"
    )
    every.note = f"{answer['page_views']} page views: every page at every text size"
    return [home, helpers, tree, every]
