"""Every checker rule, each on a small library made in tmp_path."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from kiosk.core.checker import CheckLimits, check_content, format_json, format_report
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
