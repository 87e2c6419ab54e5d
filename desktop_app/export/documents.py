"""Building the three documents in memory: one item, the agenda packet, the minutes.

The builders take plain data (items, a :class:`MeetingPacket`) and never touch the database,
so the publishing version can pass redacted copies of the items and get the same document
shape. Writing the result to disk is :func:`desktop_app.export.writer.save_document`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt
from docx.table import Table as DocxTable

from desktop_app.domain.model import (
    AgendaItem,
    AppealType,
    Meeting,
    Organization,
    Person,
    Section,
)
from desktop_app.domain.richtext import (
    Block,
    ListBlock,
    Paragraph,
    Run,
    from_plain_text,
    parse_html,
)
from desktop_app.domain.richtext import strip_control_characters as clean
from desktop_app.export.attachments import append_attachment, read_attachment
from desktop_app.export.blocks import BlockWriter
from desktop_app.export.errors import AppealInstructionMissing
from desktop_app.export.fields import field_begin, field_end
from desktop_app.export.house_style import check_logo, fill_header_footer, open_house_style
from desktop_app.export.labels import labels, language_tag
from desktop_app.export.properties import set_language, set_properties
from desktop_app.meetings.model import MeetingPacket, Participant
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


@dataclass(frozen=True)
class _Appended:
    """A DOCX attachment waiting to be appended; ``name`` and ``item`` name it in errors."""

    heading: str
    name: str
    item: str
    path: Path


def _no_progress(done: int, total: int, message: str) -> None:
    """Default progress sink: builders report, callers decide whether anyone listens."""


class _Builder:
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


def build_item_document(
    item: AgendaItem,
    organization: Organization,
    municipality: str,
    options: ExportOptions | None = None,
    *,
    number: int | None = None,
    meeting: Meeting | None = None,
) -> Document:
    """One item (draft or decided) as its own document."""
    builder = _Builder(options or ExportOptions(), item.language)
    mode = "item"
    builder.item(item, number, mode, new_page=False)
    builder.append_attachments(_no_progress)
    body = builder.body_name(organization)
    label = builder.labels["item"] + (f" § {number}" if number else "")
    when = meeting.start if meeting and meeting.start else item.decision_date
    return builder.finish(
        municipality=municipality,
        body=body,
        document_label=label,
        when=when,
        title=item.title,
        subject=f"{body}: {item.title}",
        keywords=[builder.labels["item"].lower(), body, item.dno, item.task_class],
        identifier=item.dno,
        category=builder.labels["item"],
        comments=f"{builder.labels['dno']} {item.dno}" if item.dno else "",
    )


def _cover(
    builder: _Builder, packet: MeetingPacket, kind: str, extra: list[list[str]] | None = None
) -> str:
    meeting = packet.meeting
    body = builder.body_name(packet.organization)
    label = f"{builder.labels[kind]} {meeting.number}/{meeting.year}"
    builder.writer.paragraph(packet.municipality, bold=True)
    builder.writer.paragraph(body, "Title")
    # Not a heading: a refreshed table of contents lists the §s, not the cover.
    builder.writer.paragraph(label, "Subtitle")
    rows = [
        [builder.labels["time"], builder.time_text(meeting)],
        [builder.labels["place"], meeting.place],
    ]
    builder.grid([r for r in rows + (extra or []) if r[1]], [4.0, 12.9])
    return label


def _role(builder: _Builder, participant: Participant) -> str:
    return builder.labels.get(f"role_{participant.role.value}", "") or participant.title


def _people_rows(builder: _Builder, people: list[Participant], with_notes: bool) -> list[list[str]]:
    rows = []
    for person in people:
        role = _role(builder, person)
        if person.title and person.title != role:
            role = ", ".join(p for p in (role, person.title) if p)
        notes = []
        if person.arrival:
            notes.append(f"{builder.labels['arrived']} {person.arrival}")
        if person.departure:
            notes.append(f"{builder.labels['left']} {person.departure}")
        rows.append([person.name, role] + (["; ".join(notes)] if with_notes else []))
    return rows


def _toc(builder: _Builder, packet: MeetingPacket) -> None:
    """A TOC field whose cached result is the static list of §s: right even unrefreshed."""
    heading_style = "TOC Heading" if builder.writer.has_style("TOC Heading") else "Heading 1"
    builder.writer.paragraph(builder.labels["contents"], heading_style)
    entries = [(entry.number, item.title) for entry, item in packet.entries]
    if not entries:
        return
    for index, (number, title) in enumerate(entries):
        paragraph = builder.writer.paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
        paragraph.paragraph_format.space_after = Pt(2)
        if index == 0:
            field_begin(paragraph, 'TOC \\o "1-1" \\h \\z \\u')
        paragraph.add_run(f"§ {number}" if number else "")
        paragraph.add_run().add_tab()
        paragraph.add_run(clean(title))
        if index == len(entries) - 1:
            field_end(paragraph)


def build_agenda_document(
    packet: MeetingPacket, options: ExportOptions | None = None, progress: Progress | None = None
) -> Document:
    """The agenda packet: cover, contents, every item with its §, DOCX attachments appended."""
    report = progress or _no_progress
    builder = _Builder(options or ExportOptions(), packet.meeting.language)
    label = _cover(builder, packet, "agenda")
    members = [p for p in packet.participants if p.role.is_member]
    others = [p for p in packet.participants if not p.role.is_member]
    if members:
        builder.heading(builder.labels["invited"], 2)
        builder.grid(_people_rows(builder, members, False), [5.5, 11.4])
    if others:
        builder.heading(builder.labels["others_present"], 2)
        builder.grid(_people_rows(builder, others, False), [5.5, 11.4])
    builder.page_break()
    _toc(builder, packet)
    total = len(packet.entries)
    for index, (entry, item) in enumerate(packet.entries):
        report(index, total, item.title)
        builder.item(item, entry.number, "agenda", new_page=True)
    builder.append_attachments(report)
    report(total, total, "")
    return _finish_packet(builder, packet, label, builder.body_name(packet.organization), "agenda")


def section_ranges(numbers: list[int]) -> str:
    """Cite runs of §s the way minutes do: "1–4, 7" for [1, 2, 3, 4, 7]."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{r[0]}" if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def _signatures(builder: _Builder, people: list[tuple[str, str]]) -> None:
    if not people:
        return
    rows = [["\n" + "_" * 32 + f"\n{name}\n{role}" for name, role in people]]
    builder.grid(rows, [16.5 / len(people)] * len(people))


