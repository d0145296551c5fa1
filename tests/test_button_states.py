"""A plain button, a chosen one and one that cannot be used now never look alike, in either theme.

Read from the pixels a person sees: a plain button is filled; a button that cannot be used has no
fill of its own (what is behind it shows through) and a dashed outline; a chosen one is filled and
carries a check mark, so colour is never the only sign. Checked on the header (A- at the smallest
text, A+, Contrast) and in "Text and sound" (Smaller, Larger, Standard and High contrast).
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QPushButton

from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.widgets.icons import chosen_pixmap, pixmap
from tests.conftest import WindowFactory
from tests.ui_helpers import accessibility_of, settle

THEMES = ("default", "high-contrast")
SAME = 24  # largest channel difference still read as one colour (anti-aliasing, dash ends)


def differ(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > SAME


class Looks:
    """What a button looks like on a grab of its window."""

    def __init__(self, window: MainWindow, button: QAbstractButton) -> None:
        assert button.isVisible(), button.text()
        self.image: QImage = window.grab().toImage()
        self.ratio = self.image.devicePixelRatio()
        self.rect = button.rect().translated(button.mapTo(window, QPoint(0, 0)))

    def _at(self, x: int, y: int) -> QColor:
        return self.image.pixelColor(round(x * self.ratio), round(y * self.ratio))

    def fill(self) -> QColor:
        """Inside the outline, above the words."""
        return self._at(self.rect.center().x(), self.rect.top() + 7)

    def behind(self) -> QColor:
        """Just left of the button: what it sits on."""
        return self._at(self.rect.left() - 3, self.rect.center().y())

    def outline_breaks(self) -> int:
        """How many times the top edge of the outline changes colour along its straight part."""
        y = self.rect.top() + 1
        colours = [self._at(x, y) for x in range(self.rect.left() + 16, self.rect.right() - 16)]
        return sum(differ(a, b) for a, b in pairwise(colours))


def shows_check_mark(button: QPushButton) -> bool:
    size = button.iconSize()
    shown = button.icon().pixmap(size).toImage()
    colors = ("#ffffff", "#000000")  # accent_text of each theme: the mark is drawn on the fill
    return any(shown == pixmap("check", colour, size.width()).toImage() for colour in colors)


def assert_three_states(window: MainWindow, plain: QPushButton, disabled: QPushButton) -> None:
    assert plain.isEnabled() and not disabled.isEnabled()
    plain_look, disabled_look = Looks(window, plain), Looks(window, disabled)
    assert differ(plain_look.fill(), plain_look.behind()), "a plain button is filled"
    assert plain_look.outline_breaks() == 0, "a plain button's outline is whole"
    assert not differ(disabled_look.fill(), disabled_look.behind()), "a disabled button has no fill"
    assert disabled_look.outline_breaks() >= 4, "a disabled button's outline is dashed"


@pytest.fixture(params=THEMES)
def themed(request: pytest.FixtureRequest, make_window: WindowFactory) -> MainWindow:
    window = make_window(theme=request.param)
    window.resize(1366, 768)
    window.open_page("bone-density-test")
    settle()
    return window


def test_on_the_header_disabled_is_unfilled_and_dashed(themed: MainWindow) -> None:
    header = themed.header  # at the smallest text: A- can do nothing, A+ can
    assert_three_states(themed, header.larger_button, header.smaller_button)


def test_on_the_header_the_chosen_contrast_carries_a_check_mark(themed: MainWindow) -> None:
    contrast = themed.header.contrast_button
    assert contrast.isChecked() == (themed.visitor.theme == "high-contrast")
    assert shows_check_mark(contrast) == contrast.isChecked()


def test_in_text_and_sound_plain_chosen_and_disabled_differ(themed: MainWindow) -> None:
    panel = accessibility_of(themed).settings
    panel.open()
    settle()
    assert_three_states(themed, panel.larger_button, panel.smaller_button)
    high = themed.visitor.theme == "high-contrast"
    chosen, other = panel.standard_button, panel.contrast_button
    if high:
        chosen, other = other, chosen
    assert chosen.isChecked() and not other.isChecked()
    assert shows_check_mark(chosen) and not shows_check_mark(other)
    chosen_look, other_look = Looks(themed, chosen), Looks(themed, other)
    assert differ(chosen_look.fill(), chosen_look.behind()), "a chosen button is filled"
    assert other_look.outline_breaks() == 0, "a choice not taken has a whole outline, not a dashed one"
    disabled = Looks(themed, panel.smaller_button)
    assert differ(chosen_look.fill(), disabled.fill())


def test_a_chosen_button_showing_no_words_keeps_its_icon_with_the_check_mark_on_it(
    make_window: WindowFactory,
) -> None:
    """At the top text step on a laptop the header's Contrast shows its icon alone: a check mark
    there instead of the icon would leave a button that says nothing of what it does."""
    window = make_window(theme="high-contrast", text__default_percent=200)
    window.resize(1366, 768)
    window.open_page("bone-density-test")
    settle()
    contrast = window.header.contrast_button
    assert contrast.isVisible() and contrast.compact and contrast.isChecked()
    size = contrast.iconSize()
    shown = contrast.icon().pixmap(size).toImage()
    assert shown == chosen_pixmap("contrast", "#000000", size.width()).toImage()
