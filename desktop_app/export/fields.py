"""Word fields (PAGE, NUMPAGES, TOC) written as complex fields with a cached result.

A cached result makes the document read right even where fields are never refreshed (a
viewer, a PDF converter); Word and LibreOffice refresh PAGE and NUMPAGES as they lay out.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph


def _fld_char(kind: str) -> BaseOxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def field_begin(paragraph: Paragraph, instruction: str) -> None:
    """Open a field in ``paragraph``; what is written next is its cached result."""
    begin = paragraph.add_run()._r
    begin.append(_fld_char("begin"))
    instr = paragraph.add_run()._r
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    instr.append(text)
    paragraph.add_run()._r.append(_fld_char("separate"))


def field_end(paragraph: Paragraph) -> None:
    paragraph.add_run()._r.append(_fld_char("end"))


def add_simple_field(paragraph: Paragraph, instruction: str, cached: str) -> None:
    field_begin(paragraph, instruction)
    paragraph.add_run(cached)
    field_end(paragraph)


def add_page_x_of_y(paragraph: Paragraph, pattern: str) -> None:
    """Write e.g. "sivu {page} / {pages}" with PAGE and NUMPAGES fields in the gaps."""
    before, _, rest = pattern.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    if before:
        paragraph.add_run(before)
    add_simple_field(paragraph, "PAGE", "1")
    if middle:
        paragraph.add_run(middle)
    add_simple_field(paragraph, "NUMPAGES", "1")
    if after:
        paragraph.add_run(after)
