"""One tap on "Español" and the whole kiosk speaks Spanish, on the same page at the same size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import FakeTimer, LibraryBuilder, WindowFactory
from tests.ui_helpers import action, buttons_clipped, page_text, tap, tap_tile, treatment_of, visible_tiles


def switch(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, action(window, "language"))
    QCoreApplication.processEvents()  # new tiles in an already visible grid are shown by a queued call


def idle_out(window: MainWindow) -> None:
    cast(FakeTimer, window.watcher.idle_timer).fire()
    for _ in range(window.watcher.warning_seconds):
        cast(FakeTimer, window.watcher.tick_timer).fire()


def test_the_switch_names_the_other_language_in_that_language(qtbot: QtBot, window: MainWindow) -> None:
    button = action(window, "language")
    assert button.text() == "Español" and button.accessibleName() == "Español"
    assert button.accessibleDescription() == "Ver esta pantalla en español"
    assert button.height() >= 64
    switch(qtbot, window)
    assert button.text() == "English" and button.accessibleDescription() == "Show this screen in English"


def test_home_in_spanish_has_spanish_words_and_tiles(qtbot: QtBot, window: MainWindow) -> None:
    switch(qtbot, window)
    assert window.title() == "Salud de los huesos"
    assert window.home_screen.heading.text() == "Aprenda sobre la salud de sus huesos"
    assert action(window, "home").text() == "Inicio" and action(window, "back").text() == "Atrás"
    assert [t.title_label.text() for t in visible_tiles(window)][:3] == [
        "¿Qué es la osteoporosis?",
        "Cómo se renuevan los huesos",
        "Medicinas",
    ]
    assert window.windowTitle() == "Salud de los huesos"


def test_switching_keeps_the_page_history_and_text_size(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, action(window, "larger"))
    tap(qtbot, action(window, "larger"))
    tap_tile(qtbot, window, "Medicines")
    tap_tile(qtbot, window, "Alendronate (Fosamax)")
    switch(qtbot, window)
    assert window.current.page_id == "alendronate"
    assert window.title() == "Alendronato (Fosamax)"
    assert page_text(window).startswith("Para quién es: Mujeres después de la menopausia")
    assert window.visitor.text_percent == 150
    tap(qtbot, action(window, "back"))
    assert window.title() == "Medicinas"
    assert "Alendronato (Fosamax)" in [t.title_label.text() for t in visible_tiles(window)]


def test_switching_keeps_the_reading_place(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("denosumab")
    bar = window.page_screen.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    switch(qtbot, window)
    assert bar.maximum() > 0
    assert abs(bar.value() / bar.maximum() - 0.5) < 0.05


def test_switching_back_shows_english_again(qtbot: QtBot, window: MainWindow) -> None:
    window.open_page("bone-density-test")
    switch(qtbot, window)
    switch(qtbot, window)
    assert window.title() == "Bone density test"
    assert action(window, "language").text() == "Español"
    assert action(window, "up").text() == "Up"


def test_idle_reset_returns_to_the_default_language(qtbot: QtBot, window: MainWindow) -> None:
    switch(qtbot, window)
    window.open_page("calcitonin")
    idle_out(window)
    assert window.visitor.language == "en" and window.visitor.is_default
    assert window.title() == "Bone Health"
    assert action(window, "language").text() == "Español"
    assert visible_tiles(window)[0].title_label.text() == "What is osteoporosis?"


def test_a_kiosk_set_to_spanish_starts_and_resets_in_spanish(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(language="es")
    assert window.title() == "Salud de los huesos"
    switch(qtbot, window)
    assert window.title() == "Bone Health"
    idle_out(window)
    assert window.title() == "Salud de los huesos"
    assert action(window, "language").text() == "English"


def test_the_idle_warning_counts_down_in_spanish(qtbot: QtBot, window: MainWindow) -> None:
    switch(qtbot, window)
    cast(FakeTimer, window.watcher.idle_timer).fire()
    overlay = window.overlay
    assert overlay.title.text() == "¿Sigue leyendo?"
    assert overlay.keep_button.text() == "Seguir leyendo"
    assert overlay.countdown.accessibleName() == "Quedan 30 segundos"
    assert overlay.explanation.text().startswith("En 30 segundos, la pantalla volverá a empezar")
    for _ in range(29):
        cast(FakeTimer, window.watcher.tick_timer).fire()
    assert overlay.countdown.accessibleName() == "Queda 1 segundo"
    assert overlay.explanation.text().startswith("En 1 segundo, la pantalla")


def test_english_plurals_read_right(window: MainWindow) -> None:
    window.overlay.set_seconds(1)
    assert window.overlay.countdown.accessibleName() == "1 second left"
    window.overlay.set_seconds(2)
    assert window.overlay.countdown.accessibleName() == "2 seconds left"


@pytest.mark.parametrize(("minutes", "words"), [(60, "about 1 minute,"), (180, "about 3 minutes,")])
def test_the_home_note_counts_minutes_in_both_languages(
    qtbot: QtBot, make_window: WindowFactory, minutes: int, words: str
) -> None:
    window = make_window(idle__seconds=minutes)
    assert words in window.home_screen.note.text()
    switch(qtbot, window)
    spanish = "durante 1 minuto más o menos," if minutes == 60 else "durante unos 3 minutos,"
    assert spanish in window.home_screen.note.text()


def test_there_is_no_switch_when_the_library_has_one_language(
    make_window: WindowFactory, library: LibraryBuilder
) -> None:
    library.topic("bones")
    window = make_window(library.root)
    assert not action(window, "language").isVisibleTo(window)


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_pages_lists_the_spanish_library() -> None:
    result = kiosk("pages", "--lang", "es")
    assert result.returncode == 0
    assert "alendronate\tmedication\tAlendronato (Fosamax)" in result.stdout.splitlines()
    spanish_pages = list((Path(__file__).parent.parent / "content" / "es").glob("*.md"))
    assert len(result.stdout.splitlines()) == len(spanish_pages)


def test_render_draws_the_card_in_the_asked_language(tmp_path: Path) -> None:
    images = []
    for lang in ("en", "es"):
        out = tmp_path / f"card-{lang}.png"
        result = kiosk("render", "denosumab", "--lang", lang, "--out", str(out))
        assert result.returncode == 0, result.stderr
        images.append(QImage(str(out)))
    assert images[0].size() == images[1].size() and images[0] != images[1]


def test_an_unknown_language_is_refused() -> None:
    result = kiosk("pages", "--lang", "fr")
    assert result.returncode == 2 and "invalid choice: 'fr'" in result.stderr


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(
    "picks", [(), ("denosumab",), ("alendronate", "risedronate", "raloxifene", "calcitonin")]
)
def test_a_cards_bar_keeps_its_words_at_200_percent_in_every_state(
    make_window: WindowFactory, lang: str, picks: tuple[str, ...]
) -> None:
    """The bar scrolls away with the card, so it may take a second row, never drop words."""
    window = make_window(language=lang, text__default_percent=200)
    treatment_of(window).picks.replace(list(picks))
    window.open_page("denosumab")
    QCoreApplication.processEvents()
    bar = treatment_of(window).card_bar
    assert bar.take_home_button.text() in ("Take it home", "Llevar a casa")
    assert bar.height() < 3 * bar.take_home_button.height() and not buttons_clipped(bar)
    assert window.height() == 768
    assert bar.take_home_button.accessibleName() in (
        "Take it home: scan or print",
        "Llevar a casa: escanear o imprimir",
    )


def test_a_spanish_handout_is_collected_at_the_default_place_in_spanish(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from kiosk.core.config import OPTIONS_BY_NAME
    from kiosk.ui.treatment.take_home import DEFAULT_PLACE

    assert OPTIONS_BY_NAME["print.collect_from"].default == DEFAULT_PLACE
    window = make_window(language="es", mode="kiosk", print__printer="Front_Desk")
    treatment_of(window).printer = lambda handout, printer, paper: None
    window.open_page("alendronate")
    panel = treatment_of(window).take_home
    tap(qtbot, treatment_of(window).card_bar.take_home_button)
    tap(qtbot, panel.print_button)
    tap(qtbot, panel.confirm_button)
    assert panel.message.text() == "Recoja su hoja informativa en la recepción."
