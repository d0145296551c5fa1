"""Render the application icon (resources/app-icon.svg) for every platform, with Qt only.

    python scripts/render_icons.py [--out packaging/icons]

Writes hicolor/<N>x<N>/apps/bone-health-kiosk.png (Linux icon theme), bone-health-kiosk.ico (Windows:
small sizes as 32-bit bitmaps, which every shell draws, large ones as PNG) and bone-health-kiosk.icns
(macOS, PNG entries). The outputs are committed; run this again after changing the SVG.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kiosk import APP_ID  # noqa: E402

SOURCE = ROOT / "resources" / "app-icon.svg"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICO_PNG_FROM = 128  # sizes at or above this are stored as PNG inside the .ico
# ICNS entry types and the pixel size each holds (the @2x types are the Retina variants).
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"ic11": 32,
    b"icp6": 64,
    b"ic12": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic13": 256,
    b"ic09": 512,
    b"ic14": 512,
    b"ic10": 1024,
}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())


def bitmap_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA device-independent bitmap as an .ico stores it: bottom-up, then a 1-bit mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):
        row = bytearray()
        for x in range(size):
            pixel = image.pixel(x, y)  # 0xAARRGGBB
            row += struct.pack("<I", pixel)  # little-endian: B, G, R, A
        rows.append(bytes(row))
    mask_row = bytes(((size + 31) // 32) * 4)  # all zero: the alpha channel decides
    return header + b"".join(rows) + mask_row * size


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = []
    for size, image in sorted(images.items()):
        entries.append((size, png_bytes(image) if size >= ICO_PNG_FROM else bitmap_bytes(image)))
    offset = 6 + 16 * len(entries)
    directory = b""
    for size, data in entries:
        dimension = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(entries)) + directory + b"".join(data for _, data in entries)


def icns_bytes(images: dict[int, QImage]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES.items():
        data = png_bytes(images[size])
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "icons")
    args = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    sizes = sorted({*LINUX_SIZES, *ICO_SIZES, *ICNS_TYPES.values()})
    images = {size: render(renderer, size) for size in sizes}
    for size in LINUX_SIZES:
        target = args.out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png_bytes(images[size]))
    (args.out / f"{APP_ID}.ico").write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    (args.out / f"{APP_ID}.icns").write_bytes(icns_bytes(images))
    print(f"render_icons: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