def build_minutes_document(
    packet: MeetingPacket, options: ExportOptions | None = None, progress: Progress | None = None
) -> Document:
    """The minutes: cover page, every item with decision and handling, the appeal page."""
    report = progress or _no_progress
    options = options or ExportOptions()
    meeting = packet.meeting
    used = [t for t in AppealType if any(item.appeal_type is t for _, item in packet.entries)]
    for appeal_type in used:
        if appeal_type not in options.appeals:
            raise AppealInstructionMissing(appeal_type=appeal_type.value)
    builder = _Builder(options, meeting.language)
    builder.append_docx = False  # the minutes list attachments; the packet carried them
    lab = builder.labels
    numbers = [entry.number for entry, _ in packet.entries if entry.number]
    handled = f"§ {section_ranges(numbers)}" if numbers else "–"
    label = _cover(builder, packet, "minutes", [[lab["sections_handled"], handled]])
    present = [p for p in packet.participants if p.present]
    members = [p for p in present if p.role.is_member]
    others = [p for p in present if not p.role.is_member]
    absent = [p for p in packet.participants if not p.present]
    if members:
        builder.heading(lab["present"], 2)
        builder.grid(_people_rows(builder, members, True), [5.5, 6.0, 5.4])
    if others:
        builder.heading(lab["others_present"], 2)
        builder.grid(_people_rows(builder, others, True), [5.5, 6.0, 5.4])
    if absent:
        builder.heading(lab["absent"], 2)
        builder.grid(_people_rows(builder, absent, False), [5.5, 11.4])
    builder.heading(lab["signatures"], 2)
    chair = next((p.name for p in packet.participants if p.role.value == "puheenjohtaja"), "")
    secretary = next((p.name for p in packet.participants if p.role.value == "sihteeri"), "")
    _signatures(builder, [(chair, lab["chair"]), (secretary, lab["secretary"])])
    builder.heading(lab["checking"], 2)
    builder.labelled(lab["checked"], builder.date_text(meeting.checked_on) or "____.____.________")
    _signatures(builder, [(name, lab["checker"]) for name in meeting.checkers])
    builder.labelled(lab["public_view"], builder.date_text(meeting.public_view_on) or "–")
    total = len(packet.entries)
    for index, (entry, item) in enumerate(packet.entries):
        report(index, total, item.title)
        builder.item(item, entry.number, "minutes", new_page=True)
    body = builder.body_name(packet.organization)
    _appeal_page(builder, packet, used, body)
    report(total, total, "")
    return _finish_packet(builder, packet, label, body, "minutes")


