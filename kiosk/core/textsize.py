"""Named text-size steps and every size the UI uses, derived from one scale factor."""

from __future__ import annotations

from kiosk.core.config import TEXT_STEPS

# Pixel sizes at 100%. Body text 24 px is 18 pt at 96 dpi, the floor for older readers.
BASE_SIZES = {
    "body": 24,
    "small": 20,
    "fine_print": 20,  # the fixed advice line: grows like the controls, so pages keep room to read
    "h2": 32,
    "h3": 28,
    "title": 32,
    "tile_title": 30,
    "tile_summary": 24,
    "button": 24,
    "countdown": 96,
    "attract": 56,
    "icon": 48,
    "tile_min_width": 300,
    "button_height": 72,
    "spacing": 16,
}


def step_index(percent: int) -> int:
    """The nearest declared step to ``percent``."""
    return min(range(len(TEXT_STEPS)), key=lambda i: abs(TEXT_STEPS[i] - percent))


def step_up(percent: int) -> int:
    return TEXT_STEPS[min(step_index(percent) + 1, len(TEXT_STEPS) - 1)]


def step_down(percent: int) -> int:
    return TEXT_STEPS[max(step_index(percent) - 1, 0)]


def sizes(percent: int) -> dict[str, int]:
    """Every size at this text step. Controls grow more slowly than text so 200% still fits."""
    scale = percent / 100
    chrome = 1 + (scale - 1) * 0.5
    result = {name: round(value * scale) for name, value in BASE_SIZES.items()}
    for name in ("button_height", "icon", "spacing", "countdown", "fine_print", "attract"):
        result[name] = round(BASE_SIZES[name] * chrome)
    return result
