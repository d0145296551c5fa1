"""The quick soak: hundreds of page turns, text-size changes and idle resets leave nothing behind."""

from __future__ import annotations

import pytest

from bench.soak import MAX_OBJECT_GROWTH, MAX_RSS_GROWTH_MB, QUICK_CYCLES, QUICK_SIZE_EVERY, run_soak
from kiosk.ui.shell.app import KioskApplication


@pytest.mark.no_qt_log  # pytest-qt would keep every Qt message of the run as an object: growth
def test_widgets_objects_and_memory_stay_flat(qapp: KioskApplication) -> None:
    report = run_soak(QUICK_CYCLES, size_every=QUICK_SIZE_EVERY, samples=3)
    assert (report.page_turns, report.text_size_changes, report.idle_resets) == (300, 30, 12)
    assert [s.widgets for s in report.samples] == [report.baseline.widgets] * len(report.samples)
    assert report.object_growth <= MAX_OBJECT_GROWTH, report.samples
    assert report.rss_growth_mb < MAX_RSS_GROWTH_MB, report.samples
