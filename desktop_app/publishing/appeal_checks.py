"""The appeal side of the pre-publish checks (Hallintolaki 46–47 §, Kuntalaki 134–136 §)."""

from __future__ import annotations

from desktop_app.domain.model import AgendaItem, AppealType, BodyKind
from desktop_app.publishing.findings import Finding, Severity
from desktop_app.templating.appeal import AppealInstruction


def appeal_findings(
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
