"""`kiosk handout` writes a PDF that names each medicine and whose QR codes open https:// pages."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtGui import QImage

from kiosk.core.content import load_library
from tests.conftest import SHIPPED_CONTENT
from tests.test_cli import kiosk

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")), reason="poppler-utils is not installed"
)


def decode_qr_codes(pdf: Path, tmp_path: Path) -> list[str]:
    """Render every page to PNG with pdftoppm and read every QR code on it."""
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(pdf), str(tmp_path / "page")], check=True)
    found = []
    for png in sorted(tmp_path.glob("page*.png")):
        image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
        width, height, stride = image.width(), image.height(), image.bytesPerLine()
        pixels = memoryview(bytes(image.constBits())[: stride * height]).cast("B", (height, stride))
        found += [
            code.text
            for code in zxingcpp.read_barcodes(pixels)
            if code.format == zxingcpp.BarcodeFormat.QRCode
        ]
        assert width <= stride
    return found


@needs_poppler
def test_the_handout_names_every_medicine_and_each_code_opens_its_page(tmp_path: Path) -> None:
    ids = ["alendronate", "denosumab", "romosozumab"]
    out = tmp_path / "handout.pdf"
    config = tmp_path / "kiosk.toml"
    config.write_text('clinic_name = "Elm Street Clinic"\n')
    result = kiosk("handout", *ids, "--out", str(out), "--config", str(config))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    library, _ = load_library(SHIPPED_CONTENT, "en")
    pages = [library.pages[i] for i in ids]
    for page in pages:
        assert page.title in text
    assert "Elm Street Clinic" in text and "education, not medical advice" in text and "Notes" in text
    codes = decode_qr_codes(out, tmp_path)
    assert sorted(codes) == sorted(p.medication.info_url for p in pages)  # type: ignore[union-attr]
    assert all(code.startswith("https://") for code in codes)


@needs_poppler
def test_a_one_medicine_handout_has_its_facts_on_one_page_and_the_study_picture_on_the_next(
    tmp_path: Path,
) -> None:
    out = tmp_path / "one.pdf"
    result = kiosk("handout", "raloxifene", "--out", str(out))
    assert result.returncode == 0 and "(2 pages)" in result.stdout
    assert len(decode_qr_codes(out, tmp_path)) == 1


@needs_poppler
def test_a_medicine_with_four_forms_prints_every_form_on_two_pages_at_most(tmp_path: Path) -> None:
    """Alendronate's tablet, tablet with vitamin D, fizzy tablet and liquid each keep their own steps;
    the study's pictures may take one more page."""
    out = tmp_path / "alendronate.pdf"
    result = kiosk("handout", "alendronate", "--out", str(out))
    assert result.returncode == 0 and any(f"({n} page" in result.stdout for n in (1, 2, 3))


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (["what-is-osteoporosis"], "no medication card 'what-is-osteoporosis'"),
        (["nope"], "no medication card"),
    ],
)
def test_only_medication_cards_make_a_handout(tmp_path: Path, ids: list[str], message: str) -> None:
    result = kiosk("handout", *ids, "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and message in result.stderr
    assert not (tmp_path / "x.pdf").exists()
