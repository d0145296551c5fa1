"""``kiosk check``: everything wrong with a content library, as ``path:line: severity: message``."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from kiosk.core.content import Library, Page, available_languages, load_library
from kiosk.core.glossary import GLOSSARY_FILE
from kiosk.core.languages import SOURCE_LANGUAGE
from kiosk.core.name_index import is_brand_name, split_note
from kiosk.core.page_html import render_page
from kiosk.core.problems import Problem
from kiosk.core.readability import (
    ENGLISH_MAX_GRADE,
    ENGLISH_TARGET_GRADE,
    SPANISH_MIN_EASE,
    Readability,
    measure,
    median_score,
)
from kiosk.core.rendered import image_problem
from kiosk.core.routes import ROUTE_NAMES
from kiosk.core.source_rules import weak_source_problems
from kiosk.core.trials import same_numbers

REVIEW_MAX_AGE_DAYS = 730  # 24 months
REFERENCE_LANGUAGE = SOURCE_LANGUAGE  # every other language must say what the English library says
TRANSLATION_MAX_LAG_DAYS = 180  # a translation reviewed this long before its original may be stale
CLINICAL_REVIEW_MAX_AGE_DAYS = 365  # a clinician's sign-off is renewed every 12 months


@dataclass(frozen=True)
class CheckLimits:
    max_grade: float = ENGLISH_MAX_GRADE
    target_grade: float = ENGLISH_TARGET_GRADE
    min_spanish_ease: float = SPANISH_MIN_EASE
    today: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class PageStats:
    page: Page
    readability: Readability


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    stats: list[PageStats] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def check_content(root: Path, limits: CheckLimits | None = None) -> CheckReport:
    limits = limits or CheckLimits()
    report = CheckReport()
    languages = available_languages(root)
    if not languages:
        report.problems.append(Problem.error(root, 1, "no language folders (like 'en/') found"))
    libraries = {}
    for lang in languages:
        library, problems = load_library(root, lang)
        libraries[lang] = library
        report.problems.extend(problems)
        for page in sorted(library.pages.values(), key=lambda p: str(p.path)):
            report.problems.extend(_check_page(page, library, limits, report))
        report.problems.extend(_check_library(library))
        report.problems.extend(_check_glossary(library, limits))
    report.problems.extend(check_parity(libraries))
    report.problems.sort(key=lambda p: (p.path, p.line, p.message))
    return report


def _body_line(page: Page, needle: str) -> int:
    for offset, line in enumerate(page.body.splitlines()):
        if needle in line:
            return page.body_line + offset
    return page.body_line


def _check_page(page: Page, library: Library, limits: CheckLimits, report: CheckReport) -> list[Problem]:
    problems = _check_id(page) + _check_forms(page) + _check_clinical_review(page, limits)
    rendered = render_page(page)
    if rendered.refused:
        return [Problem.error(page.path, page.body_line, rendered.refused)]
    for link in rendered.page_links:
        if library.get(link.target) is None:
            problems.append(
                Problem.error(
                    page.path, _body_line(page, f"]({link.target}"), f"link to a missing page '{link.target}'"
                )
            )
    for term in rendered.glossary_links:
        if library.glossary.get(term.target) is None:
            problems.append(
                Problem.error(
                    page.path,
                    _body_line(page, f"](glossary:{term.target}"),
                    f"glossary link to a missing term '{term.target}' (add it to {GLOSSARY_FILE})",
                )
            )
    for image in rendered.images:
        refusal = image_problem(library.root, page.path.parent, image)
        if refusal:
            problems.append(Problem.error(page.path, _body_line(page, image), f"image '{image}' {refusal}"))
    for needle, message in rendered.notes:
        problems.append(Problem.warning(page.path, _body_line(page, needle[:40]), message))
    for target in rendered.blocked:
        problems.append(Problem.warning(page.path, _body_line(page, target[:40]), _blocked_message(target)))
    age = (limits.today - page.reviewed).days
    if age > REVIEW_MAX_AGE_DAYS:
        problems.append(
            Problem.warning(
                page.path,
                page.key_lines.get("reviewed", 1),
                f"last reviewed {page.reviewed}, over 24 months ago",
            )
        )
    problems.extend(weak_source_problems(page))
    readability = measure(rendered.html, page.lang)
    report.stats.append(PageStats(page, readability))
    problems.extend(_readability_problems(page, readability, limits))
    return problems


def _check_id(page: Page) -> list[Problem]:
    if page.id not in ROUTE_NAMES:
        return []
    return [
        Problem.error(
            page.path,
            page.key_lines.get("id", 1),
            f"the id '{page.id}' is the name of one of the kiosk's own screens "
            f"({', '.join(sorted(ROUTE_NAMES))}), so this page could never be shown; choose another id",
        )
    ]


def _check_forms(page: Page) -> list[Problem]:
    """Every brand is sold as some form; every form's brands and 'for' belong to the card."""
    facts = page.medication
    if facts is None:
        return []
    line = page.key_lines.get("forms", 1)
    problems = []
    for entry in facts.brand_names:
        name, _ = split_note(entry)
        if is_brand_name(name) and facts.form_of(name) is None:
            problems.append(
                Problem.error(
                    page.path,
                    page.key_lines.get("brand_names", 1),
                    f"brand '{name}' is in no form; add it to the 'brands' of the form it is sold as, "
                    "so its own instructions are shown",
                )
            )
    listed = {split_note(entry)[0].casefold() for entry in facts.brand_names}
    for form in facts.forms:
        for brand in form.brands:
            if split_note(brand)[0].casefold() not in listed:
                problems.append(
                    Problem.error(
                        page.path,
                        line,
                        f"form {form.number} names brand '{brand}', which is not in 'brand_names'",
                    )
                )
        wider = [code for code in form.audience if code not in facts.audience]
        if wider:
            problems.append(
                Problem.error(
                    page.path,
                    line,
                    f"form {form.number} is 'for' {', '.join(wider)}, which the card's 'for' does not say",
                )
            )
    return problems


