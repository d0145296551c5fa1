"""The medicines this visitor picked to compare, shared by every screen that shows a Compare toggle."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from kiosk.core.comparison import Picks


class ComparePicks(QObject):
    """Qt face of :class:`Picks`: every change emits ``changed`` so toggles and counts stay true."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._picks = Picks()

    @property
    def ids(self) -> tuple[str, ...]:
        return self._picks.ids

    @property
    def full(self) -> bool:
        return self._picks.full

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._picks

    def __len__(self) -> int:
        return len(self._picks)

    def set_picked(self, page_id: str, picked: bool) -> bool:
        done = self._picks.add(page_id) if picked else self._picks.remove(page_id)
        self.changed.emit()  # also when refused, so a toggle that was tapped shows the truth again
        return done

    def move(self, page_id: str, step: int) -> None:
        if self._picks.move(page_id, step):
            self.changed.emit()

    def replace(self, page_ids: Iterable[str]) -> None:
        self._picks.replace(page_ids)
        self.changed.emit()

    def clear(self) -> None:
        if len(self._picks):
            self._picks.clear()
            self.changed.emit()
