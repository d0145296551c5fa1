"""Labels that show their text as written.

A QLabel guesses rich text from the string, so a page titled ``<img src=/dev/zero>`` would make it
read that file. Every label the app makes comes from here, plain from the start; the one label that
shows rendered Markdown (a section's introduction) asks for rich text on purpose.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # before any text: no guessing, no loading
    label.setText(text)
    return label
