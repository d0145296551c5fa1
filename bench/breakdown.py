"""Where a text-size tap and a page turn spend their time: ``python -m bench.breakdown``.

Prints cProfile's top functions for 40 A+/A- taps on a medication card and 40 page turns, then the
text-size change taken apart (GUI-thread CPU time): each part's style sheet re-polish (the header,
the footer, the card's screen with its page set aside, and the medicine list's for comparison), the
page filled and laid out anew, the paint; and what the input router's application-wide filter adds
to a re-polish when it is not set aside.
"""

from __future__ import annotations

import cProfile
import pstats
import statistics
import sys
import time
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from bench.driver import Kiosk
from kiosk.core.paths import bundled_content_dir
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.style import style_sheet

CARD = "alendronate"


def _cpu_ms(action: Callable[[], object], times: int = 16) -> float:
    samples = []
    for _ in range(times):
        started = time.thread_time()
        action()
        samples.append((time.thread_time() - started) * 1000)
    return statistics.median(samples)


def main() -> int:
    kiosk = Kiosk(bundled_content_dir())
    kiosk.show()
    window, header = kiosk.window, kiosk.window.header
    medicines = next(p for p in window.library.topics if p.lists_medications)
    window.open_page(medicines.id)
    kiosk.settle()
    window.open_page(CARD)
    kiosk.settle()
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(5):
        for button in [header.larger_button] * 4 + [header.smaller_button] * 4:
            kiosk.tap(button, window.page_screen)
    profile.disable()
    print("40 text-size taps on a card, by own time:")
    pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(12)

    profile = cProfile.Profile()
    profile.enable()
    for _ in range(20):
        kiosk.tap(header.back_button, window.section_screen)
        kiosk.tap(kiosk.tile(CARD), window.page_screen)
    profile.disable()
    print("40 page turns (card and back to the medicine list), by own time:")
    pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(12)

    widgets = window.findChildren(QWidget)
    hidden = sum(1 for w in widgets if not w.isVisibleTo(window))
    flip = iter(range(10**6))

    def sheet() -> str:
        return style_sheet(window.visitor.theme, 125 if next(flip) % 2 else 100)

    def restyle_page() -> None:
        window.page_screen.before_restyle()
        window.page_screen.setStyleSheet(sheet())
        window.page_screen._kept_fraction = None  # the fill below is timed on its own

    look = Appearance.of(window.visitor.theme, window.visitor.text_percent)
    print(f"A text-size change, GUI-thread CPU ms (median of 16), {len(widgets)} widgets, {hidden} hidden:")
    section = window.section_screen
    with window.input.set_aside():  # as during a look change
        parts = {
            "header re-polish": _cpu_ms(lambda: header.setStyleSheet(sheet())),
            "footer re-polish": _cpu_ms(lambda: window.footer.setStyleSheet(sheet())),
            "card screen re-polish (page aside)": _cpu_ms(restyle_page),
            "the card filled and laid out": _cpu_ms(lambda: window.page_screen.apply(look)),
            "medicine list re-polish (hidden here)": _cpu_ms(lambda: section.setStyleSheet(sheet())),
        }
    with_filter = _cpu_ms(lambda: section.setStyleSheet(sheet()))
    parts["  with the input router's filter on"] = with_filter
    for name, ms in parts.items():
        print(f"  {name + ':':40s}{ms:6.1f}")

    def paint() -> None:
        window.page_screen.view.viewport().repaint()

    print(f"  {'one paint of the card:':40s}{_cpu_ms(paint):6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
