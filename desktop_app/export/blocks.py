"""Rich-text blocks (from :mod:`desktop_app.domain.richtext`) written as real Word structure.

Headings become Heading styles, lists get the List Bullet / List Number styles with each
numbered list restarting at 1, and tables get Table Grid with their header rows marked to
repeat on every page. Tables are written as XML in one go: a 5 MB table pasted from a
spreadsheet must not take minutes cell by cell.

Spacing comes from the styles, never from empty paragraphs (a screen reader reads each one
out as "blank"): the paragraph after a table gets a little space before it instead, and an
empty paragraph is written only between two adjacent tables, where Word would otherwise
merge them into one.

Style look-ups are cached per document: python-docx finds a style by name, and sets one on
a paragraph, by walking every style of the file (hundreds in Word's templates), which on
every paragraph was most of an export's time.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.document import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.styles import CT_Style
from docx.oxml.text.paragraph import CT_P
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop_app.domain.richtext import Block, ListBlock, Paragraph, Run, Table
from desktop_app.domain.richtext import strip_control_characters as clean

AFTER_TABLE = Pt(6)  # the gap Normal's space-after would have given below the last row
_SECT_PR = qn("w:sectPr")


class BlockWriter:
    """Appends blocks to the end of a document's body."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._style_ids: dict[str, str | None] = {}
        self._after_table = False
        self._style_elements: dict[str, CT_Style] = {}

    def style_id(self, name: str) -> str | None:
        """The id of the style called ``name`` in this document (None: the style is missing)."""
        if name not in self._style_ids:
            try:
                self._style_ids[name] = str(self.document.styles[name].style_id)
            except KeyError:
                self._style_ids[name] = None
        return self._style_ids[name]

    def has_style(self, name: str) -> bool:
        return self.style_id(name) is not None

    def _append(self, element: BaseOxmlElement) -> None:
        """Add ``element`` at the end of the body, before its final section properties.

        The last child is looked at directly: python-docx searches all children for
        ``w:sectPr``, which grows with every paragraph of a long packet.
        """
        body = self.document.element.body
        try:
            last = body[-1]
        except IndexError:
            last = None
        if last is not None and last.tag == _SECT_PR:
            last.addprevious(element)
        else:
            body.append(element)

    def paragraph(
        self, text: str = "", style: str | None = None, *, bold: bool = False
    ) -> DocxParagraph:
        element: CT_P = OxmlElement("w:p")
        style_id = self.style_id(style) if style else None
        if style_id:
            element.style = style_id
        self._append(element)
        paragraph = DocxParagraph(element, self.document._body)
        if self._after_table:
            self._after_table = False
            if not (style or "").startswith(("Heading", "Title")):  # those have their own
                paragraph.paragraph_format.space_before = AFTER_TABLE
        if text:
            run = paragraph.add_run(clean(text))
            if bold:
                run.bold = True
        return paragraph

    def runs(self, paragraph: DocxParagraph, runs: list[Run]) -> None:
        for piece in runs:
            if piece.text == "\n":
                paragraph.add_run().add_break()
                continue
            for index, line in enumerate(clean(piece.text).split("\n")):
                run = paragraph.add_run()
                if index:
                    run.add_break()
                if line:
                    run.add_text(line)  # not run.text =: that would drop the break
                run.bold = piece.bold or None
                run.italic = piece.italic or None
                run.underline = piece.underline or None

    def blocks(self, blocks: list[Block], heading_base: int = 2) -> None:
        """Write ``blocks``; a heading in the text sits below ``heading_base`` (max Heading 3)."""
        for index, block in enumerate(blocks):
            if index and isinstance(block, Table) and isinstance(blocks[index - 1], Table):
                self.paragraph()  # Word merges adjacent tables; only a paragraph keeps two
            if isinstance(block, Paragraph):
                style = None
                if block.heading:
                    style = f"Heading {min(3, heading_base + block.heading)}"
                self.runs(self.paragraph(style=style), block.runs)
            elif isinstance(block, ListBlock):
                self.list_block(block)
            else:
                self.table(block)

    def list_block(self, block: ListBlock) -> None:
        style = "List Number" if block.ordered else "List Bullet"
        num_id = self._restarted_num(style) if block.ordered else None
        for item in block.items:
            paragraph = self.paragraph(style=style)
            if num_id is not None:
                num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num_id
            self.runs(paragraph, item.runs)

    def _restarted_num(self, style: str) -> int | None:
        """A fresh numbering instance, so every numbered list starts again from 1."""
        if not self.has_style(style):
            return None
        style_element = self._style_element(style)
        num_id = style_element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is None:
            return None
        numbering = self.document.part.numbering_part.element
        num = numbering.num_having_numId(int(num_id.get(qn("w:val"))))
        new = numbering.add_num(num.abstractNumId.val)
        new.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(new.numId)

    def _style_element(self, name: str) -> CT_Style:
        if name not in self._style_elements:
            self._style_elements[name] = self.document.styles[name].element
        return self._style_elements[name]

    def table(self, block: Table) -> None:
        columns = max((len(row) for row in block.rows), default=0)
        if not columns:
            return
        section = self.document.sections[-1]
        width = section.page_width or Cm(21)
        margins = (section.left_margin or 0) + (section.right_margin or 0)
        text_width = int((width - margins) / 635)  # EMU → twentieths of a point
        column_width = max(1, text_width // columns)
        style_id = self.style_id("Table Grid")
        parts = [f"<w:tbl {nsdecls('w')}><w:tblPr>"]
        if style_id:
            parts.append(f'<w:tblStyle w:val="{escape(style_id)}"/>')
        parts.append(
            '<w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1"'
            ' w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            "</w:tblPr><w:tblGrid>"
        )
        parts.extend(f'<w:gridCol w:w="{column_width}"/>' for _ in range(columns))
        parts.append("</w:tblGrid>")
        for index, row in enumerate(block.rows):
            header = index < block.header_rows
            parts.append("<w:tr>")
            if header:
                parts.append("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")  # schema order
            cells = list(row) + [Paragraph() for _ in range(columns - len(row))]
            for cell in cells:
                parts.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{column_width}" w:type="dxa"/></w:tcPr><w:p>'
                    '<w:pPr><w:spacing w:after="0"/></w:pPr>'
                )
                parts.append(_runs_xml(cell.runs, force_bold=header))
                parts.append("</w:p></w:tc>")
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        table = parse_xml("".join(parts))
        self._append(table)
        # xml:space is set only now, inside the document: moving a parsed tree that already
        # carries it across documents costs lxml seconds per hundred thousand cells.
        space = qn("xml:space")
        for text in table.iter(qn("w:t")):
            value = text.text or ""
            if value != value.strip():
                text.set(space, "preserve")
        self._after_table = True


def _runs_xml(runs: list[Run], *, force_bold: bool = False) -> str:
    out: list[str] = []
    for run in runs:
        props = ""
        if run.bold or force_bold:
            props += "<w:b/>"
        if run.italic:
            props += "<w:i/>"
        if run.underline:
            props += '<w:u w:val="single"/>'
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        for index, line in enumerate(clean(run.text).split("\n")):
            pieces = [rpr]
            if index:
                pieces.append("<w:br/>")
            if line:
                pieces.append(f"<w:t>{escape(line)}</w:t>")
            out.append(f"<w:r>{''.join(pieces)}</w:r>")
    return "".join(out)
