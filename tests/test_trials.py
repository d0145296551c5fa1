"""What the main study found: the trial front matter, its checks, rounding and the sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.checker import check_content
from kiosk.core.content import load_library
from kiosk.core.trials import Rate, people_of_100, trial_section, trial_words
from tests.conftest import LibraryBuilder

GOOD = """\
trial:
  study: FIT
  outcome: spine-break
  placebo: pill
  length: 3 years
  who: Women 55 to 81 who already had a spine break
  without: 15.0
  with: 8.0
  source:
    title: Fracture Intervention Trial, PubMed
    url: https://pubmed.ncbi.nlm.nih.gov/8950879/
"""


def card_with(library: LibraryBuilder, trial: str, page_id: str = "alendronate", lang: str = "en") -> Path:
    path = library.medication(page_id, lang=lang)
    text = path.read_text(encoding="utf-8")
    end = text.index("\n---", 3) + 1
    path.write_text(text[:end] + trial + text[end:], encoding="utf-8")
    return path


def trial_errors(library: LibraryBuilder) -> list[str]:
    return [str(p) for p in check_content(library.root).errors if "trial" in p.message]


@pytest.mark.parametrize(
    ("percent", "people"),
    [
        (15.0, 15),
        (16.3, 16),
        (11.3, 11),
        (4.22, 4),
        (0.58, 1),
        (0.5, 1),
        (2.5, 3),
        (1.8, 2),
        (0.49, 0),
        (100, 100),
    ],
)
def test_numbers_become_whole_people_out_of_100_rounding_half_up(percent: float, people: int) -> None:
    assert people_of_100(percent) == people


def test_counts_are_turned_into_people_out_of_100_and_marked_as_computed() -> None:
    rate = Rate(100 * 70 / 270, 70, 270)
    assert rate.people == 26 and rate.computed


def test_a_card_trial_is_read_into_a_typed_model(library: LibraryBuilder) -> None:
    card_with(library, GOOD)
    library_, problems = load_library(library.root, "en")
    trial = library_.pages["alendronate"].trial
    assert problems == [] and trial is not None
    assert (trial.outcome, trial.without, trial.with_medicine) == ("spine-break", Rate(15.0), Rate(8.0))
    assert trial.source_url == "https://pubmed.ncbi.nlm.nih.gov/8950879/"


def test_the_sentences_say_the_numbers_out_of_100_in_english_and_spanish(library: LibraryBuilder) -> None:
    card_with(library, GOOD)
    trial = load_library(library.root, "en")[0].pages["alendronate"].trial
    assert trial is not None
    english = trial_words(trial, "alendronate", "en")
    assert english.sentences == (
        "About 15 of 100 women on a fake pill had a new spine break in 3 years. "
        "About 8 of 100 on alendronate did."
    )
    spanish = trial_words(trial, "alendronato", "es")
    assert spanish.sentences.startswith("Unas 15 de cada 100 mujeres con una pastilla falsa")
    assert "unas 8 de cada 100" in spanish.sentences
    for said in (english, spanish):
        assert " in 1" not in said.sentences and "1 en " not in said.sentences  # never "1 in x"


def test_a_number_that_rounds_to_nobody_is_said_as_fewer_than_1_of_100(library: LibraryBuilder) -> None:
    card_with(library, GOOD.replace("with: 8.0", "with: {count: 16, of: 3321}"))
    trial = load_library(library.root, "en")[0].pages["alendronate"].trial
    assert trial is not None
    assert trial_words(trial, "x", "en").with_sentence == "Fewer than 1 of 100 on x did."


def test_a_study_without_breaks_says_so_in_words(library: LibraryBuilder) -> None:
    block = "trial:\n  study: SMART-1\n  outcome: none\n  source:\n    title: PubMed\n    url: https://pubmed.ncbi.nlm.nih.gov/19635616/\n"
    card_with(library, block)
    trial = load_library(library.root, "en")[0].pages["alendronate"].trial
    assert trial is not None and not trial.has_picture
    assert "not broken bones" in trial_section(trial, "x", "en").said


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("without: 15.0", "without: 115"), "'without' is 115; a number per 100 must be from 0 to 100"),
        (("with: 8.0", "with: -1"), "'with' is -1; a number per 100 must be from 0 to 100"),
        (("  with: 8.0\n", ""), "needs both arms: 'with' is missing"),
        (("  without: 15.0\n", ""), "needs both arms: 'without' is missing"),
        (
            (
                "  source:\n    title: Fracture Intervention Trial, PubMed\n    url: https://pubmed.ncbi.nlm.nih.gov/8950879/\n",
                "",
            ),
            "has no 'source'",
        ),
        (
            ("url: https://pubmed.ncbi.nlm.nih.gov/8950879/", "url: pubmed"),
            "'source' url must be an https:// address",
        ),
        (
            ("outcome: spine-break", "outcome: wrist"),
            "outcome must be one of spine-break, hip-break, any-break, none",
        ),
        (("without: 15.0", "without: {count: 300, of: 270}"), "'without' count 300 must be from 0 to 270"),
        (("without: 15.0", "without: lots"), "'without' must be a number per 100"),
        (("  who: Women 55 to 81 who already had a spine break\n", ""), "has no 'who'"),
    ],
)
def test_the_checker_rejects_a_bad_trial_with_its_file_and_line(
    library: LibraryBuilder, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD
    path = card_with(library, GOOD.replace(old, new))
    trial_line = path.read_text(encoding="utf-8").splitlines().index("trial:") + 1
    errors = trial_errors(library)
    assert len(errors) == 1
    assert errors[0].startswith(f"{path}:{trial_line}: error: 'trial' ")
    assert message in errors[0]


def test_a_good_trial_passes_the_checker(library: LibraryBuilder) -> None:
    card_with(library, GOOD)
    assert trial_errors(library) == []


def test_a_translation_must_show_the_same_numbers(library: LibraryBuilder) -> None:
    card_with(library, GOOD)
    path = card_with(library, GOOD.replace("with: 8.0", "with: 9.0"), lang="es")
    errors = trial_errors(library)
    assert len(errors) == 1 and errors[0].startswith(f"{path}:") and "differ" in errors[0]
