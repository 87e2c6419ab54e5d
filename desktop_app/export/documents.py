"""Building the documents in memory: one item, the agenda packet, the minutes, an excerpt.

The builders take plain data (items, a :class:`MeetingPacket`) and never touch the database,
so the publishing version can pass redacted copies of the items and get the same document
shape. Writing the result to disk is :func:`desktop_app.export.writer.save_document`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from docx.document import Document
from docx.shared import Cm, Pt

from desktop_app.appeal.wording import appeal_wording
from desktop_app.domain.model import AgendaItem, Meeting, Organization, Section
from desktop_app.domain.richtext import strip_control_characters as clean
from desktop_app.export.appeal_page import require_instructions, section_ranges, write_appeal_page
from desktop_app.export.builder import Builder, ExportOptions, Progress, no_progress
from desktop_app.export.fields import field_begin, field_end
from desktop_app.meetings.model import (
    AgendaEntry,
    DecisionKind,
    MeetingPacket,
    Participant,
    ParticipantRole,
)
from desktop_app.meetings.standing import standing_decision
from desktop_app.meetings.wording import typed_clock_words

__all__ = [
    "ExportOptions",
    "Progress",
    "build_agenda_document",
    "build_excerpt_document",
    "build_item_document",
    "build_minutes_document",
    "section_ranges",
]

# "…, Kunnantie 1, 99999 Esimerkkilä, …": the post town after a postal code.
_POST_TOWN = re.compile(r"\b\d{5}\s+([^\W\d_][\w-]*(?:[ -][^\W\d_][\w-]*)?)")
# Swedish names drop the word for municipality; Finnish ones are genitive
_BODY_SUFFIXES = tuple(appeal_wording("sv")["municipality_words"])
_DOUBLE_CLOCK = re.compile(
    rf"\b({typed_clock_words()})\s+(?:{typed_clock_words()})\s*", re.IGNORECASE
)


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
    builder.item(item, number, "item", new_page=False)
    if not item.public:
        builder.mark_headers(builder.secrecy_marking(item))
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


def build_excerpt_document(
    packet: MeetingPacket,
    entry: AgendaEntry,
    item: AgendaItem,
    options: ExportOptions | None = None,
    *,
    issued: date | None = None,
) -> Document:
    """A pöytäkirjanote: one decided § as the minutes have it, certified, with its appeal.

    What a party or another authority is sent (Hallintolaki 44 §, 47 §): who decided and
    when, the § with its decision and handling, the appeal instructions of that § only, and
    the certification that the excerpt matches the minutes.
    """
    meeting = packet.meeting
    builder = Builder(options or ExportOptions(), meeting.language)
    builder.append_docx = False  # an excerpt lists the attachments; they are sent with it
    builder.default_presenter = _presenter(packet.participants)
    single = replace(packet, entries=[(entry, item)])
    used = require_instructions(builder, single)
    lab = builder.labels
    body = builder.body_name(packet.organization)
    number = f" § {entry.number}" if entry.number else ""
    label = f"{lab['excerpt']}{number}"
    builder.writer.paragraph(packet.municipality, bold=True)
    builder.writer.paragraph(body, "Title")
    builder.writer.paragraph(label, "Subtitle")
    held = ", ".join(
        p for p in (f"{meeting.number}/{meeting.year}", builder.time_text(meeting)) if p
    )
    builder.line(lab["excerpt_meeting"], held)
    if meeting.place.strip():
        builder.line(lab["place"], meeting.place)
    if entry.number:
        builder.line(lab["excerpt_section"], f"§ {entry.number}")
    minuted = _minuted(builder, packet, entry, item)
    builder.item(minuted, entry.number, "minutes", new_page=False)
    if not item.public:
        builder.mark_headers(builder.secrecy_marking(item))
    _certification(builder, packet, issued or date.today())
    write_appeal_page(builder, single, used, body)
    return builder.finish(
        municipality=packet.municipality,
        body=body,
        document_label=label,
        when=meeting.start,
        title=f"{body}: {label.lower()}, {item.title}",
        subject=f"{label}, {body} {builder.date_text(meeting.start)}".strip(),
        keywords=[lab["excerpt"].lower(), lab["minutes"].lower(), body, item.dno],
        identifier=item.dno or f"{_identifier(packet)}{number}",
        category=lab["excerpt"],
        comments=f"{lab['dno']} {item.dno}" if item.dno else "",
    )


def _certification(builder: Builder, packet: MeetingPacket, issued: date) -> None:
    """The certification: place and date, the secretary's signature and title."""
    lab = builder.labels
    heading = builder.writer.paragraph(lab["certify"], bold=True)
    heading.paragraph_format.space_before = Pt(18)
    heading.paragraph_format.keep_with_next = True
    where = builder.writer.paragraph(_signing_line(builder, packet, issued))
    where.paragraph_format.keep_with_next = True
    secretary = _by_role(packet.participants, ParticipantRole.SECRETARY)
    name = secretary.name if secretary else ""
    title = (secretary.title if secretary else "") or lab["secretary"]
    builder.signature(name, title)


