"""Building the three documents in memory: one item, the agenda packet, the minutes.

The builders take plain data (items, a :class:`MeetingPacket`) and never touch the database,
so the publishing version can pass redacted copies of the items and get the same document
shape. Writing the result to disk is :func:`desktop_app.export.writer.save_document`.
"""

from __future__ import annotations

from docx.document import Document
from docx.shared import Cm, Pt

from desktop_app.domain.model import AgendaItem, Meeting, Organization
from desktop_app.domain.richtext import strip_control_characters as clean
from desktop_app.export.appeal_page import require_instructions, section_ranges, write_appeal_page
from desktop_app.export.builder import Builder, ExportOptions, Progress, no_progress
from desktop_app.export.fields import field_begin, field_end
from desktop_app.meetings.model import MeetingPacket, Participant

__all__ = [
    "ExportOptions",
    "Progress",
    "build_agenda_document",
    "build_item_document",
    "build_minutes_document",
    "section_ranges",
]


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
    builder = Builder(options or ExportOptions(), item.language)
    mode = "item"
    builder.item(item, number, mode, new_page=False)
    builder.append_attachments(no_progress)
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
    builder: Builder, packet: MeetingPacket, kind: str, extra: list[list[str]] | None = None
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


def _role(builder: Builder, participant: Participant) -> str:
    return builder.labels.get(f"role_{participant.role.value}", "") or participant.title


def _people_rows(builder: Builder, people: list[Participant], with_notes: bool) -> list[list[str]]:
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


def _toc(builder: Builder, packet: MeetingPacket) -> None:
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
    report = progress or no_progress
    builder = Builder(options or ExportOptions(), packet.meeting.language)
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


def _signatures(builder: Builder, people: list[tuple[str, str]]) -> None:
    if not people:
        return
    rows = [["\n" + "_" * 32 + f"\n{name}\n{role}" for name, role in people]]
    builder.grid(rows, [16.5 / len(people)] * len(people))


def build_minutes_document(
    packet: MeetingPacket, options: ExportOptions | None = None, progress: Progress | None = None
) -> Document:
    """The minutes: cover page, every item with decision and handling, the appeal page."""
    report = progress or no_progress
    options = options or ExportOptions()
    meeting = packet.meeting
    builder = Builder(options, meeting.language)
    used = require_instructions(builder, packet)
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
    write_appeal_page(builder, packet, used, body)
    report(total, total, "")
    return _finish_packet(builder, packet, label, body, "minutes")


def _finish_packet(
    builder: Builder, packet: MeetingPacket, label: str, body: str, kind: str
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
