"""The web version of a meeting's minutes: redacted, checked, and only then written.

The minutes exporter builds the document from a packet whose items are already redacted
copies (``privacy.redact``), so the exporter needs no knowledge of personal data. Before the
file is written, the finished DOCX is searched part by part for every marked text and every
detector hit (``publishing.leak``); a file that would leak is never written. The PDF comes
from LibreOffice as tagged PDF/A-2b when LibreOffice is installed.
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

from desktop_app.atomic import atomic_writer
from desktop_app.errors import PaatospajaError
from desktop_app.export.documents import (
    ExportOptions,
    build_agenda_document,
    build_minutes_document,
)
from desktop_app.export.writer import document_bytes
from desktop_app.meetings.model import MeetingPacket
from desktop_app.messages import describe
from desktop_app.privacy.detect import Kind, fingerprint
from desktop_app.privacy.marks import party_names
from desktop_app.privacy.redact import RedactionPolicy, is_secret, redact_item
from desktop_app.publishing.accessibility import check_docx
from desktop_app.publishing.findings import Finding, Severity
from desktop_app.publishing.leak import Leak, scan_docx
from desktop_app.publishing.pdf import convert_to_pdf
from desktop_app.publishing.review import MeetingReview, load_review, review_findings
from desktop_app.publishing.schedule import PublicationRepository, meeting_appeal_days
from desktop_app.workspace import Workspace


class PublishingLeak(PaatospajaError):
    code = "publish.leak"


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
    names = review.known_names | (_party_names(packet) if after_appeal else frozenset())
    for entry, item in packet.entries:
        context = review.contexts.get(item.id or -1)
        marks = context.marks if context else []
        policy = RedactionPolicy(
            language=item.language or packet.meeting.language,
            after_appeal=after_appeal,
            settings=review.settings,
            known_names=frozenset(names),
            dismissed=frozenset(context.dismissed) if context else frozenset(),
        )
        entries.append((copy.deepcopy(entry), redact_item(item, marks, policy)))
    result = copy.copy(packet)
    result.entries = entries
    return result


def leak_needles(packet: MeetingPacket, review: MeetingReview, *, after_appeal: bool) -> list[str]:
    """Texts that must not appear in the file: every marked span, and more after the appeal."""
    needles: set[str] = set()
    for _, item in packet.entries:
        context = review.contexts.get(item.id or -1)
        for mark in context.marks if context else []:
            if len(mark.text.strip()) >= 3:
                needles.add(mark.text)
        if is_secret(item):
            continue
        if after_appeal and item.parties.strip():
            needles.add(item.parties)
    needles |= set(review.known_names)
    if after_appeal:
        needles |= set(_party_names(packet))
    return sorted(needles)


def allowed_fingerprints(review: MeetingReview) -> set[str]:
    """Hits that are not leaks: dismissed findings and the officials' own contact details."""
    allowed: set[str] = set()
    for context in review.contexts.values():
        allowed |= context.dismissed
    for _, item in review.packet.entries:
        for person in (item.preparer, item.contact):
            if person.phone.strip():
                allowed.add(fingerprint(Kind.PHONE, person.phone))
            if person.email.strip():
                allowed.add(fingerprint(Kind.EMAIL, person.email))
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
    workspace: Workspace, meeting_id: int, docx: Path | None = None, *, after_appeal: bool = False
) -> list[Finding]:
    """Everything ``paatospaja check`` reports.

    The meeting's findings, and the accessibility and leak search of the publishing DOCX:
    ``docx`` when given, otherwise one built now in a temporary folder.
    """
    review = load_review(workspace, meeting_id)
    findings = review_findings(workspace, review)
    if docx is None:
        try:
            data = build_public_docx(workspace, review, after_appeal=after_appeal)
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
        detect_in_headers=False,
    ):
        findings.append(
            Finding(
                "publish.leak_part",
                Severity.BLOCKING,
                f"{path.name}: {leak.part}",
                {"what": leak.what, "excerpt": leak.excerpt},
            )
        )
    return findings


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
    findings = review_findings(workspace, review)
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
        detect_in_headers=False,
    )
    if leaks:
        raise PublishingLeak(path=str(out), count=len(leaks))
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
            result.pdf_error = error.detail
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
