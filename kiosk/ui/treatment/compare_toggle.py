"""The big "Add to compare" toggle shown under a medicine's tile and on its card."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk.core.comparison import MAX_PICKS
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import translate
from kiosk.ui.treatment.compare_picks import ComparePicks
from kiosk.ui.widgets.icons import icon


def tr(text: str) -> str:
    return translate("CompareToggle", text)


class CompareToggle(QPushButton):
    """Checked while the medicine is picked. When four are picked the others say so and wait."""

    def __init__(
        self, picks: ComparePicks, page_id: str, title: str, wide: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.picks = picks
        self.page_id = page_id
        self.title = title
        self._look: Appearance | None = None
        self.setCheckable(True)
        self.setProperty("role", "toggle")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        horizontal = QSizePolicy.Policy.Preferred if wide else QSizePolicy.Policy.Fixed
        self.setSizePolicy(horizontal, QSizePolicy.Policy.Fixed)
        # toggled, not clicked: a screen reader's Toggle action and setChecked change the picks too.
        self.toggled.connect(self._on_toggled)
        picks.changed.connect(self.refresh)
        self.refresh()

    def set_page(self, page_id: str, title: str) -> None:
        """Point the toggle at another medicine (the card bar has one toggle for every card)."""
        self.page_id, self.title = page_id, title
        self.refresh()

    def _on_toggled(self, checked: bool) -> None:
        """The picks are the truth: a change they refuse (a fifth pick) is undone by ``refresh``."""
        if checked != (self.page_id in self.picks):
            self.picks.set_picked(self.page_id, checked)

    def retranslate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        picked = self.page_id in self.picks
        self.setChecked(picked)
        self.setEnabled(picked or not self.picks.full)
        if picked:
            self.setText(tr("Added to compare"))
        elif self.picks.full:
            self.setText(tr("Compare is full ({n})").format(n=MAX_PICKS))
        else:
            self.setText(tr("Add to compare"))
        # The words on the button begin its name (WCAG 2.5.3: a voice user says what they see).
        self.setAccessibleName(f"{self.text()}: {self.title}")
        self.setAccessibleDescription(self.text())
        self._update_icon()

    def apply(self, look: Appearance) -> None:
        self._look = look
        self._update_icon()

    def _update_icon(self) -> None:
        if self._look is None:
            return
        picked = self.isChecked()
        color = self._look.colors["accent_text" if picked else "accent"]
        size = round(self._look.sizes["button"] * 1.2)
        self.setIcon(icon("check" if picked else "plus", color, size))
        self.setIconSize(QSize(size, size))
