"""Pictures on a page cannot hang, crash or exhaust the kiosk, and the screen keeps turning.

Each hostile page is opened on the real window; after it a timer must still tick (the event loop
turns) and every picture the page drew must be within the drawing budget.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.main_window import MainWindow
from kiosk.ui.widgets.page_images import (
    MAX_DRAWN_PIXELS,
    MAX_HEIGHT_RATIO,
    drawn_size,
    load_picture,
    read_regular_file,
)
from tests.conftest import LibraryBuilder, WindowFactory

TALL_SVG = (  # as tall as the loader lets through (under 8:1), so the drawing's own height cap is what holds
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="790"><rect width="1" height="9"/></svg>'
)
BIGGEST_COLUMN = 560 * 2  # pictures are at most 560 px wide at 100 % text
SMALL_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="9" height="9"/></svg>'
)


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` x ``height`` pixels (its data is cut short)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def with_picture(
    name: str, make: Callable[[Path], object], reference: str = ""
) -> Callable[[LibraryBuilder], None]:
    def build(library: LibraryBuilder) -> None:
        images = library.root / "en" / "images"
        images.mkdir(parents=True, exist_ok=True)
        make(images / name)
        library.topic(
            "odd", body=f"Look.\n\n![A picture]({reference or 'images/' + name})\n\nAfter.", order=2
        )

    return build


def fifo(path: Path) -> None:
    os.mkfifo(path)


def fifo_behind_link(path: Path) -> None:
    fifo(path.with_name("p"))
    path.symlink_to("p")


def text(data: str) -> Callable[[Path], object]:
    return lambda path: path.write_text(data)


HOSTILE_PICTURES = {
    "tall svg": with_picture("tall.svg", text(TALL_SVG)),
    "fragment in the name": with_picture("small.svg", text(SMALL_SVG), "images/small.svg#w=2"),
    "query in the name": with_picture("small.svg", text(SMALL_SVG), "images/small.svg?x=1"),
    "fifo": with_picture("pipe.png", fifo),
    "link to /dev/zero": with_picture("zero.png", lambda path: path.symlink_to("/dev/zero")),
    "link to a fifo": with_picture("link.png", lambda path: fifo_behind_link(path)),
    "link loop": with_picture("loop.png", lambda path: path.symlink_to("loop.png")),
    "huge png": with_picture("huge.png", lambda path: path.write_bytes(png_header(60_000, 60_000))),
    "svg naming a file": with_picture(
        "ref.svg",
        text(
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="9" '
            'height="9"><image xlink:href="/etc/passwd" width="9" height="9"/></svg>'
        ),
    ),
}


def drawn_pictures(window: MainWindow) -> list[QImage]:
    document = window.page_screen.view.document()
    pictures = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isImageFormat():
                name = char_format.toImageFormat().name()
                image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
                if isinstance(image, QImage) and not image.isNull():
                    pictures.append(image)
            fragments += 1
        block = block.next()
    return pictures


def assert_screen_keeps_turning(qtbot: QtBot) -> None:
    tick = QTimer()
    tick.setSingleShot(True)
    with qtbot.waitSignal(tick.timeout, timeout=5_000):
        tick.start(0)


# An address with '#' or '?' is refused with its page by the loader (kiosk.core.image_guard): such a
# name once crashed Qt's image loader, so it must never reach the screen at all.
REFUSED_BY_THE_LOADER = {"fragment in the name", "query in the name"}


@pytest.mark.parametrize("case", sorted(HOSTILE_PICTURES))
def test_a_hostile_picture_costs_that_picture_only(
    case: str, qtbot: QtBot, make_window: WindowFactory, library: LibraryBuilder
) -> None:
    library.topic("bones", order=1)
    HOSTILE_PICTURES[case](library)
    window = make_window(library.root)
    window.open_page("odd")
    assert_screen_keeps_turning(qtbot)
    if case in REFUSED_BY_THE_LOADER:  # the page never reaches the screen; the rest of the library does
        assert window.library.get("odd") is None and window.library.get("bones") is not None
        return
    assert "After." in window.page_screen.view.toPlainText()
    for picture in drawn_pictures(window):
        assert picture.width() * picture.height() <= MAX_DRAWN_PIXELS * 1.01
        assert picture.height() / picture.devicePixelRatio() <= MAX_HEIGHT_RATIO * BIGGEST_COLUMN
    if case != "tall svg":
        assert not drawn_pictures(window)
    window.go_home()
    assert_screen_keeps_turning(qtbot)


def test_a_picture_claiming_to_be_very_tall_is_drawn_no_taller_than_twice_the_column(
    make_window: WindowFactory, library: LibraryBuilder
) -> None:
    library.topic("bones", order=1)
    with_picture("tall.svg", text(TALL_SVG))(library)
    window = make_window(library.root)
    window.open_page("odd")
    [picture] = drawn_pictures(window)
    height = picture.height() / picture.devicePixelRatio()
    assert 0 < height <= MAX_HEIGHT_RATIO * BIGGEST_COLUMN


def test_the_shipped_pictures_still_show(window: MainWindow) -> None:
    window.open_page("bone-renewal")
    [picture] = drawn_pictures(window)
    assert picture.width() > 100 and picture.height() > 50


def rectangle_svg(width: int, height: int) -> str:
    size = f'width="{width}" height="{height}"'
    return f'<svg xmlns="http://www.w3.org/2000/svg" {size}><rect {size}/></svg>'


def test_a_picture_drawn_lately_is_not_drawn_again_until_its_file_changes(tmp_path: Path) -> None:
    svg = tmp_path / "shape.svg"
    svg.write_text(rectangle_svg(40, 20))
    first = load_picture(svg, 200, 1.0)
    assert first is not None and first.width() == 200
    again = load_picture(svg, 200, 1.0)
    assert again is not None and again.cacheKey() == first.cacheKey()  # the same image, not redrawn
    wider = load_picture(svg, 300, 1.0)
    assert wider is not None and wider.width() == 300
    svg.write_text(rectangle_svg(40, 100))  # another length too: a new file, whatever the clock says
    changed = load_picture(svg, 200, 1.0)
    assert changed is not None and changed.height() == 400  # drawn anew (at most twice the width tall)


def test_the_drawn_size_keeps_the_shape_within_the_budgets() -> None:
    from PySide6.QtCore import QSize

    assert drawn_size(QSize(400, 200), 500, 1.0) == QSize(500, 250)
    tall = drawn_size(QSize(1, 4400), 500, 2.0)
    assert tall.height() == 1000 and tall.width() == 1
    wide = drawn_size(QSize(10_000, 10_000), 4_000, 1.0)
    assert wide.width() * wide.height() <= MAX_DRAWN_PIXELS


def test_special_files_are_never_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "zero").symlink_to("/dev/zero")
    (tmp_path / "big").write_bytes(b"x" * 3_000)
    assert read_regular_file(tmp_path / "pipe") is None
    assert read_regular_file(tmp_path / "zero") is None
    assert read_regular_file(tmp_path / "big", limit=2_000) is None
    assert read_regular_file(tmp_path / "missing") is None


def test_a_picture_with_its_own_caption_shows_the_caption_and_not_its_alt_text(
    make_window: WindowFactory, library: LibraryBuilder
) -> None:
    """The alt text is the picture in words for screen readers; on screen the caption says enough."""
    images = library.root / "en" / "images"
    images.mkdir(parents=True, exist_ok=True)
    (images / "steps.svg").write_text(SMALL_SVG)
    alt = "Three boxes in a row, each with a number, joined by arrows."
    body = f'Look.\n\n![{alt}](images/steps.svg "The 3 steps.")\n\nAfter.'
    library.topic("steps", title="Steps", body=body)
    window = make_window(library.root)
    window.open_page("steps")
    shown = window.page_screen.view.toPlainText()
    assert "The 3 steps." in shown
    assert alt not in shown and "Picture:" not in shown
    assert len(drawn_pictures(window)) == 1
    assert f"Picture: {alt}" in window.page_screen.view.accessibleDescription()


def test_a_picture_without_a_caption_shows_its_alt_text_as_one(
    make_window: WindowFactory, library: LibraryBuilder
) -> None:
    images = library.root / "en" / "images"
    images.mkdir(parents=True, exist_ok=True)
    (images / "steps.svg").write_text(SMALL_SVG)
    library.topic("steps", title="Steps", body="Look.\n\n![Three boxes joined by arrows.](images/steps.svg)")
    window = make_window(library.root)
    window.open_page("steps")
    assert "Picture: Three boxes joined by arrows." in window.page_screen.view.toPlainText()
