"""Issue 12's six broken things, tried on the screens clinics have, at 100% and 200%, in both languages.

Each screen or pop-up is opened the way a person opens it, then checked with ``fit_problems``:
nothing zero-sized, outside the window, clipped by a parent that does not scroll, or cut short.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.layers.overlay import Overlay
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.chrome import IconButton
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.treatment.take_home import QrBox
from tests.conftest import STAFF_PIN, Kiosk, KioskFactory, WindowFactory
from tests.test_treatment_ui import toggle_under
from tests.ui_helpers import accessibility_of, action, fit_problems, settle, tap, tap_tile, treatment_of

SCREENS = [(1024, 768), (1366, 768), (1920, 1080), (1080, 1920)]
MATRIX = [
    pytest.param(size, percent, language, id=f"{size[0]}x{size[1]}-{percent}-{language}")
    for size in SCREENS
    for percent in (100, 200)
    for language in ("en", "es")
]
QUICK_MS = 30  # a finger tapping fast: well inside Qt's double-click interval


def sized(make_window: WindowFactory, size: tuple[int, int], percent: int, language: str) -> MainWindow:
    window = make_window(language=language, text__default_percent=percent)
    window.resize(*size)
    settle()
    return window


CORNER = QPoint(6, 6)


def quick_taps(qtbot: QtBot, window: MainWindow, times: int, at: QPoint = CORNER) -> None:
    """Taps as the window system delivers them: Qt makes every second one a double-click."""
    handle = window.windowHandle()
    for _ in range(times):
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at, QUICK_MS)


def quick_touches(window: MainWindow, times: int) -> None:
    device = QTest.createTouchDevice()
    for _ in range(times):
        QTest.touchEvent(window, device).press(0, QPoint(6, 6)).commit()
        QTest.touchEvent(window, device).release(0, QPoint(6, 6)).commit()


def enter_pin(qtbot: QtBot, kiosk: Kiosk, pin: str) -> None:
    pad = kiosk.kit.pin_pad
    assert pad is not None
    for digit in pin:
        tap(qtbot, pad.digit_buttons[int(digit)])
    tap(qtbot, pad.ok_button)


def shown_in(widget: QWidget, card: QWidget) -> bool:
    """True when all of ``widget`` is on the card as drawn (scrolled into view if it scrolls)."""
    placed = widget.rect().translated(widget.mapTo(card, QPoint(0, 0)))
    return card.rect().contains(placed)


# 1. The staff menu -----------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "percent", "language"), MATRIX)
def test_the_staff_menu_is_full_size_with_every_button_usable(
    qtbot: QtBot, make_kiosk: KioskFactory, size: tuple[int, int], percent: int, language: str
) -> None:
    kiosk = make_kiosk(mode="kiosk", language=language, text__default_percent=percent)
    kiosk.window.resize(*size)
    settle()
    quick_taps(qtbot, kiosk.window, 5)
    enter_pin(qtbot, kiosk, STAFF_PIN)
    settle()
    menu = kiosk.kit.staff_menu
    assert menu is not None and menu.isVisible()
    buttons = [menu.reload_button, menu.nurse_button, menu.exit_button, menu.back_button]
    assert menu.card.height() >= sum(b.height() for b in buttons)
    assert all(b.isVisible() and shown_in(b, menu.card) for b in buttons)
    assert fit_problems(menu) == []
    tap(qtbot, menu.back_button)
    assert not menu.isVisible()


# 2. Every code of a comparison ----------------------------------------------------------------


@pytest.mark.parametrize(("size", "percent", "language"), MATRIX)
def test_take_it_home_from_compare_shows_every_code_and_its_caption(
    qtbot: QtBot, make_window: WindowFactory, size: tuple[int, int], percent: int, language: str
) -> None:
    window = sized(make_window, size, percent, language)
    window.open_page("compare:alendronate,denosumab,romosozumab,zoledronic-acid")
    screen = treatment_of(window).compare_screen
    screen.ensureWidgetVisible(screen.take_home_button)
    tap(qtbot, screen.take_home_button)
    settle()
    panel = treatment_of(window).take_home
    boxes = [box for box in panel.codes.findChildren(QrBox) if box.isVisibleTo(panel)]
    assert [box.name.text() for box in boxes] == [page.title for page in treatment_of(window).picked_pages()]
    assert fit_problems(panel) == []
    assert shown_in(panel.close_button, panel.card)  # always in reach, whatever scrolls
    for box in boxes:  # each one can be brought into view on the card and read there in full
        panel.card.area.ensureWidgetVisible(box, 0, 0)
        settle()
        assert shown_in(box, panel.card.area.viewport()), f"{box.name.text()} cannot be brought into view"
        assert box.address.text() == "dailymed.nlm.nih.gov"
    tap(qtbot, panel.close_button)
    assert not panel.isVisible()


@pytest.mark.parametrize("count", [2, 3])
def test_two_or_three_codes_all_show_on_a_laptop_without_scrolling(
    qtbot: QtBot, make_window: WindowFactory, count: int
) -> None:
    window = sized(make_window, (1366, 768), 100, "en")
    window.open_page("compare:" + ",".join(["alendronate", "denosumab", "romosozumab"][:count]))
    tap(qtbot, treatment_of(window).compare_screen.take_home_button)
    settle()
    panel = treatment_of(window).take_home
    boxes = [box for box in panel.codes.findChildren(QrBox) if box.isVisibleTo(panel)]
    assert len(boxes) == count and all(shown_in(box, panel.card.area.viewport()) for box in boxes)


# 3. The letters of "Find a medicine by name" ---------------------------------------------------


@pytest.mark.parametrize(("size", "percent", "language"), MATRIX)
def test_every_letter_shows_whole_and_the_list_gets_room(
    qtbot: QtBot, make_window: WindowFactory, size: tuple[int, int], percent: int, language: str
) -> None:
    window = sized(make_window, size, percent, language)
    tap_tile(
        qtbot, window, "Find a medicine by name" if language == "en" else "Buscar una medicina por nombre"
    )
    settle()
    screen = treatment_of(window).names_screen
    assert window.stack.currentWidget() is screen
    assert fit_problems(screen) == []
    # The list has most of the screen and half the window: the letters are pinned only when they
    # leave it that, and on short screens the title and advice line scroll with the names.
    assert screen.list_area.viewport().height() >= screen.height() * 0.6
    assert screen.list_area.viewport().height() * 2 >= window.height()
    letter = screen.letter_buttons["P"]
    screen.list_area.ensureWidgetVisible(letter, 0, 0)
    settle()
    assert shown_in(letter, window), "P is not on the screen"
    tap(qtbot, letter)
    settle()
    heading = screen.headings["P"]
    assert shown_in(heading, screen.list_area.viewport())


@pytest.mark.parametrize("language", ["en", "es"])
def test_all_letters_brings_the_letters_back_once_they_scrolled_away(
    qtbot: QtBot, make_window: WindowFactory, language: str
) -> None:
    window = sized(make_window, (1024, 768), 200, language)
    window.open_page("names")
    settle()
    screen = treatment_of(window).names_screen
    assert not screen.letters_pinned  # at 200% on 768 px they scroll with the names
    tap(qtbot, screen.letter_buttons["P"])
    settle()
    assert not shown_in(screen.letter_buttons["P"], screen.list_area.viewport())
    back = screen.heading_rows["P"].findChild(IconButton)
    assert back is not None and shown_in(back, screen.list_area.viewport())
    tap(qtbot, back)
    settle()
    assert all(shown_in(button, window) for button in screen.letter_buttons.values())


def test_pinned_letters_need_no_way_back(make_window: WindowFactory) -> None:
    window = sized(make_window, (1920, 1080), 100, "en")
    window.open_page("names")
    settle()
    screen = treatment_of(window).names_screen
    assert screen.letters_pinned
    assert not any(button.isVisibleTo(screen) for button in screen.to_letters_buttons)


@pytest.mark.parametrize(("size", "percent", "language"), MATRIX)
def test_the_nurse_banner_shows_all_its_words_and_the_end_button(
    qtbot: QtBot, make_window: WindowFactory, size: tuple[int, int], percent: int, language: str
) -> None:
    window = make_window(language=language, text__default_percent=percent, nurse__switch=True)
    window.resize(*size)
    window.open_page("medicines")
    tap(qtbot, treatment_of(window).section_bar.nurse_button)
    settle()
    banner = treatment_of(window).banner
    assert banner.isVisible() and window.size() == QSize(*size)
    assert fit_problems(banner) == []
    spoken = "Nurse mode until" if language == "en" else "Modo de enfermería hasta las"
    assert banner.text.text().startswith(spoken) and banner.accessibleName().startswith(spoken)
    tap(qtbot, banner.end_button)
    assert not banner.isVisible()


def test_a_screen_laid_out_at_another_size_holds_nothing_up(qtbot: QtBot, make_window: WindowFactory) -> None:
    """The A-Z letters, pinned above the list on a tall screen at 150%, stay so while the screen is
    hidden; at 1024x768 and 200% they must neither squeeze the nurse banner nor grow the window."""
    window = make_window(text__default_percent=150, nurse__switch=True)
    window.resize(1080, 1920)
    window.open_page("names")
    settle()
    assert treatment_of(window).names_screen.letters_pinned
    window.go_home()
    window.resize(1024, 768)
    window.visitor.set_text_percent(200)
    window.open_page("medicines")
    tap(qtbot, treatment_of(window).section_bar.nurse_button)
    settle()
    assert window.size() == QSize(1024, 768)
    assert fit_problems(treatment_of(window).banner) == []
    window.open_page("names")
    settle()
    assert window.size() == QSize(1024, 768)
    assert fit_problems(treatment_of(window).names_screen) == []


def test_a_code_shows_its_whole_address_after_the_text_gets_larger(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """The take-home panel gets the new text size's style as it opens, after its codes were made."""
    window = sized(make_window, (1024, 768), 100, "en")
    tap(qtbot, window.header.larger_button)
    tap(qtbot, window.header.larger_button)
    assert window.visitor.text_percent == 150
    window.open_page("alendronate")
    tap(qtbot, treatment_of(window).card_bar.take_home_button)
    settle()
    panel = treatment_of(window).take_home
    assert fit_problems(panel) == []


