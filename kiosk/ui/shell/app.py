"""The one QApplication subclass: identity and the bundled typeface."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from kiosk import APP_ID, APP_NAME, __version__
from kiosk.core.paths import resources_dir

log = logging.getLogger(__name__)
FONT_FAMILY = "Atkinson Hyperlegible"
APP_ICON = "app-icon.svg"  # in resources/; packaging/icons/ holds the sizes rendered from it


def load_bundled_fonts() -> str | None:
    """Register Atkinson Hyperlegible (SIL OFL, resources/fonts); None if it could not load."""
    family = None
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family is None:
        log.warning("bundled typeface not found; using the system sans-serif")
    return family


class KioskApplication(QApplication):
    def __init__(self, argv: Sequence[str]) -> None:
        super().__init__(list(argv))
        self.setApplicationName(APP_ID)
        self.setApplicationDisplayName(APP_NAME)
        self.setApplicationVersion(__version__)
        self.setOrganizationName(APP_ID)
        self.setDesktopFileName(APP_ID)  # ties windows to packaging/linux/bone-health-kiosk.desktop
        self.setWindowIcon(QIcon(str(resources_dir() / APP_ICON)))
        family = load_bundled_fonts()
        font = QFont(family or "sans-serif")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(font)
