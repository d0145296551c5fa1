"""Hostile libraries through the real command line: no traceback, no hang, no memory blow-up.

Each case is one bad thing added to a small good library. The cases of one class share a library, and
each class runs `kiosk check`, `kiosk render` and `kiosk self-test` as subprocesses with a time limit
and a memory cap (RLIMIT_AS); a run fails on a traceback, a timeout, a crash or too much memory, and
`kiosk check` must name every case with the words given. Config cases run one config file each.
"""

from __future__ import annotations

import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, LibraryBuilder

RUN_SECONDS = 90  # a hang, not a slow machine: runs take a few seconds (2 busy cores: up to ~20)
MEMORY_CAP = 3 * 1024**3  # RLIMIT_AS of each run (Qt maps much address space it never touches)
RSS_BUDGET_MB = 600  # peak resident memory of each run, helper processes included

Make = Callable[[LibraryBuilder], object]


@dataclass(frozen=True)
class Case:
    name: str
    make: Make
    said: str = ""  # part of a `kiosk check` line; empty: the case is fine and must not be named


@dataclass
class Run:
    status: int
    out: str
    seconds: float
    peak_mb: float


def run_cli(*arguments: str, home: Path) -> Run:
    """The real CLI in a subprocess, capped; killed (and the test failed) if it outlives RUN_SECONDS."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHONPATH": str(REPO),
    }
    env.pop("KIOSK_CONFIG", None)
    with tempfile.TemporaryFile() as output:
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", *arguments],
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=REPO,
            preexec_fn=cap,
            start_new_session=True,
        )
        timer = threading.Timer(RUN_SECONDS, lambda: os.killpg(process.pid, signal.SIGKILL))
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    # ru_maxrss of the run itself; its helper processes are counted by the tests that start them.
    return Run(process.returncode, text, seconds, usage.ru_maxrss / 1024)


def assert_clean(run: Run, what: str, allowed: tuple[int, ...] = (0,)) -> None:
    assert run.seconds < RUN_SECONDS, f"{what}: hung (killed after {RUN_SECONDS} s)"
    assert "Traceback" not in run.out, f"{what}: a traceback\n{run.out[-3000:]}"
    assert run.status in allowed, f"{what}: exit {run.status}\n{run.out[-3000:]}"
    assert run.peak_mb < RSS_BUDGET_MB, f"{what}: {run.peak_mb:.0f} MB"


# --- pages -------------------------------------------------------------------------------------------

FRONT = """\
---
id: {id}
title: {title}
kind: topic
summary: {summary}
order: {order}
sources:
  - title: NIH bone basics
    url: https://www.bones.nih.gov/health-info/bone
