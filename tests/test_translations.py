"""Every interface string has a Spanish translation, and no screen shows an English one in Spanish."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

import kiosk
from kiosk.ui.shell import i18n, main_window
from kiosk.ui.shell.i18n import InterfaceLanguage, translations_dir
from kiosk.ui.shell.main_window import MainWindow
from scripts.ui_strings import UiString, find_strings, lupdate_input
from tests.conftest import FakeTimer, WindowFactory
from tests.ui_helpers import action, labels_clipped, tap, tap_tile, treatment_of

SPANISH_TS = translations_dir() / "kiosk_es.ts"
ENGLISH_TS = translations_dir() / "kiosk_en.ts"


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def strings_in(path: Path) -> set[UiString]:
    return {
        UiString(context, m.findtext("source") or "", m.get("numerus") == "yes")
        for context, m in messages(path)
    }


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_the_spanish_file_lists_exactly_the_strings_in_the_source() -> None:
    found = find_strings(Path(kiosk.__file__).parent)
    assert found.problems == []
    missing = set(found.strings) - strings_in(SPANISH_TS)
    assert not missing, f"run `make translations` and translate: {sorted(missing)}"
    assert strings_in(SPANISH_TS) == set(found.strings)


def test_the_english_file_gives_the_plural_forms_of_every_plural() -> None:
    found = find_strings(Path(kiosk.__file__).parent)
    assert strings_in(ENGLISH_TS) == {s for s in found.strings if s.plural}
    for _, message in messages(ENGLISH_TS):
        one, many = translations(message)
        assert "(s)" not in one + many and one != many


def test_every_spanish_translation_is_finished() -> None:
    for context, message in messages(SPANISH_TS):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (
            f"{context}: {source!r} unfinished"
        )
        forms = translations(message)
        assert all(form.strip() for form in forms), f"{context}: {source!r} has an empty translation"
        if "%n" in source:
            assert len(forms) == 2 and all("%n" in form for form in forms), source


def qt_tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} comes with PySide6"
    return found


@pytest.mark.parametrize("source", [SPANISH_TS, ENGLISH_TS], ids=lambda path: path.name)
def test_each_committed_qm_is_what_lrelease_makes_of_its_ts(source: Path, tmp_path: Path) -> None:
    """The .qm files are committed so every install has them; a stale one would show old words."""
    fresh = tmp_path / source.with_suffix(".qm").name
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(fresh)], check=True)
    committed = source.with_suffix(".qm")
    assert committed.is_file() and committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is stale: run `make translations` and commit it"
    )


def test_the_compiled_spanish_translation_answers_every_string() -> None:
    translator = QTranslator()
    assert translator.load(str(SPANISH_TS.with_suffix(".qm")))
    for string in strings_in(SPANISH_TS):
        n = 2 if string.plural else -1
        answer = translator.translate(string.context, string.source, None, n)
        assert answer and answer != string.source, string


def english_patterns() -> list[re.Pattern[str]]:
    """Every English interface string as a pattern (a plural's count may be any number)."""
    phrases = [s.source for s in strings_in(SPANISH_TS)]
    phrases += [form for _, m in messages(ENGLISH_TS) for form in translations(m)]
    return [re.compile(re.escape(p).replace("%n", r"\d+")) for p in phrases]


def shown_words(window: MainWindow) -> list[str]:
    words = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        words += [widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            words.append(widget.text())
    return [word for word in words if word]


def english_on_screen(window: MainWindow) -> list[str]:
    patterns = english_patterns()
    return [
        word
        for word in shown_words(window)
        for pattern in patterns
        if pattern.fullmatch(word) or (len(pattern.pattern) > 12 and pattern.search(word))
    ]


def test_the_english_check_finds_english(window: MainWindow) -> None:
    assert "Make the text larger" in english_on_screen(window)  # on home, with no Back or Home


@pytest.mark.parametrize("start", ["es", "en"])
def test_no_spanish_screen_shows_an_english_interface_string(
    qtbot: QtBot, make_window: WindowFactory, start: str
) -> None:
    """Started in Spanish, or started in English and switched: every word on every screen is Spanish."""
    window = make_window(language=start, print__printer="Front_Desk", nurse__switch=True)
    if start == "en":
        window.open_page("compare:alendronate,denosumab")  # screens built in English first
        window.open_page("browse:pill")
        window.open_page("names")
        window.go_home()
        tap(qtbot, action(window, "language"))
    treatment = treatment_of(window)
    treatment.printer = lambda handout, printer, paper: None
    panel = treatment.take_home

    def browse() -> None:
        tap(qtbot, panel.close_button)
        window.open_page("browse:pill")

    def warning() -> None:
        treatment.set_nurse_mode(False)
        fire(window.watcher.idle_timer)

    steps: list[tuple[str, Callable[[], object]]] = [
        ("home", lambda: None),
        ("section", lambda: tap_tile(qtbot, window, "Medicinas")),
        ("card", lambda: tap_tile(qtbot, window, "Denosumab (Prolia)")),
        ("topic", lambda: window.open_page("bone-density-test")),
        ("compare", lambda: window.open_page("compare:alendronate,denosumab")),
        ("take home", lambda: tap(qtbot, treatment.compare_screen.take_home_button)),
        ("print?", lambda: tap(qtbot, panel.print_button)),
        ("printed", lambda: tap(qtbot, panel.confirm_button)),
        ("browse", browse),
        ("names", lambda: window.open_page("names")),
        ("nurse mode", lambda: treatment.set_nurse_mode(True)),
        ("warning", warning),
    ]
    seen = []
    for step, do in steps:
        QCoreApplication.processEvents()
        do()
        QCoreApplication.processEvents()
        seen.append((step, english_on_screen(window)))
    assert seen == [(step, []) for step, _ in steps]


def fire(timer: object) -> None:
    assert isinstance(timer, FakeTimer)
    timer.fire()


def test_switching_language_on_the_comparison_keeps_it_and_translates_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_page("compare:alendronate,raloxifene")
    tap(qtbot, action(window, "language"))
    QCoreApplication.processEvents()
    assert window.title() == "Comparar medicinas"
    assert list(treatment_of(window).picks.ids) == ["alendronate", "raloxifene"]
    bands = [label.text() for label in treatment_of(window).compare_screen.findChildren(QLabel)]
    assert "Cómo se usa" in bands and "Raloxifeno (Evista)" in " ".join(bands)
    assert english_on_screen(window) == []


def test_the_spanish_idle_warning_fits_at_200_percent(make_window: WindowFactory) -> None:
    window = make_window(language="es", text__default_percent=200)
    timer = window.watcher.idle_timer
    assert isinstance(timer, FakeTimer)
    timer.fire()
    QCoreApplication.processEvents()
    assert window.overlay.isVisible() and labels_clipped(window.overlay) == []


def test_a_missing_translation_leaves_english_words_and_a_working_kiosk(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    i18n.interface_language().set_language("en")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    bare = InterfaceLanguage()
    monkeypatch.setattr(main_window, "interface_language", lambda: bare)
    with caplog.at_level(logging.WARNING):
        window = make_window(language="es")
    assert "no interface translation kiosk_es.qm" in caplog.text
    assert action(window, "home").text() == "Home"  # the words Qt could not translate
    assert window.title() == "Bone Health"
    tap_tile(qtbot, window, "Medicinas")  # the Spanish library still works
    tap(qtbot, action(window, "language"))
    assert window.title() == "Medicines"
    bare.deleteLater()


def extract(tmp_path: Path, files: dict[str, str]) -> tuple[set[UiString], list[str]]:
    package = tmp_path / "pkg"
    for name, code in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(textwrap.dedent(code), encoding="utf-8")
    found = find_strings(package)
    return set(found.strings), found.problems


def test_the_extractor_gives_each_helper_call_its_modules_context(tmp_path: Path) -> None:
    strings, problems = extract(
        tmp_path,
        {
            "chrome.py": """
                from PySide6.QtCore import QCoreApplication
                from kiosk.ui.shell.i18n import translate, translate_n
                CONTEXT = "Panel"
                PLACE = QT_TRANSLATE_NOOP("Chrome", "the front desk")

                def tr(text):
                    return QCoreApplication.translate("Chrome", text)

                def tr_panel(text, n=None):
                    return translate(CONTEXT, text) if n is None else translate_n(CONTEXT, text, n)

                class Header:
                    def build(self, count):
                        tr("Back")
                        tr_panel("%n page(s)", count)
                        translate_n("Direct", "%n item(s)", count)
                        QCoreApplication.translate("Qt", "Plain")
                        self.tr("Own")
                        tr(PLACE)
            """,
            "other.py": """
                from pkg.chrome import tr
                tr("Imported")
            """,
        },
    )
    assert problems == []
    assert strings == {
        UiString("Chrome", "Back"),
        UiString("Panel", "%n page(s)", plural=True),
        UiString("Direct", "%n item(s)", plural=True),
        UiString("Qt", "Plain"),
        UiString("Header", "Own"),
        UiString("Chrome", "Imported"),
        UiString("Chrome", "the front desk"),
    }


def test_the_extractor_reports_text_it_cannot_see(tmp_path: Path) -> None:
    _, problems = extract(
        tmp_path,
        {
            "screen.py": """
                from kiosk.ui.shell.i18n import translate
                class Screen:
                    def show(self, label):
                        translate("Screen", label)
            """
        },
    )
    assert len(problems) == 1 and problems[0].startswith("pkg/screen.py:5: the text of this translation call")


def test_lupdate_reads_the_extractors_output_exactly(tmp_path: Path) -> None:
    lupdate = qt_tool("pyside6-lupdate")
    found = find_strings(Path(kiosk.__file__).parent)
    listing = tmp_path / "ui_strings.py"
    listing.write_text(lupdate_input(found), encoding="utf-8")
    subprocess.run([lupdate, "-silent", str(listing), "-ts", str(tmp_path / "out_es.ts")], check=True)
    assert strings_in(tmp_path / "out_es.ts") == set(found.strings)
