"""scripts/flow_counts.py drives the real window through both counted visits to the end."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.ui.shell.app import KioskApplication
from scripts.flow_counts import nurse_compares_three_and_saves, patient_finds_prolia_in_spanish


def test_the_nurse_saves_a_three_medicine_handout(qapp: KioskApplication, tmp_path: Path) -> None:
    visit = nurse_compares_three_and_saves(tmp_path)  # asserts the comparison and the PDF itself
    assert visit.steps[-1] == "Save as PDF"
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")


def test_the_spanish_patient_reaches_prolia_by_name(qapp: KioskApplication, qtbot: QtBot) -> None:
    setup, find = patient_finds_prolia_in_spanish()  # asserts the Prolia card opened
    assert setup.window.visitor.text_percent == 200
    assert find.steps[-1] == "Prolia"
