"""The Qt-free core of the treatment options: comparison rows, filters, the A to Z index, handouts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.core.browse import ROUTE_GROUPS, Filters, matching
from kiosk.core.comparison import MAX_PICKS, Picks, build_comparison
from kiosk.core.content import Library, load_library
from kiosk.core.handout import build_handout
from kiosk.core.name_index import build_name_index, is_brand_name, split_note
from tests.conftest import SHIPPED_CONTENT


@pytest.fixture(scope="module")
def shipped() -> Library:
    library, problems = load_library(SHIPPED_CONTENT, "en")
    assert problems == []
    return library


def test_comparison_rows_read_as_sentences_from_front_matter(shipped: Library) -> None:
    pages = [shipped.pages["alendronate"], shipped.pages["zoledronic-acid"]]
    comparison = build_comparison(pages, "en")
    rows = {row.key: row.answers for row in comparison.rows}
    assert [c.title for c in comparison.columns] == ["Alendronate (Fosamax)", "Zoledronic acid (Reclast)"]
    assert rows["label.route"] == (("A pill you swallow.",), ("A drip into a vein at the clinic.",))
    assert rows["label.how_often"][1] == ("Once a year.",)
    assert rows["label.action"][0] == ("Slows bone loss.",)
    assert rows["label.main_benefit"][0] == (pages[0].medication.main_benefit,)  # type: ignore[union-attr]


def test_key_cautions_keep_the_first_three_and_say_how_many_more(shipped: Library) -> None:
    facts = shipped.pages["alendronate"].medication
    assert facts is not None
    cautions = {r.key: r.answers for r in build_comparison([shipped.pages["alendronate"]], "en").rows}
    answer = cautions["label.cautions"][0]
    assert answer[:3] == facts.cautions[:3]
    assert answer[3] == f"{len(facts.cautions) - 3} more on its card."


def test_spanish_labels_come_from_the_vocabulary(shipped: Library) -> None:
    labels = [row.label for row in build_comparison([shipped.pages["alendronate"]], "es").rows]
    assert labels[:2] == ["Cómo se usa", "Cada cuánto"]


def test_picks_keep_order_refuse_a_fifth_and_move_one_place() -> None:
    picks = Picks()
    for page_id in ("a", "b", "c", "d"):
        assert picks.add(page_id)
    assert not picks.add("e") and picks.full and len(picks) == MAX_PICKS
    assert picks.move("c", -1) and picks.ids == ("a", "c", "b", "d")
    assert not picks.move("a", -1)
    assert picks.remove("c") and list(picks.ids) == ["a", "b", "d"]


def _codes_match(page_codes: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    return any(code in wanted for code in page_codes)


@pytest.mark.parametrize("group", list(ROUTE_GROUPS))
def test_each_route_filter_returns_exactly_the_cards_with_those_routes(shipped: Library, group: str) -> None:
    expected = [p.id for p in shipped.medications if _codes_match(p.medication.route, ROUTE_GROUPS[group])]  # type: ignore[union-attr]
    assert [p.id for p in matching(shipped.medications, Filters(route=group))] == expected
    assert expected  # every group the kiosk offers has medicines in the shipped library


@pytest.mark.parametrize("often", ["daily", "weekly", "monthly", "every-6-months", "yearly"])
def test_each_frequency_filter_returns_exactly_the_cards_taken_that_often(
    shipped: Library, often: str
) -> None:
    expected = [p.id for p in shipped.medications if often in p.medication.how_often]  # type: ignore[union-attr]
    assert [p.id for p in matching(shipped.medications, Filters(often=often))] == expected
    assert expected


def test_two_filters_keep_only_cards_matching_both(shipped: Library) -> None:
    found = [p.id for p in matching(shipped.medications, Filters(route="pill", often="monthly"))]
    assert found == ["risedronate", "ibandronate"]
    assert matching(shipped.medications, Filters(route="nasal-spray", often="yearly")) == []


@pytest.mark.parametrize(
    ("text", "name", "note"),
    [
        ("Prolia", "Prolia", ""),
        ("Jubbonti (denosumab-bbdz)", "Jubbonti", "denosumab-bbdz"),
        (
            "Boniva (brand no longer sold; generic available)",
            "Boniva",
            "brand no longer sold; generic available",
        ),
    ],
)
def test_a_note_in_brackets_is_kept_apart_from_the_name(text: str, name: str, note: str) -> None:
    assert split_note(text) == (name, note)


@pytest.mark.parametrize(("text", "is_name"), [("Fosamax Plus D", True), ("Many brands", False), ("", False)])
def test_only_proper_nouns_count_as_brand_names(text: str, is_name: bool) -> None:
    assert is_brand_name(text) is is_name


def test_the_index_lists_every_brand_and_generic_name_a_to_z(shipped: Library) -> None:
    entries = build_name_index(shipped)
    names = [e.name for e in entries]
    assert names == sorted(names, key=str.casefold)
    for wanted, page_id in [
        ("Fosamax", "alendronate"),
        ("Prolia", "denosumab"),
        ("Jubbonti", "denosumab"),
        ("Evista", "raloxifene"),
        ("Reclast", "zoledronic-acid"),
        ("Alendronate", "alendronate"),
    ]:
        assert any(e.name == wanted and e.page_id == page_id for e in entries), wanted
    assert "Many brands" not in names


def test_a_handout_names_each_medicine_and_holds_nothing_but_card_facts(shipped: Library) -> None:
    pages = [shipped.pages["alendronate"], shipped.pages["denosumab"]]
    handout = build_handout(pages, "Elm Street Clinic", dt.date(2025, 3, 12), "en")
    assert handout.date_line == "Printed on March 12, 2025"
    assert [m.title for m in handout.medicines] == ["Alendronate (Fosamax)", "Denosumab (Prolia)"]
    assert [m.info_url for m in handout.medicines] == [p.medication.info_url for p in pages]  # type: ignore[union-attr]
    assert "not medical advice" in handout.disclaimer


def test_a_handout_about_one_medicine_also_says_how_to_take_it(shipped: Library) -> None:
    handout = build_handout([shipped.pages["alendronate"]], "", dt.date(2025, 1, 2), "es")
    assert handout.date_line == "Impreso el 2 de enero de 2025"
    labels = [fact.label for fact in handout.medicines[0].details]
    assert labels[-1] == "Cómo tomarlo"


def test_a_handout_needs_a_medication_card(shipped: Library, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one medication card"):
        build_handout([shipped.pages["medicines"]], "", dt.date.today(), "en")
