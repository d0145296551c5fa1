"""The glossary: a YAML file in the library, a link syntax for terms, and checker rules. No Qt."""

from __future__ import annotations

import pytest

from kiosk.core.checker import check_content
from kiosk.core.content import load_library
from kiosk.core.markdown_render import render_markdown
from tests.conftest import SHIPPED_CONTENT, LibraryBuilder

GOOD_TERM = (
    "osteoclast:\n  word: Osteoclast\n  say: OSS-tee-oh-klast\n  meaning: A cell that clears old bone.\n"
)


def messages(library: LibraryBuilder) -> list[str]:
    return [str(problem) for problem in check_content(library.root).problems]


def test_the_shipped_glossary_explains_the_words_patients_meet() -> None:
    library, problems = load_library(SHIPPED_CONTENT, "en")
    assert problems == []
    wanted = {"osteoclast", "osteoblast", "t-score", "dxa", "fracture", "bisphosphonate", "infusion"}
    assert wanted <= set(library.glossary.terms)
    assert library.glossary.get("dxa").say == "DEKS-uh"  # type: ignore[union-attr]


def test_shipped_pages_mark_terms_and_every_mark_has_a_meaning() -> None:
    library, _ = load_library(SHIPPED_CONTENT, "en")
    linked = {
        link.target for page in library.pages.values() for link in render_markdown(page.body).glossary_links
    }
    assert {"osteoclast", "osteoblast", "t-score", "dxa", "bisphosphonate"} <= linked
    assert linked <= set(library.glossary.terms)


def test_a_term_link_becomes_a_marked_in_app_link() -> None:
    result = render_markdown("Two kinds: [osteoclasts](glossary:osteoclast) clear bone.")
    assert '<a class="term" href="glossary:osteoclast">osteoclasts</a>' in result.html
    assert [(link.target, link.text) for link in result.glossary_links] == [("osteoclast", "osteoclasts")]
    assert result.blocked == []


@pytest.mark.parametrize(
    "target", ["glossary:", "glossary:Bad Term", "glossary:../x", "glossaryx:osteoclast"]
)
def test_a_malformed_term_link_keeps_its_words_but_is_not_a_link(target: str) -> None:
    result = render_markdown(f"See [this word]({target}).")
    assert "this word" in result.html and "<a " not in result.html
    assert result.glossary_links == []


def test_the_checker_reports_a_link_to_a_missing_term_on_its_line(library: LibraryBuilder) -> None:
    library.write("glossary.yaml", GOOD_TERM)
    library.topic("a", body="First line.\n\nAsk about [T-scores](glossary:t-score) today.")
    found = messages(library)
    assert len(found) == 1
    assert found[0].endswith(
        "a.md:14: error: glossary link to a missing term 't-score' (add it to glossary.yaml)"
    )


def test_a_link_to_a_defined_term_is_clean(library: LibraryBuilder) -> None:
    library.write("glossary.yaml", GOOD_TERM)
    library.topic("a", body="Cells called [osteoclasts](glossary:osteoclast) clear old bone.")
    assert messages(library) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("osteoclast: [unclosed\n", "glossary.yaml:2: error: not valid YAML"),
        ("- just\n- a list\n", "glossary.yaml:1: error: the glossary must map term ids to their meanings"),
        ("Bad Id:\n  word: W\n  meaning: M.\n", "glossary.yaml:1: error: term id 'Bad Id' must be lowercase"),
        ("a-term:\n  word: W\n", "glossary.yaml:1: error: term 'a-term' has no 'meaning'"),
        ("a-term: just words\n", "glossary.yaml:1: error: term 'a-term' needs 'word' and 'meaning'"),
        (
            "a-term:\n  word: W\n  meaning: [1, 2]\n",
            "glossary.yaml:3: error: term 'a-term': 'meaning' must be text",
        ),
        (
            "a-term:\n  word: W\n  meaning: M.\n  colour: red\n",
            "glossary.yaml:4: warning: term 'a-term': unknown",
        ),
        (GOOD_TERM + GOOD_TERM, "glossary.yaml:5: error: term 'osteoclast' is defined twice"),
        (
            f"a-term:\n  word: W\n  meaning: {'Long words. ' * 40}\n",
            "warning: term 'a-term': the meaning is over",
        ),
    ],
)
def test_a_bad_glossary_entry_is_reported_and_skipped(
    library: LibraryBuilder, text: str, expected: str
) -> None:
    library.topic("a")
    library.write("glossary.yaml", text)
    found = messages(library)
    assert any(expected in message for message in found), found


def test_a_library_without_a_glossary_is_fine(library: LibraryBuilder) -> None:
    library.topic("a")
    loaded, problems = load_library(library.root, "en")
    assert problems == [] and loaded.glossary.terms == {}


def test_hard_meanings_are_an_error_like_hard_pages(library: LibraryBuilder) -> None:
    library.topic("a")
    hard = "Pharmacological interventions substantially diminish osteoporotic fracture probability."
    library.write("glossary.yaml", f"a-term:\n  word: W\n  meaning: {hard}\n")
    assert any("glossary meanings read at grade" in message for message in messages(library))
