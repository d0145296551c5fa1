"""Libraries loaded on first use, one per language, and replaced safely while the kiosk runs.

A change on disk never reaches the screen directly. ``prepare_update`` loads and checks every
language afresh; only a library that loads with no problem the one in use did not already have (and
still has a topic to show) is kept as *pending*, and the window swaps it in when nobody is mid-page.
A half-copied update, a file deleted mid-read or a content folder that vanished fails that check, so
the last good library stays on screen: its text is in memory, not read from disk again.

The check is split so the slow half may run off the UI thread: ``read_candidate`` loads and checks
(no Qt, nothing shared written), ``judge`` decides on the UI thread. ``load`` and ``check_pages`` are
the seams for the core's worker-process loader and renderer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.core.content import Library
from kiosk.core.problems import Problem
from kiosk.ui.shell.safe_library import Loader, PageCheck, check_rendering, load_resiliently

log = logging.getLogger(__name__)


@dataclass
class UpdateResult:
    ready: bool  # a new library is pending
    unchanged: bool = False
    problems: list[Problem] = field(default_factory=list)  # why it was refused
    pages: int = 0


def _error_keys(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.path, p.message) for p in problems if p.is_error}


@dataclass
class Candidate:
    """A library read and checked from disk (off the UI thread), not yet judged against the one in use."""

    version: str
    refusal: str | None = None
    libraries: dict[str, Library] = field(default_factory=dict)
    errors: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # new errors: the reasons to refuse it


@dataclass(frozen=True)
class InUse:
    """What the check compares against, copied on the UI thread before a background check starts."""

    libraries: dict[str, Library]
    known_errors: dict[str, set[tuple[str, str]]]


class LibraryStore(QObject):
    swapped = Signal()  # a new library is in use

    def __init__(self, root: Path, parent: QObject | None = None, start_from: Path | None = None) -> None:
        super().__init__(parent)
        self.root = root  # the content folder, where updates come from
        self.start_from = start_from or root  # the first load: the last good copy, after a crash
        self.load: Loader = load_resiliently
        self.check_pages: PageCheck = check_rendering  # the seam for a worker-process check
        # The version of the content folder and why it may not be used (quarantined) or None; this
        # runs with the check, off the UI thread. See last_good.py.
        self.judge_version: Callable[[Path], tuple[str, str | None]] = lambda root: ("", None)
        self.checked_version = ""  # the version the last update check read
        self.version_in_use = ""  # the version of the last update swapped in
        self._libraries: dict[str, Library] = {}
        self._known_errors: dict[str, set[tuple[str, str]]] = {}
        self._pending: Candidate | None = None

    def get(self, lang: str) -> Library:
        library = self._libraries.get(lang)
        if library is None:
            library, problems = self.load(self.start_from, lang)
            for problem in problems:
                log.warning("%s", problem)
            log.info("loaded %d pages from %s", len(library.pages), library.folder)
            self._libraries[lang] = library
            self._known_errors[lang] = _error_keys(problems)
        return library

    @property
    def languages(self) -> list[str]:
        return sorted(self._libraries)

    @property
    def has_pending(self) -> bool:
        return self._pending is not None

    def in_use(self) -> InUse:
        return InUse(dict(self._libraries), {lang: set(keys) for lang, keys in self._known_errors.items()})

    def read_candidate(self, in_use: InUse) -> Candidate:
        """Load and check every language in use afresh. Touches no Qt object and nothing in ``self``
        but its settings, so it may run on a worker thread while the screen stays usable."""
        version, refusal = self.judge_version(self.root)
        candidate = Candidate(version, refusal)
        if refusal is not None:
            candidate.problems.append(Problem.error(self.root, 1, refusal))
            return candidate
        for lang, current in sorted(in_use.libraries.items()):
            try:
                library, problems = self.load(self.root, lang)
                problems += self.check_pages(library)
                # Problems the library in use already had (a page left broken) do not block it.
                known = in_use.known_errors.get(lang, set()) | _error_keys(self.check_pages(current))
            except Exception as error:  # noqa: BLE001 (any failure means: keep the last good library)
                candidate.problems.append(Problem.error(self.root / lang, 1, f"could not load ({error!r})"))
                continue
            candidate.problems += [p for p in problems if p.is_error and (p.path, p.message) not in known]
            if not library.topics:
                candidate.problems.append(Problem.error(library.folder, 1, "no topic pages to show"))
            candidate.libraries[lang] = library
            candidate.errors[lang] = _error_keys(problems)
        return candidate

    def judge(self, candidate: Candidate) -> UpdateResult:
        """On the UI thread: keep the candidate as pending only if nothing new is wrong with it."""
        self.checked_version = candidate.version
        self._pending = None
        if candidate.problems:
            return UpdateResult(False, problems=candidate.problems)
        libraries = candidate.libraries
        if all(
            lang in self._libraries and libraries[lang].pages == self._libraries[lang].pages
            for lang in libraries
        ):
            return UpdateResult(False, unchanged=True)
        self._pending = candidate
        return UpdateResult(True, pages=sum(len(lib.pages) for lib in libraries.values()))

    def prepare_update(self) -> UpdateResult:
        """Load every language in use afresh, here and now; keep it as pending if nothing new is wrong."""
        return self.judge(self.read_candidate(self.in_use()))

    def apply_pending(self) -> bool:
        if self._pending is None:
            return False
        self._libraries.update(self._pending.libraries)
        self._known_errors.update(self._pending.errors)
        self.version_in_use = self._pending.version
        self._pending = None
        log.info("content update in use: %d pages", sum(len(lib.pages) for lib in self._libraries.values()))
        self.swapped.emit()
        return True
