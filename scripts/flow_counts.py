"""Count the taps two real visits take, on the real window at 1366x768 (as tests/conftest.py builds it).

(i)  A nurse on a laptop (windowed mode) compares three medicines and saves a handout as a PDF.
(ii) A Spanish-speaking patient switches to Spanish and 200% text, then finds Prolia by name on the
     A-Z screen: letter taps, and the Down (or Up) taps needed before "Prolia" shows whole.

A tap is only allowed on something a person can see whole on the screen; when it is scrolled out of
view, the footer's Down/Up buttons are tapped (and counted) until it is.

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/flow_counts.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from kiosk.core.config import TEXT_STEPS, Config
from kiosk.core.routes import NAMES
from kiosk.ui.shell.app import KioskApplication
from kiosk.ui.shell.compose import build_kiosk
from kiosk.ui.shell.i18n import interface_language
from kiosk.ui.shell.idle import ManualTimer
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.treatment.compare_toggle import CompareToggle
from kiosk.ui.widgets.tiles import Tile
from tests.ui_helpers import BUILT, action, treatment_of

CONTENT = Path(__file__).resolve().parent.parent / "content"
SIZE = (1366, 768)
NURSE_PICKS = ("alendronate", "denosumab", "zoledronic-acid")
MAX_SCROLL_TAPS = 60  # a flow that needs more has lost its way


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def build_window(**overrides: object) -> MainWindow:
    """The real main window, as the tests' make_window fixture builds it (fake idle timers)."""
    config = Config().with_values(**{"idle__in_window": True, "speech__engine": "mock", **overrides})
    built = build_kiosk(config, CONTENT, timers=ManualTimer)
    window = built.window
    BUILT[window] = built
    window.resize(*SIZE)
    window.show()
    settle()
    return window


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def shown_part(widget: QWidget) -> QRect:
    """The part of ``widget`` (in its own coordinates) that its scroll area's viewport shows."""
    area = scroll_area_of(widget)
    if area is None:
        return widget.rect()
    viewport = area.viewport()
    corner = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().intersected(QRect(corner, widget.size())).translated(-corner)


def seen_enough(widget: QWidget) -> bool:
    """Visible and seen whole; or, when it is taller than the screen can show (a tile at large text
    on a short screen), its top (its title) is in the view. (Down moves a screenful less one line, so
    a narrower band could be stepped over and the walk would go up and down for ever.)"""
    if not widget.isVisible():
        return False
    area = scroll_area_of(widget)
    if area is None:
        return True
    shown = shown_part(widget)
    if shown == widget.rect():
        return True
    room = area.viewport().height()
    top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
    if widget.height() > room:
        return 0 <= top < room
    # Down moves a screenful less one line, so a tile almost as tall as the view may never sit in it
    # whole; nine tenths of it in view is a tile a person reads and taps.
    return shown.height() >= 0.9 * widget.height()


@dataclass
class Visit:
    """Taps made on one window, by kind: "tap" (buttons, tiles, letters) and "scroll" (Down/Up)."""

    window: MainWindow
    taps: Counter[str] = field(default_factory=Counter)
    steps: list[str] = field(default_factory=list)
    never_whole: list[str] = field(default_factory=list)  # taller than the view: never seen whole

    def tap(self, widget: QWidget, what: str) -> None:
        self.bring_into_view(widget, what)
        assert widget.isEnabled(), f"{what} cannot be tapped"
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=shown_part(widget).center())
        settle()
        self.taps["tap"] += 1
        self.steps.append(what)

    def bring_into_view(self, widget: QWidget, what: str) -> None:
        footer = self.window.footer
        for _ in range(MAX_SCROLL_TAPS):
            if seen_enough(widget):
                if shown_part(widget) != widget.rect():
                    self.never_whole.append(what)
                return
            area = scroll_area_of(widget)
            assert area is not None and widget.isVisibleTo(self.window), f"{what} is not on the screen"
            above = widget.mapTo(area.viewport(), QPoint(0, 0)).y() < 0
            button = footer.up_button if above else footer.down_button
            assert button.isVisible() and button.isEnabled(), f"cannot scroll to {what}"
            QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
            settle()
            self.taps["scroll"] += 1
            self.steps.append("Up" if above else "Down")
        raise AssertionError(f"{what} never came into view")

    def screen(self) -> QWidget:
        screen = self.window.stack.currentWidget()
        assert screen is not None
        return screen

    def tile(self, target: str) -> Tile:
        screen = self.screen()
        tiles = [t for t in screen.findChildren(Tile) if t.target == target and t.isVisibleTo(self.window)]
        assert tiles, f"no tile for {target!r} on this screen"
        return tiles[0]

    def total(self) -> int:
        return sum(self.taps.values())


