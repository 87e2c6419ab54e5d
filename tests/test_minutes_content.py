"""What the minutes say and how they are laid out, read back from the DOCX with python-docx.

The cover must carry what makes the minutes signable and publishable (checkers, checking
date, publication date, place and date of signing, who came and went during which §), the
standing §s say what was decided, and the layout comes from styles and sections, never
from empty paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from desktop_app.domain.model import AgendaItem, ItemState, Section
from desktop_app.export.documents import (
    ExportOptions,
    build_agenda_document,
    build_minutes_document,
)
from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.meetings.model import (
    AttendanceChange,
    DecisionKind,
    EntryDecision,
    MeetingPacket,
)
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace

SECRECY_GROUND = "JulkL 24 § 1 mom 25 k"


@dataclass
class Minutes:
    folder: Path
    meeting_id: int
    secret_title: str
    untyped_presenter_title: str


def _record_all(
    repository: MeetingRepository, meeting_id: int, special: dict[int, EntryDecision]
) -> None:
    for index, entry in enumerate(repository.entries(meeting_id)):
        assert entry.id is not None
        record = special.get(index, EntryDecision(DecisionKind.AS_PROPOSED))
        repository.record_decision(entry.id, record)


@pytest.fixture
def minutes(workspace_dir: Path) -> Iterator[Minutes]:
    """The demo meeting, checked and published, § 7 secret, attendance in § records."""
    workspace = Workspace.open(workspace_dir)
    try:
        meeting_id = create_demo_meeting(workspace, 4)
        repository = MeetingRepository(workspace.db)
        meeting = repository.get(meeting_id)
        meeting.checked_on = date(2026, 3, 4)
        meeting.public_view_on = date(2026, 3, 5)
        repository.update(meeting)
        entries = repository.entries(meeting_id)
        secret = workspace.items.get(entries[6].item_id)
        secret.public = False
        secret.secrecy_ground = SECRECY_GROUND
        workspace.items.save(secret)
        untyped = workspace.items.get(entries[7].item_id)
        untyped.presenter = ""  # the meeting's esittelijä is printed instead
        workspace.items.save(untyped)
        _record_all(
            repository,
            meeting_id,
            {
                # typed the way the attendance hint shows it: with "klo"
                6: EntryDecision(
                    DecisionKind.AS_PROPOSED,
                    attendance=[AttendanceChange("Matti Testinen", False, "klo 19.05")],
                ),
                # the same arrival as the participant field says: not listed twice
                4: EntryDecision(
                    DecisionKind.AS_PROPOSED,
                    attendance=[AttendanceChange("Liisa Kokeilu", True, "18.20")],
                ),
            },
        )
    finally:
        workspace.close()
    yield Minutes(workspace_dir, meeting_id, secret.title, untyped.title)


def _export(folder: Path, kind: ExportKind, object_id: int, name: str) -> Document:
    target = run(ExportRequest(folder, kind, object_id, folder / name), TaskState())
    return docx.Document(str(target))


def _packet(folder: Path, meeting_id: int) -> tuple[MeetingPacket, Workspace]:
    workspace = Workspace.open(folder)
    return MeetingRepository(workspace.db).packet(meeting_id), workspace


def _texts(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def _cover(document: Document) -> list[Paragraph]:
    """The paragraphs before the first §."""
    out = []
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 1" and paragraph.text.startswith("§"):
            break
        out.append(paragraph)
    return out


def _row_notes(document: Document, name: str) -> str:
    for table in document.tables:
        for row in table.rows:
            if row.cells[0].text == name and len(row.cells) > 2:
                return str(row.cells[2].text)
    raise AssertionError(f"{name} is in no participant table with notes")


def _has_top_border(paragraph: Paragraph, document: Document) -> bool:
    found = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:top')}")
    if found is not None:
        return True
    style = document.styles[paragraph.style.name].element
    return style.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:top')}") is not None


def test_cover_has_checking_publication_signing_and_attendance(minutes: Minutes) -> None:
    document = _export(minutes.folder, ExportKind.MINUTES, minutes.meeting_id, "m.docx")
    cover = _cover(document)
    texts = [p.text for p in cover]
    assert texts[:3] == ["Esimerkkilän kunta", "Kunnanhallitus", "Pöytäkirja 1/2026"]
    assert cover[1].style.name == "Title"
    assert "Aika\t02.03.2026 klo 18.00–20.15" in texts
    assert "Paikka\tKunnantalo, valtuustosali" in texts
    assert "Käsitellyt asiat\t§ 1–9" in texts
    # place (the post town of the registry's address) and date of signing, then signatures
    signing = texts.index("Esimerkkilä 02.03.2026")
    chair = texts.index("Aino Esimerkki\nPuheenjohtaja")
    secretary = texts.index("Olli Sihteeri\nPöytäkirjanpitäjä")
    assert signing < chair < secretary
    checked = texts.index("Tarkastettu\t04.03.2026")
    checkers = [
        texts.index("Pekka Malli\nPöytäkirjantarkastaja"),
        texts.index("Matti Testinen\nPöytäkirjantarkastaja"),
    ]
    assert secretary < checked < min(checkers)
    assert "Pöytäkirja on nähtävänä yleisessä tietoverkossa 05.03.2026 alkaen." in texts
    for index in (chair, secretary, *checkers):
        assert _has_top_border(cover[index], document), texts[index]
    assert "__" not in document.element.body.xml  # lines are borders, never underscores
    # the departure recorded only in § 7's record is on the cover, with "klo" once
    assert _row_notes(document, "Matti Testinen") == "poistui klo 19.05, § 7 aikana"
    assert _row_notes(document, "Liisa Kokeilu") == "saapui klo 18.20, § 5 aikana"
    assert _row_notes(document, "Pekka Malli") == ""
    all_text = "\n".join(_texts(document)) + "".join(
        c.text for t in document.tables for r in t.rows for c in r.cells
    )
    assert "klo klo" not in all_text
    assert "Matti Testinen poistui kokouksesta klo 19.05." in _texts(document)


def test_cover_tables_are_data_tables_with_a_repeating_header(minutes: Minutes) -> None:
    document = _export(minutes.folder, ExportKind.MINUTES, minutes.meeting_id, "m.docx")
    body = document.element.body
    first_item = next(
        p._p for p in document.paragraphs if p.style.name == "Heading 1" and p.text.startswith("§")
    )
    cover_tables = [
        t for t in document.tables if t._tbl in list(body)[: list(body).index(first_item)]
    ]
    assert [[c.text for c in t.rows[0].cells] for t in cover_tables] == [
        ["Nimi", "Rooli", "Huom."],
        ["Nimi", "Rooli", "Huom."],
        ["Nimi", "Rooli"],
    ]
    for table in cover_tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    names = [r.cells[0].text for t in cover_tables for r in t.rows[1:]]
    assert "Jari Poissa" in names and "Olli Sihteeri" in names


def test_cover_without_dates_leaves_the_lines_to_fill(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        meeting_id = create_demo_meeting(workspace, 1)
        repository = MeetingRepository(workspace.db)
        meeting = repository.get(meeting_id)
        meeting.end = None
        repository.update(meeting)
        _record_all(repository, meeting_id, {})
    finally:
        workspace.close()
    document = _export(workspace_dir, ExportKind.MINUTES, meeting_id, "m.docx")
    texts = [p.text for p in _cover(document)]
    assert "Tarkastettu\t" in texts
    assert "Pöytäkirja on nähtävänä yleisessä tietoverkossa" in texts
    assert not any("alkaen" in t for t in texts)
    # no end recorded: the start alone, never the start repeated or an open dash
    assert "Aika\t02.03.2026 klo 18.00" in texts
    assert not any("18.00–" in t for t in texts)


def test_an_end_equal_to_the_start_is_not_printed(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        meeting_id = create_demo_meeting(workspace, 1)
        repository = MeetingRepository(workspace.db)
        meeting = repository.get(meeting_id)
        meeting.end = datetime(2026, 3, 2, 18, 0)
        repository.update(meeting)
        _record_all(repository, meeting_id, {})
    finally:
        workspace.close()
    document = _export(workspace_dir, ExportKind.MINUTES, meeting_id, "m.docx")
    assert "Aika\t02.03.2026 klo 18.00" in [p.text for p in _cover(document)]
    assert "18.00–18.00" not in "".join(_texts(document))


def test_section_3_names_the_checkers_and_standing_items_say_what_was_done(
    minutes: Minutes,
) -> None:
    document = _export(minutes.folder, ExportKind.MINUTES, minutes.meeting_id, "m.docx")
    texts = _texts(document)
    third = texts.index("§ 3 Pöytäkirjantarkastajien valinta")
    decision = texts.index("Päätös", third)
    assert (
        texts[decision + 1] == "Pöytäkirjantarkastajiksi valittiin Pekka Malli ja Matti Testinen."
    )
    assert (
        "Kunnanhallitus totesi kokouksen laillisesti koolle kutsutuksi ja päätösvaltaiseksi."
        in (texts)
    )
    assert "Kunnanhallitus merkitsi ilmoitusasiat tiedoksi." in texts
    assert texts.count("Ehdotus hyväksyttiin.") == 4  # the four real items


def test_own_decision_text_and_a_single_checker_and_swedish(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        meeting_id = create_demo_meeting(workspace, 1)
        repository = MeetingRepository(workspace.db)
        meeting = repository.get(meeting_id)
        meeting.checkers = ["Pekka Malli"]
        repository.update(meeting)
        _record_all(
            repository,
            meeting_id,
            {
                1: EntryDecision(
                    DecisionKind.AS_PROPOSED,
                    text="<p>Kokous todettiin laillisesti koolle kutsutuksi.</p>",
                )
            },
        )
    finally:
        workspace.close()
    texts = _texts(_export(workspace_dir, ExportKind.MINUTES, meeting_id, "m.docx"))
    assert "Pöytäkirjantarkastajaksi valittiin Pekka Malli." in texts
    assert "Kokous todettiin laillisesti koolle kutsutuksi." in texts  # own text kept
    packet, workspace = _packet(workspace_dir, meeting_id)
    try:
        packet.meeting.language = "sv"
        packet.meeting.checkers = ["Pekka Malli", "Matti Testinen", "Liisa Kokeilu"]
        document = build_minutes_document(packet, ExportOptions(appeals=workspace.appeals))
    finally:
        workspace.close()
    swedish = _texts(document)
    assert "Till protokolljusterare valdes Pekka Malli, Matti Testinen och Liisa Kokeilu." in (
        swedish
    )
    assert "Justerat\t" in swedish


def _presenter_after_proposals(document: Document) -> list[str]:
    """The paragraph right under every "Päätösehdotus" heading."""
    paragraphs = document.paragraphs
    return [
        paragraphs[index + 1].text
        for index, p in enumerate(paragraphs)
        if p.style.name == "Heading 2" and p.text == "Päätösehdotus"
    ]


def test_the_presenter_is_printed_under_every_proposal(minutes: Minutes) -> None:
    for kind, name in ((ExportKind.AGENDA, "a.docx"), (ExportKind.MINUTES, "m.docx")):
        document = _export(minutes.folder, kind, minutes.meeting_id, name)
        under = _presenter_after_proposals(document)
        assert len(under) == 9
        assert all(line.startswith("Esittelijä: ") for line in under), under
        assert under[4] == "Esittelijä: kunnanjohtaja Kaisa Kunnanjohtaja"  # typed on the item
        # § 8's item names nobody: the meeting's esittelijä with the title
        assert under[7] == "Esittelijä: Kaisa Kunnanjohtaja, kunnanjohtaja"


def test_a_proposal_that_starts_with_the_presenter_is_not_doubled(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        item = workspace.items.save(
            AgendaItem(
                None,
                "kh",
                "kunnanhallitus",
                title="Kirjoitettu esittelijä",
                state=ItemState.READY,
                presenter="kunnanjohtaja Kaisa Kunnanjohtaja",
                sections={
                    Section.PROPOSAL: "<p>Esittelijä: kunnanjohtaja Kaisa Kunnanjohtaja</p>"
                    "<p>Kunnanhallitus päättää hyväksyä.</p>"
                },
            )
        )
    finally:
        workspace.close()
    assert item.id is not None
    texts = _texts(_export(workspace_dir, ExportKind.ITEM, item.id, "i.docx"))
    assert sum(t.startswith("Esittelijä") for t in texts) == 1


def _is_empty(paragraph: Paragraph) -> bool:
    if paragraph.text.strip():
        return False
    element = paragraph._p
    for tag in ("w:drawing", "w:br", "w:fldChar", "w:instrText", "w:fldSimple", "w:tab"):
        if element.find(f".//{qn(tag)}") is not None:
            return False
    return True


def _empty_paragraphs(document: Document) -> list[int]:
    """Body paragraphs with nothing in them, except one between two tables (Word needs it)."""
    children = list(document.element.body)
    empty = []
    for index, child in enumerate(children):
        if child.tag != qn("w:p") or not _is_empty(Paragraph(child, document)):
            continue
        between_tables = (
            0 < index < len(children) - 1
            and children[index - 1].tag == qn("w:tbl")
            and children[index + 1].tag == qn("w:tbl")
        )
        if not between_tables:
            empty.append(index)
    return empty


def test_no_empty_paragraph_is_used_as_spacing(minutes: Minutes) -> None:
    for kind, name in ((ExportKind.AGENDA, "a.docx"), (ExportKind.MINUTES, "m.docx")):
        document = _export(minutes.folder, kind, minutes.meeting_id, name)
        assert _empty_paragraphs(document) == [], kind
        body = document.element.body.xml
        assert 'w:type="page"' not in body  # page breaks are properties of the next heading


def test_page_breaks_headings_and_the_index(minutes: Minutes) -> None:
    document = _export(minutes.folder, ExportKind.AGENDA, minutes.meeting_id, "a.docx")
    instructions = [t.text.strip() for t in document.element.body.iter(qn("w:instrText"))]
    assert instructions == ['TOC \\h \\z \\t "Heading 1,1"']
    contents = next(p for p in document.paragraphs if p.text == "Sisällysluettelo")
    assert contents.paragraph_format.page_break_before
    texts = _texts(document)
    assert texts[texts.index("Sisällysluettelo") + 1] == "§ 1\tKokouksen avaus"
    headings = {
        p.text.split()[1]: p
        for p in document.paragraphs
        if p.style.name == "Heading 1" and p.text.startswith("§")
    }
    breaks = {number: bool(p.paragraph_format.page_break_before) for number, p in headings.items()}
    # § 1 after the index; § 2–4 and § 9 are standing items that flow on; the real items
    # start a page (§ 7 is secret: its own section starts the page instead)
    assert breaks == {
        "1": True,
        "2": False,
        "3": False,
        "4": False,
        "5": True,
        "6": True,
        "7": False,
        "8": False,
        "9": False,
    }
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            style = document.styles[paragraph.style.name].paragraph_format
            kept = paragraph.paragraph_format.keep_with_next
            assert kept or (kept is None and style.keep_with_next), paragraph.text


def _section_of(document: Document) -> dict[str, int]:
    """Which section (index into ``document.sections``) each § heading is written in."""
    where: dict[str, int] = {}
    section = 0
    for child in document.element.body:
        if child.tag != qn("w:p"):
            continue
        paragraph = Paragraph(child, document)
        if paragraph.style.name == "Heading 1":
            where[paragraph.text] = section
        if child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            section += 1
    return where


def test_a_secret_section_has_the_marking_in_its_own_header_only(minutes: Minutes) -> None:
    document = _export(minutes.folder, ExportKind.MINUTES, minutes.meeting_id, "m.docx")
    where = _section_of(document)
    secret = where[f"§ 7 {minutes.secret_title}"]
    headers = [section.header._element.xml for section in document.sections]
    marking = f"SALASSA PIDETTÄVÄ, {SECRECY_GROUND}"
    assert marking in headers[secret]
    assert "Esimerkkilän kunta" in headers[secret]  # the house header, plus the marking
    assert "{{" not in headers[secret]
    for heading, index in where.items():
        if index != secret:
            assert "SALASSA" not in headers[index], heading
            assert "Esimerkkilän kunta" in headers[index], heading
    after = where[f"§ 8 {minutes.untyped_presenter_title}"]
    assert after == secret + 1
    assert document.sections[after].start_type == 2  # WD_SECTION.NEW_PAGE
    assert where["Muutoksenhakuohjeet"] != secret


def test_web_versions_say_what_they_are(minutes: Minutes) -> None:
    packet, workspace = _packet(minutes.folder, minutes.meeting_id)
    try:
        appeals = workspace.appeals
    finally:
        workspace.close()
    during = build_minutes_document(
        packet, ExportOptions(appeals=appeals, web_version="appeal_period")
    )
    assert "Verkkojulkaisu muutoksenhakuaikana" in [p.text for p in _cover(during)]
    assert "verkkojulkaisu muutoksenhakuaikana" in during.core_properties.title
    assert "verkkojulkaisu" in during.core_properties.keywords
    assert "verkkojulkaisu" in during.core_properties.category
    after = build_minutes_document(
        packet, ExportOptions(appeals=appeals, web_version="after_appeal")
    )
    note = "Verkkojulkaisu muutoksenhakuajan jälkeen; henkilötiedot poistettu"
    assert note in [p.text for p in _cover(after)]
    assert note in after.core_properties.subject
    agenda = build_agenda_document(packet, ExportOptions(appeals=appeals, web_version="x"))
    assert "Verkkojulkaisu" in [p.text for p in _cover(agenda)]
    internal = build_minutes_document(packet, ExportOptions(appeals=appeals))
    assert not any("Verkkojulkaisu" in p.text for p in _cover(internal))
    assert "verkkojulkaisu" not in internal.core_properties.title
    packet.meeting.language = "sv"
    swedish = build_minutes_document(
        packet, ExportOptions(appeals=appeals, web_version="after_appeal")
    )
    assert "Webbversion efter besvärstiden; personuppgifterna har tagits bort" in [
        p.text for p in _cover(swedish)
    ]


def _secret_packet_document(minutes: Minutes, style: Path) -> Document:
    packet, workspace = _packet(minutes.folder, minutes.meeting_id)
    try:
        return build_minutes_document(
            packet, ExportOptions(appeals=workspace.appeals, house_style=style)
        )
    finally:
        workspace.close()


def test_a_house_style_without_a_header_still_marks_the_secret_section(
    minutes: Minutes,
) -> None:
    style = minutes.folder / "ilman-ylatunnistetta.docx"
    docx.Document().save(str(style))  # python-docx's own template: no header at all
    document = _secret_packet_document(minutes, style)
    where = _section_of(document)
    secret = where[f"§ 7 {minutes.secret_title}"]
    assert "SALASSA PIDETTÄVÄ" in document.sections[secret].header._element.xml
    others = [i for i in set(where.values()) if i != secret]
    assert others and all("SALASSA" not in document.sections[i].header._element.xml for i in others)


def test_a_first_page_header_stays_on_the_cover(minutes: Minutes) -> None:
    from desktop_app.export.house_style import default_house_style

    style_document = docx.Document(str(default_house_style()))
    section = style_document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Kansilehden oma ylätunniste"
    style = minutes.folder / "kansilehti.docx"
    style_document.save(str(style))
    document = _secret_packet_document(minutes, style)
    assert document.sections[0].different_first_page_header_footer
    assert all(not s.different_first_page_header_footer for s in document.sections[1:])
    assert len(document.sections) > 3  # the signature columns and the secret § 7


def test_nobody_came_or_went_still_gives_the_notes_column(minutes: Minutes) -> None:
    packet, workspace = _packet(minutes.folder, minutes.meeting_id)
    try:
        appeals = workspace.appeals
    finally:
        workspace.close()
    for person in packet.participants:
        person.arrival = person.departure = ""
    for entry, _ in packet.entries:
        if entry.record is not None:
            entry.record.attendance = []
    document = build_minutes_document(packet, ExportOptions(appeals=appeals))
    first = document.tables[0]
    assert [c.text for c in first.rows[0].cells] == ["Nimi", "Rooli", "Huom."]
    assert all(row.cells[2].text == "" for row in first.rows[1:])
