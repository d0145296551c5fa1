"""The front matter schema of pages and medication cards, declared once as data."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.core.trials import trial_problem

ROUTES = ("pill", "self-shot", "clinic-shot", "clinic-drip", "nasal-spray", "skin-patch")
FREQUENCIES = ("daily", "weekly", "monthly", "every-3-months", "every-6-months", "yearly", "varies")
PLACES = ("home", "clinic")
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
    if not isinstance(value, dict) or set(value) != {"title", "url"}:
        return "must have exactly a 'title' and a 'url'"
    return text(value["title"]) or https_url(value["url"])


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

MEDICATION_FIELDS = (
    FieldSpec("sources", list_of(source, minimum=2)),
    FieldSpec("generic_name", text),
    FieldSpec("brand_names", list_of(text)),
    FieldSpec("drug_class", text),
    FieldSpec("action", one_of(ACTIONS)),
    FieldSpec("route", list_of(one_of(ROUTES))),
    FieldSpec("how_often", list_of(one_of(FREQUENCIES))),
    FieldSpec("where_given", list_of(one_of(PLACES))),
    FieldSpec("treatment_length", text),
    FieldSpec("main_benefit", text),
    FieldSpec("common_side_effects", list_of(text)),
    FieldSpec("cautions", list_of(text)),
    FieldSpec("how_to_take", list_of(text)),
    FieldSpec("info_url", https_url),
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
