"""Libraries loaded on first use, one per language, with their problems logged once."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.core.content import Library, load_library

log = logging.getLogger(__name__)


class LibraryStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._libraries: dict[str, Library] = {}

    def get(self, lang: str) -> Library:
        library = self._libraries.get(lang)
        if library is None:
            library, problems = load_library(self.root, lang)
            for problem in problems:
                log.warning("%s", problem)
            log.info("loaded %d pages (%s) from %s", len(library.pages), lang, self.root)
            self._libraries[lang] = library
        return library
