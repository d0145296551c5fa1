"""Content text is shown as plain text everywhere outside the locked-down page view.

A title written as HTML (``<img src=...>``) must show its characters, never make a label read a file.
The library here is the shipped one with every title, summary, brand name, card field and glossary
word rewritten as HTML; the test walks every screen and pop-up and scans every label the app made.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.content import load_library
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import SHIPPED_CONTENT, KioskFactory
from tests.ui_helpers import accessibility_of, tap, treatment_of

HTML_MARK = "<b>"
PLAIN_KEYS = {"id", "kind", "icon", "action", "route", "how_often", "where_given", "drug_class", "lists"}
PLAIN_KEYS |= {"order", "reviewed", "url", "info_url", "sources", "generic_name", "for", "clinical_review"}
PLAIN_KEYS |= {
    "outcome",
    "group",
    "placebo",
    "without",
    "with",
    "count",
    "of",
}  # the study's codes and numbers


def as_html(text: str, picture: Path) -> str:
    """The text wrapped in markup a rich-text label would act on (and read ``picture`` for)."""
    return f"<img src={picture}>{HTML_MARK}{text}</b>"


def _rewrite(value: object, picture: Path) -> object:
    if isinstance(value, str):
        return as_html(value, picture)
    if isinstance(value, list):
        return [_rewrite(item, picture) for item in value]
    if isinstance(value, dict):  # a form: its words as HTML, its codes as they are
        return {key: item if key in PLAIN_KEYS else _rewrite(item, picture) for key, item in value.items()}
    return value


def hostile_library(root: Path, picture: Path) -> Path:
    """The shipped English library, every content string outside the page bodies written as HTML."""
    shutil.copytree(SHIPPED_CONTENT / "en", root / "en")
    for page in (root / "en").glob("*.md"):
        _, front, body = page.read_text(encoding="utf-8").split("---\n", 2)
        data = yaml.safe_load(front)
        data = {key: value if key in PLAIN_KEYS else _rewrite(value, picture) for key, value in data.items()}
        front = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000)
        page.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    glossary_path = root / "en" / "glossary.yaml"
    glossary = yaml.safe_load(glossary_path.read_text(encoding="utf-8"))
    for term in glossary.values():
        term["word"] = as_html(term["word"], picture)
        term["meaning"] = as_html(term["meaning"], picture)[:290]
    glossary_path.write_text(yaml.safe_dump(glossary, allow_unicode=True, width=1_000), encoding="utf-8")
    return root


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    """A real picture: a rich-text label naming it would load it and show it instead of the words."""
    path = tmp_path / "picture.svg"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"/>')
    return path


def rich_labels(root: QWidget) -> Iterator[str]:
    """Every label showing content markup that is not plain text, or not shown as written."""
    for label in root.findChildren(QLabel):
        if HTML_MARK in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            yield f"{label.text()[:60]!r} ({label.property('role')})"


def visit_everything(qtbot: QtBot, window: MainWindow, seen: set[str], saved_to: Path) -> None:
    """Every screen and pop-up a visitor can reach, with the labels scanned at each step."""

    def scan(where: str) -> None:
        QCoreApplication.processEvents()
        found = list(rich_labels(window))
        assert not found, f"rich-text labels on {where}: {found}"
        seen.update(label.text() for label in window.findChildren(QLabel) if HTML_MARK in label.text())

    scan("home")
    library = window.library
    for page in (*library.topics, *library.medications):
        window.open_page(page.id)
        scan(page.id)
    treatment = treatment_of(window)
    window.open_page("alendronate")
    tap(qtbot, treatment.card_bar.take_home_button)
    scan("take home")
    treatment.ask_save_path = lambda parent, suggested: saved_to / suggested.name
    tap(qtbot, treatment.take_home.save_button)
    scan("handout saved")
    tap(qtbot, treatment.take_home.close_button)
    ids = ",".join(page.id for page in library.medications[:3])
    window.open_page(f"compare:{ids}")
    scan("compare")
    window.open_page("browse:")
    scan("browse")
    window.open_page("names:")
    for letter, button in treatment.names_screen.letter_buttons.items():
        if button.isEnabled():
            tap(qtbot, button)
            scan(f"names {letter}")
    for term in window.library.glossary.terms.values():
        accessibility_of(window).define(term.id)
        scan(f"glossary {term.id}")
    treatment.set_nurse_mode(True)
    scan("nurse mode")


def test_content_written_as_html_shows_as_written_on_every_screen(
    qtbot: QtBot, make_kiosk: KioskFactory, tmp_path: Path, picture: Path
) -> None:
    content = hostile_library(tmp_path / "content", picture)
    assert load_library(content, "en")[1] == []  # every page reaches the screen, markup and all
    kiosk = make_kiosk(content, clinic_name=as_html("Clinic", picture))
    window = kiosk.window
    kiosk.kit.show_attract()
    seen: set[str] = set()
    visit_everything(qtbot, window, seen, tmp_path)
    # Every title and word was on some label exactly as written.
    assert {page.title for page in window.library.pages.values()} <= seen
    assert {term.word for term in window.library.glossary.terms.values()} <= seen
    assert as_html("Clinic", picture) in {label.text() for label in window.findChildren(QLabel)}


def test_a_title_naming_dev_zero_is_shown_not_read(
    qtbot: QtBot, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT / "en", content / "en")
    page = content / "en" / "bone-renewal.md"
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^title: .*$", 'title: "<img src=/dev/zero>"', text, count=1)
    page.write_text(text, encoding="utf-8")
    window = make_kiosk(content).window
    window.open_page("bone-renewal")
    QCoreApplication.processEvents()
    assert window.title() == "<img src=/dev/zero>"
    assert window.header.title_label.textFormat() == Qt.TextFormat.PlainText
    tick = QTimer()
    with qtbot.waitSignal(tick.timeout, timeout=5_000):  # the screen keeps turning
        tick.start(0)


def test_every_label_in_the_app_is_made_plain() -> None:
    """Only kiosk/ui/widgets/labels.py makes a QLabel; the one rich label (rendered Markdown) says so
    by name."""
    makers = []
    for path in sorted((Path(__file__).parent.parent / "kiosk" / "ui").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "QLabel(" in line and path.name != "labels.py" and "self.intro = QLabel()" not in line:
                makers.append(f"{path.name}:{number}: {line.strip()}")
    assert not makers
