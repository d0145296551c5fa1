"""Bad content is skipped with a path:line message; the rest of the library still loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.content import load_library
from tests.conftest import LibraryBuilder

GOOD_FRONT = "---\nid: bad\ntitle: Bad\nkind: topic\nsummary: s\norder: 2\n"
SOURCES = "sources:\n  - title: NIH\n    url: https://www.nih.gov/\nreviewed: 2026-01-01\n"

BAD_FILES: list[tuple[str, str | bytes, str]] = [
    (
        "broken-yaml",
        "---\nid: bad\ntitle: [unclosed\n---\nBody",
        "bad.md:3: error: front matter is not valid YAML",
    ),
    ("no-front-matter", "# Just a heading\n", "bad.md:1: error: the file must start with a '---' line"),
    ("unclosed", "---\nid: bad\n", "bad.md:1: error: the front matter is never closed"),
    (
        "missing-field",
        "---\nid: bad\ntitle: Bad\nkind: topic\norder: 2\n" + SOURCES + "---\nx",
        "bad.md:1: error: missing required field 'summary'",
    ),
    (
        "unknown-kind",
        GOOD_FRONT.replace("kind: topic", "kind: recipe") + SOURCES + "---\nx",
        "bad.md:4: error: 'kind' must be one of topic, medication, not 'recipe'",
    ),
    (
        "wrong-type",
        GOOD_FRONT.replace("order: 2", "order: first") + SOURCES + "---\nx",
        "bad.md:6: error: 'order' must be a whole number",
    ),
    (
        "bad-id",
        GOOD_FRONT.replace("id: bad", "id: Bad Page") + SOURCES + "---\nx",
        "bad.md:2: error: 'id' must use only",
    ),
    (
        "not-a-mapping",
        "---\n- a\n- b\n---\nx",
        "bad.md:2: error: front matter must be a list of 'key: value'",
    ),
    ("invalid-utf8", b"---\nid: bad\n\xff\xfe\n---\n", "bad.md:1: error: line 3 is not valid UTF-8 text"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "bad.md:1: error: the file is binary"),
    ("empty", "", "bad.md:1: error: the file is empty"),
    ("blank", "  \n\n", "bad.md:1: error: the file is empty"),
    (
        "http-source",
        GOOD_FRONT + SOURCES.replace("https://", "http://") + "---\nx",
        "bad.md:7: error: 'sources' item 1 must be an https:// address",
    ),
    (
        "bad-date",
        GOOD_FRONT + SOURCES.replace("2026-01-01", "last spring") + "---\nx",
        "bad.md:10: error: 'reviewed' must be a date",
    ),
]


@pytest.mark.parametrize(("case", "text", "message"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_a_bad_file_is_skipped_with_a_clear_message(
    library: LibraryBuilder, case: str, text: str | bytes, message: str
) -> None:
    library.topic("good-page")
    library.write("bad.md", text)
    loaded, problems = load_library(library.root, "en")
    assert list(loaded.pages) == ["good-page"]
    assert any(message in str(p) for p in problems), [str(p) for p in problems]


def test_a_huge_file_is_refused_before_it_is_read(library: LibraryBuilder) -> None:
    library.topic("good-page")
    library.write("huge.md", "---\n" + "x" * 1_100_000)
    loaded, problems = load_library(library.root, "en")
    assert list(loaded.pages) == ["good-page"]
    assert "pages must be under 1,000,000" in str(problems[0])


def test_duplicate_ids_keep_the_first_file(library: LibraryBuilder) -> None:
    first = library.topic("same", title="First")
    library.write("z-copy.md", first.read_text().replace("title: First", "title: Second"))
    loaded, problems = load_library(library.root, "en")
    page = loaded.get("same")
    assert page is not None and page.title == "First"
    assert "z-copy.md:2: error: duplicate id 'same'" in str(problems[0])


def test_a_symlink_leading_out_of_the_content_folder_is_refused(
    library: LibraryBuilder, tmp_path: Path
) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text("---\nid: secret\n---\n")
    (library.root / "en" / "link.md").symlink_to(outside)
    _, problems = load_library(library.root, "en")
    assert "points outside the content folder" in str(problems[0])


def test_a_symlink_loop_does_not_hang(library: LibraryBuilder) -> None:
    library.topic("good-page")
    (library.root / "en" / "loop").symlink_to(library.root / "en")
    (library.root / "en" / "self.md").symlink_to(library.root / "en" / "self.md")
    loaded, problems = load_library(library.root, "en")
    assert list(loaded.pages) == ["good-page"]
    messages = [str(p) for p in problems]
    assert any("self.md:1: error: the file is a symbolic link that loops back" in m for m in messages)
    assert any("loop:1: warning: a symbolic link to a folder is not followed" in m for m in messages)


def test_pages_come_in_the_order_the_content_gives(library: LibraryBuilder) -> None:
    library.topic("second", order=2)
    library.topic("first", order=1)
    library.medication("pill-b", order=2)
    library.medication("pill-a", order=1)
    loaded, problems = load_library(library.root, "en")
    assert problems == []
    assert [p.id for p in loaded.topics] == ["first", "second"]
    assert [p.id for p in loaded.medications] == ["pill-a", "pill-b"]
    facts = loaded.medications[0].medication
    assert facts is not None and facts.routes == ("pill",) and facts.brand_names == ("Brandone",)
    assert facts.forms[0].brands == ("Brandone",) and facts.audience == ("after-menopause", "men")


def test_a_missing_language_folder_is_a_problem(library: LibraryBuilder) -> None:
    loaded, problems = load_library(library.root, "es")
    assert loaded.pages == {}
    assert "no content folder for language 'es'" in str(problems[0])
