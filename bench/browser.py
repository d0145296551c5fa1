"""Against a browser kiosk: the same card, cold, in headless Chromium and in ``kiosk render``."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.html_export import card_html
from bench.plan import Plan
from bench.proc import Finished, child_env, python_command, run_timed
from bench.stats import Figure, Target
from kiosk.core.config import Config
from kiosk.core.content import load_library
from kiosk.core.paths import bundled_content_dir

SECTION = "Against a browser kiosk"
CARD = "alendronate"
PERCENT = 100
SIZE = (1024, 768)
# Debian's chromium, headless, kept off the network and out of any existing profile.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium_path() -> str | None:
    return shutil.which("chromium")


def chromium_version(binary: str) -> str:
    try:
        result = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return result.stdout.strip() or "unknown"


def _chromium(binary: str, page: Path, out: Path) -> Finished:
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-chromium-") as profile:
        command = [
            binary,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--screenshot={out}",
            f"--window-size={SIZE[0]},{SIZE[1]}",
            page.as_uri(),
        ]
        finished = run_timed(command, child_env(), timeout=120, sample_tree=True)
    if not out.is_file():
        raise RuntimeError(f"chromium wrote no screenshot:\n{finished.stderr[-2000:]}")
    return finished


def _kiosk(out: Path) -> Finished:
    command = python_command(
        "-m",
        "kiosk",
        "render",
        CARD,
        "--out",
        str(out),
        "--font-scale",
        str(PERCENT / 100),
        "--size",
        f"{SIZE[0]}x{SIZE[1]}",
    )
    return run_timed(command, child_env(), timeout=120, sample_tree=True)


def measure(plan: Plan, binary: str) -> list[Figure]:
    content = bundled_content_dir()
    library, _ = load_library(content, "en")
    page = library.get(CARD)
    if page is None:
        raise RuntimeError(f"no card {CARD!r} in {content}")
    about = f"the {page.title} card at {PERCENT}% text, {SIZE[0]}x{SIZE[1]}, to a PNG"
    figures = {
        "kiosk.wall": Figure("browser.kiosk.wall", SECTION, "kiosk render, cold: wall time", "s", note=about),
        "chromium.wall": Figure(
            "browser.chromium.wall", SECTION, "Chromium --screenshot, cold: wall time", "s"
        ),
        "wall_ratio": Figure(
            "browser.wall_ratio", SECTION, "Wall time, kiosk ÷ Chromium", "×", target=Target(0.5)
        ),
        "kiosk.peak": Figure("browser.kiosk.peak", SECTION, "kiosk render: peak memory of one process", "MB"),
        "chromium.peak": Figure(
            "browser.chromium.peak", SECTION, "Chromium: peak memory of its largest process", "MB"
        ),
        "peak_ratio": Figure(
            "browser.peak_ratio",
            SECTION,
            "Peak memory, kiosk ÷ Chromium",
            "×",
            target=Target(0.5, strict=True),
        ),
        "kiosk.tree": Figure("browser.kiosk.tree", SECTION, "kiosk render: peak PSS, all processes", "MB"),
        "chromium.tree": Figure("browser.chromium.tree", SECTION, "Chromium: peak PSS, all processes", "MB"),
        "tree_ratio": Figure(
            "browser.tree_ratio", SECTION, "Peak PSS of all processes, kiosk ÷ Chromium", "×"
        ),
    }
    figures["chromium.peak"].note = "ru_maxrss of the largest process (getrusage of the reaped children)"
    figures["kiosk.tree"].note = (
        "proportional set size of the whole process tree (a page shared by several processes is split "
        "among them), sampled every 10 ms; both sides pay the same for the sampling"
    )
    theme = Config()["theme"]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-browser-") as folder:
        work = Path(folder)
        html_file = work / f"{CARD}.html"
        html_file.write_text(card_html(page, content, theme, PERCENT), encoding="utf-8")
        if plan.warm_caches:  # the first run of each only warms the disk cache
            _kiosk(work / "warm.png")
            _chromium(binary, html_file, work / "warm-chromium.png")
        for run in range(plan.browser_runs):
            # Alternate who goes first, so neither always meets a busier or quieter machine.
            if run % 2:
                theirs = _chromium(binary, html_file, work / f"chromium-{run}.png")
                ours = _kiosk(work / f"kiosk-{run}.png")
            else:
                ours = _kiosk(work / f"kiosk-{run}.png")
                theirs = _chromium(binary, html_file, work / f"chromium-{run}.png")
            pairs = {
                "wall": (ours.seconds, theirs.seconds),
                "peak": (ours.peak_process_mb, theirs.peak_process_mb),
                "tree": (ours.peak_tree_mb, theirs.peak_tree_mb),
            }
            for name, (kiosk_value, chromium_value) in pairs.items():
                figures[f"kiosk.{name}"].runs.append(kiosk_value)
                figures[f"chromium.{name}"].runs.append(chromium_value)
                figures[f"{name}_ratio"].runs.append(kiosk_value / chromium_value)
    figures["wall_ratio"].note = figures["peak_ratio"].note = "each run's own pair, measured back to back"
    return list(figures.values())