def _check_clinical_review(page: Page, limits: CheckLimits) -> list[Problem]:
    """A card says honestly whether a clinician signed it off, and when the sign-off has gone stale."""
    facts = page.medication
    if facts is None:
        return []
    review, line = facts.review, page.key_lines.get("clinical_review", 1)
    if review.pending or review.date is None:
        return [Problem.warning(page.path, line, "awaits a clinician's review (clinical_review is pending)")]
    problems = []
    if (limits.today - review.date).days > CLINICAL_REVIEW_MAX_AGE_DAYS:
        problems.append(
            Problem.warning(page.path, line, f"the clinical review of {review.date} is over 12 months old")
        )
    newest = max((source.date for source in page.sources if source.date is not None), default=None)
    if newest is not None and review.date < newest:
        problems.append(
            Problem.warning(
                page.path,
                line,
                f"the clinical review of {review.date} is older than a source it cites (dated {newest}); "
                "review the card again against it",
            )
        )
    return problems


def awaiting_review(report: CheckReport) -> list[Page]:
    """Cards whose clinical review is pending, in every language."""
    return [
        s.page for s in report.stats if s.page.medication is not None and s.page.medication.review.pending
    ]


def _blocked_message(target: str) -> str:
    if ".." in target.replace("\\", "/").split("/"):
        return f"'{target}' climbs out of the page's folder with '..'; it is shown as text only"
    return f"'{target}' is not a page id or a local image; it is shown as text only"


def _readability_problems(page: Page, score: Readability, limits: CheckLimits) -> list[Problem]:
    line = page.body_line
    if page.lang == "es":
        if score.score < limits.min_spanish_ease:
            return [
                Problem.error(
                    page.path,
                    line,
                    f"reading ease {score.label} is below "
                    f"{limits.min_spanish_ease:.0f}; use shorter words and sentences",
                )
            ]
        return []
    if page.lang != "en":
        return []
    if score.score > limits.max_grade:
        return [
            Problem.error(
                page.path,
                line,
                f"reading {score.label} is above the limit "
                f"{limits.max_grade:.0f}; use shorter words and sentences",
            )
        ]
    if score.score > limits.target_grade:
        return [
            Problem.warning(
                page.path, line, f"reading {score.label} is above the target {limits.target_grade:.0f}"
            )
        ]
    return []


def _check_library(library: Library) -> list[Problem]:
    if library.medications and not any(p.lists_medications for p in library.topics):
        return [
            Problem.warning(
                library.folder,
                1,
                "no topic has 'lists: medications', so the medication cards cannot be reached from home",
            )
        ]
    if not library.pages:
        return [Problem.error(library.folder, 1, "no usable pages in this language")]
    return []


