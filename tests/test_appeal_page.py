"""The appeal page of real minutes: each § under its route, with named authorities.

The minutes are built by the real document builder from a meeting recorded through the real
repositories, saved, and reopened with python-docx.
"""

from __future__ import annotations

import dataclasses
import io
import re

import docx
import pytest

from desktop_app.appeal.authority import body_authority, correction_authority
from desktop_app.appeal.courts import load_courts
from desktop_app.domain.model import AppealType, BodyKind, Organization
from desktop_app.export.appeal_page import route_values
from desktop_app.export.builder import ExportOptions
from desktop_app.export.documents import build_minutes_document
from desktop_app.meetings.model import MeetingPacket
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.templating.appeal import load_appeal_instructions
from desktop_app.workspace import Workspace
from tests.appeal_meeting import BOARD_ITEMS, AppealMeetings, build

PAGE = "Muutoksenhakuohjeet"


@pytest.fixture
def meetings(workspace: Workspace) -> AppealMeetings:
    return build(workspace)


def _numbers(cited: str) -> set[int]:
    """ "§ 1–4, 7" back to {1, 2, 3, 4, 7}."""
    found: set[int] = set()
    for part in re.findall(r"\d+(?:–\d+)?", cited):
        first, _, last = part.partition("–")
        found |= set(range(int(first), int(last or first) + 1))
    return found


def _appeal_page(packet: MeetingPacket, workspace: Workspace) -> dict[str, list[str]]:
    """The page's route headings, each with the paragraphs under it, from the saved DOCX."""
    document = build_minutes_document(packet, ExportOptions(appeals=workspace.appeals))
    buffer = io.BytesIO()
    document.save(buffer)
    reopened = docx.Document(io.BytesIO(buffer.getvalue()))
    paragraphs = [(p.style.name if p.style else "", p.text) for p in reopened.paragraphs]
    texts = [text for _, text in paragraphs]
    assert PAGE in texts
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for style, text in paragraphs[texts.index(PAGE) + 1 :]:
        if style == "Heading 2":
            current = sections.setdefault(text, [])
        elif current is not None:
            current.append(text)
    return sections


def _sections_of(lines: list[str]) -> set[int]:
    cited = next(line for line in lines if line.startswith("Pykälät: "))
    return _numbers(cited.removeprefix("Pykälät: "))


def _title(appeal_type: AppealType) -> str:
    return load_appeal_instructions()[appeal_type].title["fi"]


def test_the_minutes_list_every_section_under_the_heading_of_its_route(
    workspace: Workspace, meetings: AppealMeetings
) -> None:
    repository = MeetingRepository(workspace.db)
    packet = repository.packet(meetings.board)
    number_of = {item.id: entry.number for entry, item in packet.entries}
    expected: dict[AppealType, set[int]] = {}
    for title, (_, _, _, route) in BOARD_ITEMS.items():
        expected.setdefault(route, set()).add(number_of[meetings.items[title]] or 0)
    for item_id in meetings.standing:
        expected.setdefault(AppealType.NONE, set()).add(number_of[item_id] or 0)
    page = _appeal_page(packet, workspace)
    found: dict[AppealType, set[int]] = {}
    for heading, lines in page.items():
        route = next(t for t in AppealType if heading.startswith(_title(t)))
        found[route] = _sections_of(lines)
    assert found == expected
    every = sorted(n for numbers in found.values() for n in numbers)
    assert every == sorted(n for n in number_of.values() if n)


def test_each_instruction_names_its_authority_court_address_and_law(
    workspace: Workspace, meetings: AppealMeetings
) -> None:
    page = _appeal_page(MeetingRepository(workspace.db).packet(meetings.board), workspace)

    def text_of(appeal_type: AppealType) -> str:
        return "\n".join(
            "\n".join(lines) for h, lines in page.items() if h.startswith(_title(appeal_type))
        )

    correction = text_of(AppealType.CORRECTION)
    assert "Oikaisuvaatimus tehdään: Esimerkkilän kunnanhallitus" in correction
    assert "Kunnantie 1" in correction
    assert "hallinto-oikeudelta (Vaasan hallinto-oikeus)" in correction
    for court_route in (AppealType.MUNICIPAL_APPEAL, AppealType.ADMINISTRATIVE_APPEAL):
        text = text_of(court_route)
        assert "Valitus tehdään: Vaasan hallinto-oikeus" in text
        assert "PL 204, 65101 Vaasa" in text and "vaasa.hao@oikeus.fi" in text
        assert "Hallinto-oikeus" not in text.replace("Vaasan hallinto-oikeus", "")
    special = [h for h in page if h.startswith(_title(AppealType.ADMINISTRATIVE_APPEAL))]
    law = "Alueidenkäyttölaki (132/1999, ent. maankäyttö- ja rakennuslaki)"
    assert special == [f"{_title(AppealType.ADMINISTRATIVE_APPEAL)} – {law}"]
    assert "Sovellettava laki: Alueidenkäyttölaki" in text_of(AppealType.ADMINISTRATIVE_APPEAL)
    procurement = text_of(AppealType.PROCUREMENT)
    assert "Hankintaoikaisuvaatimus tehdään: Esimerkkilän kunnanhallitus" in procurement
    assert "Valitus tehdään: Markkinaoikeus" in procurement
    assert "Sörnäistenkatu 1, 00580 Helsinki" in procurement
    assert "{{" not in "\n".join("\n".join(lines) for lines in page.values())


