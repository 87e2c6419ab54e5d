"""``export opendata``: a published meeting as Open Decision API records in a folder.

The same gate, the same redaction and the same leak check as the web DOCX
(``publishing.export``): a meeting whose publishing check has a blocking finding is refused
with the findings; the records are built from the redacted copy of the meeting; every
record is validated against its schema and every string searched before a file is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.opendata.errors import OpenDataInvalid, OpenDataLeak, OpenDataNotPublishable
from desktop_app.opendata.files import list_document, previous_records, write_documents
from desktop_app.opendata.leaks import find_leaks
from desktop_app.opendata.records import DEFAULT_BASE_URL, Stamps, build_records
from desktop_app.opendata.schema import RESOURCES, problems
from desktop_app.publishing.export import redacted_packet
from desktop_app.publishing.findings import Finding
from desktop_app.publishing.minutes_checks import Purpose
from desktop_app.publishing.review import load_review, review_findings
from desktop_app.workspace import Workspace


@dataclass
class OpenDataResult:
    folder: Path
    files: list[Path]
    counts: dict[str, int]
    findings: list[Finding] = field(default_factory=list)  # the check's warnings


def timestamp(moment: datetime | None = None) -> str:
    """An RFC 3339 time in UTC to the second, as the records carry it."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def validate_documents(documents: dict[str, dict[str, Any]]) -> None:
    """Refuse the first record (or list meta) that its schema does not accept."""
    for resource, document in documents.items():
        for reason in problems("meta", document["meta"]):
            raise OpenDataInvalid(resource, "meta", reason)
        for record in document["objects"]:
            for reason in problems(resource, record):
                raise OpenDataInvalid(resource, str(record.get("origin_id", "")), reason)


def export_opendata(
    workspace: Workspace,
    meeting_id: int,
    folder: Path,
    *,
    after_appeal: bool = False,
    base_url: str = DEFAULT_BASE_URL,
    now: datetime | None = None,
) -> OpenDataResult:
    """Check, redact, build, validate, search and write; refused with a typed error."""
    review = load_review(workspace, meeting_id)
    findings = review_findings(workspace, review, purpose=Purpose.MINUTES)
    if any(finding.blocks for finding in findings):
        raise OpenDataNotPublishable(findings)
    public = redacted_packet(review.packet, review, after_appeal=after_appeal)
    folder = Path(folder)
    stamps = Stamps(timestamp(now), previous_records(folder))
    records = build_records(review.packet, public, stamps, base_url=base_url)
    documents = {resource: list_document(records[resource]) for resource in RESOURCES}
    validate_documents(documents)
    leaks = find_leaks(documents, review, after_appeal=after_appeal)
    if leaks:
        raise OpenDataLeak(str(folder), leaks)
    files = write_documents(folder, documents)
    counts = {resource: len(records[resource]) for resource in RESOURCES}
    return OpenDataResult(folder, files, counts, findings)
