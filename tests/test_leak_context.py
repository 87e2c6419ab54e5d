"""The leak check allows exactly what the secretary let through, and says where a leak stands.

A dismissed occurrence is recognised in the document by its neighbours as the document prints
them (redacted, without list markers); the appeal page is not a §; the courts' contact details
are public; and a PDF's header lines are the house style's, as a DOCX's headers are.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import docx.shared
import pytest

from desktop_app.domain.model import AppealBasis, AppealType, Section
from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.privacy.detect import Kind, detect, fingerprint
from desktop_app.privacy.marks import MarkRepository
from desktop_app.publishing.export import allowed_fingerprints, export_public
from desktop_app.publishing.leak import (
    AllowedOccurrence,
    docx_header_lines,
    house_style_lines,
    mask,
    scan_docx,
    scan_pdf,
)
from desktop_app.publishing.pdf import convert_to_pdf, find_soffice
from desktop_app.publishing.privacy_checks import ReviewEntry, review_item
from desktop_app.publishing.review import load_review
from desktop_app.settings import load_settings, save_settings
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace
from tests.privacy_samples import PublishingMeeting, publishing_meeting
from tests.test_redaction_forms import confirm_everything

PLAN = "07053-336"  # a plan number that has the shape of a phone number
KEY = fingerprint(Kind.PHONE, PLAN)
PHONE = "040 765 4321"


@pytest.fixture
def setup(workspace_dir: Path) -> Iterator[tuple[Workspace, PublishingMeeting]]:
    workspace = Workspace.open(workspace_dir)
    try:
        meeting = publishing_meeting(workspace)
        meetings = MeetingRepository(workspace.db)
        record = meetings.get(meeting.meeting_id)
        record.checked_on, record.public_view_on = date(2026, 3, 3), date(2026, 3, 4)
        meetings.update(record)
        yield workspace, meeting
    finally:
        workspace.close()


def _plan_entries(workspace: Workspace, item_id: int) -> list[ReviewEntry]:
    marks = MarkRepository(workspace.db)
    item = workspace.items.get(item_id)
    entries = review_item(item, marks.marks(item_id), marks.dismissed(item_id))
    return [e for e in entries if e.detection.fingerprint == KEY]


def _document_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _dismiss_each_plan_number(workspace: Workspace, item_id: int) -> None:
    marks = MarkRepository(workspace.db)
    for entry in _plan_entries(workspace, item_id):
        marks.dismiss(item_id, KEY, "kaavatunnus", field=entry.field, start=entry.detection.start)


@pytest.mark.parametrize(
    "markup",
    [
        f"<ul><li>{PLAN} on asemakaavan numero.</li></ul>",
        f"<p>Soita {PHONE} kaava {PLAN} on.</p>",
    ],
    ids=["list-item-start", "after-a-redacted-phone"],
)
def test_a_dismissed_occurrence_passes_where_the_document_prints_it(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path, markup: str
) -> None:
    workspace, meeting = setup
    item = workspace.items.get(meeting.public_item_id)
    item.sections[Section.REASONS] = markup
    workspace.items.save(item)
    _dismiss_each_plan_number(workspace, meeting.public_item_id)
    confirm_everything(workspace, meeting.meeting_id)
    target = tmp_path / "julkaisu.docx"
    result = export_public(workspace, meeting.meeting_id, target)
    assert result.docx == target
    text = _document_text(target)
    assert PLAN in text and PHONE not in text


def _docx(path: Path, paragraphs: list[tuple[str, str | None]], header: str = "") -> Path:
    document = docx.Document()
    for text, style in paragraphs:
        if style == "page":
            document.add_page_break()
        else:
            document.add_paragraph(text, style)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    document.save(str(path))
    return path


def test_an_occurrence_without_neighbours_is_allowed_only_alone_on_its_line(
    tmp_path: Path,
) -> None:
    (hit,) = [h for h in detect(PLAN) if h.fingerprint == KEY]
    alone = AllowedOccurrence.around(PLAN, hit)
    assert (alone.before, alone.after) == ("", "")
    by_itself = _docx(
        tmp_path / "a.docx",
        [("Kaavatunnus", None), (PLAN, None), (f"§ 5 {PLAN}", "Heading 1"), (f"– {PLAN}", None)],
    )
    assert scan_docx(by_itself, allowed_occurrences=[alone]) == []
    inside = _docx(tmp_path / "b.docx", [(f"Soita numeroon {PLAN} iltaisin.", None)])
    leaks = scan_docx(inside, allowed_occurrences=[alone])
    assert [leak.excerpt for leak in leaks] == [mask(PLAN)]


def test_a_leak_after_the_last_section_is_placed_on_the_appeal_page(tmp_path: Path) -> None:
    path = _docx(
        tmp_path / "poytakirja.docx",
        [
            ("§ 5 Poikkeamislupa", "Heading 1"),
            ("Hakemus on saapunut.", None),
            ("Muutoksenhakuohjeet", "Heading 1"),
            (f"Soita illalla numeroon {PHONE}.", None),
        ],
    )
    (leak,) = scan_docx(path)
    assert leak.where == "muutoksenhakuohjeet" and leak.excerpt == mask(PHONE)
    assert leak.place() == f"word/document.xml (muutoksenhakuohjeet): {mask(PHONE)}"
    in_section = _docx(
        tmp_path / "pykala.docx",
        [("§ 5 Poikkeamislupa", "Heading 1"), (f"Soita {PHONE}.", None)],
    )
    assert [leak.where for leak in scan_docx(in_section)] == ["§ 5"]


def test_the_aland_courts_contact_details_do_not_refuse_the_web_version(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    settings = load_settings(workspace.db)
    settings.administrative_court = "aland"
    save_settings(workspace.db, settings)
    item = workspace.items.get(meeting.public_item_id)
    item.appeal_basis = AppealBasis.CORRECTION_REQUEST.value  # kunnallisvalitus: to the court
    item.appeal_type = AppealType.MUNICIPAL_APPEAL
    workspace.items.save(item)
    confirm_everything(workspace, meeting.meeting_id)
    minutes = tmp_path / "sisainen.docx"
    run(ExportRequest(workspace.root, ExportKind.MINUTES, meeting.meeting_id, minutes), TaskState())
    appeal_text = _document_text(minutes)
    assert "@domstol.ax" in appeal_text and "018 25 000" in appeal_text
    review = load_review(workspace, meeting.meeting_id)
    court_leaks = [
        leak
        for leak in scan_docx(minutes, settings=review.settings, detect_in_headers=False)
        if leak.where == "muutoksenhakuohjeet"
    ]
    assert court_leaks  # taken for personal data when nothing says they are public
    allowed = allowed_fingerprints(review)
    assert fingerprint(Kind.EMAIL, "forvaltningsdomstolen@domstol.ax") in allowed
    assert fingerprint(Kind.PHONE, "029 56 42000") in allowed  # every bundled court
    target = tmp_path / "julkaisu.docx"
    result = export_public(workspace, meeting.meeting_id, target)
    assert result.docx == target
    assert "018 25 000" in _document_text(target)


def test_the_registry_address_of_the_settings_is_allowed(
    setup: tuple[Workspace, PublishingMeeting],
) -> None:
    workspace, meeting = setup
    settings = load_settings(workspace.db)
    settings.address = "Kunnantalontie 1, 99999 Esimerkkilä, kirjaamo@esimerkkila.net, 050 123 4567"
    save_settings(workspace.db, settings)
    allowed = allowed_fingerprints(load_review(workspace, meeting.meeting_id))
    assert fingerprint(Kind.EMAIL, "kirjaamo@esimerkkila.net") in allowed
    assert fingerprint(Kind.PHONE, "050 123 4567") in allowed


def test_house_style_lines_are_those_on_every_page() -> None:
    pages = [
        f"Esimerkkilän kunta {PHONE}\nSivu 1 (2)\nEnsimmäinen sivu",
        f"Esimerkkilän kunta {PHONE}\nSivu 2 (2)\nToinen sivu",
    ]
    lines = house_style_lines(pages)
    assert len(lines) == 2 and "Sivu # (#)" in lines  # the page number does not matter
    assert not any("sivu" in line.casefold() and "#" not in line for line in lines)
    assert house_style_lines(pages[:1]) == set()  # one page: nothing to compare with


def test_a_pdf_header_number_is_the_house_styles_but_a_body_number_is_a_leak(
    tmp_path: Path,
) -> None:
    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    header = f"Esimerkkilän kunta {PHONE}"
    source = _docx(
        tmp_path / "otsake.docx",
        [("Ensimmäinen sivu.", None), ("", "page"), ("Toinen sivu.", None)],
        header=header,
    )
    pdf = convert_to_pdf(source, tmp_path / "otsake.pdf", soffice, record_pages=False)
    assert scan_docx(source, detect_in_headers=False) == []
    assert [leak.excerpt for leak in scan_pdf(pdf)] == [mask(PHONE)] * 2  # one a page
    assert scan_pdf(pdf, detect_in_headers=False) == []
    assert scan_pdf(pdf, [PHONE], detect_in_headers=False) != []  # needles are still sought
    body = _docx(
        tmp_path / "runko.docx",
        [("Ensimmäinen sivu.", None), ("", "page"), ("Soita 050 999 8877.", None)],
        header=header,
    )
    leaks = scan_pdf(convert_to_pdf(body, tmp_path / "runko.pdf", soffice), detect_in_headers=False)
    assert [leak.excerpt for leak in leaks] == [mask("050 999 8877")]


def test_a_number_followed_by_a_tab_is_still_found(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(docx.shared.Cm(12))
    paragraph.add_run(f"Soita {PHONE}").add_tab()
    paragraph.add_run("12")
    path = tmp_path / "sarkain.docx"
    document.save(str(path))
    assert [leak.excerpt for leak in scan_docx(path)] == [mask(PHONE)]


def test_a_one_page_pdf_knows_its_header_from_the_docx(tmp_path: Path) -> None:
    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    header = f"Esimerkkilän kunta {PHONE}"
    source = _docx(tmp_path / "yksi.docx", [("Ainoa sivu.", None)], header=header)
    pdf = convert_to_pdf(source, tmp_path / "yksi.pdf", soffice, record_pages=False)
    assert scan_pdf(pdf, detect_in_headers=False) != []  # one page: nothing repeats
    lines = docx_header_lines(source)
    assert lines == {header}
    assert scan_pdf(pdf, detect_in_headers=False, header_lines=lines) == []
