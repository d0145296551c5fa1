"""``python -m bench [--quick] [--no-write]``: every measure, a table, and BENCHMARKS.md."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench import browser, endurance, interaction, machine, report, scale, startup
from bench.plan import FULL, QUICK, Plan
from bench.proc import REPO
from bench.stats import Figure, format_value

QUIET_LOAD = 0.5  # a 1-minute load average above this on 2 cores means other work is running


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="few iterations: proves the bench runs")
    parser.add_argument("--no-write", action="store_true", help="print the table; leave BENCHMARKS.md alone")
    parser.add_argument(
        "--out", type=Path, default=REPO / "BENCHMARKS.md", help="the Markdown file to update"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure and run as JSON")
    parser.add_argument(
        "--only",
        metavar="SECTIONS",
        help="comma-separated sections to run (start-up, page turns, text resize, memory, endurance, scale,"
        " browser); a partial run prints its table and never rewrites BENCHMARKS.md",
    )
    return parser


def _sections(
    plan: Plan, args: argparse.Namespace, chromium: str | None
) -> list[tuple[str, Callable[[], list[Figure]]]]:
    sections: list[tuple[str, Callable[[], list[Figure]]]] = [
        ("start-up", lambda: startup.measure(plan)),
        ("page turns", lambda: interaction.page_turns(plan)),
        ("text resize", lambda: interaction.text_resize(plan)),
        ("memory", lambda: interaction.memory(plan)),
        ("endurance", lambda: endurance.measure(plan)),
        ("scale", lambda: scale.measure(plan)),
    ]
    if chromium:
        sections.append(("against a browser kiosk", lambda: browser.measure(plan, chromium)))
    if args.only:
        wanted = {name.strip() for name in args.only.split(",")}
        sections = [
            (name, run)
            for name, run in sections
            if name in wanted or (name == "against a browser kiosk" and "browser" in wanted)
        ]
    return sections


def _timed(run: Callable[[], list[Figure]]) -> tuple[list[Figure], float]:
    started = time.monotonic()
    return run(), time.monotonic() - started


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    plan = QUICK if args.quick else FULL
    chromium = browser.chromium_path()
    skipped = []
    if chromium is None:
        if not plan.quick and (not args.only or "browser" in args.only):
            print(
                "bench: Debian's chromium is needed for the browser comparison: run bench/setup.sh",
                file=sys.stderr,
            )
            return 2
        skipped.append("Against a browser kiosk: chromium is not installed (bench/setup.sh installs it)")
        print(f"bench: skipped: {skipped[-1]}")
    load = machine.load_average()
    if load > QUIET_LOAD:
        print(f"bench: note: the 1-minute load average is {load:.2f}; other work will add noise")
    context = {
        "Run": f"{dt.date.today().isoformat()}, {plan.mode} mode, 1-minute load average {load:.2f} at start",
        "Window": "1024x768, offscreen, idle reset on as in kiosk mode",
    }
    if chromium:
        context["Browser"] = browser.chromium_version(chromium)
    figures: list[Figure] = []
    started = time.monotonic()
    sections = _sections(plan, args, chromium)
    # The full run measures one thing at a time; the quick run only proves each still works, so
    # it runs two at once.
    with ThreadPoolExecutor(max_workers=2 if plan.quick else 1) as pool:
        for (name, _), (results, seconds) in zip(
            sections, pool.map(_timed, [run for _, run in sections]), strict=True
        ):
            print(f"bench: {name} ({seconds:.0f} s)", flush=True)
            for figure in results:
                print(f"  {figure.label}: {format_value(figure.median, figure.unit)}", flush=True)
            figures += results
    context["Run"] += f", {machine.load_average():.2f} at the end, {time.monotonic() - started:.0f} s in all"
    context["Code"] = machine.commit()
    described = machine.describe()
    block = report.render(figures, described, context, skipped)
    print()
    print(block)
    if args.json:
        report.write_json(args.json, figures, described, context, skipped)
    if not args.no_write and not args.only:
        report.write_markdown(args.out, block)
        print(f"bench: wrote {args.out}")
    return 0
