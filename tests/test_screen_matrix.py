"""Every screen and pop-up at every clinic screen size, text size, language and theme: nothing a
person should see is zero-sized, off the window, cut off or elided, and pages keep room to read.

One window per language and theme steps through the sizes, text sizes and screens (tests/screen_walk.py);
the checks are in tests/screen_check.py. `make screens` draws the same walk as contact sheets.
Known failures are listed in KNOWN_FAILURES as xfails, each naming its cause; anything else that
fails, fails the suite. The order of the walk does not change what a case shows (each step starts with
nothing open, the screen stack asks only the screen on show for its size), so they are strict: an entry
that passes fails the suite until it is removed with its fix. A -k subset shows what the whole walk
shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from _pytest.mark.structures import ParameterSet

from kiosk.ui.shell.app import KioskApplication
from tests.screen_walk import (
    LANGUAGES,
    PERCENTS,
    SIZES,
    STEPS,
    THEMES,
    Kiosk,
    check,
    kiosk_window,
    set_size,
)

Case = tuple[str, str, int, tuple[int, int], str]  # language, theme, text percent, window size, step


@dataclass(frozen=True)
class Fails:
    """Combinations that fail today for one reason; a field left empty means every value."""

    reason: str
    steps: str
    sizes: str = ""  # "1024x768 1366x768"
    percents: str = ""  # "150 200"
    languages: str = ""
    themes: str = ""

    def covers(self, case: Case) -> bool:
        language, theme, percent, (width, height), step = case
        return all(
            not allowed or value in allowed.split()
            for value, allowed in (
                (step, self.steps),
                (f"{width}x{height}", self.sizes),
                (str(percent), self.percents),
                (language, self.languages),
                (theme, self.themes),
            )
        )


# What fails today, grouped by cause: issue 12's work plan. Every combination a line names fails,
# e.g. Fails("the A-Z list is under half the window", "a-z", sizes="1024x768", percents="200").
KNOWN_FAILURES: list[Fails] = []


def known_failure(case: Case) -> str:
    return "; ".join(dict.fromkeys(rule.reason for rule in KNOWN_FAILURES if rule.covers(case)))


def case_id(case: Case) -> str:
    language, theme, percent, (width, height), step = case
    return f"{step}-{width}x{height}-{percent}-{language}-{theme}"


def cases() -> list[ParameterSet]:
    """In walking order: one window per language and theme, then text size, window size, screen."""
    params = []
    for language in LANGUAGES:
        for theme in THEMES:
            for percent in PERCENTS:
                for size in SIZES:
                    for step in STEPS:
                        case: Case = (language, theme, percent, size, step)
                        reason = known_failure(case)
                        marks = (
                            [pytest.mark.xfail(strict=True, reason=f"issue 12: {reason}")] if reason else []
                        )
                        params.append(pytest.param(case, id=case_id(case), marks=marks))
    return params


class Walk:
    """Keeps one window open while the cases of its language and theme run, then closes it."""

    def __init__(self, data_folder: Path) -> None:
        self.data_folder = data_folder
        self.stack = ExitStack()
        self.key: tuple[str, str] | None = None
        self.look: tuple[tuple[int, int], int] | None = None
        self.kiosk: Kiosk | None = None

    def at(self, language: str, theme: str, size: tuple[int, int], percent: int) -> Kiosk:
        if self.key != (language, theme) or self.kiosk is None:
            self.stack.close()
            self.kiosk = self.stack.enter_context(
                kiosk_window(language, theme, self.data_folder, paint=False)
            )
            self.key, self.look = (language, theme), None
        if self.look != (size, percent):
            set_size(self.kiosk, size, percent)
            self.look = (size, percent)
        return self.kiosk


@pytest.fixture(scope="module")
def walk(qapp: KioskApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Walk]:
    walker = Walk(tmp_path_factory.mktemp("screen-matrix"))
    yield walker
    walker.stack.close()


@pytest.mark.parametrize("case", cases())
def test_every_screen_shows_everything_whole(walk: Walk, case: Case) -> None:
    language, theme, percent, size, step = case
    kiosk = walk.at(language, theme, size, percent)
    assert check(kiosk, step, size) == []
