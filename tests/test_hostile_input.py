"""Hostile input, end to end: each case gets a clear checker message and a kiosk that keeps running.

tests/test_loader.py covers the loader on its own; here every case goes through `kiosk check` and the
real window, and one subprocess runs the whole self-test on all of it with the network cut off.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.core.checker import check_content
from kiosk.core.config import OPTIONS, Config, parse_config
from tests.conftest import REPO, SHIPPED_CONTENT, LibraryBuilder, WindowFactory
from tests.ui_helpers import page_text, visible_tiles

Make = Callable[[LibraryBuilder, Path], object]


@dataclass(frozen=True)
class Hostile:
    name: str
    make: Make
    said: str  # what `kiosk check` says (part of one problem line)
    page: str = ""  # a page that still loads despite it, and is opened
    shown: str = ""  # words the visitor sees on that page instead


def write(name: str, data: str | bytes) -> Make:
    return lambda library, _: library.write(name, data)


def body(page_id: str, text: str) -> Make:
    return lambda library, _: library.topic(page_id, title=f"Odd page {page_id}", body=text, order=2)


def edited(page_id: str, old: str, new: str) -> Make:
    def make(library: LibraryBuilder, _: Path) -> None:
        path = library.topic(page_id, title="Odd page", order=2)
        path.write_text(path.read_text().replace(old, new, 1))

    return make


def link(name: str, target: Callable[[LibraryBuilder, Path], Path]) -> Make:
    return lambda library, tmp: (library.root / "en" / name).symlink_to(target(library, tmp))


def outside_file(library: LibraryBuilder, tmp: Path) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    secret = tmp / "secret.md"
    secret.write_text(library.topic("secret").read_text())
    (library.root / "en" / "secret.md").unlink()
    return secret


def duplicate(library: LibraryBuilder, _: Path) -> None:
    library.write("z-copy.md", (library.root / "en" / "bones.md").read_text().replace("Your bones", "Fake"))


NESTED_LIST = "\n".join("  " * depth + "- x" for depth in range(500))
NESTED_YAML = "[" * 500 + "]" * 500

CASES = [
    Hostile(
        "malformed YAML",
        write("bad.md", "---\nid: bad\ntitle: [unclosed\n---\nBody"),
        "front matter is not valid YAML",
    ),
    Hostile("wrong type", edited("wrong-type", "order: 2", "order: first"), "'order' must be a whole number"),
    Hostile(
        "missing fields",
        write("bad.md", "---\nid: bad\ntitle: Bad\n---\nBody"),
        "missing required field 'kind'",
    ),
    Hostile(
        "binary file",
        write("bad.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "the file is binary, not Markdown text",
    ),
    Hostile(
        "not UTF-8",
        write("bad.md", "---\nid: caf\u00e9\n---\n".encode("latin-1")),
        "line 2 is not valid UTF-8 text",
    ),
    Hostile("empty file", write("bad.md", ""), "the file is empty"),
    Hostile(
        "10 MB file",
        write("bad.md", b"---\n" + b"x" * 10_000_000),
        "the file is 10,000,004 bytes; pages must be under 1,000,000",
    ),
    Hostile(
        "500-level nested list",
        body("nested-list", NESTED_LIST),
        "nested more than 20 deep, so the page shows as plain text",
        "nested-list",
        "- x - x",
    ),
    Hostile(
        "500-level nested YAML",
        edited("nested-yaml", "summary: A short line", f"summary: {NESTED_YAML}\nx: A short line"),
        "lists and maps are nested more than 10 deep",
    ),
    Hostile(
        "raw <script>",
        body("script", "Hi.\n\n<script>alert('x')</script>\n"),
        "raw HTML <script> is shown as plain text and never run",
        "script",
        "<script>alert('x')</script>",
    ),
    Hostile(
        "raw <iframe>",
        body("iframe", '<iframe src="https://evil.example/"></iframe>'),
        "raw HTML <iframe> is shown as plain text",
        "iframe",
        '<iframe src="https://evil.example/">',
    ),
    Hostile(
        "raw <img src=http>",
        body("raw-img", '<img src="http://tracker.example/p.png">'),
        "raw HTML <img> is shown as plain text",
        "raw-img",
        "<img src=",
    ),
    Hostile(
        "remote Markdown image",
        body("remote-image", "![A chart](http://tracker.example/c.png)"),
        "'http://tracker.example/c.png' is not a page id or a local image",
        "remote-image",
        "A chart",
    ),
    Hostile(
        "javascript: link",
        body("javascript-link", "[Tap me](javascript:alert(1)) now."),
        "'javascript:alert(1)' is not a page id or a local image",
        "javascript-link",
        "Tap me now.",
    ),
    Hostile(
        "file: link",
        body("file-link", "[Passwords](file:///etc/passwd) here."),
        "'file:///etc/passwd' is not a page id or a local image",
        "file-link",
        "Passwords here.",
    ),
    Hostile(
        "../../ image",
        body("dotdot-image", "![Secret](../../../etc/shadow.png)"),
        "'../../../etc/shadow.png' climbs out of the page's folder with '..'",
        "dotdot-image",
        "Secret",
    ),
    Hostile(
        "../../ link",
        body("dotdot-link", "[Up there](../../outside.md) too."),
        "'../../outside.md' climbs out of the page's folder with '..'",
        "dotdot-link",
        "Up there too.",
    ),
    Hostile(
        "symlink out of the folder",
        link("out.md", outside_file),
        "the file points outside the content folder",
    ),
    Hostile(
        "symlink loop (file)",
        link("self.md", lambda lib, _: lib.root / "en" / "self.md"),
        "the file is a symbolic link that loops back on itself",
    ),
    Hostile(
        "symlink loop (folder)",
        link("loop", lambda lib, _: lib.root / "en"),
        "a symbolic link to a folder is not followed",
    ),
    Hostile("two files, one id", duplicate, "duplicate id 'bones' (already used by"),
]


@pytest.fixture
def hostile_library(library: LibraryBuilder) -> LibraryBuilder:
    library.topic("bones", title="Your bones", order=1)
    return library


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_hostile_input_gets_a_clear_message_and_the_kiosk_keeps_running(
    case: Hostile, hostile_library: LibraryBuilder, make_window: WindowFactory, tmp_path: Path
) -> None:
    case.make(hostile_library, tmp_path)
    lines = [str(problem) for problem in check_content(hostile_library.root).problems]
    assert any(case.said in line for line in lines), lines
    window = make_window(hostile_library.root)
    assert "Your bones" in [tile.title_label.text() for tile in visible_tiles(window)]
    for page in window.library.pages.values():
        window.open_page(page.id)
        assert window.title() == page.title
    if case.page:
        window.open_page(case.page)
        assert case.shown in " ".join(page_text(window).split())
        html = window.page_screen.view.toHtml()
        for live in ("<script", "<iframe", 'src="http', 'href="javascript', 'href="file', 'href="..'):
            assert live not in html


def every_key_wrong() -> str:
    wrong = {str: "42", int: '"soon"', bool: '"yes"', float: '"x"'}
    return "".join(f"{option.name} = {wrong[option.type]}\n" for option in OPTIONS) + "mystery = 1\n"


def test_a_config_with_every_key_wrong_names_each_and_the_kiosk_starts_on_defaults(
    make_window: WindowFactory,
) -> None:
    config, problems = parse_config(every_key_wrong(), Path("kiosk.toml"))
    assert len(problems) == len(OPTIONS) + 1
    for option, problem in zip(OPTIONS, problems, strict=False):
        assert str(problem).startswith(
            f"kiosk.toml:{OPTIONS.index(option) + 1}: error: '{option.name}' must be"
        )
    assert str(problems[-1]).endswith("unknown option 'mystery'")
    assert config.values == Config().values
    window = make_window(SHIPPED_CONTENT, **{k.replace(".", "__"): v for k, v in config.values.items()})
    assert len(visible_tiles(window)) >= 10


NETWORK_GUARD = textwrap.dedent(
    """
    import json, socket, sys
    attempts = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:]!r}")
            raise OSError("the network is cut off in this test")
        return blocked

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        setattr(socket.socket, name, refuse(name))
    socket.create_connection = refuse("create_connection")
    socket.getaddrinfo = refuse("getaddrinfo")

    from kiosk.cli import main
    status = main(["self-test", "--content", sys.argv[1], "--config", sys.argv[2]])
    report = {"attempts": attempts, "qtnetwork": "PySide6.QtNetwork" in sys.modules, "status": status}
    with open(sys.argv[3], "w") as out:
        json.dump(report, out)
    sys.exit(status)
    """
)


def test_the_whole_self_test_on_hostile_content_opens_no_network_connection(
    hostile_library: LibraryBuilder, tmp_path: Path
) -> None:
    for case in CASES:
        if case.name not in ("10 MB file", "two files, one id"):  # the rest, side by side
            case.make(hostile_library, tmp_path / case.name.replace("/", "-").replace(" ", "_"))
    hostile_library.medication(
        "remote-pill", body="![Remote](https://example.com/x.png) [More](https://example.com)"
    )
    config = tmp_path / "kiosk.toml"
    config.write_text(every_key_wrong())
    report = tmp_path / "report.json"
    command = [sys.executable, "-c", NETWORK_GUARD, str(hostile_library.root), str(config), str(report)]
    trace = tmp_path / "trace.txt"
    if shutil.which("strace"):  # also catches a connect from Qt's own C++ code
        command = ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace), *command]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        command, capture_output=True, text=True, check=False, env=env, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    found = json.loads(report.read_text())
    assert found == {"attempts": [], "qtnetwork": False, "status": 0}
    if trace.exists():
        connects = [line for line in trace.read_text().splitlines() if "AF_INET" in line]
        assert connects == []
