"""How many runs and iterations each measure gets: the full bench, or the quick smoke run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    quick: bool
    cold_runs: int  # cold starts, each a new process
    turn_runs: int  # processes per text size for page turns
    turn_repeats: int  # times every page is turned to in one process
    resize_runs: int
    resize_rounds: int  # times A+ x4, A- x4 is tapped on home and every page, per process
    resize_screens: int  # 0: home and every page
    memory_runs: int
    idle_s: float  # seconds of idling before memory is read
    endurance_runs: int
    endurance_ops: int
    endurance_warmup_ops: int  # operations of the same walk before counting starts
    warm_caches: bool  # one discarded run first, so every counted run finds the disk cache warm
    scale_runs: int
    scale_cards: int
    browser_runs: int

    @property
    def mode(self) -> str:
        return "quick" if self.quick else "full"


FULL = Plan(
    quick=False,
    cold_runs=15,
    turn_runs=5,
    turn_repeats=4,
    resize_runs=5,
    resize_rounds=1,
    resize_screens=0,
    memory_runs=5,
    idle_s=1.0,
    endurance_runs=3,
    endurance_ops=10_000,
    endurance_warmup_ops=1_000,
    warm_caches=True,
    scale_runs=5,
    scale_cards=1000,
    browser_runs=7,
)

# Few iterations: proves every measure still runs; its numbers mean little.
QUICK = Plan(
    quick=True,
    cold_runs=2,
    turn_runs=1,
    turn_repeats=1,
    resize_runs=1,
    resize_rounds=1,
    resize_screens=2,
    memory_runs=1,
    idle_s=0.1,
    endurance_runs=1,
    endurance_ops=40,
    endurance_warmup_ops=20,
    warm_caches=False,
    scale_runs=1,
    scale_cards=120,
    browser_runs=1,
)
