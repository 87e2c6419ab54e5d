"""The shared machinery of the three documents: house style, labels, headings, grids, finish.

The document builders (``export.documents``) and the appeal page (``export.appeal_page``) write
through one :class:`Builder`, so the same labels, language and house style apply everywhere.

Layout comes from styles and paragraph properties, never from empty paragraphs: an empty
paragraph used as spacing moves with the text and leaves a near-empty page where it lands at
a page end, and a screen reader announces each one as "blank".
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.parts.hdrftr import HeaderPart
from docx.shared import Cm, Emu, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop_app.domain.model import AgendaItem, AppealType, Meeting, Organization, Person, Section
from desktop_app.domain.richtext import Block, from_plain_text, parse_html
from desktop_app.domain.richtext import Paragraph as RichParagraph
from desktop_app.domain.richtext import strip_control_characters as clean
from desktop_app.export.attachments import append_attachment, read_attachment
from desktop_app.export.blocks import BlockWriter
from desktop_app.export.house_style import check_logo, fill_header_footer, open_house_style
from desktop_app.export.labels import labels, language_tag
from desktop_app.export.properties import set_language, set_properties
from desktop_app.meetings.clock import without_clock_word
from desktop_app.resources import resource_path
from desktop_app.templating.appeal import AppealInstruction

Progress = Callable[[int, int, str], None]

LABEL_TAB = Cm(4.5)  # where the value of a "label<tab>value" line starts
SIGNATURE_WIDTH = Cm(8.0)
_R_NAMESPACE = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# pPr children that come after w:pBdr in the schema (CT_PPr sequence).
_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


@cache
def _document_labels() -> dict[str, dict[str, str]]:
    """The wording of the cover, the excerpt, the web versions and the secrecy marking."""
    with resource_path("house_style", "minutes_labels.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {lang: {str(k): str(v) for k, v in table.items()} for lang, table in data.items()}


def document_labels(language: str) -> dict[str, str]:
    """All wording of a document in ``language``; Finnish fills whatever a language lacks."""
    extra = _document_labels()
    return labels(language) | extra["fi"] | extra.get(language, {})


@dataclass
class ExportOptions:
    house_style: Path | None = None  # None: the bundled default
    logo: Path | None = None  # replaces {{ logo }} in the header; None: the bundled logo
    attachments_root: Path | None = None  # relative attachment paths start here
    append_docx_attachments: bool = True
    include_nonpublic_attachments: bool = True  # False for anything that leaves the house
    appeals: Mapping[AppealType, AppealInstruction] = field(default_factory=dict)
    # "" for the internal document; "appeal_period" or "after_appeal" for the two web versions
    # (Kuntalaki 140 §), which say on the cover and in the properties what they are.
    web_version: str = ""


@dataclass(frozen=True)
class _Appended:
    """A DOCX attachment waiting to be appended; ``name`` and ``item`` name it in errors."""

    heading: str
    name: str
    item: str
    path: Path


def no_progress(done: int, total: int, message: str) -> None:
    """Default progress sink: builders report, callers decide whether anyone listens."""


class Builder:
    def __init__(self, options: ExportOptions, language: str) -> None:
        if options.logo is not None:
            check_logo(options.logo)
        self.options = options
        self.language = language if language in ("fi", "sv") else "fi"
        self.labels = document_labels(self.language)
        self.document: Document = open_house_style(options.house_style)
        self.writer = BlockWriter(self.document)
        self.appended: list[_Appended] = []
        self.append_docx = options.append_docx_attachments
        # Printed under "Päätösehdotus" when the item names no presenter of its own: the
        # meeting's esittelijä (Hallintolaki 44 §: who presented the decision is on record).
        self.default_presenter = ""
        self._marking: str | None = None  # the secrecy marking of the section being written
        sentinel = self.document.element.body.get_or_add_sectPr()
        # The header and footer every later section goes back to (a first-page one stays
        # on the cover).
        self._normal_references = [
            deepcopy(ref)
            for ref in sentinel.xpath("w:headerReference|w:footerReference")
            if ref.get(qn("w:type")) != "first"
        ]

    # --- small pieces ----------------------------------------------------
    def date_text(self, value: date | datetime | None) -> str:
        return value.strftime(self.labels["date_format"]) if value else ""

    def time_text(self, meeting: Meeting) -> str:
        if meeting.start is None:
            return ""
        text = f"{self.date_text(meeting.start)} {self.labels['clock']} "
        text += meeting.start.strftime(self.labels["time_format"])
        if meeting.end is not None and meeting.end > meeting.start:  # else: not recorded
            text += "–" + meeting.end.strftime(self.labels["time_format"])
        return text

    def clock(self, text: str) -> str:
        """A typed time with the clock word once: "klo 18.05" from "18.05" and "klo 18.05"."""
        rest = without_clock_word(text)
        if rest[:1].isdigit():
            return f"{self.labels['clock']} {rest}"
        return text.strip()

    def body_name(self, organization: Organization) -> str:
        if self.language == "sv" and organization.name_sv:
            return organization.name_sv
        return organization.name

    def heading(self, text: str, level: int, *, new_page: bool = False) -> DocxParagraph:
        if new_page and self._marking is not None:  # what follows a non-public § (appeal page)
            self.end_marked_section(new_page=True)
            self._marking = None
            new_page = False  # the new section starts the page
        paragraph = self.writer.paragraph(text, f"Heading {level}")
        paragraph.paragraph_format.keep_with_next = True  # also in a house style that forgot
        if new_page:
            paragraph.paragraph_format.page_break_before = True
        return paragraph

    def labelled(self, label: str, value: str) -> None:
        if not value.strip():
            return
        paragraph = self.writer.paragraph()
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(clean(label) + ": ").bold = True
        paragraph.add_run(clean(value))

    def text_width(self) -> int:
        section = self.document.sections[-1]
        margins = (section.left_margin or 0) + (section.right_margin or 0)
        return int((section.page_width or Cm(21)) - margins)

    def line(self, label: str, value: str) -> DocxParagraph:
        """A cover line "label<tab>value"; a wrapped value stays aligned under itself."""
        paragraph = self.writer.paragraph()
        form = paragraph.paragraph_format
        form.tab_stops.add_tab_stop(LABEL_TAB)
        form.left_indent = LABEL_TAB
        form.first_line_indent = -LABEL_TAB
        form.space_after = Pt(3)
        paragraph.add_run(clean(label)).bold = True
        paragraph.add_run().add_tab()
        if value:
            paragraph.add_run(clean(value))
        return paragraph

    def signatures(self, people: list[tuple[str, str]]) -> None:
        """Signatures two abreast, each pair in a two-column part of the page.

        Columns, not a layout table: a tagged PDF reads a table as data, and the pair must
        still read in order (the first signer, then the second) without one.
        """
        people = [(name, role) for name, role in people if name.strip() or role.strip()]
        for start in range(0, len(people), 2):
            pair = people[start : start + 2]
            if len(pair) == 1:
                self.signature(*pair[0])
                continue
            self._break_section()
            self._columns(2)
            for name, role in pair:
                self.signature(name, role, column=True)
            self._break_section()
            self._columns(1)

    def _columns(self, count: int) -> None:
        """Columns of the section being written; it continues on the same page."""
        sentinel = self.document.element.body.get_or_add_sectPr()
        cols = sentinel.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            sentinel.insert_element_before(cols, "w:formProt", "w:vAlign", "w:noEndnote",
                                           "w:titlePg", "w:textDirection", "w:bidi",
                                           "w:rtlGutter", "w:docGrid", "w:printerSettings",
                                           "w:sectPrChange")  # fmt: skip
        if count > 1:
            cols.set(qn("w:num"), str(count))
            cols.set(qn("w:space"), str(int(Cm(1.0).twips)))
        else:
            cols.attrib.pop(qn("w:num"), None)
        self.document.sections[-1].start_type = WD_SECTION.CONTINUOUS

    def signature(self, name: str, role: str, *, column: bool = False) -> DocxParagraph:
        """A signature: room to sign, a line drawn as the top border, the name and role below.

        A border, unlike a row of underscores, is not read aloud and does not wrap.
        """
        styled = self.writer.has_style("Allekirjoitus")
        paragraph = self.writer.paragraph(style="Allekirjoitus" if styled else None)
        if not styled:
            form = paragraph.paragraph_format
            form.space_before = Pt(26)
            form.space_after = Pt(4)
            if not column:
                form.right_indent = Emu(max(0, self.text_width() - SIGNATURE_WIDTH))
            form.keep_together = True
            _top_border(paragraph)
        if column:  # the column is the line's width, whatever the style's indent says
            paragraph.paragraph_format.right_indent = Cm(0.5)
        paragraph.add_run(clean(name))
        if role:
            paragraph.add_run().add_break()
            paragraph.add_run(clean(role))
        return paragraph

    def grid(
        self, rows: list[list[str]], widths: list[float], *, header: bool = False
    ) -> DocxTable:
        table = self.document.add_table(rows=len(rows), cols=len(widths))
        table.autofit = False
        for grid_column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            grid_column.w = Cm(width)
        if self.writer.has_style("Table Grid") and header:
            table.style = self.document.styles["Table Grid"]
        if header:  # a data table: say which row heads it (WCAG 1.3.1, PDF/UA TH cells)
            look = table._tbl.tblPr.find(qn("w:tblLook"))
            if look is not None:
                look.set(qn("w:firstRow"), "1")
        for row_index, (row, cells) in enumerate(zip(rows, table.rows, strict=True)):
            if header and row_index == 0:
                tr_pr = cells._tr.get_or_add_trPr()
                tr_pr.append(OxmlElement("w:tblHeader"))
            for text, cell, width in zip(row, cells.cells, widths, strict=True):
                cell.width = Cm(width)
                paragraph = cell.paragraphs[0]
                paragraph.paragraph_format.space_after = Pt(2)
                for index, line in enumerate(clean(text).split("\n")):
                    run = paragraph.add_run()
                    if header and row_index == 0:
                        run.bold = True
                    if index:
                        run.add_break()
                    run.add_text(line)
        # No paragraph after it: the next paragraph's (heading's) space before separates them.
        return table

    def person_line(self, person: Person) -> str:
        return ", ".join(p for p in (person.name, person.title, person.phone, person.email) if p)

    # --- one item ----------------------------------------------------------
    def item(
        self,
        item: AgendaItem,
        number: int | None,
        mode: str,
        *,
        new_page: bool,
        keep_together: bool = False,
    ) -> None:
        """Write one item; ``mode`` is "agenda", "minutes" or "item".

        ``keep_together`` (a short standing item) keeps the whole § on one page; any item
        keeps its last two paragraphs together, so no line stands alone on a page.
        """
        body = self.document.element.body
        end = body[-1]  # the body's sectPr: everything is written before it
        before = end.getprevious()
        self._item(item, number, mode, new_page=new_page)
        written = []
        child = body[0] if before is None else before.getnext()
        while child is not None and child is not end:
            if child.tag == qn("w:p"):
                written.append(child)
            child = child.getnext()
        if not keep_together:
            written = written[-2:]
        for paragraph in written[:-1]:
            paragraph.get_or_add_pPr().get_or_add_keepNext()

    def _item(self, item: AgendaItem, number: int | None, mode: str, *, new_page: bool) -> None:
        title = clean(item.title).strip() or "–"
        self.heading(f"§ {number} {title}" if number else title, 1, new_page=new_page)
        self.labelled(self.labels["dno"], item.dno)
        self.labelled(self.labels["task_class"], item.task_class)
        if not item.public:
            self.writer.paragraph(
                ", ".join(p for p in (self.labels["secret"], item.secrecy_ground) if p), bold=True
            )
        if item.earlier_handling.strip():
            self.heading(self.labels["earlier_handling"], 2)
            self.writer.blocks(from_plain_text(item.earlier_handling))
        if not item.preparer.is_empty():
            self.labelled(self.labels["preparer"], self.person_line(item.preparer))
        if not item.contact.is_empty():
            self.labelled(self.labels["contact"], self.person_line(item.contact))
        order = [Section.DESCRIPTION, Section.REASONS, Section.PROPOSAL]
        if mode != "agenda":
            order += [Section.HANDLING, Section.DECISION]
        for key in order:
            blocks = parse_html(item.section(key))
            if not blocks:
                continue
            self.heading(self.labels[key.value], 2)
            if key is Section.PROPOSAL:
                self.presenter_line(item, blocks)
            self.writer.blocks(blocks)
        if item.parties.strip():
            self.heading(self.labels["parties"], 2)
            self.writer.blocks(from_plain_text(item.parties))
        self.attachment_list(item, number)
        if item.for_information.strip():
            self.heading(self.labels["for_information"], 2)
            self.writer.blocks(from_plain_text(item.for_information))
        if mode != "agenda":
            self.labelled(self.labels["appeal"], self.labels[f"appeal_{item.appeal_type.value}"])

    def presenter_line(self, item: AgendaItem, blocks: list[Block]) -> None:
        """The presenter under the proposal, unless the proposal already starts with it."""
        presenter = item.presenter.strip() or self.default_presenter
        if not presenter:
            return
        first = blocks[0] if blocks else None
        text = first.text() if isinstance(first, RichParagraph) else ""
        if text.strip().casefold().startswith(self.labels["presenter"].casefold()):
            return
        self.labelled(self.labels["presenter"], presenter)

    # --- sections: a non-public § has the secrecy marking in its page header -------------
    def secrecy_marking(self, item: AgendaItem) -> str:
        ground = clean(item.secrecy_ground).strip()
        if ground:
            return self.labels["secret_header"].format(ground=ground)
        return self.labels["nonpublic_header"]

    def start_section(self, marking: str | None, *, new_page: bool) -> bool:
        """Open the section a § is written in; whether its heading still needs a page break.

        A non-public § gets a section of its own (``marking`` in the header); the § after it
        opens a section with the normal header again.
        """
        if marking is not None:
            self.begin_marked_section(marking)
            self._marking = marking
            return False
        if self._marking is not None:
            self.end_marked_section(new_page=new_page)
            self._marking = None
            return False
        return new_page

    def begin_marked_section(self, marking: str) -> None:
        """Start a section on a new page whose header carries ``marking`` (JulkL 25 §)."""
        sentinel = self._break_section()
        headers = 0
        for reference in self._normal_references:
            copy = deepcopy(reference)
            if reference.tag == qn("w:headerReference"):
                copy.set(qn("r:id"), self._marked_header(reference.get(qn("r:id")), marking))
                headers += 1
            sentinel.insert(0, copy)
        if not headers:  # a house style without a header still gets the marking
            copy = OxmlElement("w:headerReference")
            copy.set(qn("w:type"), "default")
            copy.set(qn("r:id"), self._marked_header(None, marking))
            sentinel.insert(0, copy)
        self.document.sections[-1].start_type = WD_SECTION.NEW_PAGE

    def end_marked_section(self, *, new_page: bool) -> None:
        """Go back to the house style's own header for what follows."""
        sentinel = self._break_section()
        for reference in self._normal_references:
            sentinel.insert(0, deepcopy(reference))
        if not any(r.tag == qn("w:headerReference") for r in self._normal_references):
            blank = OxmlElement("w:headerReference")  # not the marked one by inheritance
            blank.set(qn("w:type"), "default")
            blank.set(qn("r:id"), self._marked_header(None, ""))
            sentinel.insert(0, blank)
        self.document.sections[-1].start_type = (
            WD_SECTION.NEW_PAGE if new_page else WD_SECTION.CONTINUOUS
        )

    def _break_section(self) -> BaseOxmlElement:
        """End the section in the last paragraph written; the body's sectPr is the next one.

        The break rides on the last real paragraph (an empty one only after a table), so no
        blank line is left at the end of the section's last page.
        """
        body = self.document.element.body
        sentinel = body.get_or_add_sectPr()
        last = sentinel.getprevious()
        ends_section = last is not None and last.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
        if last is None or last.tag != qn("w:p") or ends_section:
            last = self.writer.paragraph()._p
        last.set_sectPr(deepcopy(sentinel))
        # The sections after the first never hold the title page: a house style's own first
        # page header stays on the cover.
        for reference in sentinel.xpath("w:headerReference|w:footerReference|w:titlePg"):
            sentinel.remove(reference)
        return sentinel

    def _marked_header(self, r_id: str | None, marking: str) -> str:
        """A copy of header ``r_id`` (none: an empty one) with ``marking``; its relationship id."""
        main = self.document.part
        part = HeaderPart.new(main.package)
        new_id = main.relate_to(part, RT.HEADER)
        header = part.element
        for child in list(header):
            header.remove(child)
        if r_id is None:
            header.append(self._marking_paragraph(marking) if marking else OxmlElement("w:p"))
            return str(new_id)
        original = main.related_parts[r_id]
        for child in original.element:
            header.append(deepcopy(child))
        for element in header.iter():
            for name, value in list(element.attrib.items()):
                if not name.startswith(_R_NAMESPACE):
                    continue
                relationship = original.rels[value]
                if relationship.is_external:
                    target = part.relate_to(relationship.target_ref, relationship.reltype, True)
                else:
                    target = part.relate_to(relationship.target_part, relationship.reltype)
                element.set(name, target)
        header.append(self._marking_paragraph(marking))
        return str(new_id)

    def _marking_paragraph(self, marking: str) -> BaseOxmlElement:
        style = self.writer.style_id("Header")
        style_xml = f'<w:pStyle w:val="{escape(style)}"/>' if style else ""
        return parse_xml(
            f'<w:p {nsdecls("w")}><w:pPr>{style_xml}<w:spacing w:before="60" w:after="0"/>'
            f'<w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
            f"<w:t>{escape(clean(marking))}</w:t></w:r></w:p>"
        )

    def mark_headers(self, marking: str) -> None:
        """Add ``marking`` to every header of a one-section document (a non-public item)."""
        sentinel = self.document.element.body.get_or_add_sectPr()
        references = sentinel.xpath("w:headerReference")
        if not references:  # a house style without a header still gets the marking
            reference = OxmlElement("w:headerReference")
            reference.set(qn("w:type"), "default")
            reference.set(qn("r:id"), self._marked_header(None, marking))
            sentinel.insert(0, reference)
            return
        for reference in references:
            part = self.document.part.related_parts[reference.get(qn("r:id"))]
            part.element.append(self._marking_paragraph(marking))

    def attachment_list(self, item: AgendaItem, number: int | None) -> None:
        title = clean(item.title).strip() or "–"
        shown = [
            a for a in item.attachments if a.public or self.options.include_nonpublic_attachments
        ]
        if not shown:
            return
        self.heading(self.labels["attachments"], 2)
        for index, attachment in enumerate(shown, start=1):
            notes = []
            if not attachment.public:
                notes.append(self.labels["attachment_nonpublic"])
            path = self.resolve(attachment.path)
            if self.append_docx and path is not None and path.suffix.lower() == ".docx":
                where = f" (§ {number})" if number else ""
                heading = f"{index}{where}: {attachment.name}"
                self.appended.append(_Appended(heading, attachment.name, title, path))
            else:
                notes.append(self.labels["attachment_listed"])
            suffix = f" ({', '.join(notes)})" if notes else ""
            paragraph = self.writer.paragraph(style="List Bullet")
            paragraph.add_run(clean(f"{self.labels['attachment']} {index}: {attachment.name}"))
            if suffix:
                paragraph.add_run(clean(suffix)).italic = True

    def resolve(self, raw: str) -> Path | None:
        if not raw.strip():
            return None
        path = Path(raw)
        if not path.is_absolute() and self.options.attachments_root is not None:
            path = self.options.attachments_root / path
        return path

    def append_attachments(self, progress: Progress) -> None:
        """Append every DOCX attachment; one that cannot be appended stops the export."""
        for index, attachment in enumerate(self.appended, start=1):
            progress(index, len(self.appended), attachment.heading)
            source = read_attachment(attachment.path, name=attachment.name, item=attachment.item)
            self.heading(f"{self.labels['attachment']} {attachment.heading}", 1, new_page=True)
            append_attachment(self.document, source, name=attachment.name, item=attachment.item)

    # --- header, properties ----------------------------------------------
    def finish(
        self,
        *,
        municipality: str,
        body: str,
        document_label: str,
        when: date | datetime | None,
        title: str,
        subject: str,
        keywords: list[str],
        identifier: str,
        category: str,
        comments: str = "",
    ) -> Document:
        fill_header_footer(
            self.document,
            {
                "municipality": clean(municipality),
                "body": clean(body),
                "document": clean(document_label),
                "date": self.date_text(when),
            },
            self.options.logo,
            self.labels["page"],
        )
        tag = language_tag(self.language)
        set_language(self.document, tag)
        set_properties(
            self.document,
            title=title,
            author=body or municipality,
            subject=subject,
            language=tag,
            keywords=keywords,
            identifier=identifier,
            category=category,
            comments=comments,
        )
        return self.document


def _top_border(paragraph: DocxParagraph) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "4"), ("w:color", "auto")):
        top.set(qn(key), value)
    borders.append(top)
    p_pr.insert_element_before(borders, *_AFTER_BORDER)