def _finish_packet(
    builder: _Builder, packet: MeetingPacket, label: str, body: str, kind: str
) -> Document:
    """Header, footer and properties of the agenda packet or the minutes (``kind``)."""
    meeting = packet.meeting
    return builder.finish(
        municipality=packet.municipality,
        body=body,
        document_label=label,
        when=meeting.start,
        title=f"{body}: {label.lower()}",
        subject=f"{label}, {body} {builder.date_text(meeting.start)}".strip(),
        keywords=[builder.labels[kind].lower(), body, f"{meeting.number}/{meeting.year}"],
        identifier=f"{packet.organization.short_name or packet.organization.id} "
        f"{meeting.number}/{meeting.year}",
        category=builder.labels[kind],
        comments="; ".join(
            f"{builder.labels['dno']} {item.dno}" for _, item in packet.entries if item.dno
        ),
    )


def _appeal_page(
    builder: _Builder, packet: MeetingPacket, used: list[AppealType], body: str
) -> None:
    if not used:
        return
    builder.heading(builder.labels["appeal_page"], 1, new_page=True)
    meeting = packet.meeting
    values: dict[str, object] = {
        "body": body,
        "municipality": packet.municipality,
        "year": meeting.year,
        "meeting_date": builder.date_text(meeting.start),
        "address": packet.address,
    }
    for appeal_type in used:
        instruction = builder.options.appeals[appeal_type]
        title, text = instruction.render(builder.language, values)
        numbers = [e.number for e, item in packet.entries if item.appeal_type is appeal_type]
        builder.heading(title or builder.labels[f"appeal_{appeal_type.value}"], 2)
        builder.labelled(
            builder.labels["appeal_sections"], "§ " + section_ranges([n for n in numbers if n])
        )
        blocks = parse_html(text) if text.lstrip().startswith("<") else instruction_blocks(text)
        builder.writer.blocks(blocks)


def instruction_blocks(text: str) -> list[Block]:
    """Structure plain-text instructions so the appeal page reads like the law's forms.

    "- " lines become bullets and a lone short line without a full stop a subheading.
    """
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", clean(text).replace("\r\n", "\n")):
        lines = [line.strip() for line in chunk.strip().split("\n") if line.strip()]
        if (
            len(lines) == 1
            and len(lines[0]) < 60
            and ": " not in lines[0]
            and not lines[0].endswith((".", ":", ")"))
        ):
            blocks.append(Paragraph([Run(lines[0])], heading=1))
            continue
        prose: list[str] = []
        bullets: ListBlock | None = None
        for line in lines:
            if line.startswith(("- ", "• ")):
                if prose:
                    blocks.append(Paragraph([Run(" ".join(prose))]))
                    prose = []
                if bullets is None:
                    bullets = ListBlock(False)
                    blocks.append(bullets)
                bullets.items.append(Paragraph([Run(line[2:])]))
            else:
                prose.append(line)
                bullets = None
        if prose:
            blocks.append(Paragraph([Run(" ".join(prose))]))
    return blocks
