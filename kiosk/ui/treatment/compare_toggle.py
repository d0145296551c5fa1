"""The compare toggles: a labelled one on a medicine's card bar, a small check box under each tile."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk.core.comparison import MAX_PICKS
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import translate
from kiosk.ui.treatment.compare_picks import ComparePicks
from kiosk.ui.widgets.icons import icon, pixmap

# The least a tile's toggle is tall, whatever its words: a touch target well over WCAG 2.5.8's 24 px
# and the 48 px this kiosk asks of every control (docs/accessibility.md).
TOUCH_HEIGHT = 68


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
        self._say(picked)
        self._update_icon()

    def _say(self, picked: bool) -> None:
        """The words on the button and its names for screen readers."""
        if picked:
            self.setText(tr("Added to compare"))
        elif self.picks.full:
            self.setText(tr("Compare is full ({n})").format(n=MAX_PICKS))
        else:
            self.setText(tr("Add to compare"))
        # The words on the button begin its name (WCAG 2.5.3: a voice user says what they see).
        self.setAccessibleName(f"{self.text()}: {self.title}")
        self.setAccessibleDescription(self.text())

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


class TileCompareToggle(CompareToggle):
    """Under a medicine's tile: a small check box and "Compare", quieter than the tile it belongs to,
    so that a list of medicines stays a list of medicines (issue 12). Only its look and words differ
    from the card's toggle: the same picks, the same ``toggled`` sync, however it is operated.

    The box is drawn about the size of the words; the button around it is at least
    ``TOUCH_HEIGHT`` tall and as wide as box and words with room either side, so a finger that
    lands near it still hits it."""

    def __init__(self, picks: ComparePicks, page_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(picks, page_id, title, wide=False, parent=parent)
        self.setProperty("role", "tile-toggle")  # kiosk.qss keeps it TOUCH_HEIGHT tall at least

    def _say(self, picked: bool) -> None:
        self.setText(tr("Compare"))
        if picked:
            self.setAccessibleName(tr("{name}: picked to compare").format(name=self.title))
        else:
            self.setAccessibleName(tr("Add {name} to compare").format(name=self.title))
        full = not picked and self.picks.full
        self.setAccessibleDescription(tr("Compare is full ({n})").format(n=MAX_PICKS) if full else "")
        self.setToolTip(self.accessibleDescription())

    def _update_icon(self) -> None:
        if self._look is None:
            return
        colors = self._look.colors
        size = round(self._look.sizes["tile_summary"] * 1.3)
        self.setIcon(
            check_box_icon(
                self.isChecked(), colors["accent"], colors["accent_text"], colors["disabled_text"], size
            )
        )
        self.setIconSize(QSize(size, size))


@lru_cache(maxsize=32)
def check_box_icon(checked: bool, color: str, mark_color: str, disabled_color: str, size: int) -> QIcon:
    """One icon per look and state, kept: Qt caches what it draws of an icon under that icon's own
    key, so a new one at every refresh (each tap, each text-size step) piled copies up in memory."""
    drawn = QIcon(check_box(checked, color, mark_color, size))
    drawn.addPixmap(check_box(False, disabled_color, "", size), QIcon.Mode.Disabled)
    return drawn


def check_box(checked: bool, color: str, mark_color: str, size: int) -> QPixmap:
    """A rounded square: an outline, or filled with a check mark in it (more than a colour change)."""
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = max(2.0, size / 12)
    box = QRectF(line / 2, line / 2, size - line, size - line)
    painter.setPen(QPen(QColor(color), line))
    painter.setBrush(QColor(color) if checked else Qt.GlobalColor.transparent)
    painter.drawRoundedRect(box, size / 6, size / 6)
    if checked:
        inset = round(size * 0.12)
        painter.drawPixmap(inset, inset, pixmap("check", mark_color, size - 2 * inset))
    painter.end()
    return image
