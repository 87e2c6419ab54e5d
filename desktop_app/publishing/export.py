"""The web version of a meeting's minutes: redacted, checked, and only then written.

The minutes exporter builds the document from a packet whose items are already redacted
copies (``privacy.redact``), so the exporter needs no knowledge of personal data. Before the
file is written, the finished DOCX is searched part by part for every marked text and every
detector hit (``publishing.leak``); a file that would leak is never written, and the refusal
names each part with a masked excerpt. The PDF comes from LibreOffice as tagged PDF/A-2b when
LibreOffice is installed.

Everything of the meeting that is printed goes through redaction: the items field by field
(``privacy.redact.REDACTED_FIELDS``), the meeting place, the participants' arrival and
departure notes and the texts of the § records.
"""

from __future__ import annotations

import copy
import io
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn

from desktop_app.appeal.courts import load_courts
from desktop_app.atomic import atomic_writer
from desktop_app.domain.model import AgendaItem
from desktop_app.errors import PaatospajaError
from desktop_app.export.documents import (
    ExportOptions,
    build_agenda_document,
    build_minutes_document,
)
from desktop_app.export.writer import document_bytes
from desktop_app.meetings.model import MeetingPacket
from desktop_app.messages import describe, detail_text
from desktop_app.privacy.detect import Kind, detect, fingerprint
from desktop_app.privacy.marks import Dismissals, field_names, field_text, party_names
from desktop_app.privacy.redact import RedactionPolicy, is_secret, redact_item, redact_meeting
from desktop_app.publishing.accessibility import check_docx
from desktop_app.publishing.findings import Finding, Severity
from desktop_app.publishing.leak import AllowedOccurrence, Leak, scan_docx
from desktop_app.publishing.meeting_redaction import redact_participant, redact_record
from desktop_app.publishing.minutes_checks import Purpose
from desktop_app.publishing.pdf import convert_to_pdf
from desktop_app.publishing.review import MeetingReview, load_review, review_findings
from desktop_app.publishing.schedule import PublicationRepository, meeting_appeal_days
from desktop_app.workspace import Workspace


class PublishingLeak(PaatospajaError):
    """The finished file still holds personal data; nothing was written.

    ``leaks`` lists each place (part, kind, masked excerpt); the sentence names them.
    """

    code = "publish.leak_located"

    def __init__(self, path: str, leaks: list[Leak]) -> None:
        places = "; ".join(
            leak.place() + (f" ({leak.what})" if leak.what != leak.excerpt else "")
            for leak in leaks
        )
        super().__init__("", path=path, count=len(leaks), places=places)
        self.leaks = leaks


@dataclass
class PublicExportResult:
    docx: Path | None
    pdf: Path | None = None
    findings: list[Finding] = field(default_factory=list)
    leaks: list[Leak] = field(default_factory=list)
    pdf_error: str = ""


def redacted_packet(
    packet: MeetingPacket, review: MeetingReview, *, after_appeal: bool
) -> MeetingPacket:
    """A copy of the packet whose items are the web versions; the original is untouched."""
    entries = []
    names = frozenset(
        review.known_names | (_party_names(packet) if after_appeal else frozenset())
    )
    meeting_policy = RedactionPolicy(
        language=packet.meeting.language,
        after_appeal=after_appeal,
        settings=review.settings,
        known_names=names,
    )
    for entry, item in packet.entries:
        context = review.contexts.get(item.id or -1)
        marks = context.marks if context else []
        policy = RedactionPolicy(
            language=item.language or packet.meeting.language,
            after_appeal=after_appeal,
            settings=review.settings,
            known_names=names,
            dismissed=frozenset(context.dismissed) if context else frozenset(),
        )
        redacted_entry = copy.deepcopy(entry)
        if entry.record is not None:
            redacted_entry.record = redact_record(entry.record, policy)
        entries.append((redacted_entry, redact_item(item, marks, policy)))
    result = copy.copy(packet)
    result.meeting = redact_meeting(packet.meeting, meeting_policy)
    result.participants = [redact_participant(p, meeting_policy) for p in packet.participants]
    result.entries = entries
    return result


def leak_needles(packet: MeetingPacket, review: MeetingReview, *, after_appeal: bool) -> list[str]:
    """Texts that must not appear in the file: every marked span, and more after the appeal.

    A marked text that the secretary dismissed at another place is left to the detector
    search, which knows that place (``allowed_occurrences``): as a plain string it would be
    refused there too.
    """
    needles: set[str] = set()
    for _, item in packet.entries:
        context = review.contexts.get(item.id or -1)
        if context is None:
            continue
        dismissed_here = {key for key, _, _ in Dismissals.of(context.dismissed).occurrences}
        for mark in context.marks:
            if len(mark.text.strip()) < 3 or _dismissed_somewhere(mark.text, dismissed_here):
                continue
            needles.add(mark.text)
        if is_secret(item):
            continue
    needles |= set(review.known_names)
    if after_appeal:
        needles |= set(_party_names(packet))
    return sorted(needles)


