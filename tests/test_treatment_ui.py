"""A nurse and a patient compare medicines, browse, find a name, take a handout home; reset forgets it."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.config import TEXT_STEPS
from kiosk.core.handout import Handout
from kiosk.core.name_index import build_name_index
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.treatment.compare_toggle import CompareToggle
from kiosk.ui.treatment.take_home import QrBox
from tests.conftest import FakeTimer, LibraryBuilder, WindowFactory
from tests.ui_helpers import (
    action,
    buttons_clipped,
    labels_clipped,
    page_text,
    tap,
    tap_tile,
    treatment_of,
    visible_tiles,
)


def toggle_under(window: MainWindow, title: str) -> CompareToggle:
    screen = window.stack.currentWidget()
    assert screen is not None
    toggles = [t for t in screen.findChildren(CompareToggle) if t.title == title and t.isVisibleTo(window)]
    assert toggles, f"no Compare toggle for {title!r}"
    return toggles[0]


def pick_on_medicines_screen(qtbot: QtBot, window: MainWindow, *titles: str) -> None:
    tap_tile(qtbot, window, "Medicines")
    for title in titles:
        toggle = toggle_under(window, title)
        window.section_screen.ensureWidgetVisible(toggle)
        tap(qtbot, toggle)


def cell_texts(window: MainWindow) -> list[str]:
    screen = treatment_of(window).compare_screen
    return [
        label.text() for label in screen.body.findChildren(QLabel) if label.property("role") == "compare-cell"
    ]


def test_picking_on_the_medicines_screen_and_comparing_takes_four_taps(
    qtbot: QtBot, window: MainWindow
) -> None:
    pick_on_medicines_screen(qtbot, window, "Alendronate (Fosamax)", "Denosumab (Prolia)")
    tap(qtbot, treatment_of(window).section_bar.compare_button)
    assert window.title() == "Compare medicines"
    names = [c.title for c in treatment_of(window).compare_screen.comparison.columns]
    assert names == ["Alendronate (Fosamax)", "Denosumab (Prolia)"]
    assert "Once every 6 months." in cell_texts(window)


def test_the_table_comes_from_the_cards_front_matter(
    qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    library.topic("medicines", body="The medicines.")
    path = library.medication("onepill", order=1)
    library.medication("twopill", order=2)
    first = make_window(library.root)
    first.open_page("compare:onepill,twopill")
    assert "Once a week." in cell_texts(first)
    path.write_text(path.read_text().replace("how_often: [weekly]", "how_often: [monthly]"))
    second = make_window(library.root)
    second.open_page("compare:onepill,twopill")
    assert cell_texts(second).count("Once a month.") == 1 and cell_texts(second).count("Once a week.") == 1


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_compared_medicine_has_one_labelled_remove_that_is_not_a_scroll_word(
    qtbot: QtBot, make_window: WindowFactory, lang: str, percent: int
) -> None:
    window = make_window(language=lang)
    window.visitor.set_text_percent(percent)
    window.open_page("compare:alendronate,denosumab,romosozumab")
    screen = treatment_of(window).compare_screen
    scrolling = {action(window, "up").text(), action(window, "down").text()}
    for page_id in ("alendronate", "denosumab", "romosozumab"):
        (remove,) = screen.controls[page_id]
        assert remove.text() and remove.text() not in scrolling
        assert remove.property("role") == "quiet"  # quieter than the name it belongs to
    tap(qtbot, screen.controls["denosumab"][0])
    assert [c.page_id for c in screen.comparison.columns] == ["alendronate", "romosozumab"]


def test_take_it_home_comes_before_the_answers(window: MainWindow) -> None:
    window.open_page("compare:alendronate,denosumab,romosozumab,raloxifene")
    screen = treatment_of(window).compare_screen
    button = screen.take_home_button
    assert button.isVisible()
    page = screen.widget()
    assert page is not None
    assert button.mapTo(page, button.rect().bottomLeft()).y() < screen.viewport().height()


def test_a_card_has_a_compare_toggle_that_stays_in_step_everywhere(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("raloxifene")
    toggle = treatment_of(window).card_bar.toggle
    assert toggle.isVisible() and toggle.height() >= 64 and not toggle.isChecked()
    tap(qtbot, toggle)
    assert toggle.isChecked() and treatment_of(window).picks.ids == ("raloxifene",)
    window.open_page("medicines")
    assert toggle_under(window, "Raloxifene (Evista)").isChecked()


def test_a_fifth_pick_is_refused_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("compare:alendronate,denosumab,romosozumab,raloxifene")
    window.open_page("teriparatide")
    toggle = treatment_of(window).card_bar.toggle
    assert not toggle.isEnabled() and "full" in toggle.text()


@pytest.mark.parametrize("percent", TEXT_STEPS)
def test_the_comparison_never_scrolls_sideways_or_clips_at_any_text_size(
    window: MainWindow, percent: int
) -> None:
    window.open_page("compare:alendronate,denosumab,romosozumab,zoledronic-acid")
    window.visitor.set_text_percent(percent)
    QCoreApplication.processEvents()
    screen = treatment_of(window).compare_screen
    assert screen.horizontalScrollBar().maximum() == 0
    inner = screen.widget()
    assert inner is not None and inner.width() <= screen.viewport().width()
    assert labels_clipped(window) == [] and buttons_clipped(window) == []
    assert screen.table_mode is (percent == 100)  # four columns need room; larger text stacks them


def test_the_table_turns_into_stacked_cards_in_a_narrow_window(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("compare:alendronate,denosumab,romosozumab,raloxifene")
    assert treatment_of(window).compare_screen.table_mode
    window.resize(800, 768)
    QCoreApplication.processEvents()
    assert not treatment_of(window).compare_screen.table_mode
    assert treatment_of(window).compare_screen.horizontalScrollBar().maximum() == 0


def test_filters_show_exactly_the_matching_tiles_with_a_count_and_clear(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_page("medicines")
    tap(qtbot, treatment_of(window).section_bar.browse_button)
    screen = treatment_of(window).browse_screen
    tap(qtbot, screen.route_buttons["clinic"])
    titles = [t.title_label.text() for t in visible_tiles(window)]
    assert titles == [
        "Ibandronate (Boniva)",
        "Zoledronic acid (Reclast)",
        "Denosumab (Prolia)",
        "Romosozumab (Evenity)",
    ]
    assert screen.count.text() == "4 medicines match."
    tap(qtbot, screen.often_buttons["yearly"])
    assert [t.title_label.text() for t in visible_tiles(window)] == ["Zoledronic acid (Reclast)"]
    assert screen.count.text() == "1 medicine matches."
    tap(qtbot, screen.clear_button)
    assert len(visible_tiles(window)) == len(window.library.medications)
    assert not screen.clear_button.isVisible()


def test_every_brand_name_reaches_its_card_by_letter_taps(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Find a medicine by name")
    entries = [e for e in build_name_index(window.library) if e.is_brand]
    assert len(entries) >= 20
    screen = treatment_of(window).names_screen
    for entry in entries:
        tap(qtbot, screen.letter_buttons[entry.letter])
        tile = next(
            t
            for t in visible_tiles(window)
            if t.title_label.text() == entry.name and t.target == entry.target
        )
        viewport = screen.list_area.viewport()
        assert 0 <= tile.mapTo(viewport, QPoint(0, 0)).y() < viewport.height(), f"{entry.name} is off screen"
        tap(qtbot, tile)
        assert window.title() == entry.page_title
        tap(qtbot, action(window, "back"))


def first_line_in_view(window: MainWindow) -> str:
    view = window.page_screen.view
    return view.cursorForPosition(QPoint(view.viewport().width() // 2, 4)).block().text()


def open_by_name(qtbot: QtBot, window: MainWindow, name: str) -> None:
    screen = treatment_of(window).names_screen
    if window.stack.currentWidget() is not screen:
        tap_tile(qtbot, window, "Find a medicine by name")
    tap(qtbot, screen.letter_buttons[name[0]])
    tap(qtbot, next(t for t in visible_tiles(window) if t.title_label.text() == name))


def test_a_brand_found_by_name_opens_the_card_at_its_own_form(qtbot: QtBot, window: MainWindow) -> None:
    """Binosto is dissolved, never swallowed: its instructions, not the tablet's, come first."""
    open_by_name(qtbot, window, "Binosto")
    assert window.title() == "Alendronate (Fosamax)"
    assert window.page_screen.view.verticalScrollBar().value() > 0
    assert first_line_in_view(window) == "Fizzy tablet (Binosto): hide the steps"
    text = page_text(window)
    assert "Never swallow, chew or suck the tablet itself." in text  # its own steps are open
    assert "Do not chew or suck the tablet." not in text  # the tablets' are folded away
    assert treatment_of(window).card_bar.isVisible()  # still the alendronate card, with its Compare button
    tap(qtbot, action(window, "back"))
    open_by_name(qtbot, window, "Fosamax")
    assert first_line_in_view(window) == "Tablet (Fosamax): hide the steps"
    assert "Never swallow, chew or suck the tablet itself." not in page_text(window)
    tap(qtbot, action(window, "back"))
    open_by_name(qtbot, window, "Prolia")  # a card with one form opens at its top
    assert window.page_screen.view.verticalScrollBar().value() == 0


