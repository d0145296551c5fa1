"""What the app needs from its installation, checked by ``kiosk self-test``.

A frozen build that lost a resource, a Qt plugin or a translation fails here, in CI and in the clinic's
set-up check, instead of quietly showing a patient a page without its pictures or a silent Listen button.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QFontDatabase, QImageReader

from kiosk.core.config import LANGUAGES, THEMES
from kiosk.core.languages import SOURCE_LANGUAGE
from kiosk.core.paths import resources_dir
from kiosk.ui.shell.app import APP_ICON, FONT_FAMILY
from kiosk.ui.shell.i18n import translations_dir

REQUIRED_RESOURCES = (
    "themes/kiosk.qss",
    *(f"themes/{theme}.toml" for theme in THEMES),
    "icons/info.svg",
    APP_ICON,
)


@dataclass(frozen=True)
class Part:
    """One thing the app needs: what it is, whether it was found, and what was seen."""

    name: str
    found: bool
    detail: str

    def __str__(self) -> str:
        return f"{'ok' if self.found else 'MISSING'}  {self.name}: {self.detail}"


def check_installation() -> list[Part]:
    """Every part, found or not. Needs the running KioskApplication (fonts are registered by it)."""
    parts = [_resources(), _typeface(), _svg_images(), _speech(), _printing()]
    return [*parts, *_interface_translations(), *_qt_translations()]


def _resources() -> Part:
    root = resources_dir()
    missing = [name for name in REQUIRED_RESOURCES if not (root / name).is_file()]
    detail = f"missing {', '.join(missing)} in {root}" if missing else str(root)
    return Part("resources", not missing, detail)


def _typeface() -> Part:
    found = FONT_FAMILY in QFontDatabase.families()
    return Part("typeface", found, FONT_FAMILY if found else f"{FONT_FAMILY} did not load")


def _svg_images() -> Part:
    found = b"svg" in [bytes(name.data()) for name in QImageReader.supportedImageFormats()]
    return Part("SVG images", found, "Qt's svg image format plugin" + ("" if found else " not found"))


def _speech() -> Part:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:  # a missing system library (libpulse) stops Qt's speech module loading
        return Part("speech", False, f"Qt's speech module does not load: {error}")
    engines = QTextToSpeech.availableEngines()
    return Part("speech", bool(engines), f"engines {', '.join(engines)}" if engines else "no speech engine")


def _printing() -> Part:
    try:
        from PySide6 import QtPrintSupport  # noqa: F401  (loading it is the check)
    except ImportError as error:
        return Part("printing", False, f"Qt's print module does not load: {error}")
    return Part("printing", True, "Qt's print module")


def _interface_translations() -> list[Part]:
    """Our compiled .qm for every language (English's carries its plural forms)."""
    folder = translations_dir()
    parts = []
    for lang in LANGUAGES:
        found = QTranslator().load(f"kiosk_{lang}", str(folder))
        parts.append(Part(f"interface translation ({lang})", found, f"kiosk_{lang}.qm in {folder}"))
    return parts


def _qt_translations() -> list[Part]:
    """Qt's own strings (dialog buttons) for every interface language but English, Qt's own."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    parts = []
    for lang in LANGUAGES:
        if lang == SOURCE_LANGUAGE:
            continue
        found = QTranslator().load(f"qtbase_{lang}", folder)
        parts.append(Part(f"Qt translation ({lang})", found, f"qtbase_{lang} in {folder}"))
    return parts
