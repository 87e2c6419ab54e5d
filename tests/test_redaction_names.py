"""Marked names in their inflected forms, home addresses, and the after-appeal version."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest

from desktop_app.domain.model import Section
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.privacy.detect import Kind, detect
from desktop_app.privacy.marks import Mark, MarkRepository, field_text, party_names, split_parties
from desktop_app.privacy.names import searchable_alone, stems
from desktop_app.privacy.redact import PERSONAL_MARK, RedactionPolicy, redact_plain_field
from desktop_app.publishing.export import export_public
from desktop_app.publishing.leak import scan_docx
from desktop_app.workspace import Workspace
from tests.privacy_samples import PublishingMeeting, publishing_meeting
from tests.test_redaction_forms import confirm_everything

NAME = "Matti Meikäläinen"
REMOVED = PERSONAL_MARK["fi"]


def _names(text: str, *known: str) -> list[str]:
    return [hit.text for hit in detect(text, known_names=known) if hit.kind == Kind.NAME]


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Matin Meikäläisen hakemus saapui.", "Matin Meikäläisen"),
        ("Meikäläisen perhe muutti.", "Meikäläisen"),
        ("Päätös lähetetään Matille.", "Matille"),
        ("Meikäläiselle annettiin lupa.", "Meikäläiselle"),
        ("Meikäläistä kuultiin.", "Meikäläistä"),
        ("Meikäläisten perhe ja naapurit.", "Meikäläisten"),
        ("Mattia kuultiin.", "Mattia"),
        ("Asia siirtyi Mattiin asti.", "Mattiin"),
        ("Hän lähetti sen Matilleen.", "Matilleen"),
        ("Meikäläisenkin mielestä.", "Meikäläisenkin"),
        ("Meikäläiseen otettiin yhteyttä.", "Meikäläiseen"),
    ],
)
def test_each_part_of_a_marked_name_is_found_in_its_inflected_forms(
    sentence: str, found: str
) -> None:
    assert _names(sentence, NAME) == [found]


def test_gradation_and_e_stems_of_other_names() -> None:
    assert _names("Pekan ja Sepon kirje.", "Pekka Lahtinen", "Seppo Lahtinen") == [
        "Pekan",
        "Sepon",
    ]
    assert _names("Markuksen ja Mikaelin asia.", "Markus Aho", "Mikael Aho") == [
        "Markuksen",
        "Mikaelin",
    ]
    assert "Kosk" in stems("Koski")[-1] and "Koske" in stems("Koski")


@pytest.mark.parametrize(
    "sentence",
    [
        "Mattila ja Mattinen ovat eri ihmisiä.",  # other names that start the same way
        "Kosken rannalla on laituri.",  # "Koski" is an ordinary word: only the full name
        "Meikäläiset asiat ja meikäläinen tapa.",  # lower case: an ordinary word here
        "Ma on lyhenne.",  # a part shorter than three letters is never searched alone
    ],
)
def test_ordinary_words_and_other_names_are_not_taken(sentence: str) -> None:
    assert _names(sentence, NAME, "Liisa Koski", "Ma Li") == []


def test_a_common_word_part_is_found_within_the_full_name_only() -> None:
    assert _names("Liisa Kosken lausunto. Kosken rannalla.", "Liisa Koski") == ["Liisa Kosken"]
    assert not searchable_alone("Koski") and searchable_alone("Meikäläinen")


def test_a_home_address_after_a_clause_is_found() -> None:
    text = (
        "Matti Meikäläinen, joka on asunut alueella vuodesta 1990, osoite Kotikatu 5 A 3, "
        "62100 Esimerkkilä, vastustaa hanketta."
    )
    addresses = [h.text for h in detect(text) if h.kind == Kind.ADDRESS]
    assert addresses == ["Kotikatu 5 A 3, 62100 Esimerkkilä"]
    near_name = "Matti Meikäläinen, joka on asunut alueella pitkään, Kotikatu 5 A 3."
    assert [h.text for h in detect(near_name, known_names=[NAME]) if h.kind == Kind.ADDRESS] == [
        "Kotikatu 5 A 3"
    ]
    assert [h.kind for h in detect("Hakija asuu osoitteessa 62100 Esimerkkilä.")] == [Kind.ADDRESS]


@pytest.mark.parametrize(
    "text",
    [
        "Rakennuspaikka sijaitsee osoitteessa Koulukatu 5.",
        "Kunnanviraston osoite on Kunnantie 1, 62100 Esimerkkilä.",
        "Käyntiosoite: Radanvarrenkatu 20, 00100 Helsinki.",
        "Kaava-alue rajautuu Koulukatu 5:n tonttiin. Hakija asuu muualla.",
    ],
)
def test_addresses_of_properties_and_offices_are_not_findings(text: str) -> None:
    assert [h for h in detect(text) if h.kind == Kind.ADDRESS] == []


def test_parties_are_split_into_persons_and_organisations() -> None:
    parties = (
        "Matti Meikäläinen, Esimerkkilän Rakennus Oy, Kotiseutuyhdistys ry, Ab Exempel Oy, "
        "Esimerkkilän kunta ja Keski-Suomen sairaanhoitopiirin kuntayhtymä; Testisäätiö sr; "
        "Maija Meikäläisen kuolinpesä"
    )
    persons = [p.text for p in split_parties(parties) if p.person]
    assert persons == ["Matti Meikäläinen", "Maija Meikäläisen kuolinpesä"]
    assert all(parties[p.start : p.end] == p.text for p in split_parties(parties))
    # the estate's name is the deceased person's data: searched for everywhere too
    assert party_names(parties) == ["Matti Meikäläinen", "Maija Meikäläisen"]
    policy = RedactionPolicy(after_appeal=True)
    redacted = redact_plain_field(parties, "parties", [], policy)
    assert redacted.startswith(f"{REMOVED}, Esimerkkilän Rakennus Oy, Kotiseutuyhdistys ry")
    assert redacted.endswith(f"Testisäätiö sr; {REMOVED}")
    during = redact_plain_field(parties, "parties", [], RedactionPolicy())
    assert during == parties  # during the appeal period the parties stay (Kuntalaki 140 §)


@pytest.fixture
def setup(workspace_dir: Path) -> Iterator[tuple[Workspace, PublishingMeeting]]:
    workspace = Workspace.open(workspace_dir)
    try:
        yield workspace, publishing_meeting(workspace)
    finally:
        workspace.close()


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _ready(workspace: Workspace, meeting_id: int) -> None:
    meetings = MeetingRepository(workspace.db)
    record = meetings.get(meeting_id)
    record.checked_on, record.public_view_on = date(2026, 3, 3), date(2026, 3, 4)
    meetings.update(record)


def test_a_name_marked_once_is_removed_in_every_form_from_the_web_docx(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    item = workspace.items.get(meeting.public_item_id)
    item.sections[Section.REASONS] = (
        f"<p>Muistutuksen jätti {NAME}.</p><p>Matin Meikäläisen mukaan hanke haittaa. "
        "Meikäläisen perhe on asunut alueella pitkään. Vastine lähetetään Matille.</p>"
    )
    item.earlier_handling = "Meikäläiselle ilmoitettu 1.2.2026."
    workspace.items.save(item)
    assert item.id is not None
    text = field_text(item, "perustelut")
    start = text.index(NAME)
    MarkRepository(workspace.db).add(item.id, Mark("perustelut", start, start + len(NAME), NAME))
    _ready(workspace, meeting.meeting_id)
    confirm_everything(workspace, meeting.meeting_id)
    target = tmp_path / "julkaisu.docx"
    result = export_public(workspace, meeting.meeting_id, target)
    assert result.docx == target
    written = _text(target)
    for form in ("Meikäläi", "Matin", "Matille"):
        assert form not in written
    assert scan_docx(target, [NAME, "Meikäläisen", "Matille"]) == []
    assert "hanke haittaa" in written  # the sentence stays, only the name goes


def test_after_appeal_version_keeps_companies_and_removes_persons(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    item = workspace.items.get(meeting.public_item_id)
    item.parties = "Testi Hakija, Esimerkkilän Rakennus Oy ja Kotiseutuyhdistys ry"
    item.sections[Section.REASONS] = (
        "<p>Esimerkkilän Rakennus Oy toteuttaa hankkeen. Testi Hakijan naapuri ei vastustanut.</p>"
    )
    workspace.items.save(item)
    _ready(workspace, meeting.meeting_id)
    confirm_everything(workspace, meeting.meeting_id)
    target = tmp_path / "jalkeen.docx"
    export_public(workspace, meeting.meeting_id, target, after_appeal=True)
    written = _text(target)
    assert written.count("Esimerkkilän Rakennus Oy") >= 2  # parties field and the reasons
    assert "Kotiseutuyhdistys ry" in written
    assert "Testi Hakija" not in written and "Hakijan naapuri" not in written
    assert scan_docx(target, ["Testi Hakija"]) == []
    properties = docx.Document(str(target)).core_properties
    assert "Testi Hakija" not in (properties.title or "") + (properties.subject or "")
