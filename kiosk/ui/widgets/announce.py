"""Status messages for screen readers (WCAG 4.1.3): said without moving the visitor's focus."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(source: QWidget, message: str, urgent: bool = False) -> None:
    """Ask a running screen reader to say ``message``; costs nothing when none is running."""
    event = QAccessibleAnnouncementEvent(source, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)