def nurse_compares_three_and_saves(out_dir: Path) -> Visit:
    """(i) Laptop, windowed: Medicines, three Compare toggles, Compare (the one in view), Take it home,
    Save as PDF."""
    window = build_window(mode="window", nurse__switch=True)
    target = out_dir / "handout.pdf"
    treatment_of(window).ask_save_path = lambda parent, suggested: target  # the file dialog's answer
    visit = Visit(window)
    visit.tap(visit.tile("medicines"), "Medicines tile")
    section = visit.screen()
    for page_id in NURSE_PICKS:
        toggle = next(
            t for t in section.findChildren(CompareToggle) if t.page_id == page_id and t.isVisibleTo(window)
        )
        visit.tap(toggle, f"Compare toggle: {page_id}")
    treatment = treatment_of(window)
    # The Compare button in view: the picks tray's (it stays above the footer) or the list's own.
    in_view = [
        b for b in (treatment.tray.compare_button, treatment.section_bar.compare_button) if seen_enough(b)
    ]
    button = in_view[0] if in_view else treatment.section_bar.compare_button
    visit.tap(
        button, "Compare (3) in the picks tray" if button is treatment.tray.compare_button else "Compare (3)"
    )
    shown = [c.page_id for c in treatment_of(window).compare_screen.comparison.columns]
    assert shown == list(NURSE_PICKS), shown
    visit.tap(treatment_of(window).compare_screen.take_home_button, "Take it home")
    visit.tap(treatment_of(window).take_home.save_button, "Save as PDF")
    assert target.read_bytes().startswith(b"%PDF"), "no handout was saved"
    window.close()
    return visit


def patient_finds_prolia_in_spanish() -> tuple[Visit, Visit]:
    """(ii) Touch screen: Español, A+ to 200%, then Find by name, P, scroll to Prolia, open it.
    Returns the setup visit (language and text size) and the finding visit, counted apart."""
    window = build_window(mode="window")
    setup = Visit(window)
    setup.tap(action(window, "language"), "Español")
    assert window.visitor.language == "es"
    while window.visitor.text_percent < TEXT_STEPS[-1]:
        setup.tap(action(window, "larger"), "A+")
    find = Visit(window)
    find.tap(find.tile(NAMES), "Buscar una medicina por nombre")
    names = treatment_of(window).names_screen
    find.tap(names.letter_buttons["P"], "letter P")
    prolia = next(t for t in names.findChildren(Tile) if t.title_label.text() == "Prolia")
    find.bring_into_view(prolia, "Prolia")
    find.tap(prolia, "Prolia")
    assert "Prolia" in window.title(), window.title()
    window.close()
    interface_language().set_language("en")
    return setup, find


def report(name: str, visit: Visit) -> str:
    return (
        f"{name}: {visit.total()} taps ({visit.taps['tap']} taps on buttons/tiles, "
        f"{visit.taps['scroll']} Down/Up)\n    "
        + " > ".join(visit.steps)
        + (f"\n    taller than the view, never seen whole: {visit.never_whole}" if visit.never_whole else "")
    )


def main() -> int:
    app = QApplication.instance() or KioskApplication(sys.argv)  # kept alive until the end
    with tempfile.TemporaryDirectory() as folder:
        nurse = nurse_compares_three_and_saves(Path(folder))
    setup, find = patient_finds_prolia_in_spanish()
    print(f"window {SIZE[0]}x{SIZE[1]}")
    print(report("(i) nurse: compare 3 medicines, save handout as PDF", nurse))
    print(report("(ii) patient setup: Spanish and 200% text", setup))
    print(report("(ii) patient: find Prolia by name (from home, after setup)", find))
    return 0 if app is not None else 1


if __name__ == "__main__":
    raise SystemExit(main())