# 4. Five quick taps, however Qt names them ---------------------------------------------------


def test_five_quick_taps_open_the_pin_pad(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(mode="kiosk")
    pad = kiosk.kit.pin_pad
    assert pad is not None
    quick_taps(qtbot, kiosk.window, 4)
    assert not pad.isVisible()  # four are not five: no press is counted twice
    quick_taps(qtbot, kiosk.window, 1)
    assert pad.isVisible()


def test_five_quick_finger_taps_open_the_pin_pad_and_four_do_not(make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(mode="kiosk")
    pad = kiosk.kit.pin_pad
    assert pad is not None
    quick_touches(kiosk.window, 4)  # each a touch, the mouse press made from it, and double-clicks
    assert not pad.isVisible()
    quick_touches(kiosk.window, 1)
    assert pad.isVisible()


def test_quick_taps_elsewhere_break_the_count(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(mode="kiosk")
    quick_taps(qtbot, kiosk.window, 3)
    quick_taps(qtbot, kiosk.window, 1, at=QPoint(500, 400))
    quick_taps(qtbot, kiosk.window, 2)
    assert kiosk.kit.pin_pad is not None and not kiosk.kit.pin_pad.isVisible()


# 5. "Add to compare", however it is operated -------------------------------------------------


def accessible_action(widget: QWidget, action: str) -> None:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    actions = interface.actionInterface()
    assert actions is not None and action in actions.actionNames()
    actions.doAction(action)


def compare_count(window: MainWindow) -> str:
    return treatment_of(window).section_bar.compare_button.text()


def test_a_screen_readers_toggle_action_adds_and_removes_the_medicine(window: MainWindow) -> None:
    window.open_page("medicines")
    toggle = toggle_under(window, "Denosumab (Prolia)")
    accessible_action(toggle, QAccessibleActionInterface.toggleAction())
    assert treatment_of(window).picks.ids == ("denosumab",)
    assert toggle.isChecked() and compare_count(window) == "Compare (1)"
    accessible_action(toggle, QAccessibleActionInterface.toggleAction())
    assert not treatment_of(window).picks.ids and not toggle.isChecked()


def test_the_keyboard_and_set_checked_change_the_picks_too(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("medicines")
    toggle = toggle_under(window, "Alendronate (Fosamax)")
    toggle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert treatment_of(window).picks.ids == ("alendronate",)
    toggle.setChecked(False)
    assert not treatment_of(window).picks.ids and compare_count(window) == "Compare"


def test_a_fifth_toggle_by_any_means_is_refused_and_unchecked(window: MainWindow) -> None:
    window.open_page("compare:alendronate,denosumab,romosozumab,raloxifene")
    window.open_page("medicines")
    toggle = toggle_under(window, "Ibandronate (Boniva)")
    toggle.setChecked(True)
    assert not toggle.isChecked() and "ibandronate" not in treatment_of(window).picks


# 6. Pop-ups that grow with their content, up to the window -----------------------------------


@pytest.mark.parametrize(("size", "percent", "language"), MATRIX)
def test_handout_saved_shows_its_message_and_done(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    size: tuple[int, int],
    percent: int,
    language: str,
) -> None:
    window = sized(make_window, size, percent, language)
    target = tmp_path / "a folder with a long name" / "inside-another-long-folder" / "alendronate.pdf"
    target.parent.mkdir(parents=True)
    treatment_of(window).ask_save_path = lambda parent, suggested: target
    window.open_page("alendronate")
    tap(qtbot, treatment_of(window).card_bar.take_home_button)
    panel = treatment_of(window).take_home
    assert fit_problems(panel) == []  # the card with its code first
    tap(qtbot, panel.save_button)
    settle()
    assert target.exists() and panel.close_button.isVisible()
    assert fit_problems(panel) == []
    assert shown_in(panel.close_button, panel.card)
    tap(qtbot, panel.close_button)
    assert not panel.isVisible()


POP_UPS = [
    pytest.param(popup, *case.values, id=f"{popup}-{case.id}")
    for popup in ("settings", "glossary")
    for case in MATRIX
    if popup != "glossary" or case.values[2] == "en"  # the Spanish library has no glossary yet
]


@pytest.mark.parametrize(("popup", "size", "percent", "language"), POP_UPS)
def test_pop_ups_grow_with_their_words_and_scroll_when_taller_than_the_window(
    qtbot: QtBot,
    make_window: WindowFactory,
    popup: str,
    size: tuple[int, int],
    percent: int,
    language: str,
) -> None:
    window = sized(make_window, size, percent, language)
    a11y = accessibility_of(window)
    overlay: Overlay
    if popup == "settings":
        tap(qtbot, action(window, "settings"))
        overlay = a11y.settings
    else:
        window.open_page("alendronate")
        a11y.define("bisphosphonate")
        overlay = a11y.glossary
    settle()
    assert overlay.isVisible()
    assert fit_problems(overlay) == []
    card = overlay.card
    if not card.scrolls():  # the card is as tall as its content: no empty band, nothing hidden
        assert card.height() == card.needed_height(card.width())
    buttons = [b for b in card.findChildren(QAbstractButton) if b.isVisibleTo(card)]
    for button in buttons:  # each in reach: on the card, or scrolled to on it
        if card.area.isAncestorOf(button):
            card.area.ensureWidgetVisible(button, 0, 0)
        settle()
        assert shown_in(button, card), f"{button.accessibleName()} is out of reach"
    tap(qtbot, overlay.close_button)
    assert not overlay.isVisible()


# Prototype tells -------------------------------------------------------------------------------


def test_home_shows_no_back_or_home_and_a_page_shows_both(qtbot: QtBot, window: MainWindow) -> None:
    header = window.header
    assert not header.back_button.isVisible() and not header.home_button.isVisible()
    tap_tile(qtbot, window, "What is osteoporosis?")
    assert header.back_button.isVisible() and header.home_button.isVisible()
    tap(qtbot, header.home_button)
    assert not header.back_button.isVisible() and not header.home_button.isVisible()


def test_nurse_mode_shows_one_end_button(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(nurse__switch=True)
    window.open_page("medicines")
    tap(qtbot, treatment_of(window).section_bar.nurse_button)
    enders = [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and "End nurse mode" in (b.text(), b.accessibleName())
    ]
    assert enders == [treatment_of(window).banner.end_button]
    tap(qtbot, treatment_of(window).banner.end_button)
    assert treatment_of(window).section_bar.nurse_button.isVisible()


@pytest.mark.parametrize("percent", [100, 200])
def test_the_home_instruction_and_the_advice_line_are_body_size(
    make_window: WindowFactory, percent: int
) -> None:
    window = make_window(text__default_percent=percent)
    body = Appearance.of(window.visitor.theme, percent).sizes["body"]
    assert window.home_screen.note.font().pixelSize() >= body
    assert window.footer.disclaimer.font().pixelSize() >= body
