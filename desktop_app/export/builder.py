"""The shared machinery of the three documents: house style, labels, headings, grids, finish.

The document builders (``export.documents``) and the appeal page (``export.appeal_page``) write
through one :class:`Builder`, so the same labels, language and house style apply everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt
from docx.table import Table as DocxTable

from desktop_app.domain.model import AgendaItem, AppealType, Meeting, Organization, Person, Section
from desktop_app.domain.richtext import from_plain_text, parse_html
from desktop_app.domain.richtext import strip_control_characters as clean
from desktop_app.export.attachments import append_attachment, read_attachment
from desktop_app.export.blocks import BlockWriter
from desktop_app.export.house_style import check_logo, fill_header_footer, open_house_style
from desktop_app.export.labels import labels, language_tag
from desktop_app.export.properties import set_language, set_properties
from desktop_app.templating.appeal import AppealInstruction

Progress = Callable[[int, int, str], None]


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
        self.labels = labels(self.language)
        self.document: Document = open_house_style(options.house_style)
        self.writer = BlockWriter(self.document)
        self.appended: list[_Appended] = []
        self.append_docx = options.append_docx_attachments

    # --- small pieces ----------------------------------------------------
    def date_text(self, value: date | datetime | None) -> str:
        return value.strftime(self.labels["date_format"]) if value else ""

    def time_text(self, meeting: Meeting) -> str:
        if meeting.start is None:
            return ""
        text = f"{self.date_text(meeting.start)} {self.labels['clock']} "
        text += meeting.start.strftime(self.labels["time_format"])
        if meeting.end is not None:
            text += "–" + meeting.end.strftime(self.labels["time_format"])
        return text

    def body_name(self, organization: Organization) -> str:
        if self.language == "sv" and organization.name_sv:
            return organization.name_sv
        return organization.name

    def heading(self, text: str, level: int, *, new_page: bool = False) -> None:
        paragraph = self.writer.paragraph(text, f"Heading {level}")
        if new_page:
            paragraph.paragraph_format.page_break_before = True

    def labelled(self, label: str, value: str) -> None:
        if not value.strip():
            return
        paragraph = self.writer.paragraph()
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(clean(label) + ": ").bold = True
        paragraph.add_run(clean(value))

    def page_break(self) -> None:
        self.writer.paragraph().add_run().add_break(WD_BREAK.PAGE)

    def grid(
        self, rows: list[list[str]], widths: list[float], *, header: bool = False
    ) -> DocxTable:
        table = self.document.add_table(rows=len(rows), cols=len(widths))
        table.autofit = False
        for grid_column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            grid_column.w = Cm(width)
        if self.writer.has_style("Table Grid") and header:
            table.style = self.document.styles["Table Grid"]
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
        self.writer.paragraph()
        return table

    def person_line(self, person: Person) -> str:
        return ", ".join(p for p in (person.name, person.title, person.phone, person.email) if p)

    # --- one item ----------------------------------------------------------
    def item(self, item: AgendaItem, number: int | None, mode: str, *, new_page: bool) -> None:
        """Write one item; ``mode`` is "agenda", "minutes" or "item"."""
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
            if key is Section.PROPOSAL and item.presenter.strip():
                text = " ".join(b.text() for b in blocks[:1] if hasattr(b, "text"))
                if self.labels["presenter"] not in text:
                    self.labelled(self.labels["presenter"], item.presenter)
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
