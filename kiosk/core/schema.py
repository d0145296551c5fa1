"""The front matter schema of pages and medication cards, declared once as data."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.core.trials import trial_problem

ROUTES = (
    "pill",
    "fizzy-tablet",  # dissolved in water and drunk, never swallowed whole (Binosto)
    "oral-liquid",
    "self-shot",
    "clinic-shot",
    "clinic-drip",
    "nasal-spray",
    "skin-patch",
    "skin-gel",
    "skin-spray",
    "vaginal-ring",
)
FREQUENCIES = (
    "daily",
    "twice-weekly",
    "weekly",
    "monthly",
    "every-3-months",
    "every-6-months",
    "yearly",
    "every-2-years",
    "varies",
)
PLACES = ("home", "clinic")
AUDIENCES = ("after-menopause", "men", "steroid")  # women after menopause; men; steroid-caused bone loss
REVIEW_STATUSES = ("pending", "done")
# A sign-off names the reviewer's role, never a person: the shipped files travel to every clinic.
REVIEWER_ROLES = (
    "clinical pharmacist",
    "pharmacist",
    "physician",
    "endocrinologist",
    "rheumatologist",
    "nurse practitioner",
    "physician assistant",
    "registered nurse",
)
ACTIONS = ("slows-loss", "builds-bone", "both")
KINDS = ("topic", "medication")
ICONS = (
    "bone",
    "pill",
    "shot",
    "drip",
    "spray",
    "food",
    "walk",
    "question",
    "scan",
    "info",
    "clock",
    "warning",
    "renew",
    "gauge",
    "person",
    "shield",
)
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

Validator = Callable[[Any], str | None]


def text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "must be non-empty text"
    return None


def page_id(value: Any) -> str | None:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        return "must use only lowercase letters, digits and single dashes (like 'bone-renewal')"
    return None


def integer(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return "must be a whole number"
    return None


def date(value: Any) -> str | None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return "must be a date written YYYY-MM-DD"
    return None


def one_of(choices: tuple[str, ...]) -> Validator:
    def check(value: Any) -> str | None:
        if value not in choices:
            return f"must be one of {', '.join(choices)}, not {value!r}"
        return None

    return check


def list_of(item: Validator, minimum: int = 1) -> Validator:
    def check(value: Any) -> str | None:
        if not isinstance(value, list) or len(value) < minimum:
            return f"must be a list of at least {minimum} item(s)"
        for number, entry in enumerate(value, start=1):
            reason = item(entry)
            if reason:
                return f"item {number} {reason}"
        return None

    return check


def https_url(value: Any) -> str | None:
    if not isinstance(value, str) or not re.match(r"^https://[^\s/]+\.[^\s]+$", value):
        return "must be an https:// address"
    return None


def source(value: Any) -> str | None:
    if not isinstance(value, dict) or not {"title", "url"} <= set(value) <= {"title", "url", "date"}:
        return "must have a 'title' and a 'url' (and may have the 'date' of the version read)"
    reason = text(value["title"]) or https_url(value["url"])
    if reason is None and "date" in value:
        reason = date(value["date"])
    return reason


def record(fields: tuple[FieldSpec, ...]) -> Validator:
    """A nested mapping with its own fields, like one entry of ``forms``."""
    specs = {spec.name: spec for spec in fields}

    def check(value: Any) -> str | None:
        if not isinstance(value, dict):
            return f"must be a set of 'key: value' lines ({', '.join(specs)})"
        for name, spec in specs.items():
            if name not in value:
                if spec.required:
                    return f"is missing '{name}'"
                continue
            reason = spec.validate(value[name])
            if reason:
                return f"'{name}' {reason}"
        unknown = sorted(str(key) for key in value if key not in specs)
        return f"has an unknown key '{unknown[0]}'" if unknown else None

    return check


def clinical_review(value: Any) -> str | None:
    """``status: pending``, or ``status: done`` with the reviewer's role, what was read, and the date."""
    reason = record(REVIEW_FIELDS)(value)
    if reason or value["status"] == "pending":
        return reason
    missing = [name for name in ("role", "checked_against", "date") if name not in value]
    if missing:
        return f"is done, so it needs '{missing[0]}' (role, checked_against and date)"
    return None


@dataclass(frozen=True)
class FieldSpec:
    name: str
    validate: Validator
    required: bool = True


COMMON_FIELDS = (
    FieldSpec("id", page_id),
    FieldSpec("title", text),
    FieldSpec("kind", one_of(KINDS)),
    FieldSpec("summary", text),
    FieldSpec("order", integer),
    FieldSpec("icon", one_of(ICONS), required=False),
    FieldSpec("sources", list_of(source)),
    FieldSpec("reviewed", date),
)

TOPIC_FIELDS = (FieldSpec("lists", one_of(("medications",)), required=False),)

REVIEW_FIELDS = (
    FieldSpec("status", one_of(REVIEW_STATUSES)),
    FieldSpec("role", one_of(REVIEWER_ROLES), required=False),
    FieldSpec("checked_against", text, required=False),
    FieldSpec("date", date, required=False),
)

# One product as it is taken: a card has one form or several (a weekly tablet and a fizzy tablet).
FORM_FIELDS = (
    FieldSpec("label", text),
    FieldSpec("brands", list_of(text), required=False),
    FieldSpec("route", one_of(ROUTES)),
    FieldSpec("how_often", list_of(one_of(FREQUENCIES))),
    FieldSpec("where_given", one_of(PLACES)),
    FieldSpec("how_to_take", list_of(text)),
    FieldSpec("for", list_of(one_of(AUDIENCES)), required=False),  # narrower than the card's
)

MEDICATION_FIELDS = (
    FieldSpec("sources", list_of(source, minimum=2)),
    FieldSpec("generic_name", text),
    FieldSpec("brand_names", list_of(text)),
    FieldSpec("drug_class", text),
    FieldSpec("action", one_of(ACTIONS)),
    FieldSpec("for", list_of(one_of(AUDIENCES))),
    FieldSpec("forms", list_of(record(FORM_FIELDS))),
    FieldSpec("treatment_length", text),
    FieldSpec("main_benefit", text),
    FieldSpec("common_side_effects", list_of(text)),
    FieldSpec("cautions", list_of(text)),
    FieldSpec("info_url", https_url),
    FieldSpec("clinical_review", clinical_review),
    FieldSpec("trial", trial_problem, required=False),  # kiosk/core/trials.py
)


def fields_for(kind: str) -> dict[str, FieldSpec]:
    """The field specs for a kind; later specs (kind-specific) override common ones."""
    extra = MEDICATION_FIELDS if kind == "medication" else TOPIC_FIELDS
    return {spec.name: spec for spec in (*COMMON_FIELDS, *extra)}


def validate_fields(fields: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, reason) for each schema violation; the kind decides which fields apply."""
    kind = fields.get("kind")
    specs = fields_for(kind if kind in KINDS else "topic")
    problems = []
    for name, spec in specs.items():
        if name not in fields:
            if spec.required:
                problems.append((name, f"missing required field '{name}'"))
            continue
        reason = spec.validate(fields[name])
        if reason:
            problems.append((name, f"'{name}' {reason}"))
    for name in fields:
        if name not in specs:
            problems.append((name, f"unknown field '{name}' for a {kind or 'page'}"))
    return problems
