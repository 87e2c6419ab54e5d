"""Codes typed the way Word and web pages type them never reach the web version.

Each code (henkilötunnus, IBAN, phone number) is written in one of the forms that fooled the
detector before (soft hyphen, U+2011, en dash, U+2212, zero-width space, a space inside, a
direction mark, an invisible operator, a dash look-alike, several spaces or a tab) and planted
in every field of a real workspace meeting that reaches the document. The publishing DOCX (and
the PDF when LibreOffice is installed) must hold none of them, in any part, and the export must
succeed: these are the cases redaction is meant to remove, so a refusal by the leak check
means the redaction missed one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest

from desktop_app.domain.model import Attachment, Section
from desktop_app.meetings.model import DecisionKind, EntryDecision, Vote, VoteSide
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.privacy.detect import Kind, detect
from desktop_app.privacy.marks import MarkRepository
from desktop_app.privacy.normalize import normalised
from desktop_app.publishing.export import export_public
from desktop_app.publishing.leak import scan_docx, scan_pdf
from desktop_app.publishing.pdf import find_soffice
from desktop_app.publishing.privacy_checks import review_item
from desktop_app.publishing.review import load_review
from desktop_app.workspace import Workspace
from tests.privacy_samples import PublishingMeeting, publishing_meeting

CODE = "131052-308T"
IBAN = "FI21 1234 5600 0007 85"
PHONE = "040 765 4321"

SHY, NB_HYPHEN, EN_DASH, MINUS, ZWSP = "\u00ad", "\u2011", "\u2013", "\u2212", "\u200b"

FORMS: dict[str, tuple[str, str, str]] = {
    "soft hyphen": (f"131052-{SHY}308T", f"FI21 1234{SHY} 5600 0007 85", f"040 765{SHY} 4321"),
    "U+2011": (f"131052{NB_HYPHEN}308T", f"FI21{NB_HYPHEN}1234{NB_HYPHEN}5600{NB_HYPHEN}0007"
               f"{NB_HYPHEN}85", f"040{NB_HYPHEN}765{NB_HYPHEN}4321"),
    "en dash": (f"131052{EN_DASH}308T", f"FI21{EN_DASH}1234 5600 0007 85", f"040{EN_DASH}7654321"),
    "U+2212": (f"131052{MINUS}308T", f"FI21 1234{MINUS}5600 0007 85", f"040{MINUS}765 4321"),
    "zero-width space": (f"1310{ZWSP}52-308T", f"FI21 12{ZWSP}34 5600 0007 85",
                         f"040 7{ZWSP}65 4321"),
    "space inside": ("131052 -308T", "FI21 1234 5600 0007 85", "040 765 4321"),
    "space before check": ("131052-308 T", "FI21\u00a01234\u00a05600\u00a00007\u00a085",
                           "040\u00a0765\u00a04321"),
    "left-to-right mark": ("131052\u200e-308T", "FI21\u200e1234 5600 0007 85",
                           "040\u200e765 4321"),
    "invisible times": ("1310\u206252-308T", "FI21 1234\u2062 5600 0007 85", "040 76\u20625 4321"),
    "hyphen bullet": ("131052\u2043308T", "FI21\u20431234 5600 0007 85", "040\u2043765 4321"),
    "modifier minus": ("131052\u02d7308T", "FI21 1234\u02d75600 0007 85", "040\u02d7765 4321"),
    "heavy minus": ("131052\u2796308T", "FI21 1234 5600\u27960007 85", "040\u2796765 4321"),
    "two spaces": ("131052  -308T", "FI21  1234 5600 0007 85", "040  765 4321"),
    "tab": ("131052\t-308T", "FI21\t1234\t5600\t0007\t85", "040\t765\t4321"),
}  # fmt: skip
WITH_PDF = list(FORMS)[:7]
"""The forms also checked in the PDF (LibreOffice takes seconds per document)."""

CANONICAL = [CODE, "FI2112345600000785", "0407654321"]


def _planted(form: str) -> str:
    code, iban, phone = FORMS[form]
    return f"tunnus {code}, tili {iban}, puhelin {phone}"


def _codes_only(form: str) -> str:
    """For the fields of trustees and officials, where only codes are removed (names stay)."""
    code, iban, _ = FORMS[form]
    return f"tunnus {code}, tili {iban}"


@pytest.fixture
def setup(workspace_dir: Path) -> Iterator[tuple[Workspace, PublishingMeeting]]:
    workspace = Workspace.open(workspace_dir)
    try:
        yield workspace, publishing_meeting(workspace)
    finally:
        workspace.close()


def plant_everywhere(
    workspace: Workspace, meeting: PublishingMeeting, text: str, codes: str = ""
) -> None:
    """The text in every field of the meeting that the minutes print.

    ``codes`` (a henkilötunnus and an IBAN only) goes into the fields of trustees and
    officials: their names stay on the web, only a code typed into them is removed.
    """
    meetings = MeetingRepository(workspace.db)
    item = workspace.items.get(meeting.public_item_id)
    item.appeal_reason = f"Valitusosoitus poikkeaa, koska {text}."
    item.title = f"Poikkeamislupa, {text}"
    item.dno = f"KH 12/{text}/2026"
    item.task_class = f"10.03.00 {text}"
    item.parties = f"Testi Hakija ({text}), Esimerkkilän Rakennus Oy"
    item.earlier_handling = f"Kunnanhallitus 1.2.2026 § 3: {text}"
    item.for_information = f"Hakija, {text}"
    item.attachments = [Attachment(f"Hakemus {text}.pdf", "", True)]
    item.sections[Section.REASONS] = f"<p>Perusteluissa {text}.</p>"
    workspace.items.save(item)
    record_meeting = meetings.get(meeting.meeting_id)
    record_meeting.place = f"Kunnantalo, {text}"
    record_meeting.checked_on = date(2026, 3, 3)
    record_meeting.public_view_on = date(2026, 3, 4)
    people = meetings.participants(meeting.meeting_id)
    if codes:
        record_meeting.checkers = [f"{name} ({codes})" for name in record_meeting.checkers]
        people[1].name = f"{people[1].name} ({codes})"
        people[4].title = f"{people[4].title}, {codes}"
    meetings.update(record_meeting)
    people[2].arrival = f"klo 18.20, {text}"
    people[3].departure = f"klo 19.00 ({text})"
    meetings.set_participants(meeting.meeting_id, people)
    entry = next(e for e in meetings.entries(meeting.meeting_id) if e.item_id == item.id)
    assert entry.id is not None
    vote = Vote(
        f"Hyväksytäänkö ehdotus, jossa {text}?",
        [VoteSide(f"JAA ({text})", 5), VoteSide("EI", 2)],
        f"Ehdotus hyväksyttiin äänin 5–2; {text}.",
    )
    record = EntryDecision(
        DecisionKind.AFTER_VOTE,
        text=f"<p>Hyväksyttiin äänestyksen jälkeen: {text}.</p>",
        handling=f"<p>Käsittelyssä mainittiin {text}.</p>",
        votes=[vote],
    )
    meetings.record_decision(entry.id, record)


def confirm_everything(workspace: Workspace, meeting_id: int) -> None:
    marks = MarkRepository(workspace.db)
    review = load_review(workspace, meeting_id)
    for _, item in review.packet.entries:
        assert item.id is not None
        context = review.contexts[item.id]
        entries = review_item(
            item, context.marks, context.dismissed, review.settings, review.known_names
        )
        for entry in entries:
            if entry.status == "open":
                marks.confirm(item.id, entry.field, entry.detection)


def _all_text(path: Path) -> str:
    """The body, headers, footers and properties of the DOCX, normalised."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        for story in (section.header, section.footer):
            parts += [p.text for p in story.paragraphs]
    properties = document.core_properties
    parts += [properties.title or "", properties.subject or "", properties.keywords or ""]
    return normalised("\n".join(parts))