def _cover_head(builder: Builder, packet: MeetingPacket, kind: str) -> str:
    """Municipality, body (the document's title, H1 when tagged), label, web-version note."""
    meeting = packet.meeting
    label = f"{builder.labels[kind]} {meeting.number}/{meeting.year}"
    builder.writer.paragraph(packet.municipality, bold=True)
    builder.writer.paragraph(builder.body_name(packet.organization), "Title")
    builder.writer.paragraph(label, "Subtitle")
    web = _web_label(builder, kind)
    if web:
        note = builder.writer.paragraph(web, bold=True)
        note.paragraph_format.space_after = Pt(12)
    return label


def _web_label(builder: Builder, kind: str) -> str:
    """What a web version is (Kuntalaki 140 §): during the appeal period, or after it."""
    version = builder.options.web_version
    if not version:
        return ""
    if kind != "minutes":
        return builder.labels["web_agenda"]
    key = "web_after_appeal" if version == "after_appeal" else "web_appeal_period"
    return builder.labels[key]


def _role(builder: Builder, participant: Participant) -> str:
    return builder.labels.get(f"role_{participant.role.value}", "") or participant.title


def _people_rows(
    builder: Builder, people: list[Participant], notes: dict[str, list[str]] | None
) -> list[list[str]]:
    """A data table's rows, header first (Nimi / Rooli / Huom.); ``notes`` None: no column."""
    lab = builder.labels
    rows = [
        [lab["column_name"], lab["column_role"]]
        + ([lab["column_notes"]] if notes is not None else [])
    ]
    for person in people:
        role = _role(builder, person)
        if person.title and person.title != role:
            role = ", ".join(p for p in (role, person.title) if p)
        row = [person.name, role]
        if notes is not None:
            row.append("; ".join(notes.get(_key(person.name), [])))
        rows.append(row)
    return rows


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _attendance(builder: Builder, packet: MeetingPacket) -> dict[str, list[str]]:
    """Each person's arrivals and departures: the participant fields, then the § records.

    A departure recorded only in § 7's record would otherwise be missing from the cover,
    which is where the quorum of every § is read from.
    """
    lab = builder.labels
    notes: dict[str, list[str]] = {}
    own: dict[tuple[str, bool], str] = {}
    for person in packet.participants:
        for arrived, text in ((True, person.arrival), (False, person.departure)):
            if text.strip():
                word = lab["arrived"] if arrived else lab["left"]
                notes.setdefault(_key(person.name), []).append(f"{word} {builder.clock(text)}")
                own[(_key(person.name), arrived)] = text
    for entry, _ in packet.entries:
        if entry.record is None:
            continue
        for change in entry.record.attendance:
            key = _key(change.person)
            time = builder.clock(change.time) if change.time.strip() else ""
            where = lab["during_section"].format(number=entry.number) if entry.number else ""
            typed = own.get((key, change.arrived), "")
            bare = time.split(" ", 1)[-1] if time else ""
            if typed and (
                (bare and bare in typed) or (entry.number and f"§ {entry.number}" in typed)
            ):
                continue  # the same arrival or departure, already typed on the participant
            word = lab["arrived"] if change.arrived else lab["left"]
            text = " ".join(p for p in (word, ", ".join(p for p in (time, where) if p)) if p)
            notes.setdefault(key, []).append(text)
    return notes


def _by_role(people: list[Participant], role: ParticipantRole) -> Participant | None:
    return next((p for p in people if p.role is role), None)


def _presenter(people: list[Participant]) -> str:
    presenter = _by_role(people, ParticipantRole.PRESENTER)
    if presenter is None:
        return ""
    return ", ".join(p for p in (presenter.name.strip(), presenter.title.strip()) if p)


def _signing_place(packet: MeetingPacket) -> str:
    """Where the minutes are signed: the meeting's or the registry's post town.

    Finnish municipality names are stored in the genitive ("Esimerkkilän kunta"), which no
    rule turns back reliably (Turun → Turku), so the post town of an address is preferred.
    """
    for source in (packet.meeting.place, packet.address):
        match = _POST_TOWN.search(source or "")
        if match:
            return match.group(1)
    name = packet.municipality.strip()
    for suffix in _BODY_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _signing_line(builder: Builder, packet: MeetingPacket, when: date | None) -> str:
    return " ".join(p for p in (_signing_place(packet), builder.date_text(when)) if p)


