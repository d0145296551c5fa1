"""Translation helpers over Qt's tr(), and the interface language: Qt translators swapped live.

Every interface string goes through ``translate``/``translate_n`` (or a module's ``tr`` helper built on
them). The Spanish texts live in ``resources/translations/kiosk_es.ts``; ``kiosk_en.ts`` holds only the
English plural forms. ``make`` builds each into a ``.qm`` with pyside6-lrelease. A missing ``.qm`` is
logged and the interface stays in English: the kiosk still runs.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from kiosk.core.languages import SOURCE_LANGUAGE, language_named
from kiosk.core.paths import resources_dir

log = logging.getLogger(__name__)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def translate_n(context: str, text: str, n: int) -> str:
    """Plural-aware tr(): '%n second(s)'. With no translation loaded, English plurals still read right."""
    result = QCoreApplication.translate(context, text, None, n)
    if "(s)" in result:
        result = re.sub(r"\(s\)", "" if n == 1 else "s", result)
    return result.replace("%n", str(n))


def translations_dir() -> Path:
    return resources_dir() / "translations"


class InterfaceLanguage(QObject):
    """The language of the interface, one per application. ``changed`` fires after the switch, when
    ``translate`` already answers in the new language; Qt also sends every widget a LanguageChange."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []
        self._loaded: dict[str, list[QTranslator]] = {}

    def set_language(self, language: str) -> None:
        if language == self.language and self._installed:
            return
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = self._translators(language)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(language_named(language).qt_locale))
        changed = language != self.language
        self.language = language
        if changed:
            self.changed.emit(language)

    def _translators(self, language: str) -> list[QTranslator]:
        if language not in self._loaded:
            ours = self._load(translations_dir(), f"kiosk_{language}", required=True)
            qt = None  # Qt's own strings (standard buttons); the source language needs none
            if language != SOURCE_LANGUAGE:
                qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
                qt = self._load(qt_folder, f"qtbase_{language}", required=False)
            self._loaded[language] = [t for t in (qt, ours) if t is not None]
        return self._loaded[language]

    def _load(self, folder: Path, name: str, required: bool) -> QTranslator | None:
        translator = QTranslator(self)
        if translator.load(name, str(folder)):
            return translator
        if required:
            log.warning("no interface translation %s.qm in %s (run `make`); showing English", name, folder)
        return None


def interface_language() -> InterfaceLanguage:
    """The application's one InterfaceLanguage, made on first use as a child of the application."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("make the QApplication before any window")
    found = app.findChild(InterfaceLanguage)
    return found if isinstance(found, InterfaceLanguage) else InterfaceLanguage(app)
