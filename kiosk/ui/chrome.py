"""The header (Back, Home, title, text size, language) and the footer (scroll buttons, the advice line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk.ui.appearance import Appearance
from kiosk.ui.i18n import LANGUAGE_NAMES, SWITCH_DESCRIPTIONS
from kiosk.ui.icons import icon


def tr(text: str) -> str:
    return QCoreApplication.translate("Chrome", text)


class IconButton(QPushButton):
    """A large labelled button with an optional icon in the theme's button colour."""

    def __init__(
        self, text: str, icon_name: str = "", accessible_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.icon_name = icon_name
        self.setAccessibleName(accessible_name or text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves no focus ring; Tab does

    def apply(self, look: Appearance) -> None:
        if self.icon_name:
            size = round(look.sizes["button"] * 1.2)
            self.setIcon(icon(self.icon_name, look.colors["accent_text"], size))
            self.setIconSize(QSize(size, size))


class HeaderBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.back_button = IconButton("", "back")
        self.home_button = IconButton("", "home")
        self.title_label = QLabel()
        self.title_label.setProperty("role", "header-title")
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.smaller_button = IconButton("A−")
        self.larger_button = IconButton("A+")
        self.language_button = IconButton("")  # names the other language, in that language
        self.offered_language: str | None = None
        self._grid = QGridLayout(self)
        self._grid.addWidget(self.back_button, 0, 0)
        self._grid.addWidget(self.home_button, 0, 1)
        self._grid.addWidget(self.smaller_button, 0, 3)
        self._grid.addWidget(self.larger_button, 0, 4)
        self._grid.setColumnStretch(2, 1)
        self._title_row = QHBoxLayout()  # at large text: the title, then the language switch
        self._title_row.setContentsMargins(0, 0, 0, 0)
        self._grid.addLayout(self._title_row, 1, 0, 1, 5)  # empty (no height) at small text
        self._title_below = False
        self._place_title(below=False)
        self.buttons = [
            self.back_button,
            self.home_button,
            self.smaller_button,
            self.larger_button,
            self.language_button,
        ]
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(tr("Back"))
        self.back_button.setAccessibleName(tr("Go back"))
        self.home_button.setText(tr("Home"))
        self.home_button.setAccessibleName(tr("Go to the home screen"))
        self.smaller_button.setAccessibleName(tr("Make the text smaller"))
        self.larger_button.setAccessibleName(tr("Make the text larger"))

    def offer_language(self, language: str | None) -> None:
        """Show the switch to ``language`` (its name in its own words), or hide it when there is none."""
        self.offered_language = language
        self.language_button.setVisible(language is not None)
        self._place_title(self._title_below)
        if language is not None:
            self.language_button.setText(LANGUAGE_NAMES[language])
            self.language_button.setAccessibleName(LANGUAGE_NAMES[language])
            self.language_button.setAccessibleDescription(SWITCH_DESCRIPTIONS[language])

    def _place_title(self, below: bool) -> None:
        """At large text the title gets a row of its own so it is never squeezed; the language switch
        moves down beside it, so the top row still fits 1024 px."""
        self._title_below = below
        for widget in (self.title_label, self.language_button):
            self._grid.removeWidget(widget)
            self._title_row.removeWidget(widget)
        if below and self.offered_language:
            self._title_row.addWidget(self.title_label, 1)
            self._title_row.addWidget(self.language_button)
        elif below:
            self._grid.addWidget(self.title_label, 1, 0, 1, 5)
        else:
            self._grid.addWidget(self.title_label, 0, 2)
            self._grid.addWidget(self.language_button, 0, 5)

    def apply(self, look: Appearance) -> None:
        margin = look.sizes["spacing"]
        self._grid.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._grid.setHorizontalSpacing(margin)
        self._title_row.setSpacing(margin)
        self._place_title(below=look.percent >= 150)
        for button in self.buttons:
            button.apply(look)
        self._keep_title_whole()

    def _keep_title_whole(self) -> None:
        """Never shorter than the wrapped title needs, whatever else on screen wants room."""
        needed = self._grid.totalHeightForWidth(self.width()) if self.width() > 0 else -1
        if needed > 0:
            self.setMinimumHeight(needed)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)
        self.title_label.setAccessibleName(title)
        self._keep_title_whole()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._keep_title_whole()


class FooterBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.up_button = IconButton("", "up")
        self.down_button = IconButton("", "down")
        self.disclaimer = QLabel()
        self.disclaimer.setProperty("role", "disclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.disclaimer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = self._row = QHBoxLayout(self)
        row.addWidget(self.up_button)
        row.addWidget(self.disclaimer, 1)
        row.addWidget(self.down_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.up_button.setText(tr("Up"))
        self.up_button.setAccessibleName(tr("Scroll up"))
        self.down_button.setText(tr("Down"))
        self.down_button.setAccessibleName(tr("Scroll down"))
        self.disclaimer.setText(
            tr("This is education, not medical advice. Ask your care team about your own health.")
        )

    def apply(self, look: Appearance) -> None:
        margin = look.sizes["spacing"]
        self._row.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.up_button.apply(look)
        self.down_button.apply(look)
