"""The window's stack of screens, sized by the screen on show.

A QStackedWidget asks for the largest size of all its screens, the hidden ones too, each as it was
when last laid out. A screen last shown at another window or text size (the A-Z letters pinned
at 1080x1920) then holds the window's minimum up from behind the one on show: a banner gets squeezed,
or the window grows past the screen's edge and never shrinks back. Here only the screen on show
counts; every other one is laid out anew when it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget


class ScreenStack(QStackedWidget):
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        current = self.currentWidget()
        return current.sizeHint() if current is not None else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else QSize(0, 0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        # Every screen scrolls: the stack takes the height the header, banners and footer leave.
        return False
