"""Browse medicines by how they are taken, how often, and who they are for: the groups a person taps.

The groups are the words people use ("Shot or drip at the clinic"), each standing for one or more
front matter codes. A card matches when ONE of its forms matches every choice: ibandronate (a pill
once a month, or a clinic shot every 3 months) is found under "clinic + every 3 months" but never
under "clinic + every month", which no product of it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.core.content import Form, Page
from kiosk.core.schema import FREQUENCIES
from kiosk.core.vocabulary import phrase

ROUTE_GROUPS: dict[str, tuple[str, ...]] = {
    "pill": ("pill", "fizzy-tablet", "oral-liquid"),
    "self-shot": ("self-shot",),
    "clinic": ("clinic-shot", "clinic-drip"),
    "nasal-spray": ("nasal-spray",),
    "skin": ("skin-patch", "skin-gel", "skin-spray"),
    "vaginal-ring": ("vaginal-ring",),
}
# Every schedule a card may name, in the schema's order, but "varies": nobody browses for that.
FREQUENCY_GROUPS = tuple(code for code in FREQUENCIES if code != "varies")
MEN = "men"  # the one 'who it is for' filter: the others are every card (after menopause) or rare


@dataclass(frozen=True)
class Filters:
    """At most one way of taking it and one frequency, and 'for men' or not; None means 'any'."""

    route: str | None = None
    often: str | None = None
    for_men: bool = False

    @property
    def active(self) -> bool:
        return self.route is not None or self.often is not None or self.for_men


def route_label(group: str, lang: str) -> str:
    return phrase(f"group.{group}", lang)


def often_label(frequency: str, lang: str) -> str:
    return phrase(f"often.{frequency}", lang)


def form_matches(form: Form, filters: Filters) -> bool:
    if filters.route is not None and form.route not in ROUTE_GROUPS.get(filters.route, ()):
        return False
    if filters.often is not None and filters.often not in form.how_often:
        return False
    return not filters.for_men or MEN in form.audience


def matches(page: Page, filters: Filters) -> bool:
    """True when one form of the card matches every choice at once."""
    facts = page.medication
    return facts is not None and any(form_matches(form, filters) for form in facts.forms)


def matching(pages: Iterable[Page], filters: Filters) -> list[Page]:
    """The medication cards that match, in the order given."""
    return [page for page in pages if matches(page, filters)]


def useful_routes(pages: Iterable[Page]) -> list[str]:
    """Route groups that at least one card belongs to, so no button ever leads to nothing."""
    cards = list(pages)
    return [group for group in ROUTE_GROUPS if matching(cards, Filters(route=group))]


def useful_frequencies(pages: Iterable[Page]) -> list[str]:
    cards = list(pages)
    return [often for often in FREQUENCY_GROUPS if matching(cards, Filters(often=often))]
