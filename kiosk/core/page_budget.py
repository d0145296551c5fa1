"""A cheap, linear look at a page body before Python-Markdown runs, against the budgets.

Python-Markdown is quadratic (or worse) on some inputs that fit in a small file: thousands of
unclosed ``[a](``, runs of ``[``, ``<`` or ``&#``, tens of thousands of headings, reference
definitions, table rows or links, and deeply nested call-out boxes. Each check here is one pass over
the text and names the first line over budget, in words an author understands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.core import budgets
from kiosk.core.budgets import Budgets

MARKS = "[]*_`<&"
# Python-Markdown looks for the end of each link by reading on to the end of its paragraph, so a
# paragraph costs its links times its length: 500 links in one 3,500-character paragraph take seconds.
MAX_PARAGRAPH_LINK_COST = 200_000  # real paragraphs: a few links in a few hundred characters
MAX_UNCLOSED_LINKS = 20  # '](' never closed by ')': Markdown looks ahead from each one
ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]*\]:")
ADMONITION = re.compile(r"^(\s*)!!!")
IMAGE_SOURCE = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]*)")


@dataclass(frozen=True)
class OverBudget:
    line: int  # counted from the body's first line (1)
    message: str


def screen_body(body: str, limits: Budgets | None = None) -> OverBudget | None:
    """The first reason ``body`` is over budget, or None. Linear in the body's length."""
    limits = limits or budgets.current()
    line_count = body.count("\n") + 1
    if line_count > limits.lines:
        return OverBudget(
            limits.lines + 1, f"this page has {line_count:,} lines; pages may have at most {limits.lines:,}"
        )
    for check in (_counted_per_line, _unclosed_links, _fragment_images, _long_words):
        found = check(body, limits)
        if found:
            return found
    return None


def _counted_per_line(body: str, limits: Budgets) -> OverBudget | None:
    marks = links = headings = references = 0
    table_rows = table_start = 0
    previous_blank = True
    paragraph_links = paragraph_chars = 0
    for number, line in enumerate(body.splitlines(), start=1):
        if line.strip():
            paragraph_links += line.count("](") + line.count("][")
            paragraph_chars += len(line)
            if paragraph_links * paragraph_chars > MAX_PARAGRAPH_LINK_COST:
                return OverBudget(
                    number,
                    f"this paragraph has {paragraph_links:,} links in {paragraph_chars:,} characters by this "
                    "line; split it into shorter paragraphs with fewer links",
                )
        else:
            paragraph_links = paragraph_chars = 0
        marks += sum(line.count(mark) for mark in MARKS)
        if marks > limits.markdown_marks:
            return OverBudget(
                number,
                f"this page has over {limits.markdown_marks:,} Markdown marks ([ ] * _ ` < &) by this line; "
                f"pages may have at most {limits.markdown_marks:,}",
            )
        links += line.count("](") + line.count("][")
        if links > limits.links:
            return OverBudget(
                number,
                f"this page has over {limits.links:,} links and pictures; "
                f"pages may have at most {limits.links:,}",
            )
        if ATX_HEADING.match(line) or (not previous_blank and SETEXT_UNDERLINE.match(line)):
            headings += 1
            if headings > limits.headings:
                return OverBudget(
                    number,
                    f"this page has over {limits.headings:,} headings; "
                    f"pages may have at most {limits.headings:,}",
                )
        if REFERENCE.match(line):
            references += 1
            if references > limits.reference_definitions:
                return OverBudget(
                    number,
                    f"this page has over {limits.reference_definitions:,} '[name]: address' lines; "
                    f"pages may have at most {limits.reference_definitions:,}",
                )
        if "|" in line:
            if table_rows == 0:
                table_start = number
            table_rows += 1
            columns = line.strip().strip("|").count("|") + 1
            if columns > limits.table_columns:
                return OverBudget(
                    number,
                    f"this table has {columns:,} columns; tables may have at most {limits.table_columns:,}",
                )
        elif table_rows:
            if table_rows > limits.table_rows:
                break
            table_rows = 0
        if table_rows > limits.table_rows:
            total = _table_rows_from(body.splitlines()[table_start - 1 :])
            return OverBudget(
                table_start, f"this table has {total:,} rows; pages may have at most {limits.table_rows:,}"
            )
        depth = _nesting(line)
        if depth > limits.markdown_depth:
            return OverBudget(
                number,
                f"call-out boxes (!!!) are nested {depth} deep here; "
                f"pages may nest at most {limits.markdown_depth} deep",
            )
        previous_blank = not line.strip()
    return None


def _table_rows_from(lines: list[str]) -> int:
    count = 0
    for line in lines:
        if "|" not in line:
            break
        count += 1
    return count


def _nesting(line: str) -> int:
    """How deep a call-out box sits (each level indents by four). Lists and quotes nested too deep are
    shown as plain text by kiosk.core.markdown_render instead, which is already quick."""
    admonition = ADMONITION.match(line.expandtabs(4))
    return len(admonition.group(1)) // 4 + 1 if admonition else 0


def _long_words(body: str, limits: Budgets) -> OverBudget | None:
    """A run with no space to break at (100,000 joined characters took Qt seconds per layout)."""
    word = re.search(rf"\S{{{limits.word_characters + 1},}}", body)
    if word is None:
        return None
    return OverBudget(
        body.count("\n", 0, word.start()) + 1,
        f"a word here is {len(word.group(0)):,} characters long with no space; "
        f"words may be at most {limits.word_characters:,}",
    )


def _unclosed_links(body: str, limits: Budgets) -> OverBudget | None:
    unclosed = 0
    for number, line in enumerate(body.splitlines(), start=1):
        opened = line.count("](")
        if opened and line.count(")") < opened:
            unclosed += opened - line.count(")")
            if unclosed > MAX_UNCLOSED_LINKS:
                return OverBudget(
                    number,
                    f"over {MAX_UNCLOSED_LINKS} links or pictures here are never closed with ')'; "
                    "write each as [words](page-id)",
                )
    return None


def _fragment_images(body: str, _limits: Budgets) -> OverBudget | None:
    for match in IMAGE_SOURCE.finditer(body):
        source = match.group(1)
        if ("#" in source or "?" in source) and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", source):
            number = body.count("\n", 0, match.start()) + 1
            return OverBudget(
                number, f"picture '{source[:60]}' has '#' or '?' in its address; name the picture file only"
            )
    return None
