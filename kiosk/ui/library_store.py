"""Libraries loaded on first use, one per language, and replaced safely while the kiosk runs.

A change on disk never reaches the screen directly. ``prepare_update`` loads and checks every
language afresh; only a library that loads with no problem the one in use did not already have (and
still has a topic to show) is kept as *pending*, and the window swaps it in when nobody is mid-page.
A half-copied update, a file deleted mid-read or a content folder that vanished fails that check, so
the last good library stays on screen: its text is in memory, not read from disk again.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from kiosk.core.content import Library, load_library
from kiosk.core.page_html import render_page
from kiosk.core.problems import Problem
from kiosk.ui.idle import TimerFactory, default_timer

log = logging.getLogger(__name__)
DEBOUNCE_MS = 2_000  # a copy writes many files; wait until the folder has been quiet this long
RETRY_MS = 30_000  # while the folder is missing (a network share dropped), look again this often
MAX_WATCHED = 4_000


@dataclass
class UpdateResult:
    ready: bool  # a new library is pending
    unchanged: bool = False
    problems: list[Problem] = field(default_factory=list)  # why it was refused
    pages: int = 0


def _error_keys(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.path, p.message) for p in problems if p.is_error}


def _link_problems(library: Library) -> list[Problem]:
    """Render every page (a crash here is caught before any visitor sees the page) and check links."""
    problems = []
    for page in library.pages.values():
        rendered = render_page(page)
        if rendered.refused:  # over the time or memory budget: the update is refused, the screen stays
            problems.append(Problem.error(page.path, page.body_line, rendered.refused))
        for link in rendered.page_links:
            if library.get(link.target) is None:
                message = f"link to a missing page '{link.target}'"
                problems.append(Problem.error(page.path, page.body_line, message))
    return problems


class LibraryStore(QObject):
    swapped = Signal()  # a new library is in use

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self._libraries: dict[str, Library] = {}
        self._known_errors: dict[str, set[tuple[str, str]]] = {}
        self._pending: dict[str, Library] | None = None
        self._pending_errors: dict[str, set[tuple[str, str]]] = {}

    def get(self, lang: str) -> Library:
        library = self._libraries.get(lang)
        if library is None:
            library, problems = load_library(self.root, lang)
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

    def prepare_update(self) -> UpdateResult:
        """Load every language in use afresh; keep it as pending only if nothing new is wrong."""
        candidates: dict[str, Library] = {}
        errors: dict[str, set[tuple[str, str]]] = {}
        refused: list[Problem] = []
        for lang in self.languages:
            try:
                library, problems = load_library(self.root, lang)
                problems += _link_problems(library)
            except Exception as error:  # noqa: BLE001 (any failure means: keep the last good library)
                refused.append(Problem.error(self.root / lang, 1, f"could not load ({error!r})"))
                continue
            # Problems the library in use already had (a page someone left broken) do not block it.
            known = self._known_errors[lang] | _error_keys(_link_problems(self._libraries[lang]))
            new = [p for p in problems if p.is_error and (p.path, p.message) not in known]
            if not library.topics:
                new.append(Problem.error(library.folder, 1, "no topic pages to show"))
            refused.extend(new)
            candidates[lang] = library
            errors[lang] = _error_keys(problems)
        if refused:
            self._pending = None
            return UpdateResult(False, problems=refused)
        if all(candidates[lang].pages == self._libraries[lang].pages for lang in candidates):
            self._pending = None
            return UpdateResult(False, unchanged=True)
        self._pending, self._pending_errors = candidates, errors
        return UpdateResult(True, pages=sum(len(lib.pages) for lib in candidates.values()))

    def apply_pending(self) -> bool:
        if self._pending is None:
            return False
        self._libraries.update(self._pending)
        self._known_errors.update(self._pending_errors)
        self._pending = None
        log.info("content update in use: %d pages", sum(len(lib.pages) for lib in self._libraries.values()))
        self.swapped.emit()
        return True


def watched_paths(root: Path) -> list[str]:
    """The content folder, every folder below it and every Markdown file (symbolic links not followed)."""
    if not root.is_dir():
        return [str(root.parent)] if root.parent.is_dir() else []
    paths = [str(root)]
    for directory, subdirs, files in os.walk(root, followlinks=False):
        subdirs.sort()
        paths.extend(str(Path(directory) / name) for name in subdirs)
        paths.extend(str(Path(directory) / name) for name in files if name.endswith(".md"))
        if len(paths) > MAX_WATCHED:
            break
    return paths[:MAX_WATCHED]


class ContentWatcher(QObject):
    """Notices changes under the content folder and, once it is quiet, prepares an update."""

    update_ready = Signal()
    update_refused = Signal(list)  # the problems, as Problem objects

    def __init__(
        self,
        store: LibraryStore,
        timer_factory: TimerFactory = default_timer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.files = QFileSystemWatcher(self)
        self.files.fileChanged.connect(self.changed)
        self.files.directoryChanged.connect(self.changed)
        self.quiet_timer = timer_factory(self)
        self.quiet_timer.timeout.connect(self.check_now)  # type: ignore[attr-defined]
        self.retry_timer = timer_factory(self)
        self.retry_timer.timeout.connect(self.check_now)  # type: ignore[attr-defined]
        self._rewatch()

    def changed(self, _path: str = "") -> None:
        self.quiet_timer.start(DEBOUNCE_MS)  # every change restarts the wait

    def check_now(self) -> UpdateResult:
        self.quiet_timer.stop()
        self.retry_timer.stop()
        result = self.store.prepare_update()
        self._rewatch()
        if result.ready:
            log.info("content update ready: %d pages; it will show when nobody is reading", result.pages)
            self.update_ready.emit()
        elif result.problems:
            log.warning("content update refused; the last good library stays on screen:")
            for problem in result.problems:
                log.warning("  %s", problem)
            if not self.store.root.is_dir():
                self.retry_timer.start(RETRY_MS)
            self.update_refused.emit(result.problems)
        return result

    def _rewatch(self) -> None:
        current = self.files.files() + self.files.directories()
        if current:
            self.files.removePaths(current)
        wanted = watched_paths(self.store.root)
        if wanted:
            self.files.addPaths(wanted)

    def stop(self) -> None:
        self.quiet_timer.stop()
        self.retry_timer.stop()
        current = self.files.files() + self.files.directories()
        if current:
            self.files.removePaths(current)
