"""Render the application icon from its SVG source: a 256 px PNG and a multi-size ICO.

Run after editing ``resources/icons/paatospaja.svg``::

    uv run python installer/make_icons.py

Each size is rendered from a vector source on its own (not scaled down from 256 px), and
16 and 24 px come from a drawing made on the 16 px grid, so the small sizes stay sharp. The
ICO holds 16–64 px as 32-bit bitmaps, which every Windows version and resource compiler
reads, and 256 px as PNG, as Windows Vista and later expect.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "paatospaja.svg"
#: The 16 px drawing, used up to this size: the large one loses its edges when shrunk.
SMALL_SOURCE = ICONS / "paatospaja-small.svg"
SMALL_UP_TO = 24
ICO_SIZES = (16, 24, 32, 48, 64, 256)
PNG_SIZE = 256


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA bitmap as an ICO entry holds it: bottom-up rows, then the AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):
        line = image.constScanLine(y)
        rows.append(bytes(line)[: size * 4])  # ARGB32 in memory is B, G, R, A
    mask_row = b"\0" * (((size + 31) // 32) * 4)  # transparency comes from the alpha
    return header + b"".join(rows) + mask_row * size


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries = []
    offset = 6 + 16 * len(images)
    blobs = []
    for size, image in images.items():
        blob = png_bytes(image) if size >= 256 else dib_bytes(image)
        side = 0 if size >= 256 else size  # 0 stands for 256 in the directory
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderers = {source: QSvgRenderer(str(source)) for source in (SOURCE, SMALL_SOURCE)}
    for source, renderer in renderers.items():
        if not renderer.isValid():
            print(f"cannot read {source}", file=sys.stderr)
            return 1
    images = {
        size: render(renderers[SMALL_SOURCE if size <= SMALL_UP_TO else SOURCE], size)
        for size in ICO_SIZES
    }
    (ICONS / "paatospaja.png").write_bytes(png_bytes(images[PNG_SIZE]))
    (ICONS / "paatospaja.ico").write_bytes(ico_bytes(images))
    del app
    print(f"wrote {ICONS / 'paatospaja.png'} and {ICONS / 'paatospaja.ico'} {ICO_SIZES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
