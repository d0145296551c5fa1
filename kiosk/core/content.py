"""The content model (pages and medication cards) and a loader that skips bad files, never fails."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.frontmatter import FrontMatterError, parse_document
from kiosk.core.glossary import Glossary, load_glossary
from kiosk.core.problems import Problem
from kiosk.core.schema import validate_fields
from kiosk.core.textfile import read_text


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class MedicationFacts:
    generic_name: str
    brand_names: tuple[str, ...]
    drug_class: str
    action: str
    route: tuple[str, ...]
    how_often: tuple[str, ...]
    where_given: tuple[str, ...]
    treatment_length: str
    main_benefit: str
    common_side_effects: tuple[str, ...]
    cautions: tuple[str, ...]
    how_to_take: tuple[str, ...]
    info_url: str

    @classmethod
    def from_fields(cls, fields: dict[str, Any]) -> MedicationFacts:
        def strings(name: str) -> tuple[str, ...]:
            return tuple(str(item) for item in fields[name])

        return cls(
            generic_name=fields["generic_name"],
            brand_names=strings("brand_names"),
            drug_class=fields["drug_class"],
            action=fields["action"],
            route=strings("route"),
            how_often=strings("how_often"),
            where_given=strings("where_given"),
            treatment_length=fields["treatment_length"],
            main_benefit=fields["main_benefit"],
            common_side_effects=strings("common_side_effects"),
            cautions=strings("cautions"),
            how_to_take=strings("how_to_take"),
            info_url=fields["info_url"],
        )


@dataclass(frozen=True)
class Page:
    id: str
    kind: str
    title: str
    summary: str
    order: int
    lang: str
    path: Path
    body: str
    body_line: int
    sources: tuple[Source, ...]
    reviewed: dt.date
    icon: str = "info"
    lists_medications: bool = False
    medication: MedicationFacts | None = None
    key_lines: dict[str, int] = field(default_factory=dict, compare=False)

    @property
    def is_medication(self) -> bool:
        return self.kind == "medication"


@dataclass
class Library:
    """The pages of one language, in the order the content itself gives."""

    root: Path
    lang: str
    pages: dict[str, Page] = field(default_factory=dict)
    glossary: Glossary = field(default_factory=Glossary)

    def get(self, page_id: str) -> Page | None:
        return self.pages.get(page_id)

    @property
    def topics(self) -> list[Page]:
        return sorted((p for p in self.pages.values() if p.kind == "topic"), key=_order_key)

    @property
    def medications(self) -> list[Page]:
        return sorted((p for p in self.pages.values() if p.is_medication), key=_order_key)

    @property
    def folder(self) -> Path:
        return self.root / self.lang


def _order_key(page: Page) -> tuple[int, str]:
    return (page.order, page.title.casefold())


def markdown_files(folder: Path) -> list[Path]:
    """Every ``.md`` file under ``folder``, sorted, without following symbolic links to folders."""
    found: list[Path] = []
    for directory, subdirs, files in os.walk(folder, followlinks=False):
        subdirs.sort()
        found.extend(Path(directory) / name for name in files if name.endswith(".md"))
    return sorted(found)


def linked_folders(folder: Path) -> list[Path]:
    """Symbolic links to folders under ``folder``: never followed (they could loop or lead outside)."""
    found: list[Path] = []
    for directory, subdirs, _ in os.walk(folder, followlinks=False):
        found.extend(Path(directory) / name for name in subdirs if (Path(directory) / name).is_symlink())
    return sorted(found)


def load_page(path: Path, root: Path, lang: str) -> tuple[Page | None, list[Problem]]:
    try:
        text = read_text(path, root)
    except ValueError as error:
        return None, [Problem.error(path, 1, str(error))]
    try:
        document = parse_document(text)
    except FrontMatterError as error:
        return None, [Problem.error(path, error.line, str(error))]
    problems = [
        Problem.error(path, document.line_of(key), reason) for key, reason in validate_fields(document.fields)
    ]
    if problems:
        return None, problems
    fields = document.fields
    page = Page(
        id=fields["id"],
        kind=fields["kind"],
        title=fields["title"].strip(),
        summary=fields["summary"].strip(),
        order=fields["order"],
        lang=lang,
        path=path,
        body=document.body,
        body_line=document.body_line,
        sources=tuple(Source(s["title"], s["url"]) for s in fields["sources"]),
        reviewed=fields["reviewed"],
        icon=fields.get("icon", "info"),
        lists_medications=fields.get("lists") == "medications",
        medication=MedicationFacts.from_fields(fields) if fields["kind"] == "medication" else None,
        key_lines=document.key_lines,
    )
    return page, []


def available_languages(root: Path) -> list[str]:
    try:
        return sorted(p.name for p in root.iterdir() if p.is_dir() and len(p.name) == 2)
    except OSError:
        return []


def load_library(root: Path, lang: str) -> tuple[Library, list[Problem]]:
    """Load every page of one language. Bad files are skipped with a problem each."""
    library = Library(root, lang)
    folder = root / lang
    if not folder.is_dir():
        return library, [Problem.error(folder, 1, f"no content folder for language '{lang}'")]
    problems = [
        Problem.warning(link, 1, "a symbolic link to a folder is not followed; copy the pages in instead")
        for link in linked_folders(folder)
    ]
    for path in markdown_files(folder):
        page, page_problems = load_page(path, root, lang)
        problems.extend(page_problems)
        if page is None:
            continue
        first = library.pages.get(page.id)
        if first is not None:
            problems.append(
                Problem.error(
                    path,
                    page.key_lines.get("id", 1),
                    f"duplicate id '{page.id}' (already used by {first.path}); this file is skipped",
                )
            )
            continue
        library.pages[page.id] = page
    library.glossary, glossary_problems = load_glossary(folder)
    problems.extend(glossary_problems)
    return library, problems
