"""Shared fixtures: headless Qt, the real app class, injectable timers, small libraries on disk."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from kiosk.core.config import Config
from kiosk.core.page_html import render_page
from kiosk.core.pin import hash_pin
from kiosk.ui.accessibility.feature import Accessibility
from kiosk.ui.shell import compose
from kiosk.ui.shell.app import KioskApplication
from kiosk.ui.shell.i18n import interface_language
from kiosk.ui.shell.idle import ManualTimer
from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.treatment.feature import TreatmentOptions
from kiosk.ui.unattended.feature import Unattended
from tests.ui_helpers import BUILT

REPO = Path(__file__).resolve().parent.parent
SHIPPED_CONTENT = REPO / "content"


@pytest.fixture(scope="session")
def qapp_cls() -> type[KioskApplication]:
    return KioskApplication


class FakeTimer(ManualTimer):
    """Stands in for QTimer: nothing fires until a test calls fire(), and a stopped timer cannot."""

    def fire(self) -> None:
        assert self.isActive(), "a stopped timer cannot fire"
        super().fire()


BuiltKioskFactory = Callable[..., compose.Kiosk]
WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def build_kiosk(qapp: KioskApplication, qtbot: QtBot, clock: FakeClock) -> Iterator[BuiltKioskFactory]:
    """Builds the kiosk as compose.py does for `kiosk run`, with fake timers and clock, shown at
    1024x768. ``unattended`` adds the unattended kit."""
    built: list[compose.Kiosk] = []

    def build(
        content: Path = SHIPPED_CONTENT,
        start_from: Path | None = None,
        unattended: compose.UnattendedSetup | None = None,
        **overrides: object,
    ) -> compose.Kiosk:
        # Qt's "mock" speech engine reports every word it "speaks", silently and at once.
        config = Config().with_values(**{"idle__in_window": True, "speech__engine": "mock", **overrides})
        kiosk = compose.build_kiosk(
            config, content, start_from=start_from, timers=FakeTimer, clock=clock, unattended=unattended
        )
        built.append(kiosk)
        BUILT[kiosk.window] = kiosk
        qtbot.addWidget(kiosk.window)
        kiosk.window.resize(1024, 768)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        return kiosk

    yield build
    interface_language().set_language("en")  # the next test starts in English, like a new visitor
    for kiosk in built:
        kiosk.detach()
        BUILT.pop(kiosk.window, None)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    render_page.cache_clear()


@pytest.fixture
def make_window(build_kiosk: BuiltKioskFactory) -> WindowFactory:
    """Builds the real kiosk on a content folder, with fake idle timers; the window, shown at 1024x768."""

    def build(
        content: Path = SHIPPED_CONTENT, start_from: Path | None = None, **overrides: object
    ) -> MainWindow:
        return build_kiosk(content, start_from, **overrides).window

    return build


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


class FakeClock:
    """Stands in for time.monotonic: time moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


STAFF_PIN = "470381"
STAFF_PIN_HASH = hash_pin(STAFF_PIN, n=2**10)  # a real scrypt hash, cheap enough for tests


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@dataclass
class Kiosk:
    window: MainWindow
    kit: Unattended
    exits: list[int]  # exit codes the app was asked to quit with
    treatment: TreatmentOptions
    accessibility: Accessibility


KioskFactory = Callable[..., Kiosk]


@pytest.fixture
def make_kiosk(build_kiosk: BuiltKioskFactory, tmp_path: Path) -> KioskFactory:
    """The kiosk with everything for unattended running attached: fake timers and clock, the data
    folder in tmp_path. ``mode="kiosk"`` adds the staff PIN pad (STAFF_PIN)."""

    def build(content: Path = SHIPPED_CONTENT, background_checks: bool = False, **overrides: object) -> Kiosk:
        exits: list[int] = []
        setup = compose.UnattendedSetup(
            tmp_path / "data", STAFF_PIN_HASH, background_checks=background_checks, quit_app=exits.append
        )
        built = build_kiosk(content, unattended=setup, **overrides)
        assert built.unattended is not None
        return Kiosk(built.window, built.unattended, exits, built.treatment, built.accessibility)

    return build


TOPIC = """\
---
id: {id}
title: {title}
kind: topic
summary: A short line about {title}.
order: {order}
sources:
  - title: NIH bone basics
    url: https://www.bones.nih.gov/health-info/bone
reviewed: {reviewed}
---
{body}
"""

MEDICATION = """\
---
id: {id}
title: {title}
kind: medication
summary: A pill that slows bone loss.
order: {order}
generic_name: {id}
brand_names: [Brandone]
drug_class: bisphosphonate
action: slows-loss
for: [after-menopause, men]
forms:
  - label: Tablet
    brands: [Brandone]
    route: pill
    how_often: [weekly]
    where_given: home
    how_to_take: [Take it with a full glass of water.]
treatment_length: Often 5 years.
main_benefit: It lowers the chance of a broken hip.
common_side_effects: [upset stomach]
cautions: [Tell your dentist you take it.]
info_url: https://medlineplus.gov/druginfo/meds/a601011.html
clinical_review:
  status: done
  role: clinical pharmacist
  checked_against: FDA label
  date: {reviewed}
sources:
  - title: FDA label
    url: https://www.accessdata.fda.gov/label.pdf
  - title: NIH
    url: https://www.bones.nih.gov/
reviewed: {reviewed}
---
{body}
"""


class LibraryBuilder:
    """Writes small libraries into a temporary folder, one file at a time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "en").mkdir(parents=True, exist_ok=True)

    def write(self, name: str, text: str | bytes, lang: str = "en") -> Path:
        path = self.root / lang / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def topic(
        self,
        page_id: str,
        body: str = "Bones are alive. They change all the time.",
        title: str | None = None,
        order: int = 1,
        reviewed: str | None = None,
        lang: str = "en",
    ) -> Path:
        text = TOPIC.format(
            id=page_id,
            title=title or page_id.replace("-", " ").title(),
            order=order,
            body=textwrap.dedent(body),
            reviewed=reviewed or dt.date.today().isoformat(),
        )
        return self.write(f"{page_id}.md", text, lang)

    def medication(
        self,
        page_id: str,
        body: str = "This pill helps your bones. Take it each week.",
        order: int = 1,
        lang: str = "en",
    ) -> Path:
        text = MEDICATION.format(
            id=page_id,
            title=page_id.title(),
            order=order,
            body=textwrap.dedent(body),
            reviewed=dt.date.today().isoformat(),
        )
        return self.write(f"{page_id}.md", text, lang)


@pytest.fixture
def library(tmp_path: Path) -> LibraryBuilder:
    return LibraryBuilder(tmp_path / "content")
