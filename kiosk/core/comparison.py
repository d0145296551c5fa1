"""Medicines side by side, built only from the cards' front matter, and the visitor's picks.

A comparison is a list of rows ("How often") with one answer per medicine. Every answer is a tuple of
plain sentences, so a screen can show one line or a short list without knowing which row it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.core.content import Form, MedicationFacts, Page
from kiosk.core.trial_compare import TrialRow, trial_row
from kiosk.core.vocabulary import audience_text, often_text, phrase, sentence

MIN_PICKS = 2
MAX_PICKS = 4
KEY_CAUTIONS = 3  # a screen may fold the rest behind "Show all cautions"; paper never folds


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
    fold: int = 0  # a screen may show only this many lines of an answer until asked for all; 0: all


@dataclass(frozen=True)
class Comparison:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    trials: TrialRow | None = None  # the pictures row (kiosk/core/trial_compare.py)


def all_cautions(facts: MedicationFacts, lang: str) -> tuple[str, ...]:
    """Every caution, most important first: safety words are never dropped, only folded on screen."""
    return tuple(sentence(c) for c in facts.cautions)


def _one(text: str) -> tuple[str, ...]:
    return (sentence(text),)


def per_form(answer: Callable[[Form, str], str]) -> Callable[[MedicationFacts, str], tuple[str, ...]]:
    """One line per form, named when there are several ('Fizzy tablet: …'); the same line once."""

    def lines(facts: MedicationFacts, lang: str) -> tuple[str, ...]:
        said = [answer(form, lang) for form in facts.forms]
        if len(set(said)) == 1:
            return _one(said[0])
        return tuple(sentence(f"{form.label}: {text}") for form, text in zip(facts.forms, said, strict=True))

    return lines


# Row order follows a decision aid: who it is for and how it fits your life first, then what it does,
# then its costs.
ROWS: tuple[tuple[str, Callable[[MedicationFacts, str], tuple[str, ...]]], ...] = (
    ("label.for", lambda f, lang: (audience_text(f.audience, lang),)),
    ("label.route", per_form(lambda form, lang: phrase(form.route, lang))),
    ("label.how_often", per_form(lambda form, lang: often_text(form.how_often, lang))),
    ("label.where_given", per_form(lambda form, lang: phrase(form.where_given, lang))),
    ("label.action", lambda f, lang: _one(phrase(f.action, lang))),
    ("label.main_benefit", lambda f, lang: _one(f.main_benefit)),
    ("label.common_side_effects", lambda f, lang: tuple(sentence(s) for s in f.common_side_effects)),
    ("label.cautions", all_cautions),
    ("label.treatment_length", lambda f, lang: _one(f.treatment_length)),
)
FOLDED = {"label.cautions": KEY_CAUTIONS}


def build_comparison(pages: Iterable[Page], lang: str) -> Comparison:
    """The table for these medication cards, in the order given; pages that are not cards are skipped."""
    cards = [p for p in pages if p.medication is not None]
    columns = tuple(Column(p.id, p.title, p.icon) for p in cards)
    rows = tuple(
        Row(
            key,
            phrase(key, lang),
            tuple(make(p.medication, lang) for p in cards if p.medication),
            FOLDED.get(key, 0),
        )
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
