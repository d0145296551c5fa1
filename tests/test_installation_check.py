"""self-test's installation check: what a frozen build that lost a part would report."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.ui.shell import installation
from kiosk.ui.shell.app import KioskApplication
from kiosk.ui.shell.installation import check_installation


def parts_by_name(qapp: KioskApplication) -> dict[str, installation.Part]:
    return {part.name: part for part in check_installation()}


def test_everything_is_found_in_a_working_installation(qapp: KioskApplication) -> None:
    missing = [str(part) for part in check_installation() if not part.found]
    assert missing == []


def test_speech_lists_the_engines_found(qapp: KioskApplication) -> None:
    assert "mock" in parts_by_name(qapp)["speech"].detail


@pytest.mark.parametrize("lost", ["themes/kiosk.qss", "themes/high-contrast.toml", "app-icon.svg"])
def test_a_lost_resource_is_named(
    qapp: KioskApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lost: str
) -> None:
    for name in installation.REQUIRED_RESOURCES:
        if name != lost:
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text("x")
    monkeypatch.setattr(installation, "resources_dir", lambda: tmp_path)
    part = parts_by_name(qapp)["resources"]
    assert not part.found
    assert part.detail == f"missing {lost} in {tmp_path}"


def test_a_missing_interface_translation_is_reported(
    qapp: KioskApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(installation, "translations_dir", lambda: tmp_path)
    part = parts_by_name(qapp)["interface translation (es)"]
    assert not part.found and f"kiosk_es.qm in {tmp_path}" == part.detail


def test_a_missing_qt_translation_is_reported(
    qapp: KioskApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(installation, "LANGUAGES", ("en", "xx"))
    part = parts_by_name(qapp)["Qt translation (xx)"]
    assert not part.found and "qtbase_xx" in part.detail


def test_a_part_prints_as_one_readable_line() -> None:
    assert str(installation.Part("speech", False, "no speech engine")) == "MISSING  speech: no speech engine"
