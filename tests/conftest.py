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
from kiosk.ui.app import KioskApplication
from kiosk.ui.i18n import interface_language
from kiosk.ui.idle import IdleWatcher, ManualTimer
from kiosk.ui.library_store import LibraryStore
from kiosk.ui.main_window import MainWindow
from kiosk.ui.unattended import Unattended
from kiosk.ui.visitor import VisitorSettings

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


def make_watcher(config: Config) -> IdleWatcher:
    watcher = IdleWatcher(config["idle.seconds"], config["idle.warning_seconds"], FakeTimer)
    watcher.set_enabled(config.idle_reset_enabled)
    return watcher


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qapp: KioskApplication, qtbot: QtBot) -> Iterator[WindowFactory]:
    """Builds the real main window on a content folder, with fake idle timers, shown at 1024x768."""
    watchers: list[IdleWatcher] = []

    def build(
        content: Path = SHIPPED_CONTENT, start_from: Path | None = None, **overrides: object
    ) -> MainWindow:
        # Qt's "mock" speech engine reports every word it "speaks", silently and at once.
        config = Config().with_values(**{"idle__in_window": True, "speech__engine": "mock", **overrides})
        watcher = make_watcher(config)
        qapp.installEventFilter(watcher)
        watchers.append(watcher)
        store = LibraryStore(content, start_from=start_from)
        window = MainWindow(config, store, watcher, VisitorSettings(config))
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build
    interface_language().set_language("en")  # the next test starts in English, like a new visitor
    for watcher in watchers:
        qapp.removeEventFilter(watcher)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    render_page.cache_clear()


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


KioskFactory = Callable[..., Kiosk]


@pytest.fixture
def make_kiosk(make_window: WindowFactory, tmp_path: Path, clock: FakeClock) -> Iterator[KioskFactory]:
    """The main window with everything for unattended running attached: fake timers and clock,
    the data folder in tmp_path. ``mode="kiosk"`` adds the staff PIN pad (PIN 470381)."""
    kits: list[Unattended] = []

    def build(content: Path = SHIPPED_CONTENT, background_checks: bool = False, **overrides: object) -> Kiosk:
        window = make_window(content, **overrides)
        exits: list[int] = []
        kit = Unattended(
            window,
            window.config,
            tmp_path / "data",
            STAFF_PIN_HASH,
            timer_factory=FakeTimer,
            clock=clock,
            quit_app=exits.append,
            background_checks=background_checks,
        )
        kits.append(kit)
        return Kiosk(window, kit, exits)

    yield build
    for kit in kits:
        kit.detach()


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
