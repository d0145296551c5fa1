"""In-app measurements, each kind in a fresh kiosk process.

``python -m bench.inapp KIND '{"option": value}'`` prints one JSON line with the raw samples; the
parent (bench.sections) turns runs of them into figures.
"""

from __future__ import annotations

import gc
import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from bench.driver import Kiosk
from bench.proc import child_pids, rss_bytes, tree_pss_bytes
from bench.stats import percentile
from kiosk.core import isolation
from kiosk.core.config import TEXT_STEPS
from kiosk.core.page_html import render_page
from kiosk.core.paths import bundled_content_dir
from kiosk.core.routes import HOME

Options = dict[str, Any]


def rss_mb() -> float:
    """This process's resident memory now, from /proc."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def live_qt_objects() -> int:
    """QObjects owned by the application plus every top-level widget and all it holds."""
    app = QCoreApplication.instance()
    assert app is not None
    tops = QApplication.topLevelWidgets()
    return len(app.findChildren(QObject)) + sum(1 + len(w.findChildren(QObject)) for w in tops)


def _content(options: Options) -> Path:
    return Path(options["content"]) if options.get("content") else bundled_content_dir()


def _idle(kiosk: Kiosk, seconds: float) -> None:
    """Sit on the screen with the event loop running, as a kiosk does between visitors."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        kiosk.settle()
        time.sleep(0.01)


def turns(options: Options) -> Options:
    """Tap every tile from home (and every card from its section) and Back again, ``repeats`` times.
    Every page is prepared before the first tap, as `kiosk run`'s page helper prepares them ahead
    once the first screen is up: a first view lays the page out, it does not run Markdown."""
    kiosk = Kiosk(_content(options), options["percent"])
    kiosk.show()
    window, library = kiosk.window, kiosk.window.library
    for page in (*library.topics, *library.medications):
        render_page(page)
    samples: list[dict[str, object]] = []
    seen: set[str] = set()

    def forward(page_id: str) -> None:
        ms = kiosk.tap(kiosk.tile(page_id), kiosk.screen_for(page_id))
        samples.append(
            {"ms": ms, "cpu_ms": kiosk.last_cpu_ms, "first_view": page_id not in seen, "back": False}
        )
        seen.add(page_id)

    def back() -> None:
        ms = kiosk.tap(window.header.back_button, kiosk.screen_for(window.history[-1].page_id))
        samples.append({"ms": ms, "cpu_ms": kiosk.last_cpu_ms, "first_view": False, "back": True})

    for _ in range(options["repeats"]):
        for topic in library.topics:
            forward(topic.id)
            if topic.lists_medications:
                for card in library.medications:
                    forward(card.id)
                    back()
            back()
    return {"samples": samples, "pages": len(seen)}


def resize(options: Options) -> Options:
    """A+ four times then A- four times (100% to 200% and back) on home and on every page."""
    kiosk = Kiosk(_content(options))
    kiosk.show()
    window = kiosk.window
    header = window.header
    screens = [HOME, *(p.id for p in (*window.library.topics, *window.library.medications))]
    samples: list[dict[str, float]] = []
    for _ in range(options["rounds"]):
        for page_id in screens[: options.get("screens") or None]:
            window.go_home()
            if page_id != HOME:
                window.open_page(page_id)
            shows = kiosk.screen_for(page_id)
            for button in [header.larger_button] * 4 + [header.smaller_button] * 4:
                samples.append({"ms": kiosk.tap(button, shows), "cpu_ms": kiosk.last_cpu_ms})
    return {"samples": samples}


def memory(options: Options) -> Options:
    """Resident memory idle on home; then again on home after every page at every text size. Pages are
    prepared in the helper process, as `kiosk run` does."""
    isolation.enable(start_now=False)
    kiosk = Kiosk(_content(options))
    kiosk.show()
    _idle(kiosk, options["idle_s"])
    gc.collect()
    home = rss_mb()
    helpers = sum(rss_bytes(pid) for pid in child_pids(os.getpid())) / 2**20
    home_tree = tree_pss_bytes(os.getpid()) / 2**20
    window = kiosk.window
    pages = [p.id for p in (*window.library.topics, *window.library.medications)]
    for percent in TEXT_STEPS:
        window.visitor.set_text_percent(percent)
        for page_id in pages:
            window.open_page(page_id)
            kiosk.settle()
    window.visitor.restore_defaults()
    window.go_home()
    _idle(kiosk, options["idle_s"])
    gc.collect()
    return {
        "home_mb": home,
        "helpers_mb": helpers,
        "home_tree_pss_mb": home_tree,
        "every_page_mb": rss_mb(),
        "page_views": len(pages) * len(TEXT_STEPS),
    }