def test_long_caution_lists_fold_on_screen_until_show_all_is_tapped(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("compare:alendronate,denosumab")
    screen = treatment_of(window).compare_screen
    alendronate = window.library.pages["alendronate"].medication
    assert alendronate is not None
    last_caution = alendronate.cautions[-1]
    assert not any(last_caution in text for text in cell_texts(window))
    assert [b.text() for b in screen.fold_buttons] == ["Show all cautions"]
    tap(qtbot, screen.fold_buttons[0])
    assert any(last_caution in text for text in cell_texts(window))
    assert [b.text() for b in screen.fold_buttons] == ["Show fewer cautions"]


def test_browse_for_men_keeps_medicines_approved_for_men(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("browse")
    screen = treatment_of(window).browse_screen
    tap(qtbot, screen.men_button)
    titles = [t.title_label.text() for t in visible_tiles(window)]
    assert "Ibandronate (Boniva)" not in titles and "Teriparatide (Forteo)" in titles
    assert screen.count.text() == "6 medicines match."


def test_browse_matches_route_and_frequency_within_one_form(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("browse")
    screen = treatment_of(window).browse_screen
    tap(qtbot, screen.route_buttons["clinic"])
    tap(qtbot, screen.often_buttons["monthly"])
    assert [t.title_label.text() for t in visible_tiles(window)] == ["Romosozumab (Evenity)"]


def test_take_home_shows_a_code_for_the_card(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("denosumab")
    tap(qtbot, treatment_of(window).card_bar.take_home_button)
    panel = treatment_of(window).take_home
    assert panel.isVisible() and panel.geometry() == window.central.rect()
    codes = [
        label for label in panel.codes.findChildren(QLabel) if label.pixmap() and not label.pixmap().isNull()
    ]
    assert len(codes) == 1 and "Denosumab (Prolia)" in codes[0].accessibleName()
    assert not panel.print_button.isVisible()  # no printer configured
    tap(qtbot, panel.close_button)
    assert not panel.isVisible()


def test_take_home_closes_with_escape_or_a_tap_outside_and_follows_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_page("denosumab")
    button = treatment_of(window).card_bar.take_home_button
    panel = treatment_of(window).take_home
    tap(qtbot, button)
    window.resize(window.width() - 200, window.height() - 100)
    assert panel.geometry() == window.central.rect()  # the window places its layers as it resizes
    assert panel.rect().contains(panel.card.geometry())
    qtbot.keyClick(panel.card, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    tap(qtbot, button)
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # on the dimmed window
    assert not panel.isVisible()


def test_printing_asks_once_then_says_where_to_collect(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(mode="kiosk", print__printer="Front_Desk", print__collect_from="the front desk")
    printed: list[tuple[Handout, str]] = []
    treatment_of(window).printer = lambda handout, printer, paper: printed.append((handout, printer))
    window.open_page("compare:alendronate,raloxifene")
    tap(qtbot, treatment_of(window).compare_screen.take_home_button)
    panel = treatment_of(window).take_home
    assert not panel.save_button.isVisible()  # never a file dialog on a kiosk
    tap(qtbot, panel.print_button)
    assert printed == [] and "Alendronate (Fosamax) and Raloxifene (Evista)" in panel.message.text()
    tap(qtbot, panel.confirm_button)
    assert [p for _, p in printed] == ["Front_Desk"]
    assert [m.title for m in printed[0][0].medicines] == ["Alendronate (Fosamax)", "Raloxifene (Evista)"]
    assert panel.message.text() == "Please collect your handout at the front desk."


def test_a_missing_printer_is_a_message_not_a_crash(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(mode="kiosk", print__printer="No_Such_Printer_Here")
    window.open_page("alendronate")
    tap(qtbot, treatment_of(window).card_bar.take_home_button)
    tap(qtbot, treatment_of(window).take_home.print_button)
    tap(qtbot, treatment_of(window).take_home.confirm_button)
    assert treatment_of(window).take_home.title.text() == "The printer is not working right now"


def test_save_as_pdf_on_a_laptop_writes_it_says_where_and_offers_the_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "handout.pdf"
    treatment_of(window).ask_save_path = lambda parent, suggested: target
    window.open_page("alendronate")
    tap(qtbot, treatment_of(window).card_bar.take_home_button)
    tap(qtbot, treatment_of(window).take_home.save_button)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in treatment_of(window).take_home.message.text().replace("\u200b", "")
    assert treatment_of(window).take_home.open_folder_button.isVisible()


def test_save_as_pdf_goes_to_the_documents_folder_under_a_free_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(tmp_path))
    (tmp_path / "alendronate.pdf").write_bytes(b"an earlier one")
    window.open_page("alendronate")
    tap(qtbot, treatment_of(window).card_bar.take_home_button)
    tap(qtbot, treatment_of(window).take_home.save_button)
    saved = tmp_path / "alendronate-2.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "alendronate.pdf").read_bytes() == b"an earlier one"
    assert treatment_of(window).take_home.message.accessibleName() == f"Saved to {saved}"


def test_nurse_mode_pauses_the_idle_reset_with_a_banner_and_ends_by_itself(window: MainWindow) -> None:
    idle = cast(FakeTimer, window.watcher.idle_timer)
    nurse = treatment_of(window).nurse
    treatment_of(window).set_nurse_mode(True)
    assert not idle.isActive()
    assert treatment_of(window).banner.isVisible() and "Nurse mode" in treatment_of(window).banner.text.text()
    limit = cast(FakeTimer, nurse.timer)
    assert limit.interval_ms == 30 * 60_000
    limit.fire()
    assert not nurse.active and not treatment_of(window).banner.isVisible() and idle.isActive()


def test_the_laptop_switch_shows_a_nurse_mode_button(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(nurse__switch=True, nurse__minutes=45)
    window.open_page("medicines")
    tap(qtbot, treatment_of(window).section_bar.nurse_button)
    assert treatment_of(window).nurse.active
    assert cast(FakeTimer, treatment_of(window).nurse.timer).interval_ms == 45 * 60_000
    tap(qtbot, treatment_of(window).banner.end_button)
    assert not treatment_of(window).nurse.active


def test_idle_reset_forgets_picks_filters_panel_and_nurse_mode(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("compare:alendronate,denosumab")
    window.open_page("browse:pill")
    window.open_page("denosumab")
    tap(qtbot, treatment_of(window).card_bar.take_home_button)
    treatment_of(window).set_nurse_mode(True)
    window.reset_to_start()
    assert treatment_of(window).picks.ids == ()
    assert not treatment_of(window).take_home.isVisible() and not treatment_of(window).nurse.active
    window.open_page("browse")
    assert not treatment_of(window).browse_screen.filters.active
    window.open_page("compare")
    assert treatment_of(window).compare_screen.comparison.columns == ()


def test_on_a_short_screen_at_large_text_the_code_comes_before_the_words_about_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """The card scrolls at 200% on a 768-px screen: what the visitor came to scan shows without it."""
    window = make_window()
    window.resize(1024, 768)
    window.visitor.set_text_percent(200)
    window.open_page("alendronate")
    tap(qtbot, treatment_of(window).card_bar.take_home_button)
    panel = treatment_of(window).take_home
    assert panel.card.scrolls()
    code = panel.codes.findChildren(QrBox)[0].image
    shown = panel.card.area.viewport()
    corner = code.mapTo(shown, QPoint(0, 0))
    assert shown.rect().contains(QRect(corner, code.size())), "the code is not whole in view"
    window.resize(1920, 1080)  # room for everything: the words come first again
    QCoreApplication.processEvents()
    assert panel.message.y() < panel.codes.y()