def _minuted(
    builder: Builder, packet: MeetingPacket, entry: AgendaEntry, item: AgendaItem
) -> AgendaItem:
    """The item as the minutes print it: a standing item accepted as proposed says what.

    A time typed with its clock word ("klo 18.05") and minuted as "klo {time}" would read
    "klo klo 18.05" in Käsittely; records kept so are printed with the word once.
    """
    sections = dict(item.sections)
    handling = sections.get(Section.HANDLING, "")
    if handling:
        sections[Section.HANDLING] = _DOUBLE_CLOCK.sub(r"\1 ", handling)
    record = entry.record
    if (
        entry.standing
        and record is not None
        and record.kind is DecisionKind.AS_PROPOSED
        and not record.text.strip()
    ):
        meeting = packet.meeting
        values: dict[str, object] = {
            "body": builder.body_name(packet.organization),
            "municipality": packet.municipality,
            "year": meeting.year,
            "meeting_date": builder.date_text(meeting.start),
        }
        decision = standing_decision(entry.standing, builder.language, values, meeting.checkers)
        if decision:
            sections[Section.DECISION] = decision
    if sections == item.sections:
        return item
    return replace(item, sections=sections)


def _toc(builder: Builder, packet: MeetingPacket) -> None:
    r"""A TOC field whose cached result is the static list of §s: right even unrefreshed.

    Only the "Heading 1" style is listed (``\\t "Heading 1,1"``): the cover title has outline
    level 1 for the PDF's H1, and LibreOffice's refresh of an outline-level index (``\\o``)
    listed it; a style list is what Word and LibreOffice both read the same way.
    """
    heading_style = "TOC Heading" if builder.writer.has_style("TOC Heading") else "Heading 1"
    heading = builder.writer.paragraph(builder.labels["contents"], heading_style)
    heading.paragraph_format.page_break_before = True
    heading.paragraph_format.keep_with_next = True
    entries = [(entry.number, item.title) for entry, item in packet.entries]
    for index, (number, title) in enumerate(entries):
        paragraph = builder.writer.paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
        paragraph.paragraph_format.space_after = Pt(2)
        if index == 0:
            field_begin(paragraph, 'TOC \\h \\z \\t "Heading 1,1"')
        paragraph.add_run(f"§ {number}" if number else "")
        paragraph.add_run().add_tab()
        paragraph.add_run(clean(title))
        if index == len(entries) - 1:
            field_end(paragraph)


def _entries(
    builder: Builder, packet: MeetingPacket, mode: str, report: Progress, minutes: bool
) -> None:
    """Every § in order: real items on a new page, standing items flowing on.

    A non-public § gets a section of its own whose page header carries the secrecy marking.
    """
    total = len(packet.entries)
    for index, (entry, item) in enumerate(packet.entries):
        report(index, total, item.title)
        new_page = index == 0 or not entry.standing
        marking = None if item.public else builder.secrecy_marking(item)
        new_page = builder.start_section(marking, new_page=new_page)
        shown = _minuted(builder, packet, entry, item) if minutes else item
        builder.item(
            shown, entry.number, mode, new_page=new_page, keep_together=bool(entry.standing)
        )


def build_agenda_document(
    packet: MeetingPacket, options: ExportOptions | None = None, progress: Progress | None = None
) -> Document:
    """The agenda packet: cover, contents, every item with its §, DOCX attachments appended."""
    report = progress or no_progress
    builder = Builder(options or ExportOptions(), packet.meeting.language)
    builder.default_presenter = _presenter(packet.participants)
    label = _cover_head(builder, packet, "agenda")
    lab = builder.labels
    time = builder.time_text(packet.meeting)
    if time:
        builder.line(lab["time"], time)
    if packet.meeting.place.strip():
        builder.line(lab["place"], packet.meeting.place)
    members = [p for p in packet.participants if p.role.is_member]
    others = [p for p in packet.participants if not p.role.is_member]
    if members:
        builder.heading(lab["invited"], 2)
        builder.grid(_people_rows(builder, members, None), [5.5, 11.4], header=True)
    if others:
        builder.heading(lab["others_present"], 2)
        builder.grid(_people_rows(builder, others, None), [5.5, 11.4], header=True)
    _toc(builder, packet)
    _entries(builder, packet, "agenda", report, minutes=False)
    builder.append_attachments(report)
    report(len(packet.entries), len(packet.entries), "")
    return _finish_packet(builder, packet, label, builder.body_name(packet.organization), "agenda")


