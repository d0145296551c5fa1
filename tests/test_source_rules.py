"""A page's sources must be ones a pharmacist can check: FDA labels and public-health bodies."""

from __future__ import annotations

from kiosk.core.checker import CheckLimits, check_content
from kiosk.core.source_rules import is_authoritative
from tests.conftest import LibraryBuilder
from tests.test_trials import GOOD, card_with


def test_a_source_on_a_drug_summary_site_is_a_warning_naming_its_line(library: LibraryBuilder) -> None:
    path = library.topic("a")
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("https://www.bones.nih.gov/health-info/bone", "https://www.droracle.ai/articles/1"),
        encoding="utf-8",
    )
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if "bones.nih.gov" in row)
    found = [str(p) for p in check_content(library.root, CheckLimits()).problems]
    assert found == [
        f"{path}:{line}: warning: source https://www.droracle.ai/articles/1 is not a source a pharmacist "
        "can check against; cite the FDA label (DailyMed) or a public-health body"
    ]


def test_labels_and_public_health_bodies_pass_and_look_alike_hosts_do_not() -> None:
    assert is_authoritative("https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=x")
    assert is_authoritative("https://api.fda.gov/drug/label.json?search=set_id:x")
    assert is_authoritative("https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/x")
    assert not is_authoritative("https://notfda.gov/label")
    assert not is_authoritative("https://fda.gov.example.com/label")
    assert not is_authoritative("https://www.drugs.com/boniva.html")


def test_the_study_behind_a_picture_must_be_a_checkable_source_too(library: LibraryBuilder) -> None:
    card_with(
        library, GOOD.replace("https://pubmed.ncbi.nlm.nih.gov/8950879/", "https://blog.example.com/fit")
    )
    found = [str(p) for p in check_content(library.root, CheckLimits()).problems if "blog" in p.message]
    assert len(found) == 1 and "https://blog.example.com/fit is not a source a pharmacist" in found[0]
