r"""Build the bundled default house style (default.docx) and its logo (logo.png).

Run from the repository root: ``uv run python resources/house_style/make_default.py``.
Both files are generated rather than drawn by hand so that anyone can rebuild them with
the project's own tools (python-docx and the standard library) and see what they contain.

All vertical rhythm lives in the styles, so a document needs no empty paragraphs for
spacing (a screen reader announces each one as "blank"): Normal has space after, headings
space before and stay with what follows them, and the "Allekirjoitus" paragraph style draws
the signature line as a top border with room above it for the pen. "Title" has outline
level 1, so LibreOffice tags the cover title H1 in a PDF and the headings start at the top
level; a table of contents built from "Heading 1" (``TOC \h \z \t "Heading 1,1"``) still
lists only the §s.
"""

from __future__ import annotations

import io
import math
import struct
import zlib
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from desktop_app.export.package import clean_package

HERE = Path(__file__).resolve().parent
SIGNATURE_STYLE = "Allekirjoitus"
FONT = "Arial"
INK = RGBColor(0x1A, 0x1A, 0x1A)
BLUE = (0, 75, 135)
GOLD = (240, 180, 0)


def _inside(x: float, y: float) -> tuple[int, int, int, int]:
    """The colour of the crest at (x, y) in the unit square: a shield, a sun and a wave."""
    if not 0.08 <= y <= 0.95:
        return (0, 0, 0, 0)
    half = 0.38
    if y > 0.55:
        ratio = (y - 0.55) / 0.40
        half = 0.38 * math.sqrt(max(0.0, 1 - ratio * ratio))
    if abs(x - 0.5) > half:
        return (0, 0, 0, 0)
    wave = 0.64 + 0.045 * math.sin((x - 0.12) * 4 * math.pi)
    if abs(y - wave) < 0.055:
        return (255, 255, 255, 255)
    if (x - 0.5) ** 2 + (y - 0.34) ** 2 < 0.14**2:
        return (*GOLD, 255)
    return (*BLUE, 255)


def make_logo(path: Path, size: int = 192, samples: int = 3) -> None:
    rows = []
    for row in range(size):
        line = bytearray([0])
        for column in range(size):
            total = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    x = (column + (sx + 0.5) / samples) / size
                    y = (row + (sy + 0.5) / samples) / size
                    for index, value in enumerate(_inside(x, y)):
                        total[index] += value
            count = samples * samples
            alpha = total[3] // count
            if alpha:
                rgb = [
                    min(255, int(t * 255 / max(1, total[3]))) for t in total[:3]
                ]  # un-premultiply: colours are averaged over covered samples only
            else:
                rgb = [0, 0, 0]
            line.extend([*rgb, alpha])
        rows.append(bytes(line))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"pHYs", struct.pack(">IIB", 11811, 11811, 1))  # 300 dpi
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)


def _font(style: docx.styles.style.BaseStyle, size: float, bold: bool = False) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = INK
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)


def _no_borders(table: docx.table.Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(borders)  # CT_TblPr keeps its children in schema order
    else:
        table._tbl.tblPr.append(borders)


def _signature_style(document: docx.document.Document) -> None:
    """A paragraph whose top border is the line to sign on; name and role go below it.

    The line is as wide as the paragraph, so the right indent keeps it at signature width;
    the space before leaves room for the handwriting, and the lines stay together. Word and
    LibreOffice join adjacent paragraphs with the same borders into one bordered group and
    draw its top border only once, so the style has the same line as a "between" border:
    the second of two signatures in a row gets its line too.
    """
    style = document.styles.add_style(SIGNATURE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    fmt = style.paragraph_format
    fmt.space_before = Pt(36)
    fmt.space_after = Pt(6)
    fmt.right_indent = Cm(8.4)
    fmt.keep_together = True
    border = OxmlElement("w:pBdr")
    for edge in ("top", "between"):  # schema order: top, left, bottom, right, between
        line = OxmlElement(f"w:{edge}")
        for name, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "1A1A1A")):
            line.set(qn(f"w:{name}"), value)
        border.append(line)
    ppr = style.element.get_or_add_pPr()
    ppr.insert_element_before(
        border, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:outlineLvl", "w:rPr"
    )


def make_house_style(path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.3), Cm(1.8)
    section.top_margin, section.bottom_margin = Cm(3.0), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)

    styles = document.styles
    _font(styles["Normal"], 11)
    styles["Normal"].paragraph_format.space_after = Pt(6)
    styles["Normal"].paragraph_format.line_spacing = 1.1
    for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        _font(styles[name], size, bold=True)
        styles[name].paragraph_format.space_before = Pt(12 if name != "Heading 3" else 8)
        styles[name].paragraph_format.space_after = Pt(4)
        styles[name].paragraph_format.keep_with_next = True
        styles[name].paragraph_format.keep_together = True
    _font(styles["Title"], 22, bold=True)
    _font(styles["TOC Heading"], 14, bold=True)
    _font(styles["Subtitle"], 14, bold=True)
    styles["Subtitle"].paragraph_format.space_after = Pt(8)
    subtitle_ppr = styles["Subtitle"].element.get_or_add_pPr()
    for numbering in subtitle_ppr.findall(qn("w:numPr")):  # Word's default: a stray list level
        subtitle_ppr.remove(numbering)
    title_ppr = styles["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)
    styles["Title"].paragraph_format.space_after = Pt(12)
    styles["Title"].paragraph_format.keep_with_next = True
    title_ppr.get_or_add_outlineLvl().val = 0  # the cover title is the H1 of a tagged PDF
    _signature_style(document)
    for name in ("List Bullet", "List Number"):
        styles[name].paragraph_format.space_after = Pt(2)
    _font(styles["Header"], 9)
    _font(styles["Footer"], 9)

    header = section.header
    header.is_linked_to_previous = False
    table = header.add_table(1, 3, Cm(16.9))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    widths = (Cm(2.2), Cm(8.7), Cm(6.0))
    for cell, width in zip(table.rows[0].cells, widths, strict=True):
        cell.width = width
    logo_cell, name_cell, doc_cell = table.rows[0].cells
    logo_cell.paragraphs[0].text = "{{ logo }}"
    name_cell.paragraphs[0].add_run("{{ municipality }}").bold = True
    name_cell.add_paragraph("{{ body }}")
    doc_paragraph = doc_cell.paragraphs[0]
    doc_paragraph.add_run("{{ document }}").bold = True
    doc_paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date_paragraph = doc_cell.add_paragraph("{{ date }}")
    date_paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for paragraph in (*name_cell.paragraphs, *doc_cell.paragraphs):
        paragraph.paragraph_format.space_after = Pt(0)
    header.paragraphs[0].paragraph_format.space_after = Pt(0)

    footer = section.footer
    footer.is_linked_to_previous = False
    footer.paragraphs[0].text = "{{ page }}"
    footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    properties = document.core_properties
    properties.title = "Päätöspajan oletustyyli"
    properties.author = "Päätöspaja"
    properties.language = "fi-FI"
    buffer = io.BytesIO()
    document.save(buffer)
    # The same clean-up every export gets: no stale parts or template statistics in the file.
    path.write_bytes(clean_package(buffer.getvalue()))


if __name__ == "__main__":
    make_logo(HERE / "logo.png")
    make_house_style(HERE / "default.docx")
    print(f"wrote {HERE / 'logo.png'} and {HERE / 'default.docx'}")
