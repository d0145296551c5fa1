"""Everything a person could see on the kiosk window, as comparable lines of text."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QTextEdit,
    QWidget,
)

from kiosk.ui.shell.main_window import MainWindow


def _describe(widget: QWidget, window: MainWindow) -> str:
    origin = widget.mapTo(window, widget.rect().topLeft())
    parts = [
        type(widget).__name__,
        str(widget.property("role") or ""),
        widget.objectName(),
        f"@{origin.x()},{origin.y()} {widget.width()}x{widget.height()}",
        f"name={widget.accessibleName()!r}",
        "enabled" if widget.isEnabled() else "disabled",
        "focus" if window.focusWidget() is widget else "",
    ]
    if isinstance(widget, QLabel):
        parts.append(f"text={widget.text()!r}")
        pixmap = widget.pixmap()
        if not pixmap.isNull():
            parts.append(f"pixmap={pixmap.cacheKey() and pixmap.size().toTuple()}")
    if isinstance(widget, QAbstractButton):
        parts.append(f"text={widget.text()!r} down={widget.isDown()} checked={widget.isChecked()}")
    if isinstance(widget, QTextEdit):
        digest = hashlib.sha1(widget.toPlainText().encode()).hexdigest()[:12]
        parts.append(f"doc={digest} selection={widget.textCursor().hasSelection()}")
    if isinstance(widget, QAbstractScrollArea):
        bar = widget.verticalScrollBar()
        parts.append(f"scroll={bar.value()}/{bar.maximum()}")
    return " ".join(part for part in parts if part)


def visible_state(window: MainWindow) -> list[str]:
    """Each visible widget in the window, plus what floats over or beside it."""
    for _ in range(3):  # let pending layout passes finish, as the event loop would before painting
        QApplication.processEvents()
    lines = [
        f"title={window.windowTitle()!r} fullscreen={window.isFullScreen()}",
        f"page={window.current.page_id} history={len(window.history)}",
        f"text={window.visitor.text_percent} theme={window.visitor.theme} language={window.visitor.language}",
        f"style={hashlib.sha1(window.styleSheet().encode()).hexdigest()[:12]}",
        f"popup={QApplication.activePopupWidget()} modal={QApplication.activeModalWidget()}",
        f"idle warning={window.watcher.warning} overlay={window.overlay.isVisible()}",
    ]
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    lines.append(f"other windows={sorted(type(w).__name__ for w in others if not isinstance(w, MainWindow))}")
    lines.extend(
        sorted(
            _describe(widget, window) for widget in window.findChildren(QWidget) if widget.isVisibleTo(window)
        )
    )
    return lines
