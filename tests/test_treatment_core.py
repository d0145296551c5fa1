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
from kiosk.core.page_html import render_page
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
    assert rows["label.route"] == (
        (
            "Tablet: a pill you swallow.",
            "Tablet with vitamin D: a pill you swallow.",
            "Fizzy tablet: a fizzy tablet you dissolve in water, then drink.",
            "Liquid: a liquid you drink.",
        ),
        ("A drip into a vein at the clinic.",),
    )
    assert rows["label.how_often"][1] == (
        "To treat osteoporosis: once a year.",
        "To prevent osteoporosis: once every 2 years.",
    )
    assert rows["label.action"][0] == ("Slows bone loss.",)
    assert rows["label.main_benefit"][0] == (pages[0].medication.main_benefit,)  # type: ignore[union-attr]


def test_a_form_sold_on_several_schedules_never_reads_as_leave_to_take_it_on_all(shipped: Library) -> None:
    """The weekly alendronate tablet must not read as 'or every day' on screen, in compare or on paper."""
    card = shipped.pages["alendronate"]
    only_as_labelled = "once a week or every day (your label says which one, never both)."
    rows = {row.key: row.answers for row in build_comparison([card], "en").rows}
    assert rows["label.how_often"][0][0] == f"Tablet: {only_as_labelled}"
    assert only_as_labelled[1:] in render_page(card).html
    handout_lines = [
        line
        for medicine in build_handout([card], "", dt.date(2026, 12, 7), "en").medicines
        for fact in medicine.facts
        for line in fact.lines
    ]
    assert any("your label says which one, never both" in line for line in handout_lines)


def test_compare_says_who_each_medicine_is_for(shipped: Library) -> None:
    pages = [shipped.pages["alendronate"], shipped.pages["ibandronate"]]
    rows = {row.key: row.answers for row in build_comparison(pages, "en").rows}
    assert rows["label.for"] == (
        ("Women after menopause, men and people whose bones are thinned by steroid medicines.",),
        ("Women after menopause only.",),
    )


def test_compare_keeps_every_caution_and_lets_a_screen_fold_after_three(shipped: Library) -> None:
    facts = shipped.pages["alendronate"].medication
    assert facts is not None and len(facts.cautions) > 3
    row = next(
        r for r in build_comparison([shipped.pages["alendronate"]], "en").rows if r.key == "label.cautions"
    )
    assert row.answers[0] == facts.cautions
    assert row.fold == 3
    assert not any("more on its card" in line for line in row.answers[0])


def test_spanish_labels_come_from_the_vocabulary(shipped: Library) -> None:
    labels = [row.label for row in build_comparison([shipped.pages["alendronate"]], "es").rows]
    assert labels[:3] == ["Para quién es", "Cómo se usa", "Cada cuánto"]


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
    expected = [p.id for p in shipped.medications if _codes_match(p.medication.routes, ROUTE_GROUPS[group])]  # type: ignore[union-attr]
    assert [p.id for p in matching(shipped.medications, Filters(route=group))] == expected
    assert expected  # every group the kiosk offers has medicines in the shipped library


@pytest.mark.parametrize(
    "often",
    [
        "daily",
        "twice-weekly",
        "weekly",
        "monthly",
        "every-3-months",
        "every-6-months",
        "yearly",
        "every-2-years",
    ],
)
def test_each_frequency_filter_returns_exactly_the_cards_taken_that_often(
    shipped: Library, often: str
) -> None:
    expected = [p.id for p in shipped.medications if often in p.medication.frequencies]  # type: ignore[union-attr]
    assert [p.id for p in matching(shipped.medications, Filters(often=often))] == expected
    assert expected


def test_two_filters_keep_only_cards_matching_both(shipped: Library) -> None:
    found = [p.id for p in matching(shipped.medications, Filters(route="pill", often="monthly"))]
    assert found == ["risedronate", "ibandronate"]
    assert matching(shipped.medications, Filters(route="nasal-spray", often="yearly")) == []


def _found(shipped: Library, filters: Filters) -> list[str]:
    return [p.id for p in matching(shipped.medications, filters)]


def test_route_and_frequency_must_match_within_one_form(shipped: Library) -> None:
    """Ibandronate is a monthly pill or a clinic shot every 3 months: never a monthly clinic shot."""
    assert "ibandronate" not in _found(shipped, Filters(route="clinic", often="monthly"))
    assert "ibandronate" not in _found(shipped, Filters(route="pill", often="every-3-months"))
    assert "ibandronate" in _found(shipped, Filters(route="clinic", often="every-3-months"))
    assert "ibandronate" in _found(shipped, Filters(route="pill", often="monthly"))
    assert _found(shipped, Filters(route="clinic", often="monthly")) == ["romosozumab"]


def test_zoledronic_acid_is_yearly_to_treat_and_every_2_years_to_prevent(shipped: Library) -> None:
    assert _found(shipped, Filters(often="every-2-years")) == ["zoledronic-acid"]
    assert "zoledronic-acid" in _found(shipped, Filters(route="clinic", often="yearly"))