reviewed: 2026-01-05
---
"""


def page(page_id: str, body: str = "Bones are alive.", **fields: str) -> Make:
    values = {"id": page_id, "title": f"Odd {page_id}", "summary": "A short line.", "order": "5", **fields}

    def make(library: LibraryBuilder) -> None:
        library.write(f"{page_id}.md", FRONT.format(**values) + body)

    return make


def raw(name: str, data: str | bytes) -> Make:
    return lambda library: library.write(name, data)


def glossary(lang: str, text: str | Callable[[Path], object]) -> Make:
    """A language folder of its own (one glossary each), with one good page."""

    def make(library: LibraryBuilder) -> None:
        library.topic("bones", title="Your bones", lang=lang)
        if isinstance(text, str):
            library.write("glossary.yaml", text, lang)
        else:
            text(library.root / lang / "glossary.yaml")

    return make


LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)

YAML_CASES = [
    Case(
        "alias bomb in kind", raw("bomb.md", "---\n" + LAUGHS + "kind: *i\n---\nBody"), "anchors and aliases"
    ),
    Case("alias in icon", page("alias-icon", title="&t Title", summary="*t"), "anchors and aliases"),
    Case("anchor only", page("anchor-only", title="&name Title"), "anchors and aliases"),
    Case("5,000-digit order", page("big-order", order="1" + "0" * 5000), "a number with 5,001 digits"),
    Case("20-digit order", page("long-order", order="1" * 20), "a number with 20 digits"),
    Case("huge hex order", page("hex-order", order="0x" + "f" * 3000), "digits; at most 9"),
    Case("sexagesimal order", page("sexa-order", order="1" + ":30" * 2000), "digits; at most 9"),
    Case(
        "50,000-deep flow list", page("deep-flow", summary="[" * 50_000 + "]" * 50_000), "the front matter is"
    ),
    Case("unclosed deep flow list", page("deep-open", summary="[" * 50_000), "the front matter is"),
    Case("30-deep flow list", page("deep-flow-30", summary="[" * 30 + "]" * 30), "nested more than 10 deep"),
    Case("30-deep flow map", page("deep-map", summary="{a: " * 30 + "}" * 30), "nested more than 10 deep"),
    Case(
        "5,000-deep block list",
        page("deep-block", summary="\n" + "".join("  " * i + "-\n" for i in range(5000))),
        "pages must be under 1,000,000",
    ),
    Case(
        "100-deep block list",
        page("deep-block-100", summary="\n" + "".join("  " * i + "-\n" for i in range(100))),
        "nested more than 10 deep",
    ),
    Case(
        "impossible date",
        raw(
            "bad-date.md",
            FRONT.format(id="bad-date", title="T", summary="S", order=5).replace("2026-01-05", "2026-13-45")
            + "Body",
        ),
        "front matter",
    ),
    Case("python tag", page("py-tag", summary="!!python/object/apply:os.system ['true']"), "front matter"),
    Case("300 KB front matter", page("fat-front", summary="word " * 60_000), "the front matter is"),
    Case("front matter never closed", raw("open.md", "---\nid: open\n" + "x: y\n" * 50_000), "never closed"),
    Case("infinite order", page("inf-order", order=".inf"), "'order' must be a whole number"),
]
GLOSSARY_CASES = [
    Case("glossary 50,000-deep", glossary("ga", "[" * 50_000 + "]" * 50_000), "ga/glossary.yaml:1: error:"),
    Case("glossary 30-deep", glossary("ge", "a: " + "[" * 30 + "]" * 30), "ge/glossary.yaml:1: error: lists"),
    Case("glossary alias bomb", glossary("gb", LAUGHS), "anchors and aliases"),
    Case(
        "glossary huge number", glossary("gc", "bone:\n  word: 1" + "0" * 5000 + "\n  meaning: x\n"), "digits"
    ),
    Case("glossary is a FIFO", glossary("gd", os.mkfifo), "not a regular file"),
]

# --- Markdown -----------------------------------------------------------------------------------------

MARKDOWN_CASES = [
    Case("unclosed [ run", page("brackets", "[" * 900_000), "Markdown marks"),
    Case("unclosed < run", page("angles", "<" * 900_000), "Markdown marks"),
    Case("unclosed &# run", page("entities", "&#" * 400_000), "Markdown marks"),
    Case("**a* run", page("stars", "**a*" * 200_000), "Markdown marks"),
    Case("**a* run under budget", page("stars-small", "**a* " * 1_000)),
    Case("[a]( repeated", page("open-links", "[a](" * 200_000), "Markdown marks"),
    Case("[a]( repeated, few", page("open-links-few", "[a](" * 100), "never closed with ')'"),
    Case("100,000 headings", page("headings", "# h\n" * 100_000), "this page has 100,000 lines"),
    Case("600 headings", page("headings-600", "# h\n\n" * 300 + "# h\n" * 300), "over 500 headings"),
    Case("alternating setext", page("setext", "a\n=\n" * 100_000), "lines; pages may have at most"),
    Case("600 setext headings", page("setext-600", "a\n=\n\n" * 600), "over 500 headings"),
    Case("30,000 reference definitions", page("refs", "[a]: b\n" * 30_000), "lines"),
    Case("600 reference definitions", page("refs-600", "[a]: b\n" * 600), "'[name]: address' lines"),
    Case(
        "200-deep admonitions",
        page("admonitions", "".join("    " * i + "!!! note\n" for i in range(200))),
        "call-out boxes (!!!) are nested 21 deep",
    ),
    Case(
        "40-deep admonitions in 3 KB",
        page(
            "admonitions-40",
            "".join("    " * i + "!!! note\n" + "    " * (i + 1) + "x\n\n" for i in range(40))[:3000],
        ),
        "nested 21 deep",
    ),
    Case("60,000 links", page("links", "[a](b) " * 60_000), "Markdown marks"),
    Case("2,100 links in paragraphs", page("links-2100", "[a](b)\n\n" * 2_100), "over 2,000 links"),
    Case("500 links in one paragraph", page("links-para", "[a](b) " * 500), "split it into shorter"),
    Case(
        "500-deep nested list",
        page("nested-list", "\n".join("  " * d + "- x" for d in range(500))),
        "shows as plain text",
    ),
    Case("500-deep quotes", page("quotes", "> " * 500 + "deep"), "shows as plain text"),
    Case("25,000 short lines", page("lines", "a\n" * 25_000), "this page has 25,000 lines"),
    Case("50,000 raw <b> tags", page("tags", "<b>x</b>" * 50_000), "Markdown marks"),
    Case("200 KB paragraph of words", page("long-words", "Bones are alive. " * 12_000)),
    Case("backtick run", page("ticks", "`" * 900_000), "Markdown marks"),
    Case("underscore run", page("unders", "_a" * 400_000), "Markdown marks"),
    Case("image with fragment", page("frag", "![x](images/pic.svg#w=2)"), "has '#' or '?' in its address"),
    Case("image with query", page("query", "![x](images/pic.svg?x=1)"), "has '#' or '?' in its address"),
]

# --- tables -------------------------------------------------------------------------------------------


def table(rows: int, columns: int = 2) -> str:
    head = "|" + "|".join(f"h{c}" for c in range(columns)) + "|\n"
    rule = "|" + "|".join("-" for _ in range(columns)) + "|\n"
    return head + rule + ("|" + "|".join("x" for _ in range(columns)) + "|\n") * rows


TABLE_CASES = [
    Case("100,000-row table", page("rows", table(100_000)), "this page has 100,002 lines"),
    Case("2,500-row table", page("rows-2500", table(2_500)), "this table has 2,502 rows; pages may have"),
    Case("40-column table", page("columns", table(3, 40)), "this table has 40 columns"),
    Case("5,000 columns on one line", page("columns-wide", "|a" * 2_000 + "|"), "columns"),
    Case("ragged table", page("ragged", "|a|b|\n|-|-|\n|1|2|3|4|\n|1|\n")),
    Case("100-row table renders", page("rows-100", table(100, 5))),
]

# --- Unicode and encodings ------------------------------------------------------------------------------

UNICODE_CASES = [
    Case("right-to-left override title", page("rtl", "Text \u202e reversed", title="\u202eevil\u202c title")),
    Case(
        "zero-width flood", page("zero-width", "a\u200d" * 50_000), "a word here is 100,000 characters long"
    ),
    Case("zero-width joiners in words", page("zero-width-words", "a\u200db " * 5_000)),
    Case(
        "10,000 combining marks", page("zalgo", "a" + "\u0301" * 10_000), "a word here is 10,001 characters"
    ),
    Case("combining marks in a title", page("zalgo-title", title="Z" + "\u0301" * 300)),
    Case("emoji", page("emoji", "Bones 🦴 " * 200, title="Bones 🦴")),
    Case("Cyrillic look-alike id", page("\u0456d-page"), "'id' must use only lowercase letters"),
    Case("line separators in body", page("separators", "one\u2028two\u2029three\x85four")),
    Case("5,000-character title", page("long-title", title="Long " * 1_000)),
    Case("lone surrogate bytes", raw("surrogate.md", b"---\nid: s\xed\xa0\x80\n---\n"), "not valid UTF-8"),
    Case("BiDi isolates in summary", page("isolates", summary="\u2066a\u2069 \u2067b\u2069")),
]
ENCODING_CASES = [
    Case(
        "UTF-16 with BOM",
        raw("utf16.md", FRONT.format(id="u", title="T", summary="S", order=5).encode("utf-16")),
        "binary",
    ),
    Case("Latin-1", raw("latin1.md", "---\nid: caf\u00e9\n---\n".encode("latin-1")), "not valid UTF-8"),
    Case(
        "UTF-8 BOM",
        lambda lib: lib.write(
            "bom.md",
            b"\xef\xbb\xbf" + FRONT.format(id="bom", title="BOM", summary="S", order=5).encode() + b"Body",
        ),
    ),
    Case(
        "CRLF line ends",
        lambda lib: lib.write(
            "crlf.md",
            FRONT.format(id="crlf", title="CRLF", summary="S", order=5).replace("\n", "\r\n").encode()
            + b"Body\r\n",
        ),
    ),
    Case("overlong UTF-8", raw("overlong.md", b"---\nid: \xc0\xaf\n---\n"), "not valid UTF-8"),
    Case("NUL byte", raw("nul.md", b"---\nid: n\x00\n---\n"), "binary"),
    Case("empty file", raw("empty.md", ""), "the file is empty"),
    Case("2 MB page", raw("huge.md", b"---\n" + b"x" * 2_000_000), "pages must be under 1,000,000"),
]

# --- images -------------------------------------------------------------------------------------------

SVG_NS = "http://www.w3.org/2000/svg"
GOOD_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="9" height="9"/></svg>'
)


def png_header(width: int, height: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + width.to_bytes(4, "big") + height.to_bytes(4, "big")


def picture(page_id: str, name: str, create: Callable[[Path], object]) -> Make:
    def make(library: LibraryBuilder) -> None:
        folder = library.root / "en" / "images"
        folder.mkdir(exist_ok=True)
        create(folder / name)
        page(page_id, f"See this.\n\n![A picture](images/{name})\n")(library)

    return make


def svg(text: str) -> Callable[[Path], object]:
    return lambda path: path.write_text(text)


def link_to_fifo(path: Path) -> None:
    os.mkfifo(path.with_name("real-pipe.png"))
    path.symlink_to(path.with_name("real-pipe.png"))


def unix_socket(path: Path) -> None:
    short = Path(tempfile.mkdtemp(dir="/tmp")) / "s"  # a socket's path must be short
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(short))
    server.close()
    os.rename(short, path)


IMAGE_CASES = [
    Case("FIFO as image", picture("fifo-image", "pipe.png", os.mkfifo), "not a regular file"),
    Case(
        "symlink to /dev/zero",
        picture("zero-image", "zero.png", lambda p: p.symlink_to("/dev/zero")),
        "points outside the content folder",
    ),
    Case(
        "image links to a FIFO inside",
        picture(
            "fifo-link",
            "link.png",
            link_to_fifo,
        ),
        "not a regular file",
    ),
    Case("socket as image", picture("socket-image", "sock.png", unix_socket), "not a regular file"),
    Case("folder named like an image", picture("dir-image", "dir.png", Path.mkdir), "not a regular file"),
    Case(
        "SVG 1 x 4400",
        picture(
            "tall-svg", "tall.svg", svg('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="4400"/>')
        ),
        "times longer one way",
    ),
    Case(
        "SVG 100,000 x 100,000",
        picture(
            "huge-svg",
            "huge.svg",
            svg('<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"/>'),
        ),
        "pixels; pictures",
    ),
    Case(
        "SVG viewBox only, huge",
        picture(
            "box-svg", "box.svg", svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 90000 90000"/>')
        ),
        "pixels; pictures",
    ),
    Case(
        "SVG xlink:href to a file",
        picture(
            "xlink-svg",
            "xlink.svg",
            svg(
                f'<svg xmlns="{SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="9" '
                'height="9"><image xlink:href="/etc/passwd"/></svg>'
            ),
        ),
        "refers to another file ('/etc/passwd')",
    ),
    Case(
        "SVG href to the web",
        picture(
            "href-svg",
            "href.svg",
            svg(
                '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><image href="http://x.example/a.png"/>'
                "</svg>"
            ),
        ),
        "refers to another file",
    ),
    Case(
        "SVG entity bomb",
        picture(
            "entity-svg",
            "entity.svg",
            svg(
                '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><text>&b;</text></svg>'
            ),
        ),
        "DOCTYPE",
    ),
    Case(
        "SVG with #fragment use",
        picture(
            "use-svg",
            "use.svg",
            svg(
                f'<svg xmlns="{SVG_NS}" width="200" height="100"><defs><rect id="r" width="9" '
                'height="9"/></defs><use href="#r"/></svg>'
            ),
        ),
    ),
    Case("good SVG", picture("good-svg", "good.svg", svg(GOOD_SVG))),
    Case(
        "PNG declaring 100,000 x 100,000",
        picture("huge-png", "huge.png", lambda p: p.write_bytes(png_header(100_000, 100_000) + b"\0" * 64)),
        "pixels; pictures",
    ),
    Case(
        "PNG 10 x 2,000",
        picture("tall-png", "tall.png", lambda p: p.write_bytes(png_header(10, 2_000) + b"\0" * 64)),
        "times longer one way",
    ),
    Case(
        "truncated PNG",
        picture("broken-png", "broken.png", lambda p: p.write_bytes(png_header(100, 100) + b"garbage")),
    ),
    Case(
        "6 MB PNG",
        picture("fat-png", "fat.png", lambda p: p.write_bytes(png_header(9, 9) + b"\0" * 6_000_000)),
        "pictures must be under 5,000,000",
    ),
    Case("BMP file", picture("bmp", "pic.bmp", lambda p: p.write_bytes(b"BM" + b"\0" * 60)), "not a picture"),
    Case(
        "text file named .png",
        picture("fake-png", "fake.png", lambda p: p.write_text("hello")),
        "is not a PNG, JPEG or GIF picture",
    ),
    Case(
        "image symlink loop",
        picture("loop-image", "loop.png", lambda p: p.symlink_to(p)),
        "loops back on itself",
    ),
]

# --- the file system -----------------------------------------------------------------------------------


def special_page(name: str, create: Callable[[Path], object]) -> Make:
    return lambda library: create(library.root / "en" / name)


def deep_folders(library: LibraryBuilder) -> None:
    folder = library.root / "en"
    for level in range(100):
        folder = folder / f"d{level}"
    folder.mkdir(parents=True)
    page("deep-down")(library)
    (library.root / "en" / "deep-down.md").rename(folder / "deep-down.md")


def many_files(library: LibraryBuilder) -> None:
    folder = library.root / "en" / "many"
    folder.mkdir()
    for number in range(10_000):
        (folder / f"n{number}.md").write_bytes(b"")


def unreadable(library: LibraryBuilder) -> None:
    page("locked")(library)
    (library.root / "en" / "locked.md").chmod(0)


def unreadable_folder(library: LibraryBuilder) -> None:
    folder = library.root / "en" / "locked-folder"
    folder.mkdir()
    (folder / "x.md").write_text("---\n")
    folder.chmod(0)


FILE_CASES = [
    Case(
        "newline in file name",
        special_page("new\nline.md", lambda p: p.write_text("---\nid: x\n")),
        "never closed",
    ),
    Case(
        "invalid UTF-8 file name",
        lambda lib: (lib.root / "en" / os.fsdecode(b"bad-\xff.md")).write_text("---\nid: y\n"),
        "never closed",
    ),
    Case(
        "255-character file name",
        special_page("n" * 252 + ".md", lambda p: p.write_text("x")),
        "must start with a '---' line",
    ),
    Case("page 100 folders down", deep_folders),
    Case("10,000 empty files", many_files, "the file is empty"),
    Case("FIFO as page", special_page("pipe.md", os.mkfifo), "not a regular file"),
    Case(
        "page links to /dev/zero",
        special_page("zero.md", lambda p: p.symlink_to("/dev/zero")),
        "points outside the content folder",
    ),
    Case("folder named like a page", special_page("folder.md", Path.mkdir)),
    Case("file symlink loop", special_page("self.md", lambda p: p.symlink_to(p)), "loops back on itself"),
    Case("folder symlink loop", special_page("loop", lambda p: p.symlink_to(p.parent)), "not followed"),
    Case("unreadable page", unreadable, "cannot read the file"),
    Case("unreadable folder", unreadable_folder),
    Case("page named .md", raw(".md", "x"), "must start with a '---' line"),
]

CLASSES = {
    "yaml": YAML_CASES + GLOSSARY_CASES,
    "markdown": MARKDOWN_CASES,
    "tables": TABLE_CASES,
    "unicode": UNICODE_CASES + ENCODING_CASES,
    "images": IMAGE_CASES,
    "files": FILE_CASES,
}
RUNS_AS_ROOT = os.geteuid() == 0


def build(root: Path, cases: list[Case]) -> LibraryBuilder:
    library = LibraryBuilder(root)
    library.topic("bones", title="Your bones", order=1)
    library.medication("alendra", body="This pill helps your bones.")
    library.write("glossary.yaml", "bone:\n  word: Bone\n  meaning: The hard part of your body.\n")
    for case in cases:
        case.make(library)
    return library


@pytest.mark.parametrize("kind", list(CLASSES))
def test_each_class_of_hostile_library_is_named_and_never_hangs_crashes_or_bloats(
    kind: str, tmp_path: Path
) -> None:
    cases = [c for c in CLASSES[kind] if not (RUNS_AS_ROOT and c.name.startswith("unreadable"))]
    library = build(tmp_path / "content", cases)
    try:
        check = run_cli("check", str(library.root), home=tmp_path)
        assert_clean(check, f"{kind}: kiosk check", allowed=(0, 1))
        missed = [case.name for case in cases if case.said and case.said not in check.out]
        assert not missed, f"kiosk check did not name: {missed}\n{check.out[-4000:]}"
        fine = [c.name for c in cases if not c.said and f"odd {c.name}" in check.out.lower()]
        assert not fine, fine
        render = run_cli(
            "render",
            "bones",
            "--content",
            str(library.root),
            "--out",
            str(tmp_path / "x.png"),
            home=tmp_path,
        )
        assert_clean(render, f"{kind}: kiosk render")
        selftest = run_cli("self-test", "--content", str(library.root), home=tmp_path)
        assert_clean(selftest, f"{kind}: kiosk self-test")
        assert "self-test passed" in selftest.out
    finally:
        for path in library.root.rglob("locked*"):
            path.chmod(0o755)
    runs = (check, render, selftest)
    print(
        f"{kind}: {len(cases)} cases, worst {max(r.seconds for r in runs):.1f} s, "
        f"{max(r.peak_mb for r in runs):.0f} MB"
    )


# --- config files ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConfigCase:
    name: str
    write: Callable[[Path], object]
    said: str
    start_app: bool = False  # also run the self-test (a Qt start: a few seconds), not only `kiosk check`


def text_file(data: str | bytes) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(data if isinstance(data, bytes) else data.encode())


CONFIG_CASES = [
    ConfigCase(
        "3,000-deep TOML", text_file("a = " + "[" * 3000 + "]" * 3000 + "\n"), "nested 3000 deep", True
    ),
    ConfigCase("FIFO as config", os.mkfifo, "not a regular file", True),
    ConfigCase(
        "UTF-8 BOM", text_file(b"\xef\xbb\xbf[idle]\nseconds = 600\nbogus = 1\n"), "kiosk.toml:3: error", True
    ),
    ConfigCase("pin_file is /dev/zero", text_file('mode = "window"\n[staff]\npin_file = "/dev/zero"\n'), ""),
    ConfigCase("10 MB config", text_file("# x\n" * 2_600_000), "at most 100,000 are read"),
    ConfigCase("config not UTF-8", text_file(b"clinic_name = '\xe9'\n"), "cannot read config file"),
    ConfigCase("config is a folder", Path.mkdir, "not a regular file"),
    ConfigCase("config links to /dev/zero", lambda p: p.symlink_to("/dev/zero"), "not a regular file"),
    ConfigCase(
        "limits out of range", text_file("[limits]\ntable_rows = 0\n"), "'limits.table_rows' must be at"
    ),
    ConfigCase("5,000-digit number", text_file("[idle]\nseconds = 1" + "0" * 5000 + "\n"), "not valid TOML"),
]


@pytest.mark.parametrize("case", CONFIG_CASES, ids=[c.name for c in CONFIG_CASES])
def test_a_hostile_config_file_is_named_and_the_app_starts_on_defaults(
    case: ConfigCase, tmp_path: Path
) -> None:
    library = build(tmp_path / "content", [])
    config = tmp_path / "kiosk.toml"
    case.write(config)
    check = run_cli("check", str(library.root), "--config", str(config), home=tmp_path)
    assert_clean(check, f"{case.name}: kiosk check")
    assert case.said in check.out, check.out
    if not case.start_app:
        return
    selftest = run_cli("self-test", "--content", str(library.root), "--config", str(config), home=tmp_path)
    assert_clean(selftest, f"{case.name}: kiosk self-test")
    assert "self-test passed" in selftest.out
