"""Medicines side by side, built only from the cards' front matter, and the visitor's picks.

A comparison is a list of rows ("How often") with one answer per medicine. Every answer is a tuple of
plain sentences, so a screen can show one line or a short list without knowing which row it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.core.content import MedicationFacts, Page
from kiosk.core.trial_compare import TrialRow, trial_row
from kiosk.core.vocabulary import join_choices, phrase, sentence

MIN_PICKS = 2
MAX_PICKS = 4
KEY_CAUTIONS = 3  # the cards list cautions most important first; the rest stay on the card


@dataclass(frozen=True)
class Column:
    page_id: str
    title: str
    icon: str


@dataclass(frozen=True)
class Row:
    key: str  # the vocabulary label, e.g. "label.how_often"
    label: str
    answers: tuple[tuple[str, ...], ...]  # one tuple of sentences per column


@dataclass(frozen=True)
class Comparison:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    trials: TrialRow | None = None  # the pictures row (kiosk/core/trial_compare.py)


def key_cautions(facts: MedicationFacts, lang: str, limit: int | None = KEY_CAUTIONS) -> tuple[str, ...]:
    """The first ``limit`` cautions, and a line saying how many more the card has."""
    shown = facts.cautions if limit is None else facts.cautions[:limit]
    left = len(facts.cautions) - len(shown)
    lines = tuple(sentence(c) for c in shown)
    if left == 1:
        return (*lines, phrase("more_cautions_one", lang))
    if left > 1:
        return (*lines, phrase("more_cautions", lang).format(n=left))
    return lines


def _one(text: str) -> tuple[str, ...]:
    return (sentence(text),)


# Row order follows a decision aid: how it fits your life first, then what it does, then its costs.
ROWS: tuple[tuple[str, Callable[[MedicationFacts, str], tuple[str, ...]]], ...] = (
    ("label.route", lambda f, lang: _one(join_choices(f.route, lang))),
    ("label.how_often", lambda f, lang: _one(join_choices(f.how_often, lang))),
    ("label.where_given", lambda f, lang: _one(join_choices(f.where_given, lang))),
    ("label.action", lambda f, lang: _one(phrase(f.action, lang))),
    ("label.main_benefit", lambda f, lang: _one(f.main_benefit)),
    ("label.common_side_effects", lambda f, lang: tuple(sentence(s) for s in f.common_side_effects)),
    ("label.cautions", key_cautions),
    ("label.treatment_length", lambda f, lang: _one(f.treatment_length)),
)


def build_comparison(pages: Iterable[Page], lang: str) -> Comparison:
    """The table for these medication cards, in the order given; pages that are not cards are skipped."""
    cards = [p for p in pages if p.medication is not None]
    columns = tuple(Column(p.id, p.title, p.icon) for p in cards)
    rows = tuple(
        Row(key, phrase(key, lang), tuple(make(p.medication, lang) for p in cards if p.medication))
        for key, make in ROWS
    )
    return Comparison(columns, rows, trial_row(cards, lang))


class Picks:
    """The medicines a visitor chose to compare, in their order; at most MAX_PICKS."""

    def __init__(self) -> None:
        self._ids: list[str] = []

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._ids)

    @property
    def full(self) -> bool:
        return len(self._ids) >= MAX_PICKS

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, page_id: str) -> bool:
        """False when it is already picked or there is no room."""
        if page_id in self._ids or self.full:
            return False
        self._ids.append(page_id)
        return True

    def remove(self, page_id: str) -> bool:
        if page_id not in self._ids:
            return False
        self._ids.remove(page_id)
        return True

    def move(self, page_id: str, step: int) -> bool:
        """Move one place earlier (-1) or later (+1); False at either end."""
        if page_id not in self._ids:
            return False
        index = self._ids.index(page_id)
        target = index + step
        if not 0 <= target < len(self._ids):
            return False
        self._ids[index], self._ids[target] = self._ids[target], self._ids[index]
        return True

    def replace(self, page_ids: Iterable[str]) -> None:
        self._ids = []
        for page_id in page_ids:
            self.add(page_id)

    def clear(self) -> None:
        self._ids.clear()
