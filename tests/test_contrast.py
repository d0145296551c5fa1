"""Every text/background pair each theme promises meets WCAG contrast: 4.5:1 for the standard theme's
text, 7:1 for high contrast, 3:1 for the edges of controls and the focus ring."""

from __future__ import annotations

import pytest

from kiosk.core.config import THEMES
from kiosk.core.theme import contrast_ratio, load_palette

TEXT_MINIMUM = {"default": 4.5, "high-contrast": 7.0}
# WCAG 1.4.11: non-text, 3:1. The focus ring has two bands (resources/themes/kiosk.qss): the outer
# one stands out from the page and a pop-up's card, the inner one from a filled button.
CONTROL_PAIRS = (
    "tile_edge",
    "focus_ring",
    "focus_ring_on_card",
    "focus_ring_on_button",
    "focus_ring_bands",
    "focus_ring_header",
    "icon_affected",
    "icon_unaffected",
    "icon_affected_on_surface",
    "icon_unaffected_on_surface",
)


def every_pair() -> list[tuple[str, str]]:
    return [(theme, pair) for theme in THEMES for pair in load_palette(theme).pairs]


@pytest.mark.parametrize(("theme", "pair"), every_pair())
def test_each_pair_meets_the_ratio_its_theme_promises(theme: str, pair: str) -> None:
    palette = load_palette(theme)
    foreground, background, minimum = palette.pairs[pair]
    ratio = contrast_ratio(palette.colors[foreground], palette.colors[background])
    assert ratio >= minimum, f"{theme} {pair}: {foreground} on {background} is {ratio:.2f}:1 < {minimum}"


@pytest.mark.parametrize(("theme", "pair"), every_pair())
def test_no_theme_promises_less_than_the_standard_asks(theme: str, pair: str) -> None:
    required = 3.0 if pair in CONTROL_PAIRS else TEXT_MINIMUM[theme]
    assert load_palette(theme).pairs[pair][2] >= required


def test_themes_define_the_same_colours_and_pairs() -> None:
    standard, high = (load_palette(theme) for theme in THEMES)
    assert set(standard.colors) == set(high.colors)
    assert set(standard.pairs) == set(high.pairs)


@pytest.mark.parametrize(
    ("foreground", "background", "expected"),
    [("#000000", "#ffffff", 21.0), ("#767676", "#ffffff", 4.54), ("#ffffff", "#ffffff", 1.0)],
)
def test_contrast_follows_the_wcag_formula(foreground: str, background: str, expected: float) -> None:
    assert contrast_ratio(foreground, background) == pytest.approx(expected, abs=0.01)
