"""Issue 12: a small Compare check box under each medicine's tile, and the picks tray that stays in
view while a nurse and a patient choose, tapped as a person would."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.treatment.compare_toggle import TileCompareToggle
from tests.conftest import FakeTimer, WindowFactory
from tests.ui_helpers import fit_problems, tap, tap_tile, treatment_of, visible_tiles


def tile_toggle(window: MainWindow, title: str) -> TileCompareToggle:
    screen = window.stack.currentWidget()
    assert screen is not None
    found = [t for t in screen.findChildren(TileCompareToggle) if t.title == title and t.isVisibleTo(window)]
    assert found, f"no Compare check box under {title!r}"
    ensure = getattr(screen, "ensureWidgetVisible", None)
    if ensure is not None:
        ensure(found[0])
    return found[0]


def tray_names(window: MainWindow) -> list[str]:
    tray = treatment_of(window).tray
    return [button.text() for button in tray.removes.values() if button.isVisibleTo(window)]


def walk_away(window: MainWindow) -> None:
    cast(FakeTimer, window.watcher.idle_timer).fire()
    for _ in range(window.watcher.warning_seconds):
        cast(FakeTimer, window.watcher.tick_timer).fire()
    QCoreApplication.processEvents()


def test_the_tile_check_box_is_quiet_but_a_large_target(window: MainWindow) -> None:
    window.open_page("medicines")
    toggle = tile_toggle(window, "Denosumab (Prolia)")
    tile = next(t for t in visible_tiles(window) if t.accessibleName() == "Denosumab (Prolia)")
    assert toggle.text() == "Compare" and toggle.property("role") == "tile-toggle"
    assert toggle.accessibleName() == "Add Denosumab (Prolia) to compare"
    assert toggle.height() >= 48 and toggle.width() >= 48  # WCAG 2.5.8, and this kiosk's 48 px
    assert toggle.height() >= 68  # a finger on a kiosk, not a mouse
    assert toggle.width() < tile.width() and toggle.height() < tile.height()  # less than the tile


def test_picking_two_tiles_shows_both_in_the_tray_with_compare_2(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    tray = treatment_of(window).tray
    assert not tray.isVisible()  # nothing picked, no tray
    tap(qtbot, tile_toggle(window, "Alendronate (Fosamax)"))
    tap(qtbot, tile_toggle(window, "Denosumab (Prolia)"))
    assert tray.isVisible()
    assert tray_names(window) == ["Alendronate (Fosamax)", "Denosumab (Prolia)"]
    assert tray.compare_button.text() == "Compare (2)"
    picked = tile_toggle(window, "Denosumab (Prolia)")
    assert picked.isChecked() and picked.accessibleName() == "Denosumab (Prolia): picked to compare"
    assert tray.removes["denosumab"].accessibleName() == "Remove Denosumab (Prolia) from compare"


def test_the_tray_stays_in_view_while_the_list_scrolls(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    tap(qtbot, tile_toggle(window, "Alendronate (Fosamax)"))
    tray = treatment_of(window).tray
    before = tray.mapTo(window, tray.rect().topLeft())
    bar = window.section_screen.verticalScrollBar()
    bar.setValue(bar.maximum())
    QCoreApplication.processEvents()
    assert tray.isVisible() and tray.mapTo(window, tray.rect().topLeft()) == before
    assert tray.geometry().bottom() < window.footer.mapTo(window.central, window.footer.rect().topLeft()).y()


def test_removing_from_the_tray_unchecks_the_tile(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    tap(qtbot, tile_toggle(window, "Alendronate (Fosamax)"))
    tap(qtbot, tile_toggle(window, "Raloxifene (Evista)"))
    tray = treatment_of(window).tray
    tap(qtbot, tray.removes["alendronate"])
    QCoreApplication.processEvents()
    assert not tile_toggle(window, "Alendronate (Fosamax)").isChecked()
    assert tile_toggle(window, "Raloxifene (Evista)").isChecked()
    assert tray_names(window) == ["Raloxifene (Evista)"] and tray.compare_button.text() == "Compare (1)"
    tap(qtbot, tray.removes["raloxifene"])
    QCoreApplication.processEvents()
    assert not tray.isVisible() and not treatment_of(window).picks.ids


def test_the_trays_compare_opens_compare_with_those_medicines(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    tap(qtbot, tile_toggle(window, "Zoledronic acid (Reclast)"))
    tap(qtbot, tile_toggle(window, "Denosumab (Prolia)"))
    tap(qtbot, treatment_of(window).tray.compare_button)
    assert window.title() == "Compare medicines"
    columns = [c.title for c in treatment_of(window).compare_screen.comparison.columns]
    assert columns == ["Zoledronic acid (Reclast)", "Denosumab (Prolia)"]
    assert not treatment_of(window).tray.isVisible()  # the comparison itself lists them


def test_the_tray_follows_the_visitor_to_browse_and_not_to_a_card(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    tap(qtbot, tile_toggle(window, "Denosumab (Prolia)"))
    tray = treatment_of(window).tray
    tap(qtbot, treatment_of(window).section_bar.browse_button)
    assert tray.isVisible() and tray_names(window) == ["Denosumab (Prolia)"]
    tap(qtbot, tile_toggle(window, "Romosozumab (Evenity)"))
    assert tray_names(window) == ["Denosumab (Prolia)", "Romosozumab (Evenity)"]
    window.open_page("denosumab")
    assert not tray.isVisible()  # a card has its own bar with Compare
    window.go_back()
    assert tray.isVisible()


def test_the_tray_is_gone_after_the_visitor_walks_away(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    tap(qtbot, tile_toggle(window, "Alendronate (Fosamax)"))
    walk_away(window)
    assert not treatment_of(window).picks.ids and not treatment_of(window).tray.isVisible()
    tap_tile(qtbot, window, "Medicines")  # the next visitor: nothing of the last one's picks
    assert not treatment_of(window).tray.isVisible()
    assert not tile_toggle(window, "Alendronate (Fosamax)").isChecked()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_four_picks_fit_at_200_percent(
    make_window: WindowFactory, language: str, size: tuple[int, int]
) -> None:
    window = make_window(language=language)
    window.resize(*size)
    window.visitor.set_text_percent(200)
    window.open_page("compare:alendronate,denosumab,raloxifene,zoledronic-acid")
    window.open_page("medicines")
    QCoreApplication.processEvents()
    tray = treatment_of(window).tray
    assert tray.isVisible() and len(tray_names(window)) == 4
    if language == "es":
        assert tray.label.text() == "Elegidas:"
        assert tray.removes["denosumab"].accessibleName() == "Quitar Denosumab (Prolia) de la comparación"
    assert fit_problems(tray) == []
    reading = window.section_screen.viewport().height()
    assert reading * 3 >= window.height()  # a third of the window still shows the list
    assert tray.height() < window.height() // 5


def test_one_long_name_at_200_percent_shows_whole_without_scrolling(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(language="es")
    window.resize(1366, 768)
    window.visitor.set_text_percent(200)
    window.open_page("medicines")
    tap(qtbot, tile_toggle(window, treatment_of(window)._title_of("risedronate")))
    QCoreApplication.processEvents()
    tray = treatment_of(window).tray
    assert tray_names(window) == [treatment_of(window)._title_of("risedronate")]
    assert tray.strip.horizontalScrollBar().maximum() == 0  # "Elegidas:" gave way to the name
    assert fit_problems(tray) == []


def test_the_tray_answers_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("medicines")
    toggle = tile_toggle(window, "Alendronate (Fosamax)")
    toggle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    remove = treatment_of(window).tray.removes["alendronate"]
    remove.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert not treatment_of(window).picks.ids and not toggle.isChecked()


def test_tab_reaches_the_tray_after_the_list_and_before_the_footer(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("medicines")
    toggle = tile_toggle(window, "Denosumab (Prolia)")
    toggle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)  # picked from the keyboard: the tray appears
    tray = treatment_of(window).tray
    footer = [b for b in window.footer.buttons if b.isVisible() and b.isEnabled()]
    window.central.setFocus()
    seen = []
    for _ in range(200):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        widget = window.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
    at = seen.index(tray.removes["denosumab"])
    assert seen[at + 1] is tray.compare_button and seen[at + 2] is footer[0]
    assert isinstance(seen[at - 1], TileCompareToggle)  # the last medicine's check box


def test_the_tray_speaks_the_language_shown(qtbot: QtBot, window: MainWindow) -> None:
    tap_tile(qtbot, window, "Medicines")
    tap(qtbot, tile_toggle(window, "Alendronate (Fosamax)"))
    tap(qtbot, window.header.language_button)
    tray = treatment_of(window).tray
    assert tray.isVisible() and tray.compare_button.text() == "Comparar (1)"
    assert tray_names(window) == ["Alendronato (Fosamax)"]
    assert tray.removes["alendronate"].accessibleName() == "Quitar Alendronato (Fosamax) de la comparación"
    assert tile_toggle(window, "Alendronato (Fosamax)").text() == "Comparar"
