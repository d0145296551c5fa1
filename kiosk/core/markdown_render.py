"""Markdown to the HTML subset QTextBrowser shows, locked down: no raw HTML, no remote anything.

Imported only when a page is first shown (page_html), so starting the kiosk does not load Markdown.

Links to another page id become ``page:ID``; ``[word](glossary:TERM)`` marks a glossary term (one tap
shows its meaning); local images become ``kiosk-image:PATH`` (relative to the content root) under
their caption: the title (``![alt](file.svg "caption")``) when there is one, else "Picture: " and the
alt text; every other link or image is reduced to its text.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import PurePosixPath

import markdown
from markdown.extensions.admonition import AdmonitionExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.treeprocessors import Treeprocessor

from kiosk.core import budgets
from kiosk.core.rendered import (
    CALLOUT_KINDS,
    GLOSSARY_SCHEME,
    IMAGE_SCHEME,
    PAGE_SCHEME,
    TERM_CLASS,
    LinkRecord,
    RenderedBody,
)
from kiosk.core.schema import ID_PATTERN
from kiosk.core.vocabulary import phrase


class _LockDown(Treeprocessor):
    """Rewrites links and images, and turns admonitions into callout tables QTextDocument can style."""

    def __init__(self, md: markdown.Markdown, result: RenderedBody, lang: str) -> None:
        super().__init__(md)
        self.result = result
        self.lang = lang

    def run(self, root: ET.Element) -> None:
        # Each parent's children are listed once and indexed as we go (linear, even with 10,000 links);
        # an image adds a line break and a caption after itself, which ``added`` steps over.
        for parent in list(root.iter()):
            added = 0
            for position, child in enumerate(list(parent)):
                index = position + added
                if child.tag == "a":
                    self._link(parent, index, child)
                elif child.tag == "img":
                    added += self._image(parent, index, child)
                elif child.tag == "div" and "admonition" in child.get("class", ""):
                    parent[index] = self._callout(child)
                elif child.tag == "table":
                    child.attrib.update(width="100%", cellpadding="8", cellspacing="0", border="1")

    def _link(self, parent: ET.Element, index: int, link: ET.Element) -> None:
        target = (link.get("href") or "").strip()
        text = "".join(link.itertext())
        if ID_PATTERN.match(target):
            link.attrib = {"href": PAGE_SCHEME + target}
            self.result.page_links.append(LinkRecord(target, text))
            return
        term = target.removeprefix(GLOSSARY_SCHEME)
        if target.startswith(GLOSSARY_SCHEME) and ID_PATTERN.match(term):
            link.attrib = {"href": GLOSSARY_SCHEME + term, "class": TERM_CLASS}
            self.result.glossary_links.append(LinkRecord(term, text))
            return
        self.result.blocked.append(target)
        _unwrap(parent, index, link)

    def _image(self, parent: ET.Element, index: int, image: ET.Element) -> int:
        """Rewrites the picture; returns how many elements it added after it."""
        source = (image.get("src") or "").strip()
        alt = image.get("alt", "").strip()
        title = image.get("title", "").strip()
        if _is_local_path(source):
            self.result.images.append(source)
            image.attrib = {"src": IMAGE_SCHEME + source, "alt": alt}
            if title and alt:  # its own caption is shown; the alt text goes to screen readers only
                self.result.unseen_alt += (alt,)
            words = title or (f"{phrase('label.picture', self.lang)}: {alt}" if alt else "")
            if words:  # the caption gives the picture's words to everyone, screen readers included
                caption = ET.Element("span", {"class": "caption"})
                caption.text = words
                caption.tail, image.tail = image.tail, None
                parent.insert(index + 1, ET.Element("br"))
                parent.insert(index + 2, caption)
                return 2
            return 0
        self.result.blocked.append(source)
        replacement = ET.Element("span")
        replacement.text = alt
        replacement.tail = image.tail
        parent[index] = replacement
        return 0

    def _callout(self, div: ET.Element) -> ET.Element:
        classes = div.get("class", "").split()
        kind = next((c for c in classes if c in CALLOUT_KINDS), "note")
        table = ET.Element(
            "table",
            {
                "class": f"callout {kind}",
                "width": "100%",
                "cellpadding": "12",
                "cellspacing": "0",
                "border": "0",
            },
        )
        cell = ET.SubElement(ET.SubElement(table, "tr"), "td", {"class": f"callout {kind}"})
        for child in div:
            if "admonition-title" in child.get("class", ""):
                child.attrib = {"class": "callout-title"}
            cell.append(child)
        return table


def _unwrap(parent: ET.Element, index: int, element: ET.Element) -> None:
    """Replace an element by a span holding its text (keeps the words, drops the action)."""
    span = ET.Element("span")
    span.text = "".join(element.itertext())
    span.tail = element.tail
    parent[index] = span


def _is_local_path(source: str) -> bool:
    if "#" in source or "?" in source:  # a file name only: Qt's image loader crashes on some fragments
        return False
    if not source or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", source) or source.startswith(("/", "\\")):
        return False
    return ".." not in PurePosixPath(source).parts


def _markdown_engine(result: RenderedBody, lang: str) -> markdown.Markdown:
    # Extensions as objects: named ones are looked up through importlib.metadata, slow to load.
    extensions = [TableExtension(), AdmonitionExtension(), SaneListExtension()]
    md = markdown.Markdown(extensions=extensions, output_format="html")
    md.preprocessors.deregister("html_block")  # raw HTML blocks become escaped text
    md.inlinePatterns.deregister("html")  # and so do inline tags
    md.treeprocessors.register(_LockDown(md, result, lang), "kiosk_lockdown", 0)
    return md


LIST_ITEM = re.compile(r"^( *)(?:[-*+]|[0-9]+[.)])(?:\s|$)")
QUOTE_MARKS = re.compile(r"^[ >]*")


def _too_deep(body: str) -> bool:
    """Deeper nesting than any page needs: Markdown would spend seconds, then hit Python's recursion limit."""
    max_nesting = budgets.current().markdown_depth  # list or quote levels; real pages use two or three
    for line in body.splitlines():
        line = line.expandtabs(4)
        item = LIST_ITEM.match(line)
        if item and len(item.group(1)) > 2 * max_nesting:
            return True
        if QUOTE_MARKS.match(line).group(0).count(">") > max_nesting:  # type: ignore[union-attr]
            return True
    return False


def _as_plain_text(body: str) -> str:
    lines = (html.escape(line.strip()) for line in body.splitlines() if line.strip())
    return "<p>" + "<br>".join(lines) + "</p>"


RAW_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?/?>")


def _raw_html_notes(body: str) -> list[tuple[str, str]]:
    """Raw HTML is escaped, never run; say so once per tag so the author can write Markdown instead."""
    seen: dict[str, str] = {}
    for match in RAW_TAG.finditer(body):
        seen.setdefault(match.group(1).lower(), match.group(0))
    return [
        (written, f"raw HTML <{tag}> is shown as plain text and never run; use Markdown instead")
        for tag, written in seen.items()
    ]


def render_markdown(body: str, lang: str = "en") -> RenderedBody:
    """The body's HTML plus what it links to; pure and Qt-free, so tests need no GUI."""
    result = RenderedBody("")
    try:
        if _too_deep(body):
            raise RecursionError
        result.html = _markdown_engine(result, lang).convert(body)
    except RecursionError:
        result.html = _as_plain_text(body)
        result.notes.append(
            (
                "",
                f"lists or quotes are nested more than {budgets.current().markdown_depth} deep, "
                "so the page shows as plain text",
            )
        )
    result.notes.extend(_raw_html_notes(body))
    return result
