"""Handouts are readable on paper: nothing under 12 pt, and a large-print setting for 16 pt words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from kiosk.core.config import Config
from kiosk.core.content import load_library
from kiosk.core.handout import build_handout
from kiosk.ui.treatment import handout_pdf
from kiosk.ui.treatment.handout_pdf import HandoutPainter, body_size, save_pdf
from tests.conftest import SHIPPED_CONTENT


def point_sizes(document: QTextDocument) -> list[float]:
    sizes = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.text().strip():
                sizes.append(fragment.charFormat().font().pointSizeF())
            fragments += 1
        block = block.next()
    return sizes


def sizes_on_handout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large_print: bool) -> list[float]:
    """Every text size on a three-medicine handout, as the painter lays it out."""
    seen: list[QTextDocument] = []
    made = HandoutPainter._document

    def recording(self: HandoutPainter, body: str, width: float) -> QTextDocument:
        document = made(self, body, width)
        seen.append(document)
        return document

    monkeypatch.setattr(handout_pdf.HandoutPainter, "_document", recording)
    library, _ = load_library(SHIPPED_CONTENT, "en")
    pages = [library.get(name) for name in ("alendronate", "denosumab", "teriparatide")]
    handout = build_handout([p for p in pages if p is not None], "Bone Clinic", dt.date(2026, 12, 7), "en")
    save_pdf(handout, tmp_path / "handout.pdf", "letter", body_size(large_print))
    return [size for document in seen for size in point_sizes(document)]


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("large_print", [False, True])
def test_no_words_on_a_handout_are_under_12_pt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large_print: bool
) -> None:
    sizes = sizes_on_handout(tmp_path, monkeypatch, large_print)
    assert sizes and min(sizes) >= 12


@pytest.mark.usefixtures("qapp")
def test_the_large_print_handout_has_16_pt_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = sizes_on_handout(tmp_path, monkeypatch, large_print=True)
    body = max(set(sizes), key=sizes.count)  # the size most words are in
    assert body >= 16


def test_large_print_is_a_setting_and_off_by_default() -> None:
    assert Config()["print.large_print"] is False
    assert Config().with_values(print__large_print=True)["print.large_print"] is True
