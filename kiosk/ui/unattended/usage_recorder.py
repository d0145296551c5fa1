"""Feeds the anonymous usage counts from what the window does: pages seen, time on them, settings.

Only page ids and fixed choices go in (``kiosk.core.usage`` refuses anything else); a card opened
at one of its forms ("alendronate#form-3", from the A-Z list) counts as the card. The settings a
visitor ended with are counted once per visit, when the visit ends, and only if a page was opened.
The store holds a visit's counts in memory; they are written, all at once, when the visit ends.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.core.routes import HOME, split_anchor
from kiosk.core.usage import UsageSink, time_bucket
from kiosk.ui.shell.host import Host


def counted(page_id: str) -> str:
    """What a page is counted as: its id without the place on it ("alendronate#form-3"); a screen of
    several medicines ("compare:alendronate,denosumab") as its kind alone ("compare"), so no count
    keeps which medicines one visitor put side by side."""
    page = split_anchor(page_id)[0]
    return page.partition(":")[0] if "," in page else page


class UsageRecorder(QObject):
    def __init__(
        self,
        host: Host,
        usage: UsageSink,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.usage = usage
        self.clock = clock
        self._page: str | None = None
        self._since = 0.0
        self._pages_this_visit = 0
        host.page_shown.connect(self._on_page_shown)
        host.visitor_reset.connect(self._on_visit_over)

    def _on_page_shown(self, shown: str) -> None:
        self._end_page()
        page_id = counted(shown)
        if page_id == HOME:
            return
        self.usage.record("page_view", page_id)
        self._pages_this_visit += 1
        self._page, self._since = page_id, self.clock()

    def on_read_aloud(self) -> None:
        """A reading of the screen began (compose.py connects read-aloud here)."""
        self.usage.record("read_aloud", counted(self.host.current_page_id))

    def _end_page(self, idle_seconds: float = 0) -> None:
        if self._page is not None:
            seconds = max(0.0, self.clock() - self._since - idle_seconds)
            self.usage.record("time_on_page", f"{self._page}/{time_bucket(seconds)}")
            self._page = None

    def _on_visit_over(self) -> None:
        """Idle reset: the visitor left a while ago, so the wait is not counted as reading time."""
        watcher = self.host.watcher
        self._end_page(idle_seconds=watcher.idle_seconds * watcher.time_multiplier + watcher.warning_seconds)
        if self._pages_this_visit:
            visitor = self.host.visitor
            self.usage.record("visit")
            self.usage.record("text_size", str(visitor.text_percent))
            self.usage.record("language", visitor.language)
            self.usage.record("theme", visitor.theme)
        self._pages_this_visit = 0
        self.usage.flush()  # the visit's counts join the day's totals in one go
