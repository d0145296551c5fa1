"""A card sold in several forms: one line per form, opened to its own steps by a tap.

Alendronate comes as a tablet, a tablet with vitamin D, a fizzy tablet (never swallowed) and a liquid.
All four sets of steps at once would push the card's words many screens down at large text; each form
shown on its own line keeps a visitor from reading another form's steps as theirs.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.core.content import load_library
from kiosk.core.page_html import card_html, facts_block_html, render_page
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import SHIPPED_CONTENT, WindowFactory
from tests.ui_helpers import action, page_text, tap, tap_link

BINOSTO_ONLY = "Never swallow, chew or suck the tablet itself."  # the fizzy tablet's own step
TABLET_ONLY = "Do not chew or suck the tablet."  # the swallowed tablets' step
FORMS = ["Tablet (Fosamax)", "Tablet with vitamin D (Fosamax Plus D)", "Fizzy tablet (Binosto)", "Liquid"]


def test_each_form_is_one_line_until_tapped_and_then_shows_only_its_own_steps(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_page("alendronate")
    text = page_text(window)
    assert "Which kind do you have? Tap it for its steps:" in text
    assert all(f"\n{form}\n" in text for form in FORMS)
    assert BINOSTO_ONLY not in text and TABLET_ONLY not in text

    tap_link(qtbot, window, "Fizzy tablet (Binosto)")
    text = page_text(window)
    assert BINOSTO_ONLY in text and TABLET_ONLY not in text
    opened = text.index("Fizzy tablet (Binosto): hide the steps")
    assert opened < text.index(BINOSTO_ONLY) < text.index("\nLiquid\n")

    tap_link(qtbot, window, "Fizzy tablet (Binosto): hide the steps")
    assert BINOSTO_ONLY not in page_text(window)


def test_opening_a_form_keeps_its_line_where_the_finger_was(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.visitor.set_text_percent(200)
    window.open_page("alendronate")
    view = window.page_screen.view
    liquid = view.document().find("Liquid")
    while not view.viewport().rect().contains(view.cursorRect(liquid)):
        tap(qtbot, window.footer.down_button)
    before = view.verticalScrollBar().value()
    assert before > 0
    tap_link(qtbot, window, "Liquid")
    assert view.verticalScrollBar().value() == before
    assert "Drink the whole bottle." in page_text(window)


def test_a_card_left_for_a_linked_page_comes_back_as_it_was(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("alendronate")
    tap_link(qtbot, window, "Liquid")
    tap_link(qtbot, window, "How bone medicines work")
    assert window.title() == "How bone medicines work"
    tap(qtbot, action(window, "back"))
    assert "Drink the whole bottle." in page_text(window)


def test_the_next_visitor_finds_every_form_folded(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("alendronate")
    tap_link(qtbot, window, "Fizzy tablet (Binosto)")
    window.reset_to_start()
    window.open_page("alendronate")
    assert BINOSTO_ONLY not in page_text(window)


def test_spanish_forms_fold_too(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(language="es")
    window.open_page("alendronate")
    assert "Toque la suya para ver los pasos:" in page_text(window)
    tap_link(qtbot, window, "Pastilla efervescente (Binosto)")
    assert "Pastilla efervescente (Binosto): ocultar los pasos" in page_text(window)


def test_a_card_of_one_form_shows_its_steps_without_folding(window: MainWindow) -> None:
    window.open_page("denosumab")
    text = page_text(window)
    assert "Which kind do you have" not in text and "Steps:" in text


def test_the_cached_page_and_every_printout_keep_every_form_open() -> None:
    """The checker, the handout and the bench read every form's steps; only the screen folds them."""
    card = load_library(SHIPPED_CONTENT, "en")[0].pages["alendronate"]
    assert card.medication is not None
    whole = render_page(card).html
    assert BINOSTO_ONLY in whole and TABLET_ONLY in whole
    assert whole.startswith(facts_block_html(card.medication, "en"))
    folded = card_html(card, render_page(card), open_forms=set())
    assert BINOSTO_ONLY not in folded and "What it does" in folded
    assert folded.count('<a name="form-') == 4  # a brand found by name still lands on its form
