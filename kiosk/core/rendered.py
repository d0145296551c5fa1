"""A rendered page body and the addresses its links and pictures are rewritten to.

Shared by the Markdown renderer and the screens that follow the links; it imports no Markdown, so
neither does starting the kiosk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

PAGE_SCHEME = "page:"
GLOSSARY_SCHEME = "glossary:"
TERM_CLASS = "term"
IMAGE_SCHEME = "kiosk-image:"
CALLOUT_KINDS = ("note", "important", "warning")


@dataclass
class LinkRecord:
    target: str
    text: str


@dataclass
class RenderedBody:
    html: str
    page_links: list[LinkRecord] = field(default_factory=list)
    glossary_links: list[LinkRecord] = field(default_factory=list)
    images: list[str] = field(default_factory=list)  # paths as written, relative to the page folder
    blocked: list[str] = field(default_factory=list)  # links/images not followed (remote, unsafe)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (text to find the line by, message)


def resolve_image(content_root: Path, page_folder: Path, source: str) -> Path | None:
    """The file an image source names, or None when it is missing or outside the content folder."""
    candidate = (page_folder / source).resolve()
    if not candidate.is_relative_to(content_root.resolve()) or not candidate.is_file():
        return None
    return candidate
