"""An A to Z list of every brand and generic name in the library, each leading to its card.

Patients know the box, not the molecule. A name's note in brackets ("Jubbonti (denosumab-bbdz)",
"Boniva (brand no longer sold; generic available)") is shown beside the name, not sorted by. An entry
of ``brand_names`` that is not written as a name ("Many brands") is not listed: a brand name is
a proper noun, so every word of it starts with a capital letter or a digit. A brand sold as one of
several forms (Binosto, the fizzy tablet on the alendronate card) opens the card at that form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.core.content import Library, Page
from kiosk.core.routes import ANCHOR_MARK

_NOTE = re.compile(r"^(?P<name>[^()]+?)\s*(?:\((?P<note>[^()]*)\))?\s*$")


@dataclass(frozen=True)
class NameEntry:
    name: str
    note: str
    page_id: str
    page_title: str
    icon: str
    is_brand: bool
    anchor: str = ""  # the brand's own form on a card with several, e.g. "form-3"

    @property
    def letter(self) -> str:
        return first_letter(self.name)

    @property
    def target(self) -> str:
        """What to open: 'alendronate#form-3' for Binosto, plain 'alendronate' for the generic."""
        return f"{self.page_id}{ANCHOR_MARK}{self.anchor}" if self.anchor else self.page_id


def first_letter(name: str) -> str:
    """'É' files under 'E'; a name starting with a digit files under '#'."""
    base = unicodedata.normalize("NFKD", name.strip())[:1].upper()
    return base if base.isalpha() else "#"


def sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def split_note(text: str) -> tuple[str, str]:
    """'Jubbonti (denosumab-bbdz)' -> ('Jubbonti', 'denosumab-bbdz')."""
    match = _NOTE.match(text.strip())
    if match is None:
        return text.strip(), ""
    return match.group("name").strip(), (match.group("note") or "").strip()


def is_brand_name(name: str) -> bool:
    words = name.split()
    return bool(words) and all(word[:1].isupper() or word[:1].isdigit() for word in words)


def names_of(page: Page) -> list[NameEntry]:
    facts = page.medication
    if facts is None:
        return []
    entries = []
    for brand in facts.brand_names:
        name, note = split_note(brand)
        if is_brand_name(name):
            form = facts.form_of(name)
            anchor = form.anchor if form is not None and len(facts.forms) > 1 else ""
            entries.append(NameEntry(name, note, page.id, page.title, page.icon, True, anchor))
    generic, note = split_note(facts.generic_name)
    if generic:
        entries.append(
            NameEntry(generic[:1].upper() + generic[1:], note, page.id, page.title, page.icon, False)
        )
    return entries


def build_name_index(library: Library | Iterable[Page]) -> list[NameEntry]:
    """Every name, A to Z; the same name on the same card is listed once."""
    pages = library.medications if isinstance(library, Library) else list(library)
    seen: set[tuple[str, str]] = set()
    entries = []
    for page in pages:
        for entry in names_of(page):
            key = (sort_key(entry.name), entry.page_id)
            if key not in seen:
                seen.add(key)
                entries.append(entry)
    return sorted(entries, key=lambda e: (sort_key(e.name), sort_key(e.page_title)))


def letters(entries: Iterable[NameEntry]) -> list[str]:
    """The letters that have at least one name, in order."""
    found = {entry.letter for entry in entries}
    return sorted(found, key=lambda letter: (letter == "#", letter))