def test_an_office_holders_decision_goes_to_the_body_above(
    workspace: Workspace, meetings: AppealMeetings
) -> None:
    packet = MeetingRepository(workspace.db).packet(meetings.office_holder)
    assert packet.correction_authority == "Esimerkkilän kunnanhallitus"
    page = _appeal_page(packet, workspace)
    assert list(page) == [_title(AppealType.CORRECTION)]
    lines = page[_title(AppealType.CORRECTION)]
    assert "Oikaisuvaatimus tehdään: Esimerkkilän kunnanhallitus" in lines


def test_a_council_decision_goes_to_the_chosen_court(
    workspace: Workspace, meetings: AppealMeetings
) -> None:
    packet = MeetingRepository(workspace.db).packet(meetings.council)
    page = _appeal_page(packet, workspace)
    assert list(page) == [_title(AppealType.MUNICIPAL_APPEAL)]


def test_an_excerpt_of_one_section_carries_only_its_own_instruction(
    workspace: Workspace, meetings: AppealMeetings
) -> None:
    packet = MeetingRepository(workspace.db).packet(meetings.board)
    procurement_id = meetings.items["Katuvalojen urakan hankinta"]
    one = [(e, i) for e, i in packet.entries if i.id == procurement_id]
    page = _appeal_page(dataclasses.replace(packet, entries=one), workspace)
    assert list(page) == [_title(AppealType.PROCUREMENT)]
    assert _sections_of(page[_title(AppealType.PROCUREMENT)]) == {one[0][0].number}


def test_a_ground_of_no_appeal_is_printed_with_its_section(
    workspace: Workspace, meetings: AppealMeetings
) -> None:
    item = workspace.items.get(meetings.items["Ilmoitusasiat"])
    item.appeal_reason = "Merkitään tiedoksi, ei päätöstä (KuntaL 136 §)"
    workspace.items.save(item)
    packet = MeetingRepository(workspace.db).packet(meetings.board)
    number = next(e.number for e, i in packet.entries if i.id == item.id)
    lines = _appeal_page(packet, workspace)[_title(AppealType.NONE)]
    assert f"§ {number}: Merkitään tiedoksi, ei päätöstä (KuntaL 136 §)" in lines


def test_without_a_chosen_court_the_instruction_says_where_to_look_it_up(
    workspace: Workspace, meetings: AppealMeetings
) -> None:
    packet = MeetingRepository(workspace.db).packet(meetings.council)
    page = _appeal_page(dataclasses.replace(packet, court=None), workspace)
    text = "\n".join(page[_title(AppealType.MUNICIPAL_APPEAL)])
    assert "Valitus tehdään: Hallinto-oikeus" in text and "oikeus.fi" in text


def test_all_courts_of_finland_ship_with_their_contact_details() -> None:
    book = load_courts()
    names = {court.display_name("fi") for court in book.administrative()}
    assert {
        "Helsingin hallinto-oikeus",
        "Hämeenlinnan hallinto-oikeus",
        "Itä-Suomen hallinto-oikeus",
        "Pohjois-Suomen hallinto-oikeus",
        "Turun hallinto-oikeus",
        "Vaasan hallinto-oikeus",
    } <= names
    assert "Ålands förvaltningsdomstol" in {c.display_name("sv") for c in book.courts}
    assert book.market_court is not None
    for court in book.courts:
        assert court.postal and "@" in court.email and court.phone, court.id
        assert court.name.get("fi") and court.name.get("sv"), court.id


def test_authorities_are_named_in_swedish_too() -> None:
    board = Organization("kh", "Kunnanhallitus", BodyKind.BOARD, "KH", "Kommunstyrelsen")
    chief = Organization("kj", "Kunnanjohtaja", BodyKind.OFFICE_HOLDER, parent_id="kh")
    assert correction_authority(chief, board, "Exempelby kommun", "sv") == (
        "Kommunstyrelsen i Exempelby"
    )
    assert body_authority(board, "Esimerkkilä") == "Esimerkkilä, kunnanhallitus"
    court = load_courts().get("turku")
    packet = MeetingPacket(
        meeting=None,  # type: ignore[arg-type]
        organization=board,
        participants=[],
        entries=[],
        court=court,
        correction_authority="Kommunstyrelsen i Exempelby",
    )
    values = route_values(packet, AppealType.MUNICIPAL_APPEAL, "", "sv")
    assert values["court"] == values["appeal_authority"] == "Åbo förvaltningsdomstol"
    assert "tfn" in str(values["court_address"])
