"""The web version of a meeting end to end: check, confirm, export, prove nothing leaks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.privacy.marks import MarkRepository
from desktop_app.publishing.accessibility import check_docx
from desktop_app.publishing.export import export_public
from desktop_app.publishing.leak import mask, scan_docx, scan_pdf
from desktop_app.publishing.pdf import find_soffice
from desktop_app.publishing.privacy_checks import review_item
from desktop_app.publishing.review import check_meeting, load_review
from desktop_app.publishing.schedule import OverrideNeedsReason, PublicationRepository
from desktop_app.workspace import Workspace
from tests.privacy_samples import (
    ADDRESS,
    MARKED_HEALTH,
    PARTY,
    PRIVATE_EMAIL,
    PRIVATE_PHONE,
    SECRECY_GROUND,
    SECRET_TEXT,
    VALID_CODE,
    PublishingMeeting,
    publishing_meeting,
)

PERSONAL = [VALID_CODE, PRIVATE_PHONE, PRIVATE_EMAIL, ADDRESS, MARKED_HEALTH, SECRET_TEXT,
            "FI21 1234 5600 0007 85", "FI2112345600000785", "308T"]  # fmt: skip


@pytest.fixture
def setup(workspace_dir: Path) -> Iterator[tuple[Workspace, PublishingMeeting]]:
    workspace = Workspace.open(workspace_dir)
    try:
        yield workspace, publishing_meeting(workspace)
    finally:
        workspace.close()


def _confirm_everything(workspace: Workspace, meeting: PublishingMeeting) -> None:
    """Every finding confirmed, and the minutes checked and dated: ready to publish."""
    meetings = MeetingRepository(workspace.db)
    record = meetings.get(meeting.meeting_id)
    record.checked_on = date(2026, 3, 3)
    record.public_view_on = date(2026, 3, 4)
    meetings.update(record)
    marks = MarkRepository(workspace.db)
    review = load_review(workspace, meeting.meeting_id)
    for _, item in review.packet.entries:
        assert item.id is not None
        context = review.contexts[item.id]
        for entry in review_item(item, context.marks, context.dismissed, review.settings):
            if entry.status == "open":
                marks.confirm(item.id, entry.field, entry.detection)


def _document_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_check_lists_each_unconfirmed_finding_masked_and_exits_1(
    setup: tuple[Workspace, PublishingMeeting], capsys: pytest.CaptureFixture[str]
) -> None:
    workspace, meeting = setup
    status = main(["check", str(meeting.meeting_id), "--workspace", str(workspace.root)])
    out = capsys.readouterr().out
    assert status == 1
    lines = [line for line in out.splitlines() if "Vahvistamaton henkilötietolöydös" in line]
    kinds = sorted(re.sub(r".*kentässä Selostus: (.+?) \((varma|todennäköinen)\).*", r"\1", line)
                   for line in lines)  # fmt: skip
    assert kinds == ["henkilötunnus", "osoite", "puhelinnumero", "sähköpostiosoite",
                     "tilinumero (IBAN)"]  # fmt: skip
    assert all(line.startswith("ESTÄÄ\t§ ") for line in lines)
    for value in (VALID_CODE, PRIVATE_PHONE, PRIVATE_EMAIL, ADDRESS):
        assert value not in out  # the check's own output must not spread the data
    # the secret item is reduced anyway: its code is not asked about
    assert len([line for line in lines if "henkilötunnus" in line]) == 1


def test_confirmed_and_dismissed_findings_no_longer_block(
    setup: tuple[Workspace, PublishingMeeting], capsys: pytest.CaptureFixture[str]
) -> None:
    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    findings = check_meeting(workspace, meeting.meeting_id)
    assert [f.code for f in findings if f.blocks] == []
    status = main(["check", str(meeting.meeting_id), "--workspace", str(workspace.root)])
    assert status == 0
    assert "0 estää julkaisun" in capsys.readouterr().out


def test_dismissal_is_remembered_by_fingerprint_across_edits(
    setup: tuple[Workspace, PublishingMeeting],
) -> None:
    workspace, meeting = setup
    marks = MarkRepository(workspace.db)
    item = workspace.items.get(meeting.public_item_id)
    entries = review_item(item, marks.marks(meeting.public_item_id), [])
    email = next(e for e in entries if e.detection.kind.value == "sahkoposti")
    marks.dismiss(meeting.public_item_id, email.detection.fingerprint, "yrityksen osoite")
    item.sections = {k: "<p>Lisäys alkuun.</p>" + v for k, v in item.sections.items()}
    workspace.items.save(item)
    after = review_item(item, marks.marks(meeting.public_item_id),
                        marks.dismissed(meeting.public_item_id))  # fmt: skip
    statuses = {e.detection.kind.value: e.status for e in after}
    assert statuses["sahkoposti"] == "dismissed"
    assert statuses["henkilotunnus"] == "open"


def test_blocking_findings_stop_the_export_and_nothing_is_written(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    target = tmp_path / "julkaisu.docx"
    result = export_public(workspace, meeting.meeting_id, target)
    assert result.docx is None and not target.exists()
    assert any(f.code == "privacy.unconfirmed" for f in result.findings)


def test_override_needs_a_reason_and_then_unblocks(
    setup: tuple[Workspace, PublishingMeeting],
) -> None:
    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    item = workspace.items.get(meeting.public_item_id)
    item.parties = ""
    workspace.items.save(item)
    (gap,) = [f for f in check_meeting(workspace, meeting.meeting_id) if f.blocks]
    assert gap.code == "gap.parties"
    publications = PublicationRepository(workspace.db)
    with pytest.raises(OverrideNeedsReason):
        publications.override(meeting.meeting_id, gap.code, gap.key[1], "  ")
    publications.override(meeting.meeting_id, gap.code, gap.key[1], "asianosaiset liitteessä")
    (again,) = [f for f in check_meeting(workspace, meeting.meeting_id) if f.code == gap.code]
    assert not again.blocks and again.overridden == "asianosaiset liitteessä"
    assert again.line().startswith("OHITETTU")


def test_public_docx_has_no_personal_data_in_any_part(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    target = tmp_path / "julkaisu.docx"
    result = export_public(workspace, meeting.meeting_id, target, published_on=date(2026, 3, 4))
    assert result.docx == target
    assert scan_docx(target, PERSONAL, settings=load_review(workspace, 1).settings) == []
    text = _document_text(target)
    assert "[henkilötieto poistettu]" in text
    assert SECRECY_GROUND in text and SECRET_TEXT not in text
    assert PARTY in text  # during the appeal period the parties stay (Kuntalaki 140 §)
    assert [leak.part for leak in scan_docx(target, [PARTY])] == ["word/document.xml"] * 1
    assert "Olli Sihteeri" in text  # the official who gives more information stays (HL 44 §)
    assert check_docx(target) == []
    assert [f for f in result.findings if f.blocks] == []
    properties = docx.Document(str(target)).core_properties
    assert properties.title and properties.language and not properties.comments
    # the workspace's own items are untouched
    assert VALID_CODE[4:] in workspace.items.get(meeting.public_item_id).sections["selostus"]  # type: ignore[index]


def test_after_appeal_version_removes_the_persons_among_the_parties_everywhere(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    target = tmp_path / "jalkeen.docx"
    export_public(workspace, meeting.meeting_id, target, after_appeal=True)
    assert scan_docx(target, [*PERSONAL, PARTY, "Hakijaa"]) == []
    text = _document_text(target)
    assert "Esimerkkilän Rakennus Oy" in text  # a company is not personal data: it stays
    assert "Olli Sihteeri" in text


def test_publication_tracks_appeal_end_and_reminds_until_removed(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    export_public(workspace, meeting.meeting_id, tmp_path / "a.docx", published_on=date(2026, 3, 4))
    publications = PublicationRepository(workspace.db)
    publication = publications.get(meeting.meeting_id)
    assert publication is not None
    assert (publication.appeal_days, publication.appeal_ends_on) == (14, date(2026, 3, 25))
    assert publications.due_for_removal(date(2026, 3, 25)) == []
    assert [p.meeting_id for p in publications.due_for_removal(date(2026, 3, 26))] == [
        meeting.meeting_id
    ]
    export_public(workspace, meeting.meeting_id, tmp_path / "b.docx", after_appeal=True,
                  published_on=date(2026, 3, 27))  # fmt: skip
    assert publications.due_for_removal(date(2026, 4, 1)) == []


def test_an_appeal_end_stored_by_an_older_rule_is_recomputed(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    """Published 13.3.2026 with 14 days: the end falls on Good Friday, so it is 7.4., not 3.4."""
    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    export_public(
        workspace, meeting.meeting_id, tmp_path / "a.docx", published_on=date(2026, 3, 13)
    )
    workspace.db.execute(
        "UPDATE meeting_publications SET appeal_ends_on = '2026-04-03' WHERE meeting_id = ?",
        (meeting.meeting_id,),
    )
    workspace.db.commit()
    publications = PublicationRepository(workspace.db)
    publication = publications.get(meeting.meeting_id)
    assert publication is not None and publication.appeal_ends_on == date(2026, 4, 7)
    assert publications.due_for_removal(date(2026, 4, 6)) == []
    assert len(publications.due_for_removal(date(2026, 4, 8))) == 1


def test_cli_export_public_and_publish_write_the_file(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    for command in (["export", "public"], ["publish"]):
        target = tmp_path / f"{command[-1]}.docx"
        argv = [*command, str(meeting.meeting_id), "--out", str(target),
                "--workspace", str(workspace.root)]  # fmt: skip
        assert main(argv) == 0
        assert scan_docx(target, PERSONAL) == []


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
def test_pdf_is_tagged_pdfa_2b_without_personal_data(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    result = export_public(workspace, meeting.meeting_id, tmp_path / "julkaisu.docx", pdf=True)
    assert result.pdf_error == "" and result.pdf == tmp_path / "julkaisu.pdf"
    pdf = result.pdf
    reader = PdfReader(str(pdf))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfaid:part[^0-9]*2", xmp) and re.search(r"pdfaid:conformance[^A-Z]*B", xmp)
    assert scan_pdf(pdf, PERSONAL) == []
    assert "poistettu" in "".join(page.extract_text() for page in reader.pages)


def test_check_finds_personal_data_left_in_a_given_docx(
    setup: tuple[Workspace, PublishingMeeting],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop_app.export.task import ExportKind, ExportRequest, run
    from desktop_app.tasks import TaskState

    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    minutes = tmp_path / "poytakirja.docx"  # the internal minutes: not redacted
    run(ExportRequest(workspace.root, ExportKind.MINUTES, meeting.meeting_id, minutes), TaskState())
    argv = ["check", str(meeting.meeting_id), "--docx", str(minutes),
            "--workspace", str(workspace.root)]  # fmt: skip
    assert main(argv) == 1
    out = capsys.readouterr().out
    leaks = [line for line in out.splitlines() if "Julkaisuversioon jäi henkilötieto" in line]
    assert any("henkilotunnus" in line for line in leaks)
    assert any(mask(MARKED_HEALTH) in line for line in leaks)
    assert VALID_CODE not in out


def test_the_officials_contact_details_are_not_taken_for_a_leak(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    item = workspace.items.get(meeting.public_item_id)
    item.contact.title = ""  # no title next to the number: only the contact field tells
    item.contact.email = "olli.sihteeri@toinen-kunta.fi"
    workspace.items.save(item)
    result = export_public(workspace, meeting.meeting_id, tmp_path / "a.docx")
    assert result.docx is not None
    assert "olli.sihteeri@toinen-kunta.fi" in _document_text(result.docx)


def test_the_agenda_has_a_publishing_version_too(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    target = tmp_path / "esityslista.docx"
    argv = ["publish", str(meeting.meeting_id), "--esityslista", "--out", str(target),
            "--workspace", str(workspace.root)]  # fmt: skip
    assert main(argv) == 0
    assert scan_docx(target, PERSONAL) == []
    assert "Esityslista" in _document_text(target)
    assert check_docx(target) == []


def test_each_web_version_says_what_it_is(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    from desktop_app.export.builder import Builder, ExportOptions

    workspace, meeting = setup
    _confirm_everything(workspace, meeting)
    during, after = tmp_path / "aikana.docx", tmp_path / "jalkeen.docx"
    export_public(workspace, meeting.meeting_id, during)
    export_public(workspace, meeting.meeting_id, after, after_appeal=True)
    finnish = Builder(ExportOptions(), "fi").labels
    assert finnish["web_appeal_period"] in _document_text(during)
    assert finnish["web_after_appeal"] not in _document_text(during)
    assert finnish["web_after_appeal"] in _document_text(after)


ESTATE = "Teppo Testaajan perikunta"
SOLE_TRADER = "Tmi Sanni Sovittaja"
TRADING_AS = "Ville Vertailija (Tmi Vertailija)"


@pytest.mark.parametrize("party", [ESTATE, SOLE_TRADER, TRADING_AS, "Oskarssons dödsbo"])
def test_an_estate_and_a_sole_trader_are_persons(party: str) -> None:
    from desktop_app.privacy.marks import is_organisation, split_parties

    assert not is_organisation(party)
    assert [p.person for p in split_parties(f"{party}, Esimerkkilän Rakennus Oy")] == [True, False]


def test_after_appeal_version_removes_estates_and_sole_traders(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    item = workspace.items.get(meeting.public_item_id)
    item.parties = f"{ESTATE}, {SOLE_TRADER}, {TRADING_AS} ja Esimerkkilän Rakennus Oy"
    workspace.items.save(item)
    _confirm_everything(workspace, meeting)
    target = tmp_path / "jalkeen.docx"
    export_public(workspace, meeting.meeting_id, target, after_appeal=True)
    text = _document_text(target)
    for gone in ("Testaaja", "perikunta", "Sovittaja", "Vertailija"):
        assert gone not in text
    assert "Esimerkkilän Rakennus Oy" in text
