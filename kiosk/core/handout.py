"""What a take-home handout says, built from the cards' front matter; the Qt layer only draws it.

A handout never holds anything about the person who asked for it: the clinic's name, the date, the
medicines' key facts, empty lines for notes, and one QR code per medicine that opens the public page
named in the card's ``info_url``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from kiosk.core.comparison import all_cautions
from kiosk.core.content import Form, MedicationFacts, Page
from kiosk.core.page_html import form_title
from kiosk.core.trial_html import section_of
from kiosk.core.trials import TrialSection
from kiosk.core.vocabulary import audience_text, long_date, often_text, phrase, sentence

MAX_MEDICINES = 4


@dataclass(frozen=True)
class Fact:
    label: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class HandoutMedicine:
    page_id: str
    title: str
    facts: tuple[Fact, ...]  # short answers: who it is for, what it does, each form's how and how often
    details: tuple[Fact, ...]  # lists: side effects, every caution, and for one medicine each form's steps
    info_url: str
    trial: TrialSection | None = None  # what the main study found: pictures and words

    @property
    def info_site(self) -> str:
        """The site the QR code opens, printed under it so nobody scans blind."""
        return urlsplit(self.info_url).hostname or ""


@dataclass(frozen=True)
class Handout:
    lang: str
    clinic_name: str
    title: str
    date_line: str
    medicines: tuple[HandoutMedicine, ...]
    scan_caption: str
    notes_heading: str
    disclaimer: str

    def page_label(self, page: int, pages: int) -> str:
        return phrase("handout.page", self.lang).format(page=page, pages=pages)


def medicine_facts(page: Page, lang: str, detailed: bool) -> HandoutMedicine:
    """A card's key facts and every caution. A handout about one medicine also has each form's steps."""
    facts = page.medication
    assert facts is not None

    def fact(key: str, *lines: str) -> Fact:
        return Fact(phrase(key, lang), tuple(lines))

    short = [
        fact("label.for", audience_text(facts.audience, lang)),
        *(_form_fact(form, facts, lang) for form in facts.forms),
        fact("label.action", sentence(phrase(facts.action, lang))),
        fact("label.main_benefit", sentence(facts.main_benefit)),
        fact("label.treatment_length", sentence(facts.treatment_length)),
        fact("label.brand_names", sentence(", ".join(facts.brand_names))),
    ]
    details = [
        fact("label.common_side_effects", sentence(", ".join(_lower_after_first(facts.common_side_effects)))),
        fact("label.cautions", *all_cautions(facts, lang)),
    ]
    if detailed:
        details.extend(_steps(form, facts, lang) for form in facts.forms)
    return HandoutMedicine(
        page.id, page.title, tuple(short), tuple(details), facts.info_url, section_of(page)
    )


def _form_fact(form: Form, facts: MedicationFacts, lang: str) -> Fact:
    """'How you take it: a pill you swallow, once a week or every day, at home.' — per form."""
    how = f"{phrase(form.route, lang)}, {often_text(form.how_often, lang)}, {phrase(form.where_given, lang)}"
    if len(facts.forms) == 1:
        return Fact(phrase("label.route", lang), (sentence(how),))
    return Fact(form_title(form), (sentence(how),))


def _steps(form: Form, facts: MedicationFacts, lang: str) -> Fact:
    label = phrase("label.how_to_take", lang)
    if len(facts.forms) > 1:
        label = phrase("label.how_to_take_form", lang).format(form=form_title(form))
    return Fact(label, tuple(sentence(step) for step in form.how_to_take))


def _lower_after_first(items: tuple[str, ...]) -> list[str]:
    """Side effects read as one list: 'Stomach pain, heartburn, nausea'."""
    return [
        item if i == 0 or item[1:2].isupper() else item[:1].lower() + item[1:] for i, item in enumerate(items)
    ]


def build_handout(pages: Iterable[Page], clinic_name: str, day: dt.date, lang: str) -> Handout:
    cards = [p for p in pages if p.medication is not None][:MAX_MEDICINES]
    if not cards:
        raise ValueError("a handout needs at least one medication card")
    detailed = len(cards) == 1
    return Handout(
        lang=lang,
        clinic_name=clinic_name.strip(),
        title=phrase("handout.title_one" if detailed else "handout.title_many", lang),
        date_line=phrase("handout.date", lang).format(date=long_date(day, lang)),
        medicines=tuple(medicine_facts(page, lang, detailed) for page in cards),
        scan_caption=phrase("handout.scan", lang),
        notes_heading=phrase("handout.notes", lang),
        disclaimer=phrase("handout.disclaimer", lang),
    )
