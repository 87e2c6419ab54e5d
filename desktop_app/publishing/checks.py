"""The pre-publish checks: what must be right before minutes go on the web.

Blocking findings stop publishing until fixed or consciously overridden with a reason (the
reason is stored, :meth:`PublicationRepository.override`). The checks are

* the decision's legal elements (HL 44–45 §), reused from ``domain.completeness``;
* an appeal instruction of the right type with its period (HL 46–47 §; council decisions are
  appealed by kunnallisvalitus directly, so an oikaisuvaatimus instruction there is wrong);
* every personal-data finding confirmed (it becomes a mark) or dismissed;
* the minutes themselves: a decision recorded in every §, the checkers, the checking date and
  the date of public view (``minutes_checks``; an agenda is only asked for its time);
* the accessibility of the exported DOCX.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.completeness import find_gaps
from desktop_app.domain.model import AgendaItem, AppealType, BodyKind
from desktop_app.meetings.model import EntryDecision, MeetingPacket
from desktop_app.privacy.detect import DetectorSettings
from desktop_app.privacy.marks import Mark
from desktop_app.publishing.accessibility import check_docx
from desktop_app.publishing.appeal_checks import appeal_findings
from desktop_app.publishing.findings import Finding, Severity
from desktop_app.publishing.minutes_checks import Purpose, entry_place, minutes_findings
from desktop_app.publishing.privacy_checks import privacy_findings
from desktop_app.templating.appeal import AppealInstruction
from desktop_app.templating.catalog import Template


@dataclass
class ItemContext:
    """What the checks of one item need besides the item itself."""

    marks: list[Mark] = field(default_factory=list)
    dismissed: set[str] = field(default_factory=set)
    template: Template | None = None
    standing: bool = False  # opening, quorum …: procedural, no parties or reasons to check
    record: EntryDecision | None = None  # what the body decided; the appeal route follows it


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
    findings += appeal_findings(
        item, target, body_kind, appeals, record=context.record, standing=context.standing
    )
    findings += privacy_findings(
        item, target, context.marks, context.dismissed, settings, known_names
    )
    return findings


def entry_target(number: int | None, item: AgendaItem) -> str:
    return entry_place(number, item.id)


def check_packet(
    packet: MeetingPacket,
    contexts: dict[int, ItemContext],
    *,
    appeals: dict[AppealType, AppealInstruction],
    settings: DetectorSettings | None = None,
    known_names: Iterable[str] = (),
    overrides: dict[tuple[str, str], str] | None = None,
    docx: Path | None = None,
    purpose: Purpose = Purpose.MINUTES,
) -> list[Finding]:
    """All findings of a meeting; with ``docx`` also the accessibility of the exported file.

    ``purpose`` says whether the minutes or the agenda are being published: only minutes
    need a recorded decision in every §, checkers and the checking and publication dates.
    """
    names = list(known_names)
    findings: list[Finding] = []
    if not packet.entries:
        findings.append(Finding("publish.no_items", Severity.BLOCKING))
    findings += minutes_findings(packet, purpose)
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
