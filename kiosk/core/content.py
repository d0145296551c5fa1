"""The content model (pages and medication cards) and a loader that skips bad files, never fails."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.frontmatter import FrontMatterError, parse_document
from kiosk.core.glossary import Glossary, load_glossary
from kiosk.core.page_budget import screen_body
from kiosk.core.problems import Problem
from kiosk.core.schema import validate_fields
from kiosk.core.textfile import read_text
from kiosk.core.trials import Trial, parse_trial


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    date: dt.date | None = None  # the version read, when the card records it


@dataclass(frozen=True)
class ClinicalReview:
    """The clinic's sign-off: 'pending', or the reviewer's role, what they read, and when."""

    status: str
    role: str = ""
    checked_against: str = ""
    date: dt.date | None = None

    @property
    def pending(self) -> bool:
        return self.status == "pending"


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(item) for item in value or ())


def brand_key(name: str) -> str:
    """The brand itself, without a bracketed note: 'Jubbonti (denosumab-bbdz)' -> 'jubbonti'."""
    return name.split("(")[0].strip().casefold()


@dataclass(frozen=True)
class Form:
    """One product as it is taken: its brands, route, how often, where, and its own steps."""

    number: int  # 1 for the first form on the card
    label: str
    brands: tuple[str, ...]
    route: str
    how_often: tuple[str, ...]
    where_given: str
    how_to_take: tuple[str, ...]
    audience: tuple[str, ...]  # the front matter's 'for': the card's unless the form narrows it

    @property
    def anchor(self) -> str:
        """Where this form's facts start on the card, so a brand name can open the card there."""
        return f"form-{self.number}"

    def has_brand(self, name: str) -> bool:
        return brand_key(name) in {brand_key(brand) for brand in self.brands}


@dataclass(frozen=True)
class MedicationFacts:
    generic_name: str
    brand_names: tuple[str, ...]
    drug_class: str
    action: str
    audience: tuple[str, ...]  # who it is for: the front matter's 'for'
    forms: tuple[Form, ...]
    treatment_length: str
    main_benefit: str
    common_side_effects: tuple[str, ...]
    cautions: tuple[str, ...]
    info_url: str
    review: ClinicalReview

    @classmethod
    def from_fields(cls, fields: dict[str, Any]) -> MedicationFacts:
        audience = _strings(fields["for"])
        brand_names = _strings(fields["brand_names"])
        # A card's only form is sold under all its brands unless it names them.
        every_brand = brand_names if len(fields["forms"]) == 1 else ()
        forms = tuple(
            Form(
                number=number,
                label=str(form["label"]).strip(),
                brands=_strings(form.get("brands")) or every_brand,
                route=form["route"],
                how_often=_strings(form["how_often"]),
                where_given=form["where_given"],
                how_to_take=_strings(form["how_to_take"]),
                audience=_strings(form.get("for")) or audience,
            )
            for number, form in enumerate(fields["forms"], start=1)
        )
        review = fields["clinical_review"]
        return cls(
            generic_name=fields["generic_name"],
            brand_names=brand_names,
            drug_class=fields["drug_class"],
            action=fields["action"],
            audience=audience,
            forms=forms,
            treatment_length=fields["treatment_length"],
            main_benefit=fields["main_benefit"],
            common_side_effects=_strings(fields["common_side_effects"]),
            cautions=_strings(fields["cautions"]),
            info_url=fields["info_url"],
            review=ClinicalReview(
                status=review["status"],
                role=review.get("role", ""),
                checked_against=str(review.get("checked_against", "")).strip(),
                date=review.get("date"),
            ),
        )

    @property
    def routes(self) -> tuple[str, ...]:
        """Every route of every form, once each, in the cards' order."""
        return tuple(dict.fromkeys(form.route for form in self.forms))

    @property
    def frequencies(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(often for form in self.forms for often in form.how_often))

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(form.where_given for form in self.forms))

    def form_of(self, brand: str) -> Form | None:
        """The first form sold under this brand name."""
        return next((form for form in self.forms if form.has_brand(brand)), None)


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
    trial: Trial | None = None  # what the main study found (medication cards)
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
    over = screen_body(document.body)  # before Markdown ever sees it: some pages would take minutes
    if over:
        problems.append(Problem.error(path, document.body_line + over.line - 1, over.message))
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
        sources=tuple(Source(s["title"], s["url"], s.get("date")) for s in fields["sources"]),
        reviewed=fields["reviewed"],
        icon=fields.get("icon", "info"),
        lists_medications=fields.get("lists") == "medications",
        medication=MedicationFacts.from_fields(fields) if fields["kind"] == "medication" else None,
        trial=parse_trial(fields.get("trial")),
        key_lines=document.key_lines,
    )
    return page, []


def _load_page_or_problem(path: Path, root: Path, lang: str) -> tuple[Page | None, list[Problem]]:
    """load_page, with any failure nobody foresaw turned into a problem: one bad page never stops start-up."""
    try:
        return load_page(path, root, lang)
    except Exception as error:  # noqa: BLE001 (the kiosk must start; the checker names the file)
        return None, [Problem.error(path, 1, _unexpected(error))]


def _unexpected(error: Exception) -> str:
    return f"this file cannot be used ({error.__class__.__name__}); it is skipped"


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
        page, page_problems = _load_page_or_problem(path, root, lang)
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
    try:
        library.glossary, glossary_problems = load_glossary(folder)
    except Exception as error:  # noqa: BLE001 (one bad file costs that file, never the kiosk)
        glossary_problems = [Problem.error(folder / "glossary.yaml", 1, _unexpected(error))]
    problems.extend(glossary_problems)
    return library, problems
