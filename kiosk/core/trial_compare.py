"""The compare table's "What the main study found" row: one picture per medicine, same outcome."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.core.content import Page
from kiosk.core.trials import TrialSection, shared_outcome, trial_section, words


@dataclass(frozen=True)
class TrialCell:
    section: TrialSection | None  # None: no picture for this medicine, and ``note`` says why
    note: str = ""


@dataclass(frozen=True)
class TrialRow:
    label: str
    warning: str  # the studies enrolled different people: not a head-to-head race
    cells: tuple[TrialCell, ...]


def _cell(page: Page, outcome: str | None, lang: str) -> TrialCell:
    trial, facts = page.trial, page.medication
    if trial is None or facts is None:
        return TrialCell(None, words("no_picture", lang).format(reason=words("no_numbers", lang)))
    if not trial.has_picture or outcome is None:
        return TrialCell(None, words("no_picture", lang).format(reason=words("not_counted", lang)))
    if trial.outcome != outcome:
        reason = words("other_outcome", lang).format(
            outcome=words(trial.outcome, lang), shared=words(outcome, lang)
        )
        return TrialCell(None, words("no_picture", lang).format(reason=reason))
    return TrialCell(trial_section(trial, facts.generic_name, lang))


def trial_row(cards: Sequence[Page], lang: str) -> TrialRow | None:
    """None when no compared medicine has a picture; else one cell per card, in the table's order."""
    outcome = shared_outcome([page.trial for page in cards])
    if outcome is None:
        return None
    return TrialRow(
        words("heading", lang),
        words("different_people", lang),
        tuple(_cell(page, outcome, lang) for page in cards),
    )
