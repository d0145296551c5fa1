"""Pictures are checked before anything decodes them: a regular file, within the budgets, self-contained.

A named pipe blocks whoever opens it; ``/dev/zero`` never ends; a 100-byte SVG declaring
``height="4400"`` at width 1 becomes gigabytes once scaled to the column; an SVG may pull in other
files. Each is refused here, by ``os.stat`` and a look at the first bytes, so Qt only ever decodes
pictures that fit.
"""

from __future__ import annotations

import os
import re
import stat
import struct
from pathlib import Path

from kiosk.core import budgets

IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif")
# The tallest a picture is drawn, in logical pixels, whatever its shape: the page view scales a picture
# to the column width, so without a cap a tall one costs width x height x 4 bytes.
IMAGE_MAX_HEIGHT_PX = 1600
SVG_REFERENCE = re.compile(rb"""(?:href\s*=\s*["']\s*([^"']*)["'])|(?:url\(\s*["']?\s*([^)"'\s]*))""", re.I)
SVG_ROOT = re.compile(rb"<svg\b[^>]*>", re.I | re.S)
SVG_ATTRIBUTE = rb"""\b%s\s*=\s*["']\s*([0-9.eE+-]+)\s*(px)?\s*["']"""
SVG_VIEWBOX = re.compile(rb"""\bviewBox\s*=\s*["']([^"']*)["']""", re.I)


def image_refusal(path: Path) -> str | None:
    """Why the picture at ``path`` must not be shown, or None. Symbolic links are judged by their target."""
    limits = budgets.current()
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return f"is not a picture the kiosk shows ({', '.join(IMAGE_SUFFIXES)})"
    try:
        status = os.stat(path)  # follows links: the target is what would be opened
    except OSError:
        return "not found in the content folder"
    if not stat.S_ISREG(status.st_mode):
        return "is not a regular file (a named pipe, device or socket?)"
    if status.st_size > limits.image_bytes:
        return f"is {status.st_size:,} bytes; pictures must be under {limits.image_bytes:,}"
    try:
        with path.open("rb") as file:
            data = file.read(limits.image_bytes + 1)
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    size = _svg_size(data) if path.suffix.lower() == ".svg" else _bitmap_size(data)
    if isinstance(size, str):
        return size
    return _size_refusal(size, limits.image_pixels, limits.image_aspect)


def _size_refusal(size: tuple[float, float] | None, max_pixels: int, max_aspect: int) -> str | None:
    if size is None:
        return None
    width, height = size
    if width <= 0 or height <= 0:
        return "declares no width or height"
    if width * height > max_pixels:
        return f"declares {width:,.0f} x {height:,.0f} pixels; pictures may have at most {max_pixels:,}"
    if max(width / height, height / width) > max_aspect:
        return (
            f"is {width:,.0f} x {height:,.0f}, over {max_aspect} times longer one way than the other; "
            "crop it or split it"
        )
    return None


def _svg_size(data: bytes) -> tuple[float, float] | str | None:
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data.upper():
        return "declares a DOCTYPE or entities; save it as plain SVG"
    for match in SVG_REFERENCE.finditer(data):
        target = (match.group(1) or match.group(2) or b"").strip()
        if target and not target.startswith((b"#", b"data:")):
            named = target[:60].decode(errors="replace")
            return f"refers to another file ('{named}'); pictures must be self-contained"
    root = SVG_ROOT.search(data)
    if root is None:
        return "is not an SVG picture (no <svg> element)"
    tag = root.group(0)
    width = re.search(SVG_ATTRIBUTE % rb"width", tag, re.I)
    height = re.search(SVG_ATTRIBUTE % rb"height", tag, re.I)
    try:
        if width and height:
            return float(width.group(1)), float(height.group(1))
        box = SVG_VIEWBOX.search(tag)
        if box:
            numbers = [float(n) for n in re.split(rb"[\s,]+", box.group(1).strip())]
            if len(numbers) == 4:
                return numbers[2], numbers[3]
    except ValueError:
        return "declares a width, height or viewBox that is not a number"
    return None


def _bitmap_size(data: bytes) -> tuple[float, float] | str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data[:6] in (b"GIF87a", b"GIF89a"):
        width, height = struct.unpack("<HH", data[6:10])
        return width, height
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return "is not a PNG, JPEG or GIF picture"


def _jpeg_size(data: bytes) -> tuple[float, float] | str:
    position = 2
    while position + 9 <= len(data):
        if data[position] != 0xFF:
            return "is a damaged JPEG picture"
        marker = data[position + 1]
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        position += 2 + length
    return "is a damaged JPEG picture (no size found)"