def _dismissed_somewhere(text: str, fingerprints: set[str]) -> bool:
    return any(fingerprint(key.split(":", 1)[0], text) == key for key in fingerprints)


def allowed_fingerprints(review: MeetingReview) -> set[str]:
    """Hits that are not leaks: dismissed findings and every public contact the file prints.

    The officials' own contact details, the registry's (the settings' address, where appeals
    are sent) and the courts' of the appeal instructions: every bundled administrative court
    (the municipality may choose any, the Åland one included) and the Market Court.
    """
    allowed: set[str] = set()
    for context in review.contexts.values():
        allowed |= Dismissals.of(context.dismissed).everywhere
    for _, item in review.packet.entries:
        for person in (item.preparer, item.contact):
            if person.phone.strip():
                allowed.add(fingerprint(Kind.PHONE, person.phone))
            if person.email.strip():
                allowed.add(fingerprint(Kind.EMAIL, person.email))
    packet = review.packet
    courts = [*load_courts().courts, packet.court, packet.market_court]
    for court in courts:
        if court is None:
            continue
        if court.phone.strip():
            allowed.add(fingerprint(Kind.PHONE, court.phone))
        if court.email.strip():
            allowed.add(fingerprint(Kind.EMAIL, court.email))
        for language in ("fi", "sv", "en"):
            allowed |= _fingerprints(court.address(language), review)
    allowed |= _fingerprints(packet.address, review)
    return allowed


def _fingerprints(text: str, review: MeetingReview) -> set[str]:
    return {hit.fingerprint for hit in detect(text, review.settings)} if text.strip() else set()


def allowed_occurrences(
    review: MeetingReview, *, after_appeal: bool = False
) -> list[AllowedOccurrence]:
    """The findings dismissed at one place (or in one field): allowed there and only there.

    The neighbours are read from the field as the document prints it: redacted (a phone
    number next to the occurrence is "[henkilötieto poistettu]" there) and without list
    markers. Every copy the redaction left in such a field is one the secretary dismissed:
    the others were taken out.
    """
    allowed: list[AllowedOccurrence] = []
    printed: dict[int, AgendaItem] | None = None
    for _, item in review.packet.entries:
        context = review.contexts.get(item.id or -1)
        if context is None or is_secret(item):
            continue
        dismissals = Dismissals.of(context.dismissed)
        if not dismissals.occurrences:
            continue
        if printed is None:
            packet = redacted_packet(review.packet, review, after_appeal=after_appeal)
            printed = {web.id: web for _, web in packet.entries if web.id is not None}
        shown_item = printed.get(item.id or -1)
        if shown_item is None:
            continue
        for name in field_names():
            hits = detect(field_text(item, name), review.settings, review.known_names)
            kept = {
                hits[index].fingerprint
                for index in dismissals.dismissed_in(name, hits)
                if hits[index].fingerprint not in dismissals.everywhere
            }
            if not kept:
                continue
            shown = field_text(shown_item, name)
            for hit in detect(shown, review.settings, review.known_names):
                if hit.fingerprint in kept:
                    allowed.append(AllowedOccurrence.around(shown, hit))
    return allowed


def _party_names(packet: MeetingPacket) -> set[str]:
    names: set[str] = set()
    for _, item in packet.entries:
        if not is_secret(item):
            names |= set(party_names(item.parties))
    return names


def _ensure_alt_texts(document: Document, text: str) -> None:
    """Safety net: a header image without alternative text gets one (WCAG 1.1.1)."""
    stories = [document.element]
    for section in document.sections:
        for story in (section.header, section.footer, section.first_page_header):
            if not story.is_linked_to_previous:
                stories.append(story._element)
    for story in stories:
        for doc_pr in story.iter(qn("wp:docPr")):
            if not (doc_pr.get("descr") or "").strip():
                doc_pr.set("descr", text or "logo")


def build_public_docx(
    workspace: Workspace,
    review: MeetingReview,
    *,
    after_appeal: bool,
    house_style: Path | None = None,
    logo: Path | None = None,
    agenda: bool = False,
) -> bytes:
    """The publishing DOCX of the minutes (or, with ``agenda``, of the agenda) as bytes."""
    options = ExportOptions(
        house_style=house_style,
        logo=logo,
        attachments_root=workspace.root,
        append_docx_attachments=False,
        include_nonpublic_attachments=False,
        appeals=workspace.appeals,
        web_version="after_appeal" if after_appeal else "appeal_period",
    )
    packet = redacted_packet(review.packet, review, after_appeal=after_appeal)
    build = build_agenda_document if agenda else build_minutes_document
    document = build(packet, options)
    _ensure_alt_texts(document, f"{packet.municipality} – logo".strip(" –"))
    properties = document.core_properties
    properties.comments = ""  # the Dno list; nothing the reader of the web page needs there
    properties.last_modified_by = "Päätöspaja"
    return document_bytes(document)  # every part parses, or nothing is written


