"""Soak: thousands of page turns, text-size changes and idle resets in one process.

A kiosk runs for months; anything that grows a little on every page turn eventually ends it. This
drives the real window (with everything an unattended kiosk attaches: attract screen, content
watcher, usage counts) and samples the live widget count, the Python object count and resident
memory. Flat means: the same widget count at the end as after warm-up, Python objects within a
hair of it (fewer than one per page turn of the quick run), and resident memory grown by less than 5 MB.

The warm-up first opens every page at every text size (filling the caches), then runs the soak's own
mix of turns, size changes and resets for a while, so the baseline is taken in the same steady state
as every later sample. Each sample is taken in one fixed state (the first page opened, then an idle
reset), so what the last page happened to leave on screen does not count as growth.

    python -m bench.soak            # full: 10,000 page turns and text-size changes, 400 idle resets
    python -m bench.soak --quick    # 300 page turns, 30 size changes, 12 idle resets (the test suite's run)
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

QUICK_CYCLES = 300
FULL_CYCLES = 10_000
RESET_EVERY = 25  # page turns per visitor before an idle reset
QUICK_SIZE_EVERY = 10  # the quick run changes text size on every tenth turn (a change re-styles everything)
MAX_RSS_GROWTH_MB = 5.0
MAX_OBJECT_GROWTH = 200  # an absolute limit: it must not grow with what ran before in the process
WARM_UP_CYCLES = 100  # the soak's own mix, before the baseline: a whole text-size sweep and four resets


@dataclass
class Sample:
    cycle: int
    widgets: int
    objects: int
    rss_mb: float


@dataclass
class SoakReport:
    cycles: int
    page_turns: int = 0
    text_size_changes: int = 0
    idle_resets: int = 0
    seconds: float = 0.0
    samples: list[Sample] = field(default_factory=list)

    @property
    def baseline(self) -> Sample:
        return self.samples[0]

    @property
    def final(self) -> Sample:
        return self.samples[-1]

    @property
    def widget_growth(self) -> int:
        return self.final.widgets - self.baseline.widgets

    @property
    def object_growth(self) -> int:
        return self.final.objects - self.baseline.objects

    @property
    def rss_growth_mb(self) -> float:
        return self.final.rss_mb - self.baseline.rss_mb

    @property
    def flat(self) -> bool:
        return (
            self.widget_growth == 0
            and self.object_growth <= MAX_OBJECT_GROWTH
            and self.rss_growth_mb < MAX_RSS_GROWTH_MB
        )

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data.update(
            widget_growth=self.widget_growth,
            object_growth=self.object_growth,
            rss_growth_mb=round(self.rss_growth_mb, 2),
            flat=self.flat,
        )
        return data


def resident_mb() -> float:
    """Resident memory now (Linux /proc), else the peak the OS reports."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1_048_576 if sys.platform == "darwin" else 1024)


def settle() -> None:
    """What the event loop does between two touches: run posted events, delete what was let go."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def sample(cycle: int) -> Sample:
    settle()
    gc.collect()
    return Sample(cycle, len(QApplication.allWidgets()), len(gc.get_objects()), round(resident_mb(), 2))


def run_soak(cycles: int, content: Path | None = None, samples: int = 10, size_every: int = 1) -> SoakReport:
    """``cycles`` page turns, a text-size change every ``size_every`` turns, an idle reset every 25."""
    from kiosk.core.config import TEXT_STEPS, Config
    from kiosk.core.paths import bundled_content_dir
    from kiosk.core.pin import hash_pin
    from kiosk.ui.launch import get_app
    from kiosk.ui.shell.compose import UnattendedSetup, build_kiosk
    from kiosk.ui.shell.idle import ManualTimer

    get_app()
    # The mock speech engine: no helper process to outlive the run (the soak never reads aloud).
    config = Config().with_values(idle__in_window=True, speech__engine="mock")
    with tempfile.TemporaryDirectory() as data:
        setup = UnattendedSetup(Path(data), hash_pin("2468", n=2**10))
        kiosk = build_kiosk(config, content or bundled_content_dir(), timers=ManualTimer, unattended=setup)
        window, watcher, kit = kiosk.window, kiosk.watcher, kiosk.unattended
        assert kit is not None
        watcher.set_enabled(True)
        window.resize(1024, 768)
        window.show()
        pages = [page.id for page in (*window.library.topics, *window.library.medications)]
        report = SoakReport(cycles)

        def idle_reset() -> None:
            assert isinstance(watcher.idle_timer, ManualTimer) and isinstance(watcher.tick_timer, ManualTimer)
            watcher.idle_timer.fire()
            for _ in range(watcher.warning_seconds):
                watcher.tick_timer.fire()
            kit.attract.wake()

        going_up = True

        def turn(cycle: int, counted: bool) -> None:
            nonlocal going_up
            window.open_page(pages[cycle % len(pages)])
            report.page_turns += counted
            if cycle % size_every == 0:
                if window.visitor.text_percent in (TEXT_STEPS[0], TEXT_STEPS[-1]):
                    going_up = window.visitor.text_percent == TEXT_STEPS[0]
                window.visitor.larger() if going_up else window.visitor.smaller()
                report.text_size_changes += counted
            if cycle % RESET_EVERY == 0:
                idle_reset()
                report.idle_resets += counted
            settle()

        def steady_sample(cycle: int) -> Sample:
            window.open_page(pages[0])
            idle_reset()
            return sample(cycle)

        # Warm-up: every page at every size once, so caches (rendered pages, style sheets) are full ...
        for percent in TEXT_STEPS:
            window.visitor.set_text_percent(percent)
            for page_id in pages:
                window.open_page(page_id)
                settle()
        idle_reset()
        for cycle in range(1, WARM_UP_CYCLES + 1):  # ... then the soak's own mix, uncounted
            turn(cycle, counted=False)
        report.samples.append(steady_sample(0))
        every = max(1, cycles // samples)
        started = time.perf_counter()
        for cycle in range(1, cycles + 1):
            turn(cycle, counted=True)
            if cycle % every == 0 or cycle == cycles:
                report.samples.append(steady_sample(cycle))
        report.seconds = round(time.perf_counter() - started, 1)
        kiosk.detach()
    window.close()
    window.deleteLater()
    settle()
    return report


def format_report(report: SoakReport) -> str:
    lines = [
        f"soak: {report.page_turns} page turns, {report.text_size_changes} text-size changes, "
        f"{report.idle_resets} idle resets in {report.seconds} s",
        f"{'cycle':>7} {'widgets':>8} {'objects':>9} {'RSS MB':>8}",
    ]
    lines += [f"{s.cycle:>7} {s.widgets:>8} {s.objects:>9} {s.rss_mb:>8.1f}" for s in report.samples]
    lines.append(
        f"growth: widgets {report.widget_growth:+d}, Python objects {report.object_growth:+d}, "
        f"RSS {report.rss_growth_mb:+.2f} MB -> {'flat' if report.flat else 'GROWING'}"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=FULL_CYCLES)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_CYCLES} cycles")
    parser.add_argument("--content", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None, metavar="FILE", help="also write the figures here")
    args = parser.parse_args(argv)
    if args.quick:
        report = run_soak(QUICK_CYCLES, args.content, size_every=QUICK_SIZE_EVERY)
    else:
        report = run_soak(args.cycles, args.content)
    print(format_report(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report.as_dict(), indent=2))
    return 0 if report.flat else 1


if __name__ == "__main__":
    sys.exit(main())
