"""Pre-publish checks on their own: accessibility of any DOCX, the leak search, the rules."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from desktop_app.domain.model import (
    AgendaItem,
    AppealType,
    BodyKind,
    Meeting,
    Organization,
    Person,
    Section,
)
from desktop_app.export.house_style import default_logo
from desktop_app.meetings.model import AgendaEntry, DecisionKind, EntryDecision, MeetingPacket
from desktop_app.privacy.detect import fingerprint
from desktop_app.publishing.accessibility import check_docx, contrast_ratio
from desktop_app.publishing.checks import ItemContext, check_item, check_packet
from desktop_app.publishing.findings import Finding, Severity
from desktop_app.publishing.leak import mask, scan_docx
from desktop_app.publishing.minutes_checks import Purpose
from desktop_app.publishing.schedule import appeal_period_end
from desktop_app.templating.appeal import load_appeal_instructions


def _good_document() -> docx.document.Document:
    document = docx.Document()
    document.core_properties.title = "Kunnanhallitus: pöytäkirja"
    document.core_properties.language = "fi-FI"
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "fi-FI")
    rpr.append(lang)
    # python-docx's own Heading 2 (4F81BD, 13 pt) fails WCAG 1.4.3 against white: 4.03 : 1
    document.styles["Heading 2"].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    document.add_heading("Pöytäkirja", 1)
    document.add_heading("Läsnä", 2)
    document.add_paragraph("Teksti.")
    table = document.add_table(rows=2, cols=2)
    table.style = document.styles["Table Grid"]
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    table.cell(0, 0).text = "Kohde"
    document.add_picture(str(default_logo()))
    document.inline_shapes[0]._inline.docPr.set("descr", "Esimerkkilän vaakuna")
    return document


def _codes(path: Path) -> list[str]:
    return sorted(f.code for f in check_docx(path))


def test_a_good_document_passes(tmp_path: Path) -> None:
    path = tmp_path / "hyva.docx"
    _good_document().save(str(path))
    assert check_docx(path) == []


def test_each_accessibility_rule_is_found(tmp_path: Path) -> None:
    document = _good_document()
    document.core_properties.title = ""
    document.core_properties.language = ""
    document.add_heading("Liian syvä", 4)
    document.add_paragraph("")
    document.add_paragraph("")
    document.add_table(rows=2, cols=2).style = document.styles["Table Grid"]
    document.inline_shapes[0]._inline.docPr.set("descr", "")
    pale = document.styles.add_style("Vaalea", WD_STYLE_TYPE.PARAGRAPH)
    pale.font.color.rgb = RGBColor(0xAA, 0xAA, 0xAA)
    document.add_paragraph("Harmaata tekstiä", style="Vaalea")
    document.add_paragraph().add_run("punaista").font.color.rgb = RGBColor(0xFF, 0x66, 0x66)
    path = tmp_path / "huono.docx"
    document.save(str(path))
    assert _codes(path) == [
        "a11y.contrast",  # python-docx's Heading 4 (4F81BD) as well
        "a11y.contrast",
        "a11y.contrast",
        "a11y.empty_paragraphs",
        "a11y.heading_skip",
        "a11y.image_alt",
        "a11y.no_language",
        "a11y.no_title",
        "a11y.table_header",
    ]


def test_layout_tables_and_unused_pale_styles_are_not_findings(tmp_path: Path) -> None:
    document = _good_document()
    document.add_table(rows=3, cols=2)  # no style, no borders: page layout
    document.styles.add_style("Käyttämätön", WD_STYLE_TYPE.PARAGRAPH).font.color.rgb = RGBColor(
        0xEE, 0xEE, 0xEE
    )
    path = tmp_path / "asettelu.docx"
    document.save(str(path))
    assert check_docx(path) == []


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("000000") == pytest.approx(21.0)
    assert contrast_ratio("767676") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("777777") < 4.5


def test_leak_search_reads_every_part_of_the_package(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Hakija ")
    paragraph.add_run("Testi")
    paragraph.add_run(" Henkilö")  # split over runs, as Word does
    document.sections[0].header.paragraphs[0].text = "hetu 131052-308T"
    document.sections[0].footer.paragraphs[0].text = "puh. 040 765 4321"
    document.core_properties.author = "Toinen Testi"
    document.add_comment(paragraph.runs[0], text="kysy testi.hakija@example.com", author="x")
    path = tmp_path / "vuoto.docx"
    document.save(str(path))
    with zipfile.ZipFile(path, "a") as package:
        package.writestr("docProps/custom.xml", "<Properties>FI21 1234 5600 0007 85</Properties>")
    leaks = scan_docx(path, ["Testi Henkilö", "Toinen Testi"])
    found = {(leak.part, leak.what) for leak in leaks}
    assert ("word/document.xml", mask("Testi Henkilö")) in found
    assert ("docProps/core.xml", mask("Toinen Testi")) in found
    assert ("word/header1.xml", "henkilotunnus") in found
    assert ("word/footer1.xml", "puhelin") in found
    assert ("word/comments.xml", "sahkoposti") in found
    assert ("docProps/custom.xml", "iban") in found
    assert all("131052" not in leak.excerpt for leak in leaks)
    allowed = scan_docx(path, allowed=[fingerprint("puhelin", "+358 40 765 4321")])
    assert ("word/footer1.xml", "puhelin") not in {(leak.part, leak.what) for leak in allowed}
    quiet_headers = scan_docx(path, ["131052-308T"], detect_in_headers=False)
    assert {(leak.part, leak.what) for leak in quiet_headers} >= {
        ("word/header1.xml", mask("131052-308T"))
    }
    assert ("word/header1.xml", "henkilotunnus") not in {
        (leak.part, leak.what) for leak in quiet_headers
    }


def _item(**changes: object) -> AgendaItem:
    item = AgendaItem(
        1,
        "kv",
        "kunnanhallitus",
        title="Hallintosäännön muuttaminen",
        parties="Kunnan jäsenet",
        contact=Person("Olli Sihteeri", "hallintojohtaja", "040 123 4567"),
        sections={
            Section.DESCRIPTION: "<p>Tausta.</p>",
            Section.REASONS: "<p>Kuntalain 90 § mukaan valtuusto hyväksyy hallintosäännön.</p>",
            Section.PROPOSAL: "<p>Valtuusto hyväksyy muutoksen.</p>",
        },
        appeal_type=AppealType.MUNICIPAL_APPEAL,
    )
    for key, value in changes.items():
        setattr(item, key, value)
    return item


def test_appeal_instructions_must_exist_and_fit_the_body() -> None:
    appeals = load_appeal_instructions()
    ok = check_item(_item(), "§ 1", ItemContext(), body_kind=BodyKind.COUNCIL, appeals=appeals)
    assert ok == []
    wrong = check_item(
        _item(appeal_type=AppealType.CORRECTION),
        "§ 1",
        ItemContext(),
        body_kind=BodyKind.COUNCIL,
        appeals=appeals,
    )
    assert [f.code for f in wrong] == ["publish.appeal_council"]
    missing = check_item(_item(), "§ 1", ItemContext(), body_kind=BodyKind.COUNCIL, appeals={})
    assert [f.code for f in missing] == ["publish.appeal_missing"]
    assert "kunnallisvalitus" in missing[0].text("fi")


def test_legal_gaps_block_and_name_the_paragraph() -> None:
    item = _item(parties="", sections={Section.PROPOSAL: "<p>Hyväksytään.</p>"})
    findings = check_item(
        item, "§ 7", ItemContext(), body_kind=BodyKind.COUNCIL, appeals=load_appeal_instructions()
    )
    assert {f.code for f in findings} >= {"gap.parties", "gap.reasons"}
    assert all(f.target == "§ 7" and f.blocks for f in findings)
    assert findings[0].line().startswith("ESTÄÄ\t§ 7: ")
    inside_a_file = Finding(findings[0].code, Severity.BLOCKING, "julkaisu.docx: #12")
    # the place reads as a path, and its one colon comes before what was found
    assert inside_a_file.line("fi").startswith("ESTÄÄ\tjulkaisu.docx › asia 12: Asianosaiset")


def test_appeal_period_ends_seven_days_plus_the_period_on_a_weekday() -> None:
    assert appeal_period_end(date(2026, 3, 4), 14) == date(2026, 3, 25)
    assert appeal_period_end(date(2026, 3, 4), 30) == date(2026, 4, 10)
    assert appeal_period_end(date(2026, 3, 6), 14) == date(2026, 3, 27)
    assert appeal_period_end(date(2026, 3, 5), 16) == date(2026, 3, 30)  # Saturday → Monday


def test_appeal_period_end_skips_public_holidays() -> None:
    # Good Friday 3.4.2026 → Saturday, Easter Sunday, Easter Monday → Tuesday
    assert appeal_period_end(date(2026, 3, 13), 14) == date(2026, 4, 7)
    # Christmas Eve (Thursday) 2026 → Christmas Day, Boxing Day, Sunday → Monday 28.12.
    assert appeal_period_end(date(2026, 11, 17), 30) == date(2026, 12, 28)
    # Midsummer Eve 19.6.2026 (Friday) → Monday 22.6.
    assert appeal_period_end(date(2026, 5, 29), 14) == date(2026, 6, 22)
    # Independence Day on a Tuesday (2022) → Wednesday
    assert appeal_period_end(date(2022, 11, 15), 14) == date(2022, 12, 7)


def test_a_title_may_be_followed_by_second_level_headings(tmp_path: Path) -> None:
    document = _good_document()
    body = document.element.body
    for paragraph in list(document.paragraphs)[:2]:  # drop the Heading 1 and Heading 2
        body.remove(paragraph._p)
    first = document.paragraphs[0].insert_paragraph_before("Kunnanhallitus", style="Title")
    document.paragraphs[1].insert_paragraph_before("Läsnä", style="Heading 2")
    path = tmp_path / "kansi.docx"
    document.save(str(path))
    assert check_docx(path) == []
    body.remove(first._p)
    document.save(str(path))
    assert _codes(path) == ["a11y.heading_skip"]


def _packet(record: EntryDecision | None, **meeting: object) -> MeetingPacket:
    details: dict[str, object] = {
        "start": datetime(2026, 3, 2, 18),
        "checkers": ["Pekka Malli", "Liisa Kokeilu"],
        "checked_on": date(2026, 3, 4),
        "public_view_on": date(2026, 3, 5),
    } | meeting
    item = _item(id=7, organization_id="kh", appeal_type=AppealType.CORRECTION)
    return MeetingPacket(
        meeting=Meeting(1, "kh", 1, 2026, **details),  # type: ignore[arg-type]
        organization=Organization("kh", "Kunnanhallitus", BodyKind.BOARD),
        participants=[],
        entries=[(AgendaEntry(1, 1, 7, 0, number=5, record=record), item)],
    )


def _minutes_codes(packet: MeetingPacket, purpose: Purpose = Purpose.MINUTES) -> list[str]:
    found = check_packet(
        packet, {}, appeals=load_appeal_instructions(), purpose=purpose
    )  # fmt: skip
    return [f.code for f in found if f.code.startswith(("publish.no_", "publish.not_"))]


def test_the_packet_check_asks_minutes_for_their_record_and_the_agenda_for_none() -> None:
    decided = EntryDecision(DecisionKind.AS_PROPOSED)
    assert _minutes_codes(_packet(decided)) == []
    assert _minutes_codes(_packet(None)) == ["publish.no_decision"]
    bare = _packet(None, checkers=[" "], checked_on=None, public_view_on=None, start=None)
    assert _minutes_codes(bare) == [
        "publish.no_start",
        "publish.no_checkers",
        "publish.not_checked",
        "publish.no_public_view",
        "publish.no_decision",
    ]
    assert _minutes_codes(bare, Purpose.AGENDA) == ["publish.no_start"]
    (undecided,) = [
        f for f in check_packet(_packet(None), {}, appeals=load_appeal_instructions())
        if f.code == "publish.no_decision"
    ]  # fmt: skip
    assert undecided.blocks and undecided.line().startswith("ESTÄÄ\t§ 5: Ei kirjattua päätöstä")


def test_the_recorded_decision_reaches_the_appeal_check() -> None:
    """A tabled § is preparatory (KuntaL 136 §): its stored oikaisuvaatimus is questioned."""
    appeals = load_appeal_instructions()
    item = _item(appeal_type=AppealType.CORRECTION)

    def appeal_codes(context: ItemContext) -> list[str]:
        found = check_item(item, "§ 5", context, body_kind=BodyKind.BOARD, appeals=appeals)
        return [f.code for f in found if f.code.startswith("publish.appeal")]

    decided = appeal_codes(ItemContext(record=EntryDecision(DecisionKind.AS_PROPOSED)))
    tabled = appeal_codes(ItemContext(record=EntryDecision(DecisionKind.TABLED)))
    assert decided == [] and tabled != []
