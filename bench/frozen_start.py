"""Start-up of the standalone build, against the same app started from source.

    python -m bench.frozen_start [--runs 10] [--executable dist/kiosk/kiosk]

Every process starts the way a clinic starts it (clean environment, another working folder, offscreen):

- ``--version``: bootloader and Python start, none of the app: the floor of any start (wall time).
- ``run`` to first paint: from spawning the process to the home screen's first frame, reported by the
  app's first-paint hook (``KIOSK_BENCH_FIRST_PAINT=1``, from the benchmark work). Builds without the
  hook show n/a here.
- ``render home``: start, home screen painted into a picture, PNG written, exit (wall time): an upper
  bound of start to first paint that needs no hook.

"cold" is the median of 3 runs, each right after the kernel's page cache was dropped (root only; the
disk is read again); "warm" is the median of the following runs, with min and max. Dropping the cache
slows every other process on the machine for a moment: ``--no-cold`` skips it while other benchmarks
run. Run ``make dist`` first.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DROP_CACHES = Path("/proc/sys/vm/drop_caches")
COLD_RUNS = 3
HOOK_WAIT = 15  # seconds; far beyond any start-up, and how long a build without the hook costs once

Timer = Callable[[], float | None]


def drop_page_cache() -> bool:
    """Forget every cached file, so the next start reads the disk; False where not allowed."""
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def wall_time(command: Sequence[str], workdir: Path, env: dict[str, str]) -> Timer:
    def run() -> float:
        started = time.perf_counter()
        subprocess.run(command, cwd=workdir, env=env, check=True, capture_output=True)
        return time.perf_counter() - started

    return run


def first_paint(command: Sequence[str], workdir: Path, env: dict[str, str]) -> Timer:
    """Spawn to the first-paint line (both clocks are the system-wide monotonic clock)."""

    def run() -> float | None:
        started = time.monotonic()
        try:
            done = subprocess.run(
                [*command, "run", "--windowed"],
                cwd=workdir,
                env={**env, "KIOSK_BENCH_FIRST_PAINT": "1"},
                capture_output=True,
                text=True,
                timeout=HOOK_WAIT,
                check=False,
            )
        except subprocess.TimeoutExpired:  # a build without the hook runs until it is stopped
            return None
        lines = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
        return float(lines[0].split()[1]) - started if lines else None

    return run


def measure(timer: Timer, runs: int, cold_runs: int) -> dict[str, float | None]:
    unmeasured: dict[str, float | None] = {"cold": None, "median": None, "min": None, "max": None}
    cold = []
    for _ in range(cold_runs):
        if not drop_page_cache():
            break
        seconds = timer()
        if seconds is None:
            return unmeasured
        cold.append(seconds)
    if timer() is None:  # also the warm-up when the page cache could not be dropped
        return unmeasured
    warm = [seconds for seconds in (timer() for _ in range(runs)) if seconds is not None]
    return {
        "cold": statistics.median(cold) if cold else None,
        "median": statistics.median(warm),
        "min": min(warm),
        "max": max(warm),
    }


def machine() -> str:
    """CPU model and core count (Linux reads /proc/cpuinfo; elsewhere the count only)."""
    cpuinfo = Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    models = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
    return f"{models[0] if models else platform.machine()}, {os.cpu_count()} cores"


def row(label: str, figures: dict[str, float | None]) -> str:
    def ms(value: float | None) -> str:
        return "n/a" if value is None else f"{value * 1000:.0f}"

    spread = "n/a" if figures["min"] is None else f"{ms(figures['min'])}–{ms(figures['max'])}"
    return f"| {label} | {ms(figures['cold'])} | {ms(figures['median'])} | {spread} |"


def main() -> int:
    parser = argparse.ArgumentParser(description="Start-up of the standalone build against source.")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--executable", type=Path, default=ROOT / "dist" / "kiosk" / "kiosk")
    parser.add_argument("--no-cold", action="store_true", help="do not drop the page cache (warm runs only)")
    args = parser.parse_args()
    if not args.executable.is_file():
        print(f"frozen_start: no {args.executable}; run `make dist` first", file=sys.stderr)
        return 2
    frozen = [str(args.executable.resolve())]
    source = [sys.executable, "-m", "kiosk"]
    with tempfile.TemporaryDirectory(prefix="kiosk-start-") as folder:
        workdir = Path(folder)
        env = {"PATH": os.defpath, "HOME": folder, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
        source_env = {**env, "PYTHONPATH": str(ROOT)}
        render = ["render", "home", "--out", str(workdir / "home.png")]
        timers = [
            ("frozen: `kiosk --version`", wall_time([*frozen, "--version"], workdir, env)),
            ("frozen: `kiosk run` to first paint", first_paint(frozen, workdir, env)),
            ("frozen: `kiosk render home`", wall_time([*frozen, *render], workdir, env)),
            ("source: `python -m kiosk --version`", wall_time([*source, "--version"], workdir, source_env)),
            ("source: `python -m kiosk run` to first paint", first_paint(source, workdir, source_env)),
            ("source: `python -m kiosk render home`", wall_time([*source, *render], workdir, source_env)),
        ]
        cold_runs = 0 if args.no_cold else COLD_RUNS
        results = [(label, measure(timer, args.runs, cold_runs)) for label, timer in timers]
    print(f"{machine()}, {platform.platform()}, Python {platform.python_version()}")
    print(f"{args.runs} warm runs each; times in ms\n")
    print("| process | cold (page cache dropped, median of 3) | warm median | warm min–max |")
    print("|---|---|---|---|")
    for label, figures in results:
        print(row(label, figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
