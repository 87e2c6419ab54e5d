"""Personal data typed in the ways that slipped past the redaction of the web version.

Invisible format characters (the direction marks of text pasted from a web page, the invisible
operators of a formula editor), dash look-alikes, codes with several spaces or a tab inside,
marked names with every part inflected or in capitals, and home addresses written as a
letter's address block, with a possessive address word or without a street ending. Each case
is checked on the detector and, for the reviewer's own example, on the web DOCX itself.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest

from desktop_app.domain.model import Section
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.privacy.detect import Kind, detect
from desktop_app.privacy.names import stems
from desktop_app.privacy.normalize import DASHES, REMOVED, normalise_text
from desktop_app.publishing.export import export_public
from desktop_app.publishing.leak import scan_docx
from desktop_app.workspace import Workspace
from tests.privacy_samples import PublishingMeeting, publishing_meeting
from tests.test_redaction_forms import confirm_everything

CODE = "131052-308T"


def _found(text: str, kind: Kind, *names: str) -> list[str]:
    return [hit.text for hit in detect(text, known_names=names) if hit.kind == kind]


# --- normalisation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "invisible",
    ["\u200e", "\u200f", "\u2061", "\u2062", "\u2063", "\u2064", "\u034f", "\u180e", "\u202a",
     "\u2066", "\ufeff", "\U000e0041"],
)  # fmt: skip
def test_every_invisible_character_inside_a_code_is_seen_through(invisible: str) -> None:
    code = f"010101{invisible}-123N"
    iban = f"FI21{invisible}1234 5600 0007 85"
    text = f"Hakijan tunnus {code}, tili {iban}."
    assert _found(text, Kind.HETU) == [code]  # the original characters, invisible one too
    assert _found(text, Kind.IBAN) == [iban]


def test_all_format_characters_of_this_python_are_removed() -> None:
    """The data list of format characters covers the Unicode version Python ships."""
    missing = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Cf" and chr(code) not in REMOVED
    ]
    assert missing == []


@pytest.mark.parametrize(
    "dash", ["\u2043", "\u02d7", "\u2796", "\u2212", "\u2e3a", "\ufe63", "\uff0d", "\u207b"]
)
def test_dash_look_alikes_count_as_a_hyphen(dash: str) -> None:
    code = f"131052{dash}308T"
    assert _found(f"Hakijan henkilötunnus on {code}.", Kind.HETU) == [code]
    assert normalise_text(f"a{dash}b").text == "a-b"


def test_wave_dashes_are_not_hyphens() -> None:
    assert "\u301c" not in DASHES and "\u3030" not in DASHES


@pytest.mark.parametrize(
    "typed, kind",
    [
        ("131052  -308T", Kind.HETU),
        ("131052\t-308T", Kind.HETU),
        ("131052-308 \t T", Kind.HETU),
        ("021096  -899P", Kind.HETU),  # starts like a phone number: the code's shape wins
        ("FI21  1234 5600 0007 85", Kind.IBAN),
        ("FI21\t1234\t5600\t0007\t85", Kind.IBAN),
        ("FI21 1234   5600 0007 85", Kind.IBAN),
        ("040  765 4321", Kind.PHONE),
        ("040\t765\t4321", Kind.PHONE),
    ],
)
def test_runs_of_spaces_or_tabs_inside_a_code_join_like_one_space(typed: str, kind: Kind) -> None:
    text = f"Tieto: {typed}."
    hits = detect(text)
    assert [(hit.kind, hit.text) for hit in hits] == [(kind, typed)]
    assert text[hits[0].start : hits[0].end] == typed


def test_the_offset_map_survives_joined_runs() -> None:
    text = "A \u200e131052  -308T ja FI21  1234 5600 0007 85 loppuu"
    norm = normalise_text(text)
    assert "131052-308T" in norm.text and "FI21 1234 5600 0007 85" in norm.text
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    start = norm.text.index("FI21")
    assert norm.original_text(start, start + 22) == "FI21  1234 5600 0007 85"
    assert norm.original_text(0, len(norm.text)) == text


def test_spaces_between_other_numbers_are_left_alone() -> None:
    for text in ("Ajalla 120526  -130526 ei kokouksia.", "Summat 12  345  678 euroa."):
        assert normalise_text(text).text == text
        assert detect(text) == []


# --- inflected names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, sentence, found",
    [
        ("Heikki Koski", "Heikin Kosken vastine saapui.", "Heikin Kosken"),
        ("Anna Virtanen", "Annan Virtasen vastine saapui.", "Annan Virtasen"),
        ("Pia Laaksonen", "Pian Laaksosen vastine saapui.", "Pian Laaksosen"),
        ("Mikko Lehto", "Mikon Lehdon vastine saapui.", "Mikon Lehdon"),
        ("Lauri Salo", "Laurin Salon vastine saapui.", "Laurin Salon"),
        ("Seppo Räty", "Seppo Rädyn vastine saapui.", "Seppo Rädyn"),
        ("Matti Meikäläinen", "MATIN MEIKÄLÄISEN VASTINE", "MATIN MEIKÄLÄISEN"),
        ("Matti Meikäläinen", "Vastine: MATTI MEIKÄLÄINEN", "MATTI MEIKÄLÄINEN"),
        ("Heikki Koski", "HEIKIN KOSKEN VASTINE", "HEIKIN KOSKEN"),
        ("Satu Lampi", "Sadun Lammen vastine saapui.", "Sadun Lammen"),
    ],
)
def test_every_part_of_a_full_name_inflects(name: str, sentence: str, found: str) -> None:
    assert _found(sentence, Kind.NAME, name) == [found]


def test_a_part_alone_in_capitals_is_found_too() -> None:
    assert _found("MEIKÄLÄISEN PERHE MUUTTI", Kind.NAME, "Matti Meikäläinen") == ["MEIKÄLÄISEN"]


def test_single_consonant_gradation_follows_finnish() -> None:
    assert "Rädy" in stems("Räty")  # t/d: Räty → Rädyn
    assert "Hevo" in stems("Hepo")  # p/v: hepo → hevon
    assert "Mäe" in stems("Mäki")  # k/–: mäki → mäen
    assert "Lamme" in stems("Lampi")  # mp/mm with the e-stem: lampi → lammen
    assert "Jälje" in stems("Jälki")  # lk/lj before e: jälki → jäljen
    assert stems("Aki") == ["Aki", "Ake"]  # no "Ae-": too short a stem to search for
    assert "Mäi" not in stems("Mäki")  # the weak grade goes with the e-stem only


@pytest.mark.parametrize(
    "sentence",
    [
        "Kosken rannalla ja Heikin kanssa.",  # the common-word parts apart, not the name
        "Salon kaupunki ja Lahden koulu.",
        "Annan sinulle vastineen huomenna.",
        "Matkalla Mattilaan ja Mattisen luo.",
        "Kohde on merkitty MATTI-tietojärjestelmään.",  # capitals of a system, not a heading
    ],
)
def test_the_parts_of_common_word_names_are_not_found_apart(sentence: str) -> None:
    names = ("Heikki Koski", "Lauri Salo", "Anna Virtanen", "Matti Meikäläinen")
    assert _found(sentence, Kind.NAME, *names) == []


# --- home addresses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, address",
    [
        ("Matti Meikäläinen\nKotikatu 5\n00100 Helsinki", "Kotikatu 5\n00100 Helsinki"),
        ("Tiedoksi: Testi Hakija\nKotikatu 5 A 3\n62100 Esimerkkilä",
         "Kotikatu 5 A 3\n62100 Esimerkkilä"),
        ("Testi Hakija,\nPohjoisesplanadi 5\n00170 Helsinki", "Pohjoisesplanadi 5\n00170 Helsinki"),
        ("Hänen osoitteensa on Kotikatu 5.", "Kotikatu 5"),
        ("Lähetämme päätöksen osoitteeseesi Kotikatu 5.", "Kotikatu 5"),
        ("Ilmoitamme, että osoitteemme on Kotikatu 5 as. 12.", "Kotikatu 5 as. 12"),
        ("Osoite: Kotikatu 5", "Kotikatu 5"),
        ("Hakija asuu osoitteessa Kotikatu 5 b 7.", "Kotikatu 5 b 7"),
        ("Hakija asuu osoitteessa Kalevankatu 15\u201317.", "Kalevankatu 15\u201317"),
        ("Hakija asuu osoitteessa Rauhank. 5.", "Rauhank. 5"),
        ("Hakija asuu osoitteessa Pohjoisesplanadi 5, 00170 Helsinki.",
         "Pohjoisesplanadi 5, 00170 Helsinki"),
        ("Hänen osoitteensa on Kauppatori 5.", "Kauppatori 5"),
    ],
)  # fmt: skip
def test_home_addresses_in_the_forms_letters_and_prose_write_them(text: str, address: str) -> None:
    assert _found(text, Kind.ADDRESS) == [address]


def test_an_address_block_under_a_marked_name() -> None:
    text = "Päätös lähetetään:\nM. Meikäläinen\nKotikatu 5\n00100 Helsinki"
    assert _found(text, Kind.ADDRESS, "Matti Meikäläinen") == ["Kotikatu 5\n00100 Helsinki"]


@pytest.mark.parametrize(
    "text",
    [
        "Palvelukeskus Esimerkki\nSairaalantie 3, 62100 Esimerkkilä",  # a unit, not a person
        "Lisätiedot\nTesti Virkailija\nKunnantie 1\n62100 Esimerkkilä",  # an official's block
        "Kunnanhallitus\nKunnantie 1\n62100 Esimerkkilä",
        "Testi Hakija\n\nKuntalaki 140 § edellyttää julkaisua.",
        "Rakennuspaikan osoite: Kauppatori 5",
        "Uusi katu nimetään Kotikaari 1\u20133 mukaan.",
        "Kokouspaikka: Lautakuntasali Esimerkki, Työpajankatu 8",
        "Liite 5, Pykälä 12 ja Kuntalaki 136.",
    ],
)
def test_addresses_of_units_offices_and_places_are_not_findings(text: str) -> None:
    assert _found(text, Kind.ADDRESS) == []


# --- the reviewer's example, end to end -----------------------------------------------------------


@pytest.fixture
def setup(workspace_dir: Path) -> Iterator[tuple[Workspace, PublishingMeeting]]:
    workspace = Workspace.open(workspace_dir)
    try:
        yield workspace, publishing_meeting(workspace)
    finally:
        workspace.close()


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_the_reviewers_example_reaches_the_web_docx_redacted(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    item = workspace.items.get(meeting.public_item_id)
    item.parties = "Testi Hakija (hetu 131052  -308T)\nKotikatu 5\n62100 Esimerkkilä"
    item.for_information = "Testi Hakija\nKotikatu 5 A 3\n62100 Esimerkkilä"
    item.sections[Section.REASONS] = (
        "<p>Hakijan tunnus 010101\u200e-123N ja tili FI21\u200e1234 5600 0007 85. "
        "Hänen osoitteensa on Kauppatori 5.</p>"
    )
    workspace.items.save(item)
    meetings = MeetingRepository(workspace.db)
    record = meetings.get(meeting.meeting_id)
    record.checked_on, record.public_view_on = date(2026, 3, 3), date(2026, 3, 4)
    meetings.update(record)
    confirm_everything(workspace, meeting.meeting_id)
    target = tmp_path / "julkaisu.docx"
    result = export_public(workspace, meeting.meeting_id, target)
    assert result.docx == target
    written = _docx_text(target)
    compact = written.replace(" ", "").replace("\u200e", "")
    for secret in ("131052", "308T", "010101", "123N", "FI21", "Kotikatu", "Kauppatori"):
        assert secret not in compact
    assert scan_docx(target, [CODE, "010101-123N", "FI2112345600000785", "Kotikatu 5"]) == []
    assert "Testi Hakija" in written  # the party's name stays during the appeal period
