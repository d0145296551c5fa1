"""Cold start: a new process from source to the first painted home screen."""

from __future__ import annotations

from pathlib import Path

from bench.plan import Plan
from bench.proc import ChildError, child_env, python_command, run_timed
from bench.stats import Figure, Target

COLD_START_TARGET = Target(0.3)  # issue 14


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` to the first frame it reports (kiosk/ui/shell/first_paint.py)."""
    finished = run_timed(command, {**env, "KIOSK_BENCH_FIRST_PAINT": "1"})
    for line in finished.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - finished.started
    raise ChildError(f"no first-paint line from {' '.join(command)}:\n{finished.stderr[-2000:]}")


def kiosk_command(content: Path | None = None) -> list[str]:
    extra = ["--content", str(content)] if content else []
    return python_command("-m", "kiosk", "run", "--windowed", *extra)


def measure(plan: Plan) -> list[Figure]:
    """From source; the standalone build's start-up is bench/frozen_start.py's."""
    figure = Figure(
        "startup.cold",
        "Start-up",
        "Cold start to first painted home (from source)",
        "s",
        target=COLD_START_TARGET,
        note="new process each run; Python, Qt and the library load included",
    )
    if plan.warm_caches:
        time_to_first_paint(kiosk_command(), child_env())  # warm the disk cache and .pyc files once
    figure.runs = [time_to_first_paint(kiosk_command(), child_env()) for _ in range(plan.cold_runs)]
    return [figure]
