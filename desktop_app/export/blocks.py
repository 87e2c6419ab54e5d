"""Rich-text blocks (from :mod:`desktop_app.domain.richtext`) written as real Word structure.

Headings become Heading styles, lists get the List Bullet / List Number styles with each
numbered list restarting at 1, and tables get Table Grid with their header rows marked to
repeat on every page. Tables are written as XML in one go: a 5 MB table pasted from a
spreadsheet must not take minutes cell by cell.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop_app.domain.richtext import Block, ListBlock, Paragraph, Run, Table
from desktop_app.domain.richtext import strip_control_characters as clean


class BlockWriter:
    """Appends blocks to the end of a document's body."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._style_ids: dict[str, str | None] = {}

    def style_id(self, name: str) -> str | None:
        if name not in self._style_ids:
            try:
                self._style_ids[name] = str(self.document.styles[name].style_id)
            except KeyError:
                self._style_ids[name] = None
        return self._style_ids[name]

    def has_style(self, name: str) -> bool:
        return self.style_id(name) is not None

    def paragraph(
        self, text: str = "", style: str | None = None, *, bold: bool = False
    ) -> DocxParagraph:
        paragraph = self.document.add_paragraph()
        if style and self.has_style(style):
            paragraph.style = self.document.styles[style]
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
        for block in blocks:
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
        style_element = self.document.styles[style].element
        num_id = style_element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is None:
            return None
        numbering = self.document.part.numbering_part.element
        num = numbering.num_having_numId(int(num_id.get(qn("w:val"))))
        new = numbering.add_num(num.abstractNumId.val)
        new.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(new.numId)

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
        self.document.element.body.insert_element_before(table, "w:sectPr")
        # xml:space is set only now, inside the document: moving a parsed tree that already
        # carries it across documents costs lxml seconds per hundred thousand cells.
        space = qn("xml:space")
        for text in table.iter(qn("w:t")):
            value = text.text or ""
            if value != value.strip():
                text.set(space, "preserve")
        self.paragraph()  # Word needs a paragraph between adjacent tables


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
