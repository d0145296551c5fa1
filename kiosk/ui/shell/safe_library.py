"""Loading and checking a library on the UI's side so that one bad file costs that file only.

``load_resiliently`` is the core loader, and if the loader itself raises (a YAML file it cannot
digest), the same load again file by file, each failure a problem instead of an exception.
``check_rendering`` renders every page before an update is used; it is the seam for the core's
worker-process check (``LibraryStore.check_pages``): until that lands, pages render here one by one,
and the check gives up, refusing the update, once it has run for ``CHECK_BUDGET_S``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.core.content import Library, load_library, load_page, markdown_files
from kiosk.core.glossary import GLOSSARY_FILE, load_glossary
from kiosk.core.page_html import render_page
from kiosk.core.problems import Problem

log = logging.getLogger(__name__)
CHECK_BUDGET_S = 10.0

Loader = Callable[[Path, str], tuple[Library, list[Problem]]]
PageCheck = Callable[[Library], list[Problem]]


def load_resiliently(root: Path, lang: str) -> tuple[Library, list[Problem]]:
    try:
        return load_library(root, lang)
    except Exception as error:  # noqa: BLE001 (whatever it was, the other files must still load)
        failed = _failing_file(error)
        message = "the library in %s could not be loaded at once (%r in %s); loading it file by file"
        log.error(message, root / lang, error, failed or "?")
        return _load_file_by_file(root, lang, {failed: error} if failed else {})


def _failing_file(error: BaseException) -> Path | None:
    """The file the loader was reading when it failed, so that it is not read (slowly) a second time."""
    readers = {load_page.__code__, load_glossary.__code__}
    failed = None
    traceback = error.__traceback__
    while traceback is not None:
        frame = traceback.tb_frame
        if frame.f_code in readers and isinstance(frame.f_locals.get("path"), Path):
            failed = frame.f_locals["path"]
        traceback = traceback.tb_next
    return failed


def _could_not_read(path: Path, error: BaseException) -> Problem:
    reason = f"{type(error).__name__}: {str(error)[:100]}".rstrip(": ")
    return Problem.error(path, 1, f"this file could not be read ({reason}); it is skipped")


def _load_file_by_file(
    root: Path, lang: str, failed: dict[Path, BaseException]
) -> tuple[Library, list[Problem]]:
    library = Library(root, lang)
    folder = root / lang
    problems = [_could_not_read(path, error) for path, error in failed.items()]
    try:
        paths = markdown_files(folder)
    except Exception as error:  # noqa: BLE001
        return library, [_could_not_read(folder, error)]
    for path in paths:
        if path in failed:
            continue
        try:
            page, page_problems = load_page(path, root, lang)
        except Exception as error:  # noqa: BLE001
            problems.append(_could_not_read(path, error))
            continue
        problems.extend(page_problems)
        if page is not None and page.id not in library.pages:
            library.pages[page.id] = page
    if folder / GLOSSARY_FILE in failed:
        return library, problems
    try:
        library.glossary, glossary_problems = load_glossary(folder)
        problems.extend(glossary_problems)
    except Exception as error:  # noqa: BLE001
        problems.append(_could_not_read(folder / "glossary.yaml", error))
    return library, problems


def check_rendering(library: Library, budget_s: float = CHECK_BUDGET_S) -> list[Problem]:
    """Render every page (a crash here is caught before any visitor sees the page) and check links."""
    problems: list[Problem] = []
    started = time.monotonic()
    for page in library.pages.values():
        if time.monotonic() - started > budget_s:
            message = f"checking the pages took over {budget_s:.0f} s; the update is not used"
            return [*problems, Problem.error(page.path, 1, message)]
        try:
            rendered = render_page(page)
        except Exception as error:  # noqa: BLE001
            problems.append(Problem.error(page.path, page.body_line, f"the page cannot be shown ({error!r})"))
            continue
        if rendered.refused:  # over the render helper's time or memory budget: refuse the update
            problems.append(Problem.error(page.path, page.body_line, rendered.refused))
        links = rendered.page_links
        for link in links:
            if library.get(link.target) is None:
                message = f"link to a missing page '{link.target}'"
                problems.append(Problem.error(page.path, page.body_line, message))
    return problems