def check_parity(libraries: dict[str, Library]) -> list[Problem]:
    """Each language has the same pages as the English library, and each card the same facts."""
    reference = libraries.get(REFERENCE_LANGUAGE)
    if reference is None:
        return []
    problems = []
    for lang, library in sorted(libraries.items()):
        if lang == REFERENCE_LANGUAGE:
            continue
        for page in reference.pages.values():
            if library.get(page.id) is None:
                problems.append(_missing(page, library))
        for page in library.pages.values():
            original = reference.get(page.id)
            problems.extend([_missing(page, reference)] if original is None else _compare(original, page))
    return problems


def _missing(page: Page, other: Library) -> Problem:
    return Problem.error(
        page.path,
        page.key_lines.get("id", 1),
        f"no page with id '{page.id}' in {other.folder}; every page needs one in each language",
    )


def _brands(names: tuple[str, ...]) -> tuple[str, ...]:
    """Brands without their notes, which a translator may translate."""
    return tuple(split_note(name)[0] for name in names)


def _codes(value: object) -> str:
    return ", ".join(str(item) for item in value) if isinstance(value, tuple) else str(value)


def _compare(original: Page, translated: Page) -> list[Problem]:
    """Codes and sources must match the original; words (titles, sentences) are the translator's."""
    pairs: list[tuple[str, object, object]] = [
        ("kind", original.kind, translated.kind),
        ("order", original.order, translated.order),
        ("icon", original.icon, translated.icon),
        ("lists", original.lists_medications, translated.lists_medications),
    ]
    theirs, ours = original.medication, translated.medication
    if theirs is not None and ours is not None:
        pairs += [
            ("action", theirs.action, ours.action),
            ("for", theirs.audience, ours.audience),
            ("info_url", theirs.info_url, ours.info_url),
        ]
        if len(theirs.forms) != len(ours.forms):
            pairs.append(("forms", f"{len(theirs.forms)} forms", f"{len(ours.forms)} forms"))
        for their_form, our_form in zip(theirs.forms, ours.forms, strict=False):
            name = f"forms {our_form.number}"
            pairs += [
                (f"{name} brands", _brands(their_form.brands), _brands(our_form.brands)),
                (f"{name} route", their_form.route, our_form.route),
                (f"{name} how_often", their_form.how_often, our_form.how_often),
                (f"{name} where_given", their_form.where_given, our_form.where_given),
            ]
            if theirs.audience == ours.audience:  # else the card's own 'for' is the one difference
                pairs.append((f"{name} for", their_form.audience, our_form.audience))
    problems = [
        Problem.error(
            translated.path,
            translated.key_lines.get(name.split()[0], 1),
            f"'{name}' is {_codes(our_value)} but {original.path} says {_codes(their_value)}; "
            "the facts must be the same in every language",
        )
        for name, their_value, our_value in pairs
        if their_value != our_value
    ]
    if theirs is not None:
        problems.extend(_compare_sources(original, translated))
    if not same_numbers(original.trial, translated.trial):
        problems.append(_trial_differs(original, translated))
    return problems + _compare_shape(original, translated) + _review_lag(original, translated)


def _shape(page: Page) -> dict[str, object]:
    rendered = render_page(page)
    return {
        "headings": len(re.findall(r"<h[1-6]\b", rendered.html)),
        "boxes": len(re.findall(r'<table[^>]* class="callout ', rendered.html)),
        "links to": ", ".join(sorted({link.target for link in rendered.page_links})) or "no page",
        "pictures": ", ".join(rendered.images) or "none",
    }


def _compare_shape(original: Page, translated: Page) -> list[Problem]:
    """A translation with other headings, boxes, links or pictures is likely incomplete or out of date."""
    theirs, ours = _shape(original), _shape(translated)
    differences = [
        f"{name}: {ours[name]} here, {theirs[name]} there" for name in theirs if theirs[name] != ours[name]
    ]
    if not differences:
        return []
    return [
        Problem.warning(
            translated.path,
            translated.body_line,
            f"the body is not shaped like {original.path} ({'; '.join(differences)}); "
            "check the translation is complete and up to date",
        )
    ]


