"""Start-up of the standalone build, against the same app started from source.

    python -m bench.frozen_start [--runs 10] [--executable dist/kiosk/kiosk]

Each figure is the wall time of a whole process, started the way a clinic starts it (clean environment,
another working folder, offscreen):

- ``--version``: the bootloader and Python start, nothing of the app; the floor of any start.
- ``render home``: start to the home screen painted (grabbed into a picture), plus writing the PNG and
  exiting; an upper bound of cold start to first paint, measured with no hook in the app.

"cold" is the median of 3 runs, each right after the kernel's page cache was dropped (root only; the
disk is read again), "warm" the median of the following runs with min and max. Run ``make dist`` first.
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
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_page_cache() -> bool:
    """Forget every cached file, so the next start reads the disk; False where not allowed."""
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def timed(command: Sequence[str], workdir: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=workdir, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


COLD_RUNS = 3


def measure(command: Sequence[str], runs: int, workdir: Path, env: dict[str, str]) -> dict[str, float | None]:
    cold_runs = []
    for _ in range(COLD_RUNS):
        if not drop_page_cache():
            break
        cold_runs.append(timed(command, workdir, env))
    cold = statistics.median(cold_runs) if cold_runs else None
    timed(command, workdir, env)  # warm-up when the cache could not be dropped
    warm = [timed(command, workdir, env) for _ in range(runs)]
    return {"cold": cold, "median": statistics.median(warm), "min": min(warm), "max": max(warm)}


def machine() -> str:
    """CPU model and core count (Linux reads /proc/cpuinfo; elsewhere the count only)."""
    cpuinfo = Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    models = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
    return f"{models[0] if models else platform.machine()}, {os.cpu_count()} cores"


def row(label: str, figures: dict[str, float | None]) -> str:
    def ms(value: float | None) -> str:
        return "n/a" if value is None else f"{value * 1000:.0f}"

    return (
        f"| {label} | {ms(figures['cold'])} | {ms(figures['median'])} "
        f"| {ms(figures['min'])}–{ms(figures['max'])} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Start-up of the standalone build against source.")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--executable", type=Path, default=ROOT / "dist" / "kiosk" / "kiosk")
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
        out = ["render", "home", "--out", str(workdir / "home.png")]
        results = [
            ("frozen `kiosk --version`", measure([*frozen, "--version"], args.runs, workdir, env)),
            ("frozen `kiosk render home`", measure([*frozen, *out], args.runs, workdir, env)),
            (
                "source `python -m kiosk --version`",
                measure([*source, "--version"], args.runs, workdir, source_env),
            ),
            (
                "source `python -m kiosk render home`",
                measure([*source, *out], args.runs, workdir, source_env),
            ),
        ]
    print(f"{machine()}, {platform.platform()}, Python {platform.python_version()}")
    print(f"{args.runs} warm runs each; times in ms\n")
    print("| process | cold (page cache dropped, median of 3) | warm median | warm min–max |")
    print("|---|---|---|---|")
    for label, figures in results:
        print(row(label, figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
