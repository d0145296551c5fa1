"""What a medicine's main study found, as whole people out of 100, and the sentences that say it.

A medication card may end its front matter with a ``trial`` block::

    trial:
      study: Fracture Intervention Trial (FIT)
      outcome: spine-break          # spine-break, hip-break, any-break, or none (no breaks counted)
      group: women                  # women or people: who the sentences talk about
      placebo: pill                 # pill, shot, drip or spray: what the fake medicine looked like
      length: 3 years               # in the card's language, read after "in"
      who: Women 55 to 81 who already had a spine break
      without: 15.0                 # percent on the fake medicine, or {count: 70, of: 270}
      with: 8.0
      source: {title: ..., url: https://...}
      medicine: estrogen plus progestin   # optional: the name in the sentences, if not the card's

A study that counted no breaks says ``outcome: none`` with its study and source only.

Pictures always show 100 people (never "1 in x", never another denominator: see the icon-array
evidence in the developers' facts). A percent becomes whole people by rounding half up, so 0.5 is
1 person and 4.22 is 4; a value above 0 that rounds to 0 is said as "fewer than 1 of 100".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

PEOPLE = 100  # every picture, every sentence: out of 100
OUTCOMES = ("spine-break", "hip-break", "any-break", "none")
GROUPS = ("women", "people")
PLACEBOS = ("pill", "shot", "drip", "spray")
REQUIRED = ("study", "outcome", "source")
COUNTED = ("length", "who")  # required too when the study counted breaks
OPTIONAL = ("group", "placebo", "without", "with", "medicine", *COUNTED)

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "heading": "What the main study found",
        "spine-break": "a new spine break",
        "hip-break": "a hip break",
        "any-break": "a broken bone",
        "women": "women",
        "people": "people",
        "pill": "a fake pill",
        "shot": "a fake shot",
        "drip": "a fake drip",
        "spray": "a fake spray",
        "about": "About {n} of 100",
        "fewer": "Fewer than 1 of 100",
        "without": "{amount} {group} on {placebo} had {outcome} in {length}.",
        "with": "{amount} on {medicine} did.",
        "caption.without": "Without the medicine ({placebo})",
        "caption.with": "With {medicine}",
        "legend": "Each figure is 1 person out of 100. A dark figure with a crack line had {outcome}. "
        "An outline figure did not.",
        "study": "The study: {study}. It lasted {length}.",
        "study_only": "The study: {study}.",
        "who": "Who was in it: {who}.",
        "none": "The main study of this medicine measured bone density, not broken bones. "
        "So there is no picture of breaks.",
        "different_people": "Each study enrolled different people. So the pictures show what each "
        "study found. They do not race the medicines against each other.",
        "no_shared": "These studies counted different kinds of breaks, so their pictures are on "
        "each medicine's card.",
        "no_picture": "No picture: {reason}",
        "not_counted": "its main study did not count breaks.",
        "no_numbers": "its card has no study numbers yet.",
        "other_outcome": "its main study counted {outcome}, not {shared}.",
        "source": "Source: {title}",
    },
    "es": {
        "heading": "Lo que encontró el estudio principal",
        "spine-break": "una nueva fractura de columna",
        "hip-break": "una fractura de cadera",
        "any-break": "algún hueso roto",
        "women": "mujeres",
        "people": "personas",
        "pill": "una pastilla falsa",
        "shot": "una inyección falsa",
        "drip": "un suero falso",
        "spray": "un spray falso",
        "about": "Unas {n} de cada 100",
        "fewer": "Menos de 1 de cada 100",
        "without": "{amount} {group} con {placebo} tuvieron {outcome} en {length}.",
        "with": "Con {medicine}, fueron {amount_lower}.",
        "caption.without": "Sin la medicina ({placebo})",
        "caption.with": "Con {medicine}",
        "legend": "Cada figura es 1 persona de cada 100. Una figura oscura con una línea de grieta "
        "tuvo {outcome}. Una figura solo con borde no la tuvo.",
        "study": "El estudio: {study}. Duró {length}.",
        "study_only": "El estudio: {study}.",
        "who": "Quiénes participaron: {who}.",
        "none": "El estudio principal de esta medicina midió la densidad del hueso, no los huesos "
        "rotos. Por eso no hay un dibujo de fracturas.",
        "different_people": "Cada estudio tuvo personas distintas. Los dibujos muestran lo que "
        "encontró cada estudio. No son una carrera entre las medicinas.",
        "no_shared": "Estos estudios contaron tipos distintos de fracturas. Vea sus dibujos en la "
        "página de cada medicina.",
        "no_picture": "Sin dibujo: {reason}",
        "not_counted": "su estudio principal no contó fracturas.",
        "no_numbers": "su página todavía no tiene números de un estudio.",
        "other_outcome": "su estudio principal contó {outcome}, no {shared}.",
        "source": "Fuente: {title}",
    },
}


def words(key: str, lang: str) -> str:
    return WORDS.get(lang, WORDS["en"])[key]


@dataclass(frozen=True)
class Rate:
    """How many had the outcome in one arm: a published percent, or a count out of a number."""

    percent: float
    count: int | None = None
    of: int | None = None

    @property
    def computed(self) -> bool:
        """True when the percent is our arithmetic from published counts, not a quoted figure."""
        return self.count is not None

    @property
    def people(self) -> int:
        return people_of_100(self.percent)


@dataclass(frozen=True)
class Trial:
    study: str
    outcome: str
    length: str
    who: str
    source_title: str
    source_url: str
    group: str = "women"
    placebo: str = "pill"
    without: Rate | None = None
    with_medicine: Rate | None = None
    medicine: str = ""  # the name the sentences use; the card's generic name when empty

    @property
    def has_picture(self) -> bool:
        return self.outcome != "none" and self.without is not None and self.with_medicine is not None


def people_of_100(percent: float) -> int:
    """Whole people out of 100, rounded half up (Python's round() would make 0.5 into 0)."""
    return int(Decimal(repr(percent)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# Checking ------------------------------------------------------------------------------------


def _rate_problem(name: str, value: Any) -> str | None:
    if isinstance(value, dict):
        if set(value) != {"count", "of"}:
            return f"'{name}' as counts must have exactly a 'count' and an 'of'"
        count, of = value["count"], value["of"]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (count, of)) or of <= 0:
            return f"'{name}' count and 'of' must be whole numbers, 'of' above 0"
        if not 0 <= count <= of:
            return f"'{name}' count {count} must be from 0 to {of}"
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return f"'{name}' must be a number per 100 (a percent) or counts like {{count: 70, of: 270}}"
    if not 0 <= value <= PEOPLE:
        return f"'{name}' is {value}; a number per 100 must be from 0 to 100"
    return None


def trial_problem(value: Any) -> str | None:
    """The first thing wrong with a ``trial`` block, said for the person editing it; None if fine."""
    if not isinstance(value, dict):
        return "must be a block of 'key: value' lines (study, outcome, length, who, source…)"
    for name in value:
        if name not in REQUIRED + OPTIONAL:
            return f"has an unknown key '{name}'"
    for name in REQUIRED:
        if name not in value:
            return f"has no '{name}'"
    if value["outcome"] not in OUTCOMES:
        return f"outcome must be one of {', '.join(OUTCOMES)}, not {value['outcome']!r}"
    needed = ("study",) if value["outcome"] == "none" else ("study", *COUNTED)
    for name in ("study", *COUNTED, "medicine"):
        if name not in value and name not in needed:
            continue
        if name not in value:
            return f"has no '{name}'"
        if not isinstance(value[name], str) or not value[name].strip():
            return f"'{name}' must be non-empty text"
    source = value["source"]
    if not isinstance(source, dict) or set(source) != {"title", "url"}:
        return "'source' must have exactly a 'title' and a 'url'"
    title, url = source["title"], source["url"]
    if not isinstance(title, str) or not title.strip():
        return "'source' title must be non-empty text"
    if not isinstance(url, str) or not url.startswith("https://") or " " in url:
        return "'source' url must be an https:// address"
    if value.get("group", "women") not in GROUPS:
        return f"group must be one of {', '.join(GROUPS)}"
    if value.get("placebo", "pill") not in PLACEBOS:
        return f"placebo must be one of {', '.join(PLACEBOS)}"
    arms = [name for name in ("without", "with") if name in value]
    if value["outcome"] == "none":
        return f"outcome none has no numbers, but '{arms[0]}' is given" if arms else None
    if len(arms) < 2:
        missing = "without" if "without" not in value else "with"
        return f"needs both arms: '{missing}' is missing"
    for name in arms:
        problem = _rate_problem(name, value[name])
        if problem:
            return problem
    return None


def _rate(value: Any) -> Rate:
    if isinstance(value, dict):
        return Rate(100 * value["count"] / value["of"], value["count"], value["of"])
    return Rate(float(value))


def parse_trial(value: Any) -> Trial | None:
    """The typed trial of a checked block (see :func:`trial_problem`); None when there is none."""
    if value is None or trial_problem(value) is not None:
        return None
    return Trial(
        study=value["study"].strip(),
        outcome=value["outcome"],
        length=value.get("length", "").strip(),
        who=value.get("who", "").strip().rstrip("."),
        medicine=value.get("medicine", "").strip(),
        source_title=value["source"]["title"].strip(),
        source_url=value["source"]["url"],
        group=value.get("group", "women"),
        placebo=value.get("placebo", "pill"),
        without=_rate(value["without"]) if "without" in value else None,
        with_medicine=_rate(value["with"]) if "with" in value else None,
    )


# Saying it -----------------------------------------------------------------------------------


def amount(rate: Rate, lang: str) -> str:
    """'About 8 of 100', or 'Fewer than 1 of 100' for a real but tiny number: never '1 in x'."""
    if rate.people == 0 and rate.percent > 0:
        return words("fewer", lang)
    return words("about", lang).format(n=rate.people)


@dataclass(frozen=True)
class TrialWords:
    """Everything a screen or a handout says about one trial, in one language."""

    heading: str
    without_sentence: str
    with_sentence: str
    without_caption: str
    with_caption: str
    legend: str
    study_line: str
    who_line: str
    source_line: str

    @property
    def sentences(self) -> str:
        return f"{self.without_sentence} {self.with_sentence}"


def trial_words(trial: Trial, medicine: str, lang: str) -> TrialWords:
    """The sentences for a trial with numbers; ``medicine`` is the card's generic name."""
    assert trial.without is not None and trial.with_medicine is not None
    outcome = words(trial.outcome, lang)
    placebo = words(trial.placebo, lang)
    without = words("without", lang).format(
        amount=amount(trial.without, lang),
        group=words(trial.group, lang),
        placebo=placebo,
        outcome=outcome,
        length=trial.length,
    )
    said = amount(trial.with_medicine, lang)
    with_ = words("with", lang).format(
        amount=said, amount_lower=said[:1].lower() + said[1:], medicine=medicine
    )
    return TrialWords(
        heading=words("heading", lang),
        without_sentence=without,
        with_sentence=with_,
        without_caption=words("caption.without", lang).format(placebo=placebo),
        with_caption=words("caption.with", lang).format(medicine=medicine),
        legend=words("legend", lang).format(outcome=outcome),
        study_line=words("study", lang).format(study=trial.study, length=trial.length),
        who_line=words("who", lang).format(who=trial.who),
        source_line=words("source", lang).format(title=trial.source_title),
    )


@dataclass(frozen=True)
class TrialSection:
    """A card's "What the main study found": two pictures with their words, or words alone."""

    heading: str
    words: TrialWords | None  # None when the study counted no breaks
    without_people: int
    with_people: int
    note: str  # for a study without breaks: why there is no picture
    study_line: str
    who_line: str
    source_line: str
    source_url: str

    @property
    def said(self) -> str:
        """What is read aloud and given to screen readers in place of the pictures."""
        return self.words.sentences if self.words is not None else self.note


def trial_section(trial: Trial, medicine: str, lang: str) -> TrialSection:
    medicine = trial.medicine or medicine
    study = words("study" if trial.length else "study_only", lang).format(
        study=trial.study, length=trial.length
    )
    who = words("who", lang).format(who=trial.who) if trial.who else ""
    source = words("source", lang).format(title=trial.source_title)
    if not trial.has_picture:
        return TrialSection(
            words("heading", lang), None, 0, 0, words("none", lang), study, who, source, trial.source_url
        )
    assert trial.without is not None and trial.with_medicine is not None
    said = trial_words(trial, medicine, lang)  # the study's own name for the medicine, if it has one
    return TrialSection(
        said.heading,
        said,
        trial.without.people,
        trial.with_medicine.people,
        "",
        study,
        who,
        source,
        trial.source_url,
    )


# Comparing -----------------------------------------------------------------------------------


def shared_outcome(trials: list[Trial | None]) -> str | None:
    """The outcome most of these studies counted (the first listed wins a tie); None if none did."""
    counted = [t.outcome for t in trials if t is not None and t.has_picture]
    if not counted:
        return None
    return max(OUTCOMES[:-1], key=counted.count) if counted else None


def same_numbers(first: Trial | None, second: Trial | None) -> bool:
    """Translations must show the same pictures: outcome, numbers and source are facts."""
    if first is None or second is None:
        return first is second
    return (
        first.outcome,
        first.without,
        first.with_medicine,
        first.source_url,
        first.group,
        first.placebo,
    ) == (
        second.outcome,
        second.without,
        second.with_medicine,
        second.source_url,
        second.group,
        second.placebo,
    )
