"""Widgets for the compare screen's "What the main study found" row (pictures from icon_array)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.trial_compare import TrialCell
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.widgets.icon_array import IconArray
from kiosk.ui.widgets.labels import plain_label


def words_label(text: str, role: str = "compare-cell") -> QLabel:
    label = plain_label(text)  # content words: plain from the start
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def trial_cell_widget(cell: TrialCell, look: Appearance, title: str) -> QWidget:
    """One medicine's picture (with the medicine) and both sentences, or why there is no picture."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(look.sizes["spacing"] // 2)
    section = cell.section
    if section is None or section.words is None:
        column.addWidget(words_label(cell.note or (section.note if section else "")))
        return box
    said = section.words
    arms = (
        (section.without_people, said.without_caption, said.without_sentence),
        (section.with_people, said.with_caption, said.with_sentence),
    )
    for people, caption, sentence in arms:  # each study's own baseline, then the medicine
        column.addWidget(words_label(caption, "compare-medicine"))
        picture = IconArray(people, f"{caption}, {title}", sentence)
        picture.apply(look.colors, min(look.sizes["body"], 20))  # four columns of pictures must fit
        column.addWidget(picture)
        column.addWidget(words_label(sentence))
    column.addWidget(words_label(f"{section.study_line} {section.who_line}", "compare-note"))
    return box
