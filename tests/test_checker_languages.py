"""The checker keeps languages in step: same pages, same card facts, Spanish that reads easily."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.checker import check_content, format_report
from tests.conftest import SHIPPED_CONTENT, LibraryBuilder

SPANISH_BODY = "Sus huesos están vivos. Cambian todo el tiempo."
SPANISH_CARD_BODY = "Esta pastilla ayuda a sus huesos. Tómela una vez a la semana."


def messages(library: LibraryBuilder) -> list[str]:
    return [str(problem) for problem in check_content(library.root).problems]


def bilingual(library: LibraryBuilder) -> tuple[Path, Path]:
    """A topic and a card in English and Spanish; returns the two Spanish files."""
    library.medication("pill", order=1)
    card = library.medication("pill", body=SPANISH_CARD_BODY, order=1, lang="es")
    english = library.topic("bones", order=1)
    topic = library.topic("bones", body=SPANISH_BODY, title="Huesos", order=1, lang="es")
    for path in (english, topic):  # the section that lists the cards
        edit(path, "kind: topic\n", "kind: topic\nlists: medications\n")
    return topic, card


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_two_languages_with_the_same_pages_and_facts_are_clean(library: LibraryBuilder) -> None:
    bilingual(library)
    assert messages(library) == []


@pytest.mark.parametrize(
    ("field", "old", "new"),
    [
        ("forms 1 route", "route: pill", "route: self-shot"),
        ("forms 1 how_often", "how_often: [weekly]", "how_often: [weekly, monthly]"),
        ("forms 1 where_given", "where_given: home", "where_given: clinic"),
        ("forms 1 brands", "brands: [Brandone]", "brands: [Brandtwo]"),
        ("forms 1 for", "    where_given: home\n", "    where_given: home\n    for: [after-menopause]\n"),
        ("for", "for: [after-menopause, men]", "for: [after-menopause, men, steroid]"),
        ("action", "action: slows-loss", "action: builds-bone"),
        ("info_url", "info_url: https://medlineplus.gov/", "info_url: https://medlineplus.gov/spanish/"),
    ],
)
def test_a_spanish_card_whose_facts_differ_is_an_error(
    library: LibraryBuilder, field: str, old: str, new: str
) -> None:
    _, card = bilingual(library)
    edit(card, old, new)
    found = [m for m in messages(library) if "the facts must be the same in every language" in m]
    assert len(found) == 1
    assert f"es/pill.md:{_line_of(card, field.split()[0])}: error: '{field}' is" in found[0]


def test_a_spanish_card_with_another_number_of_forms_is_an_error(library: LibraryBuilder) -> None:
    _, card = bilingual(library)
    edit(
        card,
        "how_to_take: [Take it with a full glass of water.]\n",
        "how_to_take: [Take it with a full glass of water.]\n"
        "  - label: Líquido\n    route: oral-liquid\n    how_often: [weekly]\n    where_given: home\n"
        "    how_to_take: [Tómese todo el frasco.]\n",
    )
    found = messages(library)
    assert any("'forms' is 2 forms but" in m and "1 forms" in m for m in found), found


def _line_of(path: Path, field: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith(f"{field}:"))


def test_a_spanish_card_citing_other_sources_is_an_error(library: LibraryBuilder) -> None:
    _, card = bilingual(library)
    edit(card, "url: https://www.bones.nih.gov/\n", "url: https://medlineplus.gov/spanish/\n")
    found = messages(library)
    assert len(found) == 1 and "error: 'sources' differ" in found[0]
    assert "missing https://www.bones.nih.gov/" in found[0]
    assert "not in the original: https://medlineplus.gov/spanish/" in found[0]


def test_translated_words_may_differ(library: LibraryBuilder) -> None:
    _, card = bilingual(library)
    edit(card, "treatment_length: Often 5 years.", "treatment_length: A menudo 5 años.")
    edit(card, "title: FDA label", "title: Etiqueta de la FDA")  # a source's title, not its address
    assert messages(library) == []


@pytest.mark.parametrize(
    ("field", "old", "new"),
    [("order", "order: 1", "order: 2"), ("icon", "kind: topic\n", "kind: topic\nicon: bone\n")],
)
def test_a_spanish_page_out_of_step_with_the_home_screen_is_an_error(
    library: LibraryBuilder, field: str, old: str, new: str
) -> None:
    topic, _ = bilingual(library)
    edit(topic, old, new)
    found = messages(library)
    assert len(found) == 1 and "es/bones.md" in found[0] and f"error: '{field}' is" in found[0]


@pytest.mark.parametrize(
    ("body", "difference"),
    [
        (SPANISH_BODY + "\n\n## Más\n\nOtra parte.", "headings: 1 here, 0 there"),
        (SPANISH_BODY + '\n\n!!! note "Nota"\n    Un consejo.', "boxes: 1 here, 0 there"),
        (SPANISH_BODY + " Vea [la pastilla](pill).", "links to: pill here, no page there"),
    ],
)
def test_a_spanish_page_shaped_unlike_its_english_page_is_a_warning(
    library: LibraryBuilder, body: str, difference: str
) -> None:
    library.topic("bones")
    library.medication("pill")
    library.medication("pill", body=SPANISH_CARD_BODY, lang="es")
    spanish = library.topic("bones", body=body, lang="es")
    found = [m for m in messages(library) if "is not shaped like" in m]
    assert len(found) == 1 and found[0].startswith(f"{spanish}:12: warning: the body is not shaped like ")
    assert difference in found[0]


def test_a_page_missing_in_spanish_is_an_error(library: LibraryBuilder) -> None:
    bilingual(library)
    english = library.topic("falls", order=2)
    found = messages(library)
    assert found == [
        f"{english}:2: error: no page with id 'falls' in {library.root / 'es'}; "
        "every page needs one in each language"
    ]


def test_a_page_only_in_spanish_is_an_error(library: LibraryBuilder) -> None:
    bilingual(library)
    spanish = library.topic("caidas", body=SPANISH_BODY, order=2, lang="es")
    found = messages(library)
    assert len(found) == 1 and found[0].startswith(f"{spanish}:2: error: no page with id 'caidas' in ")


def test_a_spanish_page_reviewed_long_before_its_english_page_is_a_warning(library: LibraryBuilder) -> None:
    library.topic("bones", reviewed="2026-11-25")
    spanish = library.topic("bones", body=SPANISH_BODY, reviewed="2026-03-01", lang="es")
    found = [m for m in messages(library) if "days before" in m]
    assert len(found) == 1
    assert found[0].startswith(f"{spanish}:10: warning: reviewed 2026-03-01, 269 days before ")


def test_a_spanish_page_reviewed_a_little_earlier_is_fine(library: LibraryBuilder) -> None:
    library.topic("bones", reviewed="2026-11-25")
    library.topic("bones", body=SPANISH_BODY, reviewed="2026-06-01", lang="es")
    assert [m for m in messages(library) if "days before" in m] == []


def test_hard_spanish_is_an_error_below_reading_ease_60(library: LibraryBuilder) -> None:
    library.topic("bones")
    hard = (
        "Las intervenciones farmacológicas, administradas consistentemente durante prolongados "
        "períodos terapéuticos, disminuyen considerablemente la probabilidad de fracturas osteoporóticas."
    )
    library.topic("bones", body=hard, lang="es")
    found = messages(library)
    assert len(found) == 1 and "error: reading ease Fernández-Huerta" in found[0]
    assert "is below 60" in found[0]


def test_the_report_gives_each_spanish_page_its_reading_ease(library: LibraryBuilder) -> None:
    bilingual(library)
    table = format_report(check_content(library.root))
    assert any(line.startswith("es   bones") for line in table.splitlines())
    assert "median Spanish reading ease" in table


def test_the_shipped_spanish_library_matches_the_english_one_and_reads_easily() -> None:
    report = check_content(SHIPPED_CONTENT)
    assert [str(p) for p in report.errors] == []
    assert [str(p) for p in report.warnings if "days before" in p.message or "shaped" in p.message] == []
    spanish = {s.page.id: s.readability.score for s in report.stats if s.page.lang == "es"}
    english = {s.page.id for s in report.stats if s.page.lang == "en"}
    assert set(spanish) == english
    assert min(spanish.values()) >= 60
