"""The appeal side of the pre-publish checks (Hallintolaki 46–47 §, Kuntalaki 134–136 §).

Wrong or missing instructions restart the appeal period (HL 49 §), so every mismatch between
the stored route and the rule table's answer blocks, unless the user wrote down why the route
differs; the two mistakes the law never allows (a council decision to a request for
correction, a board's ordinary decision straight to court) block even with a reason.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.appeal.rules import derive_route
from desktop_app.domain.model import AgendaItem, AppealBasis, AppealType, BodyKind
from desktop_app.meetings.model import EntryDecision
from desktop_app.publishing.findings import Finding, Severity
from desktop_app.templating.appeal import AppealInstruction

#: The bodies whose ordinary decisions go first to a request for correction (KuntaL 134 §).
_CORRECTION_FIRST = frozenset(
    {BodyKind.BOARD, BodyKind.COMMITTEE, BodyKind.SUBCOMMITTEE, BodyKind.OFFICE_HOLDER}
)


def appeal_findings(
    item: AgendaItem,
    target: str,
    body_kind: BodyKind | None,
    appeals: Mapping[AppealType, AppealInstruction],
    *,
    record: EntryDecision | None = None,
    standing: bool = False,
) -> list[Finding]:
    found: list[Finding] = []
    stored = item.appeal_type
    instruction = appeals.get(stored)
    if instruction is None:
        found.append(Finding("publish.appeal_missing", Severity.BLOCKING, target, {"type": stored}))
    elif stored is not AppealType.NONE and instruction.period_days <= 0:
        found.append(Finding("publish.appeal_period", Severity.BLOCKING, target, {"type": stored}))
    derived = derive_route(body_kind, record, item, standing=standing)
    reason = item.appeal_reason.strip()
    specific = False
    if body_kind is BodyKind.COUNCIL and stored is AppealType.CORRECTION:
        found.append(Finding("publish.appeal_council", Severity.BLOCKING, target))
        specific = True
    if (
        body_kind in _CORRECTION_FIRST
        and stored is AppealType.MUNICIPAL_APPEAL
        and item.appeal_basis != AppealBasis.CORRECTION_REQUEST.value
    ):
        found.append(Finding("publish.appeal_board_municipal", Severity.BLOCKING, target))
        specific = True
    if stored is AppealType.ADMINISTRATIVE_APPEAL and not item.appeal_law.strip():
        found.append(Finding("publish.appeal_law_missing", Severity.BLOCKING, target))
    if stored is AppealType.NONE and derived.appeal_type is not AppealType.NONE and not reason:
        found.append(
            Finding(
                "publish.appeal_none_ground",
                Severity.BLOCKING,
                target,
                {"expected": derived.appeal_type, "citation": derived.citation},
            )
        )
    elif stored is not derived.appeal_type and derived.binding:
        found.append(  # a reason cannot open an appeal against what only prepares
            Finding(
                "publish.appeal_mismatch",
                Severity.BLOCKING,
                target,
                {"type": stored, "expected": derived.appeal_type, "citation": derived.citation},
            )
        )
    elif stored is not derived.appeal_type and not reason and not specific:
        found.append(
            Finding(
                "publish.appeal_mismatch",
                Severity.BLOCKING,
                target,
                {"type": stored, "expected": derived.appeal_type, "citation": derived.citation},
            )
        )
    return found
