"""The names of the kiosk's own screens, reserved here once for the window's router and the checker.

A page whose id is one of these could never be shown: the router would open the screen instead.
"""

from __future__ import annotations

HOME = "home"
COMPARE = "compare"
BROWSE = "browse"
NAMES = "names"

ROUTE_NAMES = frozenset({HOME, COMPARE, BROWSE, NAMES})
ANCHOR_MARK = "#"  # "alendronate#form-3" opens the card at its third form


def split_anchor(target: str) -> tuple[str, str]:
    """'alendronate#form-3' -> ('alendronate', 'form-3'); a plain id has no anchor."""
    page_id, _, anchor = target.partition(ANCHOR_MARK)
    return page_id, anchor