@pytest.mark.parametrize("form", list(FORMS))
def test_the_detector_finds_each_code_in_each_form(form: str) -> None:
    text = _planted(form)
    kinds = [hit.kind for hit in detect(text) if hit.needs_confirmation]
    assert kinds == [Kind.HETU, Kind.IBAN, Kind.PHONE]
    for hit, wanted in zip(detect(text), FORMS[form], strict=True):
        assert hit.text == wanted  # the original characters, invisible ones included


@pytest.mark.parametrize("form", list(FORMS))
def test_no_code_in_any_form_reaches_the_web_docx(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path, form: str
) -> None:
    workspace, meeting = setup
    plant_everywhere(workspace, meeting, _planted(form), _codes_only(form))
    confirm_everything(workspace, meeting.meeting_id)
    target = tmp_path / "julkaisu.docx"
    pdf = form in WITH_PDF and find_soffice() is not None
    # no refusal is accepted here: a PublishingLeak means the redaction missed a planted code
    result = export_public(workspace, meeting.meeting_id, target, pdf=pdf)
    assert result.docx == target, [f.code for f in result.findings if f.blocks]
    assert scan_docx(target, [*CANONICAL, *FORMS[form]]) == []
    text = _all_text(target)
    for code in (CODE, "308T", "5600", "765"):
        assert code not in text.replace(" ", "").replace("-", "")
    assert "Esimerkkilän Rakennus Oy" in text  # a company is not personal data
    assert "[henkilötieto poistettu]" in text
    assert "Pekka Malli" in text  # a member and checker: only the code left the name
    if result.pdf is not None:
        assert scan_pdf(result.pdf, CANONICAL) == []
    else:
        assert not pdf or result.pdf_error


def test_the_original_items_keep_their_text(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    plant_everywhere(workspace, meeting, _planted("en dash"))
    confirm_everything(workspace, meeting.meeting_id)
    export_public(workspace, meeting.meeting_id, tmp_path / "julkaisu.docx")
    item = workspace.items.get(meeting.public_item_id)
    assert FORMS["en dash"][0] in item.dno
    assert FORMS["en dash"][0] in MeetingRepository(workspace.db).get(meeting.meeting_id).place
