"""Notices changes to the content folder and, once it is quiet, checks them off the UI thread.

The folder's parent is watched too, so a new folder moved into place (``mv content old; mv new
content``) is noticed, and every check watches the paths afresh, so the new folder is followed.
With ``background=True`` (the running app) the slow part of a check, reading and rendering every
page, runs on a worker thread: the screen stays usable however long a page takes, and the result is
judged back on the UI thread. ``check_now`` does the whole check at once (staff's Reload, tests).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from kiosk.core.problems import Problem
from kiosk.ui.shell.idle import TimerFactory, default_timer
from kiosk.ui.shell.library_store import Candidate, LibraryStore, UpdateResult

log = logging.getLogger(__name__)
DEBOUNCE_MS = 2_000  # a copy writes many files; wait until the folder has been quiet this long
RETRY_MS = 30_000  # while the folder is missing (a network share dropped), look again this often
MAX_WATCHED = 4_000


def watched_paths(root: Path) -> list[str]:
    """The content folder's parent (a new folder moved into its place shows there), the folder, every
    folder below it and every Markdown file (symbolic links not followed)."""
    parent = [str(root.parent)] if root.parent.is_dir() else []
    if not root.is_dir():
        return parent
    paths = [*parent, str(root)]
    for directory, subdirs, files in os.walk(root, followlinks=False):
        subdirs.sort()
        paths.extend(str(Path(directory) / name) for name in subdirs)
        paths.extend(str(Path(directory) / name) for name in files if name.endswith(".md"))
        if len(paths) > MAX_WATCHED:
            break
    return paths[:MAX_WATCHED]


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        info = folder.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


class ContentWatcher(QObject):
    update_ready = Signal()
    update_refused = Signal(list)  # the problems, as Problem objects
    _read = Signal(object)  # a background check finished (emitted on the worker thread)

    def __init__(
        self,
        store: LibraryStore,
        timer_factory: TimerFactory = default_timer,
        parent: QObject | None = None,
        background: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.files = QFileSystemWatcher(self)
        self.files.fileChanged.connect(self.changed)
        self.files.directoryChanged.connect(self._directory_changed)
        self._identity = _identity(store.root)
        self.quiet_timer = timer_factory(self)
        self.quiet_timer.timeout.connect(self.check_soon)  # type: ignore[attr-defined]
        self.retry_timer = timer_factory(self)
        self.retry_timer.timeout.connect(self.check_soon)  # type: ignore[attr-defined]
        self.background = background
        self._running: object | None = None  # a token for the check on the worker thread
        self._again = False  # a change came in while a check was running
        self._read.connect(self._on_read)
        self._rewatch()

    @property
    def checking(self) -> bool:
        return self._running is not None

    def _directory_changed(self, path: str) -> None:
        """A change in the parent matters only if the content folder itself was replaced or removed."""
        if path != str(self.store.root.parent) or _identity(self.store.root) != self._identity:
            self.changed(path)

    def changed(self, _path: str = "") -> None:
        self.quiet_timer.start(DEBOUNCE_MS)  # every change restarts the wait

    def check_soon(self) -> None:
        """The folder is quiet: check it, on the worker thread when there is one."""
        if not self.background:
            self.check_now()
            return
        self.quiet_timer.stop()
        self.retry_timer.stop()
        if self._running is not None:
            self._again = True
            return
        token = self._running = object()
        in_use = self.store.in_use()

        def read() -> None:
            try:
                candidate = self.store.read_candidate(in_use)
            except Exception as error:  # noqa: BLE001 (a failed check refuses the update, nothing more)
                problem = Problem.error(self.store.root, 1, f"could not load ({error!r})")
                candidate = Candidate("", problems=[problem])
            with contextlib.suppress(RuntimeError):  # the app closed meanwhile
                self._read.emit((token, candidate))  # queued to the UI thread

        # A daemon thread: a check that never ends can neither freeze the screen nor hold up an exit.
        threading.Thread(target=read, name="content-check", daemon=True).start()

    def _on_read(self, finished: tuple[object, Candidate]) -> None:
        token, candidate = finished
        if token is not self._running:
            return
        self._running = None
        self._finish(self.store.judge(candidate))
        if self._again:
            self._again = False
            self.changed()

    def check_now(self) -> UpdateResult:
        self.quiet_timer.stop()
        self.retry_timer.stop()
        return self._finish(self.store.prepare_update())

    def _finish(self, result: UpdateResult) -> UpdateResult:
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
        self._identity = _identity(self.store.root)  # after a move, the new folder is the one watched
        wanted = watched_paths(self.store.root)
        if wanted:
            self.files.addPaths(wanted)

    def stop(self) -> None:
        self.quiet_timer.stop()
        self.retry_timer.stop()
        self._running = None
        current = self.files.files() + self.files.directories()
        if current:
            self.files.removePaths(current)
