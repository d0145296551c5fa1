"""A rendered page body and the addresses its links and pictures are rewritten to.

Shared by the Markdown renderer and the screens that follow the links; it imports no Markdown, so
neither does starting the kiosk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.image_guard import image_refusal

PAGE_SCHEME = "page:"
GLOSSARY_SCHEME = "glossary:"
FORM_SCHEME = "form:"  # opens or folds one form's steps on a card sold in several forms
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
    # What a picture shows, in words, when its caption stands in for them on screen (its alt text):
    # the page gives these to screen readers. (A tuple: a body pickled by an older page helper,
    # without the field, reads as having none.)
    unseen_alt: tuple[str, ...] = ()
    blocked: list[str] = field(default_factory=list)  # links/images not followed (remote, unsafe)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (text to find the line by, message)
    refused: str = ""  # why the page could not be prepared (over a budget); html then says so plainly


def image_problem(content_root: Path, page_folder: Path, source: str) -> str | None:
    """Why an image source cannot be shown (missing, outside the content folder, not a regular file,
    over the budgets, referring to other files), or None when it can."""
    try:
        candidate = (page_folder / source).resolve()
    except (OSError, RuntimeError):
        return "is a symbolic link that loops back on itself"
    if not candidate.is_relative_to(content_root.resolve()):
        outside = (page_folder / source).is_symlink()
        return "points outside the content folder" if outside else "not found in the content folder"
    return image_refusal(candidate)


def resolve_image(content_root: Path, page_folder: Path, source: str) -> Path | None:
    """The file an image source names, or None when :func:`image_problem` finds a reason not to show it."""
    if image_problem(content_root, page_folder, source) is not None:
        return None
    return (page_folder / source).resolve()
