"""The one application-wide event filter: a table from input event type to the handlers that want it.

Why on the application and not on the window: Qt hands a widget's input to that widget (a tap to the
button under the finger, a key to the focused control, a shortcut to its owner), and only an
application filter sees it on the way; a filter on the top-level widget sees only its own events,
and one on its QWindow misses what is delivered to widgets directly (QTest, synthesized events,
shortcuts, context menus). So this one filter stays, and it returns at once for any event type no
handler asked for: no other part of the kiosk installs an application filter.

Handlers run in the order of their ``priority`` (lower first); one that returns True takes the event
and the rest do not see it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

# Takes (the object the event is for, the event); True when it took the event.
InputHandler = Callable[[QObject, QEvent], bool]

GUARD, STAFF, ACTIVITY, NAVIGATION = 0, 10, 20, 30  # priorities: lock-down, corner taps, idle, keypad


class InputRouter(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: dict[QEvent.Type, list[tuple[int, int, InputHandler]]] = {}
        self._added = 0  # ties keep the order handlers were added in
        self._installed = False

    def add(self, kinds: Iterable[QEvent.Type], handler: InputHandler, priority: int) -> None:
        self._added += 1
        for kind in kinds:
            bisect.insort(self._table.setdefault(kind, []), (priority, self._added, handler), key=_order)

    def remove(self, handler: InputHandler) -> None:
        for kind, entries in list(self._table.items()):
            kept = [entry for entry in entries if entry[2] != handler]
            if kept:
                self._table[kind] = kept
            else:
                del self._table[kind]

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @contextmanager
    def set_aside(self) -> Iterator[None]:
        """Off the application while the window restyles itself (a look change): nothing delivers
        input in the middle of that synchronous work, and the hundreds of style, font and layout
        events it sends would each cross into Python here for nothing (a third of a tile screen's
        restyle)."""
        was_installed = self._installed
        self.uninstall()
        try:
            yield
        finally:
            if was_installed:
                self.install()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        entries = self._table.get(event.type())
        if entries is None:
            return False
        return any(handler(watched, event) for _, _, handler in entries)


def _order(entry: tuple[int, int, InputHandler]) -> tuple[int, int]:
    return entry[0], entry[1]
