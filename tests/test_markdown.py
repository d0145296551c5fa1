"""Markdown to locked-down HTML, tested without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.markdown_render import render_markdown
from kiosk.core.rendered import resolve_image


def test_a_link_to_a_page_id_becomes_an_in_app_link() -> None:
    result = render_markdown("See [how bones renew](bone-renewal).")
    assert '<a href="page:bone-renewal">how bones renew</a>' in result.html
    assert [link.target for link in result.page_links] == ["bone-renewal"]


@pytest.mark.parametrize(
    "target",
    [
        "https://example.com",
        "http://example.com/x",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "../../etc/passwd",
        "mailto:a@b.c",
        "/absolute/path",
    ],
)
def test_any_other_link_keeps_its_words_but_cannot_be_followed(target: str) -> None:
    result = render_markdown(f"Read [this page]({target}) now.")
    assert "this page" in result.html
    assert "<a " not in result.html and target not in result.html
    assert result.blocked == [target]


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert(1)</script>",
        '<iframe src="https://evil.example"></iframe>',
        '<img src="http://tracker.example/x.png">',
        '<a href="javascript:x()">x</a>',
    ],
)
def test_raw_html_is_shown_as_text_never_run(raw: str) -> None:
    result = render_markdown(f"Hello\n\n{raw}\n\nInline {raw} too.")
    assert "<script" not in result.html and "<iframe" not in result.html
    assert "<img" not in result.html and "<a " not in result.html
    assert "&lt;" in result.html


def test_local_images_get_the_kiosk_scheme_and_a_caption() -> None:
    result = render_markdown("![Old bone is cleared away](images/renew.svg)")
    assert 'src="kiosk-image:images/renew.svg"' in result.html
    assert "Picture: Old bone is cleared away" in result.html
    assert result.images == ["images/renew.svg"]


def test_remote_images_are_dropped_for_their_alt_text() -> None:
    result = render_markdown("![A chart](https://example.com/chart.png)")
    assert "<img" not in result.html and "A chart" in result.html


def test_admonitions_become_callout_tables() -> None:
    result = render_markdown('!!! important "Important"\n    Do not stop on your own.\n')
    assert 'class="callout important"' in result.html
    assert '<p class="callout-title">Important</p>' in result.html
    assert "Do not stop on your own." in result.html


def test_tables_lists_and_emphasis_render() -> None:
    result = render_markdown("| Age | Calcium |\n|---|---|\n| 51-70 | 1,200 mg |\n\n- **one**\n- *two*\n")
    assert "<table" in result.html and "<td>1,200 mg</td>" in result.html
    assert "<li><strong>one</strong></li>" in result.html and "<em>two</em>" in result.html


def test_absurd_nesting_degrades_to_text_instead_of_crashing() -> None:
    result = render_markdown("\n".join("  " * depth + "- x" for depth in range(500)))
    assert result.html


def test_resolve_image_stays_inside_the_content_root(tmp_path: Path) -> None:
    (tmp_path / "en" / "images").mkdir(parents=True)
    (tmp_path / "en" / "images" / "a.svg").write_text("<svg/>")
    (tmp_path / "outside.svg").write_text("<svg/>")
    folder = tmp_path / "en"
    assert resolve_image(tmp_path, folder, "images/a.svg") == (folder / "images" / "a.svg").resolve()
    assert resolve_image(tmp_path, folder, "images/missing.svg") is None
    assert resolve_image(tmp_path / "en", folder, "../outside.svg") is None


def test_nesting_deeper_than_any_page_needs_is_shown_as_text_without_trying() -> None:
    nested = "\n".join("    " * depth + "- x" for depth in range(10))
    assert "<ul>" in render_markdown(nested).html and render_markdown(nested).notes == []
    absurd = "\n".join("  " * depth + "- item" for depth in range(22))
    result = render_markdown(absurd)
    assert "<ul>" not in result.html and result.html.count("- item") == 22
    assert "nested more than 20 deep" in result.notes[0][1]


def test_raw_html_gets_one_note_per_tag_for_the_author() -> None:
    result = render_markdown("<b>Hi</b> <script>x()</script> <b>again</b> and <https://nih.gov> and 3 < 4")
    assert [message.split(" is ")[0] for _, message in result.notes] == ["raw HTML <b>", "raw HTML <script>"]


def test_a_local_image_with_a_title_is_captioned_by_it_and_keeps_its_alt_text_for_screen_readers() -> None:
    result = render_markdown('![Old bone is cleared away](images/renew.svg "How bone renews.")')
    assert '<span class="caption">How bone renews.</span>' in result.html
    assert "Picture:" not in result.html
    assert 'alt="Old bone is cleared away"' in result.html
    assert result.unseen_alt == ("Old bone is cleared away",)