def _trial_differs(original: Page, translated: Page) -> Problem:
    return Problem.error(
        translated.path,
        translated.key_lines.get("trial", 1),
        f"'trial' outcome, numbers or source differ from {original.path}; "
        "the pictures must show the same study in every language",
    )


def _compare_sources(original: Page, translated: Page) -> list[Problem]:
    theirs = {source.url for source in original.sources}
    ours = {source.url for source in translated.sources}
    differences = [f"missing {url}" for url in sorted(theirs - ours)]
    differences += [f"not in the original: {url}" for url in sorted(ours - theirs)]
    if not differences:
        return []
    return [
        Problem.error(
            translated.path,
            translated.key_lines.get("sources", 1),
            f"'sources' differ from {original.path} ({'; '.join(differences)}); "
            "a card must cite the same sources in every language",
        )
    ]


def _review_lag(original: Page, translated: Page) -> list[Problem]:
    lag = (original.reviewed - translated.reviewed).days
    if lag <= TRANSLATION_MAX_LAG_DAYS:
        return []
    return [
        Problem.warning(
            translated.path,
            translated.key_lines.get("reviewed", 1),
            f"reviewed {translated.reviewed}, {lag} days before {original.path} ({original.reviewed}); "
            "check it still says the same",
        )
    ]


def _check_glossary(library: Library, limits: CheckLimits) -> list[Problem]:
    """The meanings are read by the same people as the pages, so they meet the same reading limit."""
    glossary = library.glossary
    if glossary.path is None or not glossary.terms or library.lang != "en":
        return []
    html = "".join(f"<p>{escape(term.meaning)}</p>" for term in glossary.terms.values())
    score = measure(html, library.lang)
    if score.score > limits.max_grade:
        return [
            Problem.error(
                glossary.path,
                1,
                f"glossary meanings read at {score.label}, above the limit {limits.max_grade:.0f}; "
                "use shorter words and sentences",
            )
        ]
    return []


def format_text(report: CheckReport) -> str:
    lines = [str(problem) for problem in report.problems]
    lines.append(
        f"{len(report.stats)} pages checked: {len(report.errors)} errors, {len(report.warnings)} warnings"
    )
    return "\n".join(lines)


def format_json(report: CheckReport) -> str:
    return json.dumps(
        {
            "problems": [p.as_dict() for p in report.problems],
            "pages": [
                {
                    "id": s.page.id,
                    "lang": s.page.lang,
                    "kind": s.page.kind,
                    "path": str(s.page.path),
                    "score": s.readability.score,
                    "measure": "flesch-kincaid-grade" if s.page.lang == "en" else "fernandez-huerta",
                    "words": s.readability.words,
                    "reviewed": s.page.reviewed.isoformat(),
                }
                for s in report.stats
            ],
            "errors": len(report.errors),
            "warnings": len(report.warnings),
        },
        indent=2,
    )


def format_report(report: CheckReport) -> str:
    """A summary table: each page's reading score, word count and review date."""
    header = f"{'lang':<5}{'id':<28}{'kind':<12}{'score':>8}{'words':>8}  reviewed"
    rows = [header, "-" * len(header)]
    for stat in sorted(report.stats, key=lambda s: (s.page.lang, s.page.kind, s.page.order)):
        page = stat.page
        rows.append(
            f"{page.lang:<5}{page.id:<28}{page.kind:<12}{stat.readability.score:>8.1f}"
            f"{stat.readability.words:>8}  {page.reviewed}"
        )
    english = [s.readability for s in report.stats if s.page.lang == "en"]
    if english:
        rows.append(f"median English grade: {median_score(english):.1f} (Flesch-Kincaid; lower is easier)")
    spanish = [s.readability for s in report.stats if s.page.lang == "es"]
    if spanish:
        rows.append(
            f"median Spanish reading ease: {median_score(spanish):.1f} "
            f"(Fernández-Huerta; higher is easier, {SPANISH_MIN_EASE:.0f} or more required)"
        )
    waiting = awaiting_review(report)
    if waiting:
        rows.append(f"awaiting a clinician's review ({len(waiting)} cards):")
        rows.extend(f"  {page.lang}/{page.id}  ({page.path})" for page in waiting)
    rows.append(format_text(report).splitlines()[-1])
    return "\n".join(rows)
