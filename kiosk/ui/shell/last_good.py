"""The last library the kiosk showed without error, kept across restarts beside the data folder.

A library version is the hash of its files. Before a version is first used it is written down as
*on trial*; once the kiosk has run on it for ``TRIAL_MS`` with no error it becomes the *last good*
version, and a copy of it is kept in the data folder. If the app dies while a version is on trial
(an abort or a crash loop), the next start finds it still on trial: that version is quarantined until
the content changes again, and the kiosk starts on the kept copy instead. An update refused while
running is quarantined the same way, so a restart does not try it either.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.ui.shell.idle import TimerFactory, default_timer

log = logging.getLogger(__name__)
STATE_FILE = "content-state.json"
KEPT_FOLDER = "last-good-content"
TRIAL_MS = 60_000  # a version used this long with no error is good
MAX_FILE_BYTES = 2_000_000  # bigger files are hashed by size and time only
MAX_FILES = 20_000
MAX_QUARANTINED = 20


def library_version(root: Path) -> str:
    """A hash of every regular file's name and bytes under ``root`` (links and special files by name)."""
    digest = hashlib.sha256()
    count = 0
    for directory, subdirs, files in os.walk(root, followlinks=False):
        subdirs.sort()
        for name in sorted(files):
            path = Path(directory) / name
            count += 1
            if count > MAX_FILES:
                return digest.hexdigest()
            digest.update(str(path.relative_to(root)).encode("utf-8", "surrogateescape") + b"\0")
            try:
                info = os.lstat(path)
                if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_FILE_BYTES:
                    digest.update(path.read_bytes())
                else:
                    digest.update(f"{info.st_mode}:{info.st_size}:{info.st_mtime_ns}".encode())
            except OSError:
                digest.update(b"?")
    return digest.hexdigest()


class LastGood:
    """The record in ``data_folder``: the last good version, the one on trial, the quarantined ones."""

    def __init__(self, data_folder: Path) -> None:
        self.folder = data_folder
        self.state_path = data_folder / STATE_FILE
        self.kept = data_folder / KEPT_FOLDER

    def _state(self) -> dict[str, object]:
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def _save(self, state: dict[str, object]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            scratch = self.state_path.with_suffix(".tmp")
            scratch.write_text(json.dumps(state), encoding="utf-8")
            os.replace(scratch, self.state_path)
        except OSError as error:
            log.error("could not record the content version in %s: %s", self.state_path, error)

    def quarantined(self) -> list[str]:
        found = self._state().get("quarantined", [])
        return [str(v) for v in found] if isinstance(found, list) else []

    def is_quarantined(self, version: str) -> bool:
        return version in self.quarantined()

    def quarantine(self, version: str) -> None:
        state = self._state()
        state["quarantined"] = [*self.quarantined(), version][-MAX_QUARANTINED:]
        if state.get("trial") == version:
            state["trial"] = None
        self._save(state)
        log.warning("content version %s is quarantined until the content changes", version[:12])

    def start_root(self, content: Path) -> tuple[Path, str]:
        """Where to load from at start, and the version put on trial ("" for none): ``content``,
        unless its version crashed the app or was refused; then the kept copy of the last good one."""
        version = library_version(content)
        state = self._state()
        if state.get("trial") == version and state.get("good") != version:
            log.error("the kiosk stopped while trying content version %s; it is not used again", version[:12])
            self.quarantine(version)
        if self.is_quarantined(version):
            if self.kept.is_dir():
                log.warning("starting on the last good copy of the content: %s", self.kept)
                return self.kept, ""
            log.error("no last good copy is kept; starting on the quarantined content anyway")
            return content, ""
        self.try_version(version)
        return content, version

    def try_version(self, version: str) -> None:
        state = self._state()
        if state.get("good") != version:
            state["trial"] = version
            self._save(state)

    def confirm(self, content: Path, version: str) -> None:
        """``version`` (the files of ``content``) ran with no error: keep a copy and call it good."""
        state = self._state()
        if state.get("trial") != version:
            return
        if state.get("good") != version and content.resolve() != self.kept.resolve():
            self._keep_copy(content)
        state["good"], state["trial"] = version, None
        self._save(state)
        log.info("content version %s is good; a copy is kept in %s", version[:12], self.kept)

    def _keep_copy(self, content: Path) -> None:
        fresh = self.kept.with_name(KEPT_FOLDER + ".new")
        try:
            shutil.rmtree(fresh, ignore_errors=True)
            shutil.copytree(content, fresh, symlinks=True)
            old = self.kept.with_name(KEPT_FOLDER + ".old")
            shutil.rmtree(old, ignore_errors=True)
            if self.kept.exists():
                os.replace(self.kept, old)
            os.replace(fresh, self.kept)
            shutil.rmtree(old, ignore_errors=True)
        except OSError as error:
            log.error("could not keep a copy of the content in %s: %s", self.kept, error)


class TrialTimer(QObject):
    """Confirms a version once the kiosk has run on it for ``TRIAL_MS`` with no error."""

    def __init__(
        self,
        record: LastGood,
        errors: Callable[[], int],
        timer_factory: TimerFactory = default_timer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.errors = errors
        self.timer = timer_factory(self)
        self.timer.timeout.connect(self._confirm)  # type: ignore[attr-defined]
        self._content: Path | None = None
        self._version = ""
        self._errors_at_start = 0

    def start(self, content: Path, version: str) -> None:
        self._content, self._version = content, version
        self._errors_at_start = self.errors()
        self.record.try_version(version)
        self.timer.start(TRIAL_MS)

    def finish(self) -> None:
        """The app is closing normally: a version on trial that caused no error is good."""
        if self.timer.isActive():
            self.timer.stop()
            self._confirm()

    def _confirm(self) -> None:
        if self._content is None:
            return
        if self.errors() == self._errors_at_start:
            self.record.confirm(self._content, self._version)
        else:
            log.warning("errors while on content version %s; it is not called good", self._version[:12])
