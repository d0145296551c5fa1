"""Every handout, read back from the PDF with poppler: nothing drawn over anything, nothing lost.

Each word's box (``pdftotext -bbox``) must stay inside the page margins, off every other word and
off the footer band; every caution of every medicine must be there; and no word is smaller than a
12 pt word in the handout's own typeface, measured the same way.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument

from kiosk.core.content import Page, load_library
from kiosk.core.handout import Handout, build_handout
from kiosk.ui.shell.app import FONT_FAMILY
from kiosk.ui.treatment.handout_pdf import BODY_PT, MARGIN_MM, save_pdf
from tests.conftest import SHIPPED_CONTENT

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")

CLINIC = "Elm Street Clinic"
MIN_PT = 12.0  # issue 12: nothing on a handout under 12 pt
MARGIN_PT = MARGIN_MM / 25.4 * 72
SLACK_PT = 0.75  # poppler's boxes use the font's ascent and descent: neighbouring lines may just touch


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Word) -> bool:
        return (
            min(self.x1, other.x1) - max(self.x0, other.x0) > SLACK_PT
            and min(self.y1, other.y1) - max(self.y0, other.y0) > SLACK_PT
        )


@dataclass(frozen=True)
class PdfPage:
    width: float
    height: float
    words: list[Word]


def read_words(pdf: Path) -> list[PdfPage]:
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True)
    root = ET.fromstring(xhtml.stdout)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        words = [
            Word(w.text or "", *(float(w.attrib[k]) for k in ("xMin", "yMin", "xMax", "yMax")))
            for w in page.iter("{http://www.w3.org/1999/xhtml}word")
        ]
        pages.append(PdfPage(float(page.attrib["width"]), float(page.attrib["height"]), words))
    return pages


def smallest_allowed_height(tmp_path: Path) -> float:
    """How tall poppler measures a 12 pt word of this typeface, regular or bold."""
    pdf = tmp_path / "reference.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setResolution(300)
    painter = QPainter(writer)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(f'<p style="font-family: {FONT_FAMILY}; font-size: {MIN_PT}pt">Regular <b>Bold</b></p>')
    painter.translate(QPointF(100, 100))
    document.drawContents(painter)
    painter.end()
    del writer
    return min(w.y1 - w.y0 for w in read_words(pdf)[0].words)


def footer_band_top(page: PdfPage, handout: Handout) -> float:
    """The footer's top: its first word (the clinic's, or the disclaimer's) low on the page."""
    firsts = {CLINIC.split()[0], handout.disclaimer.split()[0]}
    return min(w.y0 for w in page.words if w.text in firsts and w.y0 > page.height * 0.85)


def flat(text: str) -> str:
    return " ".join(text.split())


def check_handout(
    pages: list[Page], lang: str, folder: Path, smallest: float, body_pt: float = BODY_PT
) -> list[str]:
    """Every way the handout for ``pages`` breaks the layout's promises, or nothing."""
    handout = build_handout(pages, CLINIC, dt.date(2026, 12, 7), lang)
    pdf = folder / f"{'_'.join(p.id for p in pages)}-{lang}.pdf"
    count = save_pdf(handout, pdf, body_pt=body_pt)
    problems = []
    footer_words = set(flat(f"{CLINIC} {handout.disclaimer} {handout.page_label(count, count)}").split())
    for number, page in enumerate(read_words(pdf), start=1):
        where = f"{pdf.name} page {number}"
        band = footer_band_top(page, handout)
        if CLINIC not in " ".join(w.text for w in page.words if w.y0 >= band - SLACK_PT):
            problems.append(f"{where}: no clinic name in the footer")
        for word in page.words:
            if not (
                word.x0 >= MARGIN_PT - SLACK_PT
                and word.x1 <= page.width - MARGIN_PT + SLACK_PT
                and word.y0 >= MARGIN_PT - SLACK_PT
                and word.y1 <= page.height - MARGIN_PT + SLACK_PT
            ):
                problems.append(f"{where}: '{word.text}' outside the margins")
            if word.y0 < band - SLACK_PT < word.y1 - SLACK_PT:
                problems.append(f"{where}: '{word.text}' runs into the footer")
            if word.y0 >= band - SLACK_PT and word.text not in footer_words | {str(number), str(count)}:
                problems.append(f"{where}: '{word.text}' is drawn in the footer")
            if word.y1 - word.y0 < smallest - 0.05:
                problems.append(f"{where}: '{word.text}' is smaller than {MIN_PT} pt")
        ordered = sorted(page.words, key=lambda w: w.y0)
        for index, word in enumerate(ordered):
            for other in ordered[index + 1 :]:
                if other.y0 >= word.y1:
                    break
                if word.overlaps(other):
                    problems.append(f"{where}: '{word.text}' and '{other.text}' overlap")
    problems += missing_cautions(handout, pdf)
    return problems


def missing_cautions(handout: Handout, pdf: Path) -> list[str]:
    text = flat(
        subprocess.run(
            ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    for footer in (handout.disclaimer, CLINIC):
        text = text.replace(footer, " ")
    text = flat(re.sub(re.escape(handout.page_label(1, 1)).replace("1", r"\d+"), " ", text))
    return [
        f"{pdf.name}: caution missing: {line}"
        for medicine in handout.medicines
        for fact in medicine.details[1:2]  # side effects, then every caution
        for line in fact.lines
        if flat(line) not in text
    ]


def medication_cards(lang: str) -> list[Page]:
    library, _ = load_library(SHIPPED_CONTENT, lang)
    return [page for page in library.pages.values() if page.medication is not None]


def text_length(page: Page, lang: str) -> int:
    medicine = build_handout([page], CLINIC, dt.date(2026, 12, 7), lang).medicines[0]
    return sum(len(line) for fact in medicine.facts + medicine.details for line in fact.lines)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_one_medicine_handout_keeps_every_word_clear_of_the_rest(
    qapp: object, tmp_path: Path, lang: str
) -> None:
    smallest = smallest_allowed_height(tmp_path)
    problems = [p for card in medication_cards(lang) for p in check_handout([card], lang, tmp_path, smallest)]
    assert "\n".join(problems) == ""


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_four_longest_medicines_together_keep_every_word_clear_of_the_rest(
    qapp: object, tmp_path: Path, lang: str
) -> None:
    cards = sorted(medication_cards(lang), key=lambda page: text_length(page, lang), reverse=True)[:4]
    assert "\n".join(check_handout(cards, lang, tmp_path, smallest_allowed_height(tmp_path))) == ""


def test_large_print_is_the_same_layout_with_bigger_words(qapp: object, tmp_path: Path) -> None:
    cards = sorted(medication_cards("es"), key=lambda page: text_length(page, "es"), reverse=True)[:4]
    assert (
        "\n".join(check_handout(cards, "es", tmp_path, smallest_allowed_height(tmp_path), body_pt=18)) == ""
    )
