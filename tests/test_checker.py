"""Every checker rule, each on a small library made in tmp_path."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.checker import CheckLimits, awaiting_review, check_content, format_json, format_report
from kiosk.core.routes import ROUTE_NAMES
from tests.conftest import SHIPPED_CONTENT, LibraryBuilder

HARD_WORDS = (
    "Pharmacological interventions demonstrating considerable effectiveness substantially "
    "diminish osteoporotic fracture probability, particularly vertebral compression deformities. "
)


def messages(library: LibraryBuilder, **limits: object) -> list[str]:
    report = check_content(library.root, CheckLimits(**limits))  # type: ignore[arg-type]
    return [str(problem) for problem in report.problems]


def test_a_clean_library_has_no_problems(library: LibraryBuilder) -> None:
    library.topic("home-topic")
    assert messages(library) == []


def test_a_link_to_a_missing_page_names_its_line(library: LibraryBuilder) -> None:
    library.topic("a", body="First line.\n\nSee [the other page](nowhere) for more.")
    found = messages(library)
    assert len(found) == 1 and found[0].endswith("a.md:14: error: link to a missing page 'nowhere'")


def test_a_missing_image_is_an_error(library: LibraryBuilder) -> None:
    library.topic("a", body="![A picture](images/gone.svg)")
    assert any("image 'images/gone.svg' not found" in m for m in messages(library))


def test_a_remote_link_is_a_warning(library: LibraryBuilder) -> None:
    library.topic("a", body="Read [more](https://example.com).")
    assert any("warning: 'https://example.com' is not a page id" in m for m in messages(library))


def test_hard_reading_is_an_error_above_the_limit(library: LibraryBuilder) -> None:
    library.topic("a", body=HARD_WORDS * 3)
    found = messages(library)
    assert any("error: reading grade" in m and "above the limit 7" in m for m in found)


def test_reading_between_target_and_limit_is_a_warning(library: LibraryBuilder) -> None:
    library.topic("a", body="Bones are alive. They change all the time.")
    found = messages(library, target_grade=-10.0, max_grade=20.0)
    assert any("warning: reading grade" in m and "above the target -10" in m for m in found)


def test_an_old_review_date_is_a_warning(library: LibraryBuilder) -> None:
    library.topic("a", reviewed="2020-01-01")
    found = messages(library, today=dt.date(2026, 11, 25))
    assert any("a.md:10: warning: last reviewed 2020-01-01, over 24 months ago" in m for m in found)


def test_missing_sources_and_review_date_are_errors(library: LibraryBuilder) -> None:
    library.write("a.md", "---\nid: a\ntitle: A\nkind: topic\nsummary: s\norder: 1\n---\nBody.")
    found = messages(library)
    assert any("missing required field 'sources'" in m for m in found)
    assert any("missing required field 'reviewed'" in m for m in found)


def test_medication_cards_need_two_sources(library: LibraryBuilder) -> None:
    path = library.medication("pill")
    text = path.read_text()
    path.write_text(text.replace("  - title: NIH\n    url: https://www.bones.nih.gov/\n", ""))
    assert any("'sources' must be a list of at least 2" in m for m in messages(library))


def test_medications_nobody_lists_are_a_warning(library: LibraryBuilder) -> None:
    library.topic("a")
    library.medication("pill")
    assert any("no topic has 'lists: medications'" in m for m in messages(library))


def test_json_and_report_formats(library: LibraryBuilder) -> None:
    library.topic("a", body="See [x](gone).")
    report = check_content(library.root)
    data = json.loads(format_json(report))
    assert data["errors"] == 1 and data["pages"][0]["id"] == "a"
    assert data["problems"][0]["severity"] == "error" and data["problems"][0]["line"] == 12
    table = format_report(report)
    assert "a" in table and "median English grade" in table


def test_the_cli_exits_1_on_errors_and_0_when_clean(library: LibraryBuilder) -> None:
    library.topic("a", body="See [x](gone).")
    bad = subprocess.run(
        [sys.executable, "-m", "kiosk", "check", str(library.root)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1 and "link to a missing page 'gone'" in bad.stdout
    library.topic("a")
    good = subprocess.run(
        [sys.executable, "-m", "kiosk", "check", str(library.root), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert good.returncode == 0 and json.loads(good.stdout)["errors"] == 0


def test_the_shipped_library_passes_and_reads_at_grade_6_or_below() -> None:
    report = check_content(SHIPPED_CONTENT)
    assert [str(p) for p in report.errors] == []
    grades = sorted(s.readability.score for s in report.stats if s.page.lang == "en")
    assert grades and grades[len(grades) // 2] <= 6.0


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("route", sorted(ROUTE_NAMES))
def test_a_page_id_that_is_a_screen_name_is_an_error(library: LibraryBuilder, route: str) -> None:
    library.topic(route)
    found = messages(library)
    assert any(
        f"{route}.md:2: error: the id '{route}' is the name of one of the kiosk's own screens" in m
        for m in found
    )


def test_a_card_without_who_it_is_for_is_an_error(library: LibraryBuilder) -> None:
    edit(library.medication("pill"), "for: [after-menopause, men]\n", "")
    assert any("missing required field 'for'" in m for m in messages(library))


def test_a_brand_with_no_form_is_an_error(library: LibraryBuilder) -> None:
    edit(
        library.medication("pill"),
        "brand_names: [Brandone]",
        "brand_names: [Brandone, Brandtwo (brand no longer sold)]",
    )
    found = messages(library)
    assert any("pill.md:8: error: brand 'Brandtwo' is in no form" in m for m in found), found


def test_a_form_naming_a_brand_the_card_does_not_list_is_an_error(library: LibraryBuilder) -> None:
    edit(library.medication("pill"), "brands: [Brandone]", "brands: [Brandone, Brandthree]")
    assert any(
        "form 1 names brand 'Brandthree', which is not in 'brand_names'" in m for m in messages(library)
    )


def test_a_form_for_more_people_than_its_card_is_an_error(library: LibraryBuilder) -> None:
    edit(library.medication("pill"), "    where_given: home\n", "    where_given: home\n    for: [steroid]\n")
    assert any("form 1 is 'for' steroid, which the card's 'for' does not say" in m for m in messages(library))


def test_a_form_without_its_own_steps_is_an_error(library: LibraryBuilder) -> None:
    edit(library.medication("pill"), "    how_to_take: [Take it with a full glass of water.]\n", "")
    assert any("'forms' item 1 is missing 'how_to_take'" in m for m in messages(library))


PENDING = "clinical_review:\n  status: pending\n"
SIGNED = (
    "clinical_review:\n  status: done\n  role: clinical pharmacist\n"
    "  checked_against: FDA label\n  date: {date}\n"
)


def _review(library: LibraryBuilder, record: str) -> Path:
    path = library.medication("pill")
    text = path.read_text(encoding="utf-8")
    start = text.index("clinical_review:")
    end = text.index("sources:")
    path.write_text(text[:start] + record + text[end:], encoding="utf-8")
    return path


def test_a_pending_clinical_review_is_a_warning_and_listed_by_the_report(library: LibraryBuilder) -> None:
    _review(library, PENDING)
    found = messages(library)
    assert any("warning: awaits a clinician's review (clinical_review is pending)" in m for m in found)
    table = format_report(check_content(library.root))
    assert "awaiting a clinician's review (1 cards):" in table and "en/pill" in table


def test_a_clinical_review_over_12_months_old_is_a_warning(library: LibraryBuilder) -> None:
    _review(library, SIGNED.format(date="2025-01-10"))
    found = messages(library, today=dt.date(2026, 3, 1))
    assert any("warning: the clinical review of 2025-01-10 is over 12 months old" in m for m in found)
    assert not any("over 12 months" in m for m in messages(library, today=dt.date(2025, 6, 1)))


def test_a_clinical_review_older_than_its_newest_source_is_a_warning(library: LibraryBuilder) -> None:
    path = _review(library, SIGNED.format(date="2026-01-10"))
    edit(
        path,
        "    url: https://www.bones.nih.gov/\n",
        "    url: https://www.bones.nih.gov/\n    date: 2026-02-01\n",
    )
    found = messages(library, today=dt.date(2026, 3, 1))
    assert any(
        "the clinical review of 2026-01-10 is older than a source it cites (dated 2026-02-01)" in m
        for m in found
    )


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ("clinical_review:\n  status: done\n  role: clinical pharmacist\n", "needs 'checked_against'"),
        (
            SIGNED.replace("clinical pharmacist", "Dr. Jane Smith").format(date="2026-01-10"),
            "'role' must be one of",
        ),
        ("clinical_review:\n  status: approved\n", "'status' must be one of"),
        ("", "missing required field 'clinical_review'"),
    ],
)
def test_a_sign_off_names_a_role_what_was_read_and_when(
    library: LibraryBuilder, record: str, reason: str
) -> None:
    _review(library, record)
    assert any(reason in m for m in messages(library)), messages(library)


def test_the_shipped_cards_all_say_honestly_that_they_await_review() -> None:
    report = check_content(SHIPPED_CONTENT)
    cards = [s.page for s in report.stats if s.page.medication is not None]
    assert cards and all(page.medication.review.pending for page in cards)  # type: ignore[union-attr]
    assert len(awaiting_review(report)) == len(cards)


def test_a_cards_only_form_without_brands_is_sold_under_every_brand(library: LibraryBuilder) -> None:
    path = library.medication("pill")
    edit(path, "brand_names: [Brandone]", "brand_names: [Brandone, Brandtwo (denosumab-xxxx)]")
    edit(path, "    brands: [Brandone]\n", "")
    assert not any("is in no form" in m for m in messages(library))
    two_forms = "    how_to_take: [Take it with a full glass of water.]\n"
    edit(
        path,
        two_forms,
        two_forms + "  - label: Liquid\n    route: oral-liquid\n    how_often: [weekly]\n"
        "    where_given: home\n    how_to_take: [Drink it all.]\n",
    )
    found = messages(library)
    assert any("brand 'Brandone' is in no form" in m for m in found)  # with two forms, each names its own
