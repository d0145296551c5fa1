"""The budgets, the safe YAML loader, the Markdown pre-scan, the picture guard and the render helper."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core import budgets, isolation, page_budget
from kiosk.core.budgets import Budgets
from kiosk.core.checker import check_content
from kiosk.core.config import BUDGET_OPTIONS, Config, load_config, parse_config
from kiosk.core.content import Page, load_library
from kiosk.core.frontmatter import FrontMatterError, parse_document
from kiosk.core.glossary import load_glossary
from kiosk.core.image_guard import image_refusal
from kiosk.core.markdown_render import render_markdown
from kiosk.core.page_budget import screen_body
from kiosk.core.page_html import prepare_ahead, render_page
from kiosk.core.pin import PinFileError, read_pin_hash
from kiosk.core.problems import Problem
from kiosk.core.rendered import RenderedBody
from tests.conftest import LibraryBuilder

FRONT = "---\nid: x\ntitle: T\nkind: topic\nsummary: S\norder: {order}\nreviewed: 2026-01-05\n---\nBody\n"


@pytest.fixture
def budgets_in_force() -> Iterator[None]:
    yield
    budgets.use(Budgets.defaults())
    isolation.disable()
    render_page.cache_clear()


def test_every_budget_is_one_config_option_with_bounds_and_a_description() -> None:
    names = {option.name.removeprefix("limits.") for option in BUDGET_OPTIONS}
    assert names == {field.name for field in dataclasses.fields(Budgets)}
    for option in BUDGET_OPTIONS:
        assert option.minimum is not None and option.maximum is not None and option.description
        assert option.minimum <= option.default <= option.maximum
    assert Budgets.from_config(Config()) == Budgets.defaults()


def test_a_budget_from_the_config_file_is_the_one_the_loader_applies(budgets_in_force: None) -> None:
    config, problems = parse_config("[limits]\ntable_rows = 10\n", Path("kiosk.toml"))
    assert problems == []
    budgets.use(Budgets.from_config(config))
    over = screen_body("|a|b|\n|-|-|\n" + "|1|2|\n" * 11)
    assert over is not None and over.message == "this table has 13 rows; pages may have at most 10"


@pytest.mark.parametrize(
    ("front_matter", "line", "said"),
    [
        ("order: 1" + "0" * 5000, 6, "a number with 5,001 digits; at most 9 are allowed"),
        ("order: &n 5\nicon: *n", 6, "anchors and aliases"),
        ("order: " + "[" * 50 + "]" * 50, 6, "nested more than 10 deep"),
        ("order: 5\nlast: 2026-13-45", 7, "a value cannot be read (month must be in 1..12)"),
    ],
)
def test_front_matter_yaml_over_budget_is_refused_with_its_line(
    front_matter: str, line: int, said: str
) -> None:
    text = FRONT.replace("order: {order}", front_matter)
    with pytest.raises(FrontMatterError) as refused:
        parse_document(text)
    assert refused.value.line == line
    assert said in str(refused.value)


def test_a_glossary_50000_deep_is_a_problem_not_a_recursion_error(tmp_path: Path) -> None:
    (tmp_path / "glossary.yaml").write_text("bone: " + "[" * 50_000 + "]" * 50_000)
    glossary, problems = load_glossary(tmp_path)
    assert glossary.terms == {}
    assert [p.line for p in problems] == [1]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("[" * 900_000, "over 5,000 Markdown marks"),
        ("[a](" * 100, "never closed with ')'"),
        ("[a](b) " * 500, "this paragraph has 500 links in 3,500 characters"),
        ("# h\n\n" * 501, "over 500 headings"),
        ("".join("    " * i + "!!! note\n" for i in range(30)), "call-out boxes (!!!) are nested 21 deep"),
        ("![x](images/a.svg#w=2)", "picture 'images/a.svg#w=2' has '#' or '?' in its address"),
        ("a\u200d" * 2_000, "a word here is 4,000 characters long with no space"),
    ],
)
def test_the_markdown_pre_scan_names_each_slow_shape(body: str, said: str) -> None:
    over = screen_body(body)
    assert over is not None and said in over.message


def test_the_loader_refuses_a_page_over_budget_and_keeps_the_rest(library: LibraryBuilder) -> None:
    library.topic("good")
    path = library.topic("table", body="|a|b|\n|-|-|\n" + "|1|2|\n" * 2_500, order=2)
    loaded, problems = load_library(library.root, "en")
    assert list(loaded.pages) == ["good"]
    assert [str(p) for p in problems] == [
        f"{path}:12: error: this table has 2,502 rows; pages may have at most 2,000"
    ]


def test_pictures_side_by_side_each_keep_their_caption_in_order() -> None:
    html = render_markdown("![One](a.svg) and ![Two](b.svg) then [x](glossary:y)").html
    assert html.index("a.svg") < html.index("Picture: One") < html.index("b.svg") < html.index("Picture: Two")
    assert 'href="glossary:y"' in html


def test_a_picture_address_with_a_fragment_is_never_handed_to_qt() -> None:
    rendered = render_markdown("![x](images/bone.svg#w=2)")
    assert rendered.images == [] and "kiosk-image:" not in rendered.html


@pytest.mark.parametrize(
    ("create", "said"),
    [
        (lambda p: os.mkfifo(p), "not a regular file"),
        (lambda p: p.write_text('<svg width="1" height="4400"/>'), "over 8 times longer one way"),
        (lambda p: p.write_text('<svg width="9" height="9"><use href="other.svg#a"/></svg>'), "refers to"),
        (lambda p: p.write_text('<svg width="90" height="90"><use href="#a"/></svg>'), None),
    ],
)
def test_the_picture_guard_refuses_before_anything_decodes(
    tmp_path: Path, create: object, said: str | None
) -> None:
    path = tmp_path / "picture.svg"
    create(path)  # type: ignore[operator]
    refusal = image_refusal(path)
    assert (refusal is None) if said is None else (refusal is not None and said in refusal)


def test_a_config_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b"\xef\xbb\xbf[idle]\nseconds = 600\n")
    config, problems = load_config(path)
    assert problems == [] and config["idle.seconds"] == 600


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_config_and_pin_files_that_are_not_regular_files_are_refused_unread(
    tmp_path: Path, target: str
) -> None:
    path = tmp_path / "special"
    if target == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(target)
    config, problems = load_config(path)
    assert config.values == Config().values
    assert "not a regular file" in str(problems[0])
    with pytest.raises(PinFileError, match="not a regular file"):
        read_pin_hash(path)


def test_a_3000_deep_toml_falls_back_to_defaults_with_a_message() -> None:
    config, problems = parse_config("a = " + "[" * 3000 + "]" * 3000, Path("kiosk.toml"))
    assert config.values == Config().values
    assert str(problems[0]).startswith("kiosk.toml:1: error: tables or lists are nested 3000 deep")


SLOW_BODY = "[a](b) " * 3_000  # past the pre-scan's budgets: only the helper's time limit stops it


def test_the_render_helper_stops_a_slow_page_and_the_next_page_still_renders(budgets_in_force: None) -> None:
    budgets.use(dataclasses.replace(Budgets.defaults(), render_seconds=0.5))
    isolation.enable()
    slow = Page("slow", "topic", "T", "S", 1, "en", Path("slow.md"), SLOW_BODY, 10, (), dt.date.today())
    refused = isolation.render_page_isolated(slow)
    assert isinstance(refused, Problem)
    assert (
        str(refused)
        == "slow.md:10: error: this page took over 0.5 seconds to prepare; make it shorter or simpler"
    )
    fine = isolation.render_page_isolated(dataclasses.replace(slow, body="Bones are alive."))
    assert isinstance(fine, RenderedBody) and "Bones are alive." in fine.html


def test_the_render_helper_of_a_running_kiosk_stops_when_there_is_nothing_to_render(
    budgets_in_force: None,
) -> None:
    worker = isolation.RenderWorker(Budgets.defaults(), idle_stop_seconds=0.0)  # `kiosk run` waits 60 s
    page = Page("a", "topic", "T", "S", 1, "en", Path("a.md"), "Bones are alive.", 10, (), dt.date.today())
    assert not worker.running
    assert isinstance(worker.render(page), RenderedBody)  # the first page starts it
    worker.wait_for_idle_stop(timeout=60)
    assert not worker.running
    again = worker.render(dataclasses.replace(page, body="Bones renew."))  # and the next starts a new one
    assert isinstance(again, RenderedBody) and "Bones renew." in again.html
    worker.stop()


def test_a_running_kiosk_prepares_pages_ahead_through_the_helper(budgets_in_force: None) -> None:
    isolation.enable(start_now=False)
    pages = [
        Page(f"p{n}", "topic", "T", "S", n, "en", Path(f"p{n}.md"), f"Page {n}.", 10, (), dt.date.today())
        for n in range(3)
    ]
    thread = prepare_ahead(pages)
    assert thread is not None
    thread.join(timeout=60)
    hits = render_page.cache_info().hits
    assert "Page 2." in render_page(pages[2]).html
    assert render_page.cache_info().hits == hits + 1  # ready before anyone opened it


def test_check_names_a_page_the_helper_had_to_stop(
    budgets_in_force: None, library: LibraryBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.topic("good")
    path = library.topic("slow", body=SLOW_BODY, order=2)
    monkeypatch.setattr(page_budget, "MAX_PARAGRAPH_LINK_COST", 10**12)  # let it past the pre-scan
    budgets.use(
        dataclasses.replace(Budgets.defaults(), render_seconds=0.5, markdown_marks=100_000, links=100_000)
    )
    isolation.enable()
    lines = [str(p) for p in check_content(library.root).problems]
    assert (
        f"{path}:12: error: this page took over 0.5 seconds to prepare; make it shorter or simpler" in lines
    )
    assert render_page(load_library(library.root, "en")[0].pages["slow"]).refused
