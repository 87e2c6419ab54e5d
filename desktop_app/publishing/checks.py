"""The pre-publish checks: what must be right before minutes go on the web.

Blocking findings stop publishing until fixed or consciously overridden with a reason (the
reason is stored, :meth:`PublicationRepository.override`). The checks are

* the decision's legal elements (HL 44–45 §), reused from ``domain.completeness``;
* an appeal instruction of the right type with its period (HL 46–47 §; council decisions are
  appealed by kunnallisvalitus directly, so an oikaisuvaatimus instruction there is wrong);
* every personal-data finding confirmed (it becomes a mark) or dismissed;
* the accessibility of the exported DOCX.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.completeness import find_gaps
from desktop_app.domain.model import AgendaItem, AppealType, BodyKind
from desktop_app.meetings.model import MeetingPacket
from desktop_app.privacy.detect import Detection, DetectorSettings, detect
from desktop_app.privacy.marks import Mark, item_texts, resolve
from desktop_app.privacy.redact import is_secret
from desktop_app.publishing.accessibility import check_docx
from desktop_app.publishing.findings import Finding, Severity
from desktop_app.publishing.leak import mask
from desktop_app.templating.appeal import AppealInstruction
from desktop_app.templating.catalog import Template


@dataclass(frozen=True)
class ReviewEntry:
    """One line of the personal-data checklist the secretary works through."""

    field: str
    detection: Detection
    status: str  # "open", "confirmed", "dismissed", "official"


def review_item(
    item: AgendaItem,
    marks: Iterable[Mark],
    dismissed: Iterable[str],
    settings: DetectorSettings | None = None,
    known_names: Iterable[str] = (),
) -> list[ReviewEntry]:
    """Every finding of the item with what the secretary has decided about it so far."""
    marks = list(marks)
    dismissed_set = set(dismissed)
    names = list(known_names)
    entries = []
    for name, text in item_texts(item).items():
        spans = [s for m in marks if m.section == name and (s := resolve(m, text)) is not None]
        for hit in detect(text, settings, names):
            if hit.official:
                status = "official"
            elif any(start < hit.end and hit.start < end for start, end in spans):
                status = "confirmed"
            elif hit.fingerprint in dismissed_set:
                status = "dismissed"
            else:
                status = "open"
            entries.append(ReviewEntry(name, hit, status))
    return entries


def stale_marks(item: AgendaItem, marks: Iterable[Mark]) -> list[Mark]:
    """Marks whose text is no longer in the item: the secretary must look at them again."""
    texts = item_texts(item)
    return [m for m in marks if m.section in texts and resolve(m, texts[m.section]) is None]


def _appeal_findings(
    item: AgendaItem,
    target: str,
    body_kind: BodyKind | None,
    appeals: dict[AppealType, AppealInstruction],
) -> list[Finding]:
    found = []
    instruction = appeals.get(item.appeal_type)
    if instruction is None:
        found.append(
            Finding("publish.appeal_missing", Severity.BLOCKING, target, {"type": item.appeal_type})
        )
    elif item.appeal_type != AppealType.NONE and instruction.period_days <= 0:
        found.append(
            Finding("publish.appeal_period", Severity.BLOCKING, target, {"type": item.appeal_type})
        )
    if body_kind == BodyKind.COUNCIL and item.appeal_type == AppealType.CORRECTION:
        found.append(Finding("publish.appeal_council", Severity.BLOCKING, target))
    return found


@dataclass
class ItemContext:
    """What the checks of one item need besides the item itself."""

    marks: list[Mark] = field(default_factory=list)
    dismissed: set[str] = field(default_factory=set)
    template: Template | None = None
    standing: bool = False  # opening, quorum …: procedural, no parties or reasons to check


def check_item(
    item: AgendaItem,
    target: str,
    context: ItemContext,
    *,
    body_kind: BodyKind | None,
    appeals: dict[AppealType, AppealInstruction],
    settings: DetectorSettings | None = None,
    known_names: Iterable[str] = (),
) -> list[Finding]:
    template = context.template
    starters = (
        {key: template.text(key, item.language) for key in template.texts.get("fi", {})}
        if template
        else {}
    )
    gaps = (
        []
        if context.standing
        else find_gaps(
            item,
            required=template.required if template else None,
            body_kind=body_kind,
            starter_texts=starters if template else None,
        )
    )
    findings = [
        Finding(gap.code, Severity.BLOCKING if gap.blocking else Severity.WARNING, target,
                {"law": gap.law})
        for gap in gaps
    ]  # fmt: skip
    findings += _appeal_findings(item, target, body_kind, appeals)
    if is_secret(item):
        return findings  # only the title and the ground are published; nothing to redact
    for entry in review_item(item, context.marks, context.dismissed, settings, known_names):
        if entry.status == "open":
            hit = entry.detection
            findings.append(
                Finding(
                    "privacy.unconfirmed",
                    Severity.BLOCKING,
                    target,
                    {
                        "kind": hit.kind.value,
                        "certainty": hit.certainty.value,
                        "excerpt": mask(hit.text),
                        "field": entry.field,
                        "fingerprint": hit.fingerprint,
                    },
                )
            )
    for mark in stale_marks(item, context.marks):
        findings.append(
            Finding(
                "privacy.stale_mark",
                Severity.WARNING,
                target,
                {"field": mark.section, "excerpt": mask(mark.text)},
            )
        )
    return findings


def entry_target(number: int | None, item: AgendaItem) -> str:
    return f"§ {number}" if number is not None else f"asia {item.id}"


def check_packet(
    packet: MeetingPacket,
    contexts: dict[int, ItemContext],
    *,
    appeals: dict[AppealType, AppealInstruction],
    settings: DetectorSettings | None = None,
    known_names: Iterable[str] = (),
    overrides: dict[tuple[str, str], str] | None = None,
    docx: Path | None = None,
) -> list[Finding]:
    """All findings of a meeting; with ``docx`` also the accessibility of the exported file."""
    names = list(known_names)
    findings: list[Finding] = []
    if not packet.entries:
        findings.append(Finding("publish.no_items", Severity.BLOCKING))
    for entry, item in packet.entries:
        context = contexts.get(item.id or -1, ItemContext())
        findings += check_item(
            item,
            entry_target(entry.number, item),
            context,
            body_kind=packet.organization.kind,
            appeals=appeals,
            settings=settings,
            known_names=names,
        )
    if docx is not None:
        for finding in check_docx(docx):
            finding.target = f"{docx.name}: {finding.target}" if finding.target else docx.name
            findings.append(finding)
    for finding in findings:
        finding.overridden = (overrides or {}).get(finding.key, "")
    return findings


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocks]