def test_the_men_filter_lists_the_medicines_approved_for_men(shipped: Library) -> None:
    assert sorted(_found(shipped, Filters(for_men=True))) == [
        "abaloparatide",
        "alendronate",
        "denosumab",
        "risedronate",
        "teriparatide",
        "zoledronic-acid",
    ]
    # Atelvia (the weekly after-breakfast risedronate) is for women after menopause only; Actonel
    # weekly is approved for men, so risedronate stays under 'weekly + for men' by its Actonel form.
    assert "risedronate" in _found(shipped, Filters(often="weekly", for_men=True))
    assert _found(shipped, Filters(often="every-2-years", for_men=True)) == []


def test_every_card_says_who_it_is_for(shipped: Library) -> None:
    steroid = {p.id for p in shipped.medications if "steroid" in p.medication.audience}  # type: ignore[union-attr]
    assert steroid == {"alendronate", "risedronate", "zoledronic-acid", "denosumab", "teriparatide"}
    only_after_menopause = {
        p.id
        for p in shipped.medications
        if p.medication.audience == ("after-menopause",)  # type: ignore[union-attr]
    }
    assert only_after_menopause == {
        "ibandronate",
        "raloxifene",
        "romosozumab",
        "estrogens-bazedoxifene",
        "calcitonin",
        "hormone-therapy",
    }


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


def test_a_brand_sold_as_one_of_several_forms_opens_the_card_at_that_form(shipped: Library) -> None:
    targets = {e.name: e.target for e in build_name_index(shipped)}
    assert targets["Binosto"] == "alendronate#form-3"
    assert targets["Fosamax Plus D"] == "alendronate#form-2"
    assert targets["Atelvia"] == "risedronate#form-2"
    assert targets["Prolia"] == "denosumab"  # one form: the card from its top
    assert targets["Alendronate"] == "alendronate"  # the generic name covers every form


def test_the_binosto_facts_on_the_card_say_dissolve_and_never_swallow(shipped: Library) -> None:
    html = render_page(shipped.pages["alendronate"]).html
    binosto = html.split('<a name="form-3"></a>')[1].split('<a name="form-4"></a>')[0]
    assert "Fizzy tablet (Binosto)" in binosto
    assert "dissolve in water" in binosto and "Never swallow, chew or suck the tablet itself." in binosto
    assert "Swallow the tablet whole" not in binosto


def test_a_handout_names_each_medicine_and_holds_nothing_but_card_facts(shipped: Library) -> None:
    pages = [shipped.pages["alendronate"], shipped.pages["denosumab"]]
    handout = build_handout(pages, "Elm Street Clinic", dt.date(2025, 3, 12), "en")
    assert handout.date_line == "Printed on March 12, 2025"
    assert [m.title for m in handout.medicines] == ["Alendronate (Fosamax)", "Denosumab (Prolia)"]
    assert [m.info_url for m in handout.medicines] == [p.medication.info_url for p in pages]  # type: ignore[union-attr]
    assert "not medical advice" in handout.disclaimer


def test_a_handout_about_one_medicine_also_says_how_to_take_it(shipped: Library) -> None:
    handout = build_handout([shipped.pages["raloxifene"]], "", dt.date(2025, 1, 2), "es")
    assert handout.date_line == "Impreso el 2 de enero de 2025"
    labels = [fact.label for fact in handout.medicines[0].details]
    assert labels[-1] == "Cómo tomarlo"


@pytest.mark.parametrize(
    ("lang", "label", "dissolve", "never"),
    [
        ("en", "How to take it: Fizzy tablet (Binosto)", "half a glass (4 ounces)", "Never swallow"),
        ("es", "Cómo tomarlo: Pastilla efervescente (Binosto)", "medio vaso (4 onzas)", "Nunca se trague"),
    ],
)
def test_the_binosto_handout_says_dissolve_and_never_swallow(
    lang: str, label: str, dissolve: str, never: str
) -> None:
    library, _ = load_library(SHIPPED_CONTENT, lang)
    handout = build_handout([library.pages["alendronate"]], "", dt.date(2025, 1, 2), lang)
    details = {fact.label: fact.lines for fact in handout.medicines[0].details}
    binosto = " ".join(details[label])
    assert dissolve in binosto and never in binosto
    facts = {fact.label: fact.lines for fact in handout.medicines[0].facts}
    assert any("dissolve" in line or "disuelve" in line for line in facts[label.split(": ", 1)[1]])


def test_a_handout_prints_every_caution_of_every_medicine(shipped: Library) -> None:
    pages = [shipped.pages[i] for i in ("alendronate", "denosumab", "romosozumab", "raloxifene")]
    handout = build_handout(pages, "", dt.date(2025, 1, 2), "en")
    for page, medicine in zip(pages, handout.medicines, strict=True):
        cautions = next(fact.lines for fact in medicine.details if fact.label == "Cautions")
        assert cautions == page.medication.cautions  # type: ignore[union-attr]
        assert not any("more on its card" in line for line in cautions)


def test_a_handout_needs_a_medication_card(shipped: Library, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one medication card"):
        build_handout([shipped.pages["medicines"]], "", dt.date.today(), "en")
