"""The benchmark suite still runs and reports every figure; no test here looks at a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.library import generate_library
from bench.report import END, START, write_markdown
from bench.stats import percentile
from kiosk.core.content import load_library

REPO = Path(__file__).resolve().parent.parent
BenchRun = tuple[subprocess.CompletedProcess[str], dict[str, Any]]

# What issue 9 asks the bench to measure, by the stable key each figure carries.
EXPECTED = {
    "startup.cold",
    *(f"turn.{size}.{kind}" for size in (100, 200) for kind in ("p50", "p99", "p99_cpu", "first_view")),
    "resize.p50",
    "resize.p99",
    "resize.p99_cpu",
    "memory.home",
    "memory.helpers",
    "memory.home_tree_pss",
    "memory.every_page",
    *(
        f"endurance.{what}.{when}"
        for what in ("rss", "widgets", "qt_objects", "python_objects")
        for when in ("start", "end", "growth")
    ),
    "endurance.seconds",
    *(
        f"scale.{what}"
        for what in (
            "startup",
            "home_build",
            "list_build",
            "scroll",
            "scroll_cpu",
            "scroll_cpu_max",
            "card_turn",
            "back_turn",
            "memory",
            "check",
        )
    ),
}
BROWSER = {
    f"browser.{what}"
    for what in (
        "kiosk.wall",
        "chromium.wall",
        "wall_ratio",
        "kiosk.peak",
        "chromium.peak",
        "peak_ratio",
        "kiosk.tree",
        "chromium.tree",
        "tree_ratio",
    )
}


@pytest.fixture(scope="module")
def quick_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """One quick run of the whole bench, shared by the tests below (it takes a few seconds)."""
    out = tmp_path_factory.mktemp("bench") / "figures.json"
    before = (REPO / "BENCHMARKS.md").read_bytes() if (REPO / "BENCHMARKS.md").exists() else None
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--no-write", "--json", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    after = (REPO / "BENCHMARKS.md").read_bytes() if (REPO / "BENCHMARKS.md").exists() else None
    assert after == before, "--no-write must leave BENCHMARKS.md alone"
    return result, json.loads(out.read_text(encoding="utf-8"))


def test_quick_run_produces_every_figure_with_its_runs(quick_run: tuple[object, dict[str, Any]]) -> None:
    _, data = quick_run
    figures = {figure["key"]: figure for figure in data["figures"]}
    browser_skipped = any("chromium" in reason for reason in data["skipped"])
    assert set(figures) == EXPECTED | (set() if browser_skipped else BROWSER)
    for figure in figures.values():
        assert figure["runs"], figure["key"]
        assert figure["min"] <= figure["median"] <= figure["max"], figure["key"]


def test_quick_run_prints_the_table_with_the_machine(
    quick_run: BenchRun,
) -> None:
    result, data = quick_run
    assert "| Measure | Median | Min – max | Runs | Target |" in result.stdout
    assert "Cold start to first painted home" in result.stdout
    assert set(data["machine"]) == {"CPU", "Cores", "OS", "Python", "Qt"}
    if data["skipped"]:
        assert "skipped" in result.stdout.lower() and "chromium" in result.stdout


def test_the_first_paint_hook_prints_a_time_and_quits(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--windowed"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "KIOSK_BENCH_FIRST_PAINT": "1",
            "HOME": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stderr
    word, value = result.stdout.split()
    assert word == "first-paint" and float(value) > 0


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [([5.0], 99, 5.0), ([1.0, 2.0, 3.0, 4.0], 50, 2.0), (list(map(float, range(1, 101))), 99, 99.0)],
)
def test_percentile_is_a_value_that_was_measured(values: list[float], q: float, expected: float) -> None:
    assert percentile(values, q) == expected


def test_writing_results_keeps_what_lies_outside_the_markers(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(
        f"# Benchmarks\n\n{START}\nold figures\n{END}\n\n## Frozen build\n\n0.3 s\n", encoding="utf-8"
    )
    write_markdown(path, "new figures\n")
    text = path.read_text(encoding="utf-8")
    assert "new figures" in text and "old figures" not in text
    assert text.startswith("# Benchmarks") and text.rstrip().endswith("## Frozen build\n\n0.3 s")


def test_writing_results_into_a_file_without_markers_appends_them(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n\n## Frozen build\n", encoding="utf-8")
    write_markdown(path, "figures\n")
    assert path.read_text(encoding="utf-8") == f"# Benchmarks\n\n## Frozen build\n\n{START}\nfigures\n{END}\n"


def test_the_generated_library_has_the_cards_asked_for_and_loads_cleanly(tmp_path: Path) -> None:
    generate_library(tmp_path / "big", 40)
    library, problems = load_library(tmp_path / "big", "en")
    assert len(library.medications) == 40
    assert not [p for p in problems if p.is_error]