def build_minutes_document(
    packet: MeetingPacket, options: ExportOptions | None = None, progress: Progress | None = None
) -> Document:
    """The minutes: cover page, every item with decision and handling, the appeal page."""
    report = progress or no_progress
    options = options or ExportOptions()
    meeting = packet.meeting
    builder = Builder(options, meeting.language)
    builder.default_presenter = _presenter(packet.participants)
    used = require_instructions(builder, packet)
    builder.append_docx = False  # the minutes list attachments; the packet carried them
    label = _cover_head(builder, packet, "minutes")
    _minutes_cover(builder, packet)
    _entries(builder, packet, "minutes", report, minutes=True)
    body = builder.body_name(packet.organization)
    write_appeal_page(builder, packet, used, body)
    report(len(packet.entries), len(packet.entries), "")
    return _finish_packet(builder, packet, label, body, "minutes")


def _minutes_cover(builder: Builder, packet: MeetingPacket) -> None:
    """Time, place, §s, who was there (with arrivals and departures), signing, checking."""
    lab = builder.labels
    meeting = packet.meeting
    time = builder.time_text(meeting)
    if time:
        builder.line(lab["time"], time)
    if meeting.place.strip():
        builder.line(lab["place"], meeting.place)
    numbers = [entry.number for entry, _ in packet.entries if entry.number]
    builder.line(lab["sections_handled"], f"§ {section_ranges(numbers)}" if numbers else "–")
    notes = _attendance(builder, packet)
    present = [p for p in packet.participants if p.present]
    members = [p for p in present if p.role.is_member]
    others = [p for p in present if not p.role.is_member]
    absent = [p for p in packet.participants if not p.present]
    for heading, people, with_notes in (
        (lab["present"], members, True),
        (lab["others_present"], others, True),
        (lab["absent"], absent, False),
    ):
        if people:
            builder.heading(heading, 2)
            rows = _people_rows(builder, people, notes if with_notes else None)
            widths = [5.5, 6.0, 5.4] if with_notes else [5.5, 11.4]
            builder.grid(rows, widths, header=True)
    builder.heading(lab["signatures"], 2)
    where = builder.writer.paragraph(_signing_line(builder, packet, _day(meeting)))
    where.paragraph_format.keep_with_next = True
    chair = _by_role(packet.participants, ParticipantRole.CHAIR)
    secretary = _by_role(packet.participants, ParticipantRole.SECRETARY)
    builder.signatures(
        [
            (chair.name if chair else "", lab["chair"]),
            (secretary.name if secretary else "", lab["secretary"]),
        ]
    )
    builder.heading(lab["checking"], 2)
    checked = builder.line(lab["checked_on"], builder.date_text(meeting.checked_on))
    checked.paragraph_format.keep_with_next = True
    builder.signatures([(name, lab["checker"]) for name in meeting.checkers])
    public = builder.writer.paragraph(
        lab["public_view_on"].format(date=builder.date_text(meeting.public_view_on))
        if meeting.public_view_on
        else lab["public_view_blank"]
    )
    public.paragraph_format.space_before = Pt(12)


def _day(meeting: Meeting) -> date | None:
    return meeting.start.date() if meeting.start else None


def _identifier(packet: MeetingPacket) -> str:
    body = packet.organization.short_name or packet.organization.id
    return f"{body} {packet.meeting.number}/{packet.meeting.year}"


def _finish_packet(
    builder: Builder, packet: MeetingPacket, label: str, body: str, kind: str
) -> Document:
    """Header, footer and properties of the agenda packet or the minutes (``kind``).

    A web version says so in its title, subject, keywords and category too: a copy found by
    a search engine must not pass for the signed original.
    """
    meeting = packet.meeting
    web = _web_label(builder, kind)
    title = f"{body}: {label.lower()}"
    subject = f"{label}, {body} {builder.date_text(meeting.start)}".strip()
    keywords = [builder.labels[kind].lower(), body, f"{meeting.number}/{meeting.year}"]
    category = builder.labels[kind]
    if web:
        title = f"{title} – {web.split(';')[0].lower()}"
        subject = f"{subject} – {web}"
        keywords.append(builder.labels["web_agenda"].lower())
        category = f"{category} – {web.split(';')[0].lower()}"
    return builder.finish(
        municipality=packet.municipality,
        body=body,
        document_label=label,
        when=meeting.start,
        title=title,
        subject=subject,
        keywords=keywords,
        identifier=_identifier(packet),
        category=category,
        comments="; ".join(
            f"{builder.labels['dno']} {item.dno}" for _, item in packet.entries if item.dno
        ),
    )
