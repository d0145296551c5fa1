"""Browse medicines by how they are taken and how often: the groups a person taps, and who matches.

The groups are the words people use ("Shot or drip at the clinic"), each standing for one or more
front matter codes. A card matches a group when any of its codes is in it, so ibandronate (a pill or
a clinic shot) is found under both. Choosing a way and a frequency keeps cards that match both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.core.content import Page
from kiosk.core.vocabulary import phrase

ROUTE_GROUPS: dict[str, tuple[str, ...]] = {
    "pill": ("pill",),
    "self-shot": ("self-shot",),
    "clinic": ("clinic-shot", "clinic-drip"),
    "nasal-spray": ("nasal-spray",),
}
FREQUENCY_GROUPS = ("daily", "weekly", "monthly", "every-3-months", "every-6-months", "yearly")


@dataclass(frozen=True)
class Filters:
    """At most one way of taking it and one frequency; None means 'any'."""

    route: str | None = None
    often: str | None = None

    @property
    def active(self) -> bool:
        return self.route is not None or self.often is not None


def route_label(group: str, lang: str) -> str:
    return phrase(f"group.{group}", lang)


def often_label(frequency: str, lang: str) -> str:
    return phrase(f"often.{frequency}", lang)


def matches(page: Page, filters: Filters) -> bool:
    facts = page.medication
    if facts is None:
        return False
    if filters.route is not None and not set(facts.route) & set(ROUTE_GROUPS.get(filters.route, ())):
        return False
    return filters.often is None or filters.often in facts.how_often


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