def check_for_publishing(
    workspace: Workspace,
    meeting_id: int,
    docx: Path | None = None,
    *,
    after_appeal: bool = False,
    agenda: bool = False,
) -> list[Finding]:
    """Everything ``paatospaja check`` reports.

    The meeting's findings, and the accessibility and leak search of the publishing DOCX:
    ``docx`` when given, otherwise one built now in a temporary folder.
    """
    review = load_review(workspace, meeting_id)
    findings = review_findings(workspace, review, purpose=_purpose(agenda))
    if docx is None:
        try:
            data = build_public_docx(workspace, review, after_appeal=after_appeal, agenda=agenda)
        except PaatospajaError as error:  # e.g. an appeal instruction the exporter needs
            findings.append(
                Finding("publish.not_exported", Severity.BLOCKING, "", {"detail": describe(error)})
            )
            return findings
        with tempfile.TemporaryDirectory(prefix="paatospaja-check-") as folder:
            path = Path(folder) / "julkaisuversio.docx"
            path.write_bytes(data)
            extra = _file_findings(path, review, after_appeal=after_appeal)
    else:
        extra = _file_findings(docx, review, after_appeal=after_appeal)
    for finding in extra:
        finding.overridden = review.overrides.get(finding.key, "")
    return findings + extra


def _purpose(agenda: bool) -> Purpose:
    """An agenda is published before the meeting: no decisions or checking to ask of it."""
    return Purpose.AGENDA if agenda else Purpose.MINUTES


def _file_findings(path: Path, review: MeetingReview, *, after_appeal: bool) -> list[Finding]:
    findings = []
    for finding in check_docx(path):
        finding.target = f"{path.name}: {finding.target}" if finding.target else path.name
        findings.append(finding)
    needles = leak_needles(review.packet, review, after_appeal=after_appeal)
    for leak in scan_docx(
        path,
        needles,
        settings=review.settings,
        allowed=allowed_fingerprints(review),
        allowed_occurrences=allowed_occurrences(review, after_appeal=after_appeal),
        detect_in_headers=False,
    ):
        findings.append(
            Finding(
                "publish.leak_part",
                Severity.BLOCKING,
                f"{path.name}: {leak.part}",
                {"what": leak.what, "excerpt": leak.excerpt, "where": leak.where},
            )
        )
    return findings


def _verify_pdf(result: PublicExportResult, review: MeetingReview, *, after_appeal: bool) -> None:
    """The PDF is searched like the DOCX; one that would leak is deleted, with the reason."""
    from desktop_app.publishing.leak import docx_header_lines, scan_pdf

    assert result.pdf is not None
    headers = docx_header_lines(result.docx) if result.docx is not None else set()
    leaks = scan_pdf(
        result.pdf,
        leak_needles(review.packet, review, after_appeal=after_appeal),
        settings=review.settings,
        allowed=allowed_fingerprints(review),
        allowed_occurrences=allowed_occurrences(review, after_appeal=after_appeal),
        detect_in_headers=False,  # the house style's header lines, as in the DOCX
        header_lines=headers,
    )
    if leaks:
        result.pdf.unlink(missing_ok=True)
        result.leaks = leaks
        result.pdf_error = describe(PublishingLeak(str(result.pdf), leaks))
        result.pdf = None


def export_public(
    workspace: Workspace,
    meeting_id: int,
    out: Path,
    *,
    after_appeal: bool = False,
    pdf: bool = False,
    force: bool = False,
    published_on: date | None = None,
    house_style: Path | None = None,
    logo: Path | None = None,
    agenda: bool = False,
) -> PublicExportResult:
    """Check, redact, export, verify and write; ``force`` writes despite blocking findings."""
    review = load_review(workspace, meeting_id)
    findings = review_findings(workspace, review, purpose=_purpose(agenda))
    if any(f.blocks for f in findings) and not force:
        return PublicExportResult(None, findings=findings)
    data = build_public_docx(
        workspace,
        review,
        after_appeal=after_appeal,
        house_style=house_style,
        logo=logo,
        agenda=agenda,
    )
    leaks = scan_docx(
        io.BytesIO(data),
        leak_needles(review.packet, review, after_appeal=after_appeal),
        settings=review.settings,
        allowed=allowed_fingerprints(review),
        allowed_occurrences=allowed_occurrences(review, after_appeal=after_appeal),
        detect_in_headers=False,
    )
    if leaks:
        raise PublishingLeak(str(out), leaks)
    out = Path(out)
    with atomic_writer(out) as handle:
        handle.write(data)
    for finding in check_docx(out):
        finding.target = f"{out.name}: {finding.target}" if finding.target else out.name
        findings.append(finding)
    result = PublicExportResult(out, findings=findings)
    if pdf:
        try:
            result.pdf = convert_to_pdf(out, out.with_suffix(".pdf"))
        except PaatospajaError as error:
            result.pdf_error = detail_text(error)
        if result.pdf is not None:
            _verify_pdf(result, review, after_appeal=after_appeal)
    if published_on is not None and not agenda:
        publications = PublicationRepository(workspace.db)
        if after_appeal:
            publications.mark_removed(meeting_id, published_on)
        else:
            days = meeting_appeal_days(
                (item for _, item in review.packet.entries), workspace.appeals
            )
            publications.record(meeting_id, published_on, days)
    return result
