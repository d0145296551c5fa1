"""``kiosk check``: everything wrong with a content library, as ``path:line: severity: message``."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.content import Library, Page, available_languages, load_library
from kiosk.core.markdown_render import resolve_image
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

REVIEW_MAX_AGE_DAYS = 730  # 24 months


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
    for lang in languages:
        library, problems = load_library(root, lang)
        report.problems.extend(problems)
        for page in sorted(library.pages.values(), key=lambda p: str(p.path)):
            report.problems.extend(_check_page(page, library, limits, report))
        report.problems.extend(_check_library(library))
    report.problems.sort(key=lambda p: (p.path, p.line, p.message))
    return report


def _body_line(page: Page, needle: str) -> int:
    for offset, line in enumerate(page.body.splitlines()):
        if needle in line:
            return page.body_line + offset
    return page.body_line


def _check_page(page: Page, library: Library, limits: CheckLimits, report: CheckReport) -> list[Problem]:
    problems = []
    rendered = render_page(page)
    for link in rendered.page_links:
        if library.get(link.target) is None:
            problems.append(
                Problem.error(
                    page.path, _body_line(page, f"]({link.target}"), f"link to a missing page '{link.target}'"
                )
            )
    for image in rendered.images:
        if resolve_image(library.root, page.path.parent, image) is None:
            problems.append(
                Problem.error(
                    page.path, _body_line(page, image), f"image '{image}' not found in the content folder"
                )
            )
    for target in rendered.blocked:
        problems.append(
            Problem.warning(
                page.path,
                _body_line(page, target[:40]),
                f"'{target}' is not a page id or a local image; it is shown as text only",
            )
        )
    age = (limits.today - page.reviewed).days
    if age > REVIEW_MAX_AGE_DAYS:
        problems.append(
            Problem.warning(
                page.path,
                page.key_lines.get("reviewed", 1),
                f"last reviewed {page.reviewed}, over 24 months ago",
            )
        )
    readability = measure(rendered.html, page.lang)
    report.stats.append(PageStats(page, readability))
    problems.extend(_readability_problems(page, readability, limits))
    return problems


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
        rows.append(f"median English grade: {median_score(english):.1f}")
    rows.append(format_text(report).splitlines()[-1])
    return "\n".join(rows)
