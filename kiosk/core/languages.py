"""The languages the kiosk speaks: one table, read by the config, the interface, speech and the checker.

Adding a language means a row here, a ``content/<code>/`` library, a ``kiosk_<code>.ts`` translation and
its readability measure in ``readability.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # the content folder's name and the config's value: "es"
    own_name: str  # the switch shows it to readers of the other language, so it is never translated
    switch_description: str  # what the switch does, said in the language it switches to
    qt_locale: str  # the interface's QLocale (numbers, dates) and the translation's target language
    speech_locale: str  # the voice to ask the speech engine for
    textstat_lang: str  # textstat's dictionary for counting syllables
    invitation: str  # the attract screen says it in every language at once, so it is never translated


LANGUAGES = (
    Language("en", "English", "Show this screen in English", "en_US", "en_US", "en_US", "Touch to start"),
    Language("es", "Español", "Ver esta pantalla en español", "es_419", "es_419", "es", "Toque para empezar"),
)
CODES = tuple(language.code for language in LANGUAGES)
SOURCE_LANGUAGE = "en"  # the interface's source strings and the library every translation is checked against
_BY_CODE = {language.code: language for language in LANGUAGES}


def language_named(code: str) -> Language:
    """The row for ``code``; KeyError for a language the kiosk does not speak."""
    return _BY_CODE[code]