def _snapshot(kiosk: Kiosk) -> dict[str, float]:
    kiosk.settle()
    gc.collect()
    return {
        "rss_mb": rss_mb(),
        "widgets": len(QApplication.allWidgets()),
        "qt_objects": live_qt_objects(),
        "python_objects": len(gc.get_objects()),
    }


# One visitor's worth of operations: six page turns, three text-size taps, then the idle reset.
ENDURANCE_PATTERN = "TTRTTRTTRI"


def endurance(options: Options) -> Options:
    """``ops`` page turns, text-size taps and idle resets in one process: a random walk of visitors.
    Counted from after a warm-up (every page at every size, then ``warmup_ops`` operations of the same
    walk, which opens the extra screens once), so first uses don't pass for growth."""
    kiosk = Kiosk(_content(options))
    kiosk.show()
    window, header = kiosk.window, kiosk.window.header
    rng = random.Random(options.get("seed", 9))

    def turn() -> None:
        """A tile if the screen has some (always on home), else mostly Back, sometimes Home."""
        tiles = kiosk.tiles()
        if tiles and (not window.history or rng.random() < 0.8):
            target = rng.choice(tiles).target
            kiosk.tap(kiosk.tile(target), kiosk.screen_for(target))
        elif window.history and rng.random() < 0.7:
            kiosk.tap(header.back_button, kiosk.screen_for(window.history[-1].page_id))
        else:
            kiosk.tap(header.home_button, window.home_screen)

    def text_size() -> None:
        shows = kiosk.screen_for(window.current.page_id)
        percent = window.visitor.text_percent
        grow = percent == TEXT_STEPS[0] or (percent != TEXT_STEPS[-1] and rng.random() < 0.5)
        kiosk.tap(header.larger_button if grow else header.smaller_button, shows)

    actions: dict[str, Callable[[], None]] = {"T": turn, "R": text_size, "I": kiosk.fire_idle_reset}

    def walk(ops: int) -> dict[str, int]:
        pattern = ENDURANCE_PATTERN
        for index in range(ops):
            actions[pattern[index % len(pattern)]]()
        return {kind: sum(1 for i in range(ops) if pattern[i % len(pattern)] == kind) for kind in "TRI"}

    for percent in TEXT_STEPS:
        window.visitor.set_text_percent(percent)
        for page in (*window.library.topics, *window.library.medications):
            window.open_page(page.id)
            kiosk.settle()
    window.visitor.restore_defaults()
    walk(options["warmup_ops"])
    start = _snapshot(kiosk)
    started = time.perf_counter()
    counts = walk(options["ops"])
    seconds = time.perf_counter() - started
    return {"start": start, "end": _snapshot(kiosk), "seconds": seconds, "counts": counts}


def scale(options: Options) -> Options:
    """A big library: building the window and home (the library loads here), then the medicines list."""
    started = time.perf_counter()
    kiosk = Kiosk(_content(options))
    home_ms = (time.perf_counter() - started) * 1000 + kiosk.show()
    window = kiosk.window
    section = next(p for p in window.library.topics if p.lists_medications)
    list_ms = kiosk.tap(kiosk.tile(section.id), window.section_screen)
    scroll_ms: list[float] = []  # Down to the end of the list, as a visitor would
    scroll_cpu_ms: list[float] = []
    while window.footer.down_button.isEnabled() and len(scroll_ms) < 5000:
        scroll_ms.append(kiosk.tap(window.footer.down_button, window.section_screen))
        scroll_cpu_ms.append(kiosk.last_cpu_ms)
    last = window.library.medications[-1]
    card_ms = kiosk.tap(kiosk.tile(last.id), window.page_screen)
    back_ms = kiosk.tap(window.header.back_button, window.section_screen)
    kiosk.settle()
    gc.collect()
    return {
        "home_ms": home_ms,
        "list_ms": list_ms,
        "card_ms": card_ms,
        "scroll_p99_ms": percentile(scroll_ms, 99) if scroll_ms else 0.0,
        "scroll_cpu_p99_ms": percentile(scroll_cpu_ms, 99) if scroll_cpu_ms else 0.0,
        "scroll_cpu_max_ms": max(scroll_cpu_ms, default=0.0),
        "scroll_taps": len(scroll_ms),
        "back_ms": back_ms,
        "rss_mb": rss_mb(),
        "cards": len(window.library.medications),
    }


PROBES: dict[str, Callable[[Options], Options]] = {
    "turns": turns,
    "resize": resize,
    "memory": memory,
    "endurance": endurance,
    "scale": scale,
}


def main(argv: list[str]) -> int:
    kind, options = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    print(json.dumps(PROBES[kind](options)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
