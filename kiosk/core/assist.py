"""The visitor's assistive settings as named, clamped steps: listening speed, volume, more time.

Every step resets to the clinic's default when the visit ends (Section 508 §402.3.2 for volume).
"""

from __future__ import annotations

from collections.abc import Sequence

# QTextToSpeech rates run from -1.0 (slowest) to 1.0; 0.0 is the engine's normal speed.
SPEECH_RATES = (-0.5, -0.25, 0.0, 0.25, 0.5)
NORMAL_RATE_STEP = 2
VOLUME_STEPS = (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)  # percent
# WCAG 2.2.1 "Adjust": the visitor can stretch the idle limit to at least ten times the default.
TIME_MULTIPLIERS = (1, 2, 3, 5, 10)


def nearest_step(steps: Sequence[int], value: int) -> int:
    return min(steps, key=lambda step: abs(step - value))


def step(steps: Sequence[int], value: int, direction: int) -> int:
    """The next step up (direction 1) or down (-1) from ``value``, clamped at the ends."""
    index = steps.index(nearest_step(steps, value)) + direction
    return steps[max(0, min(index, len(steps) - 1))]


def waiting_minutes(idle_seconds: int, multiplier: int) -> int:
    """Whole minutes the kiosk waits for a touch before its warning, as said on the home screen."""
    return max(1, round(idle_seconds * multiplier / 60))
