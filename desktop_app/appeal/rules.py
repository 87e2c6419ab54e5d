"""The appeal route a decision gets, by the rule table in ``resources/appeal/rules.toml``.

The route follows from what was decided, not from what the draft once said: a tabled or
returned item only prepares (Kuntalaki 136 §), a council decision goes to court
(135 §), a board's or an office-holder's to a request for correction first (134 §). The
table is data so that the citations and the order can be corrected without a release; this
module only matches conditions in order and returns the first rule that fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktop_app.appeal.data import load_data
from desktop_app.appeal.laws import correction_first
from desktop_app.domain.model import AgendaItem, AppealType, BodyKind
from desktop_app.errors import TemplateSyntaxError
from desktop_app.meetings.model import EntryDecision


@dataclass(frozen=True)
class Route:
    """What the rules say: the route, the special law (hallintovalitus) and why."""

    appeal_type: AppealType
    law: str = ""
    rule: str = ""
    citation: str = ""
    # The law leaves no choice (a tabled or returned §, a standing item: KuntaL 136 §): no
    # written reason can give such a decision another route.
    binding: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    route: AppealType
    citation: str
    decisions: frozenset[str] | None = None
    standing: bool | None = None
    bases: frozenset[str] | None = None
    bodies: frozenset[str] | None = None
    binding: bool = False
    law_correction_first: bool | None = None

    def matches(
        self,
        body_kind: BodyKind | None,
        decision: str | None,
        basis: str,
        standing: bool,
        correction_first: bool = False,
    ) -> bool:
        if self.law_correction_first is not None and self.law_correction_first != correction_first:
            return False
        if self.decisions is not None and decision not in self.decisions:
            return False
        if self.standing is not None and self.standing != standing:
            return False
        if self.bases is not None and basis not in self.bases:
            return False
        return self.bodies is None or (body_kind is not None and body_kind.value in self.bodies)


def _values(row: dict[str, Any], key: str) -> frozenset[str] | None:
    value = row.get(key)
    if value is None:
        return None
    return frozenset(str(v) for v in (value if isinstance(value, list) else [value]))


def parse_rules(data: dict[str, Any], origin: str = "rules.toml") -> tuple[Rule, ...]:
    rules: list[Rule] = []
    try:
        for row in data["rule"]:
            standing = row.get("standing")
            first = row.get("law_correction_first")
            rules.append(
                Rule(
                    id=str(row["id"]),
                    route=AppealType(row["route"]),
                    citation=str(row.get("citation", "")),
                    decisions=_values(row, "decision"),
                    standing=None if standing is None else bool(standing),
                    bases=_values(row, "basis"),
                    bodies=_values(row, "body"),
                    binding=bool(row.get("binding", False)),
                    law_correction_first=None if first is None else bool(first),
                )
            )
    except (KeyError, TypeError, ValueError) as error:
        raise TemplateSyntaxError(str(error), path=origin) from error
    if not rules:
        raise TemplateSyntaxError("no [[rule]]", path=origin)
    return tuple(rules)


@cache
def bundled_rules() -> tuple[Rule, ...]:
    return parse_rules(load_data("rules.toml"))


def load_rules(user_dir: Path | None = None) -> tuple[Rule, ...]:
    """The workspace's own table when it has one, else the bundled (cached) one."""
    if user_dir is None or not (user_dir / "rules.toml").is_file():
        return bundled_rules()
    return parse_rules(load_data("rules.toml", user_dir), str(user_dir / "rules.toml"))


def derive_route(
    body_kind: BodyKind | None,
    record: EntryDecision | None,
    item: AgendaItem,
    *,
    standing: bool,
    rules: tuple[Rule, ...] | None = None,
) -> Route:
    """The route the rules give ``item`` as decided by ``record`` (None: not decided yet)."""
    decision = record.kind.value if record is not None else None
    first = bool(item.appeal_law) and correction_first(item.appeal_law)
    for rule in bundled_rules() if rules is None else rules:
        if rule.matches(body_kind, decision, item.appeal_basis, standing, first):
            law = item.appeal_law if rule.route is AppealType.ADMINISTRATIVE_APPEAL else ""
            return Route(rule.route, law, rule.id, rule.citation, rule.binding)
    return Route(AppealType.CORRECTION, "", "", "")  # a table without a catch-all rule


def is_override(item: AgendaItem, derived: Route) -> bool:
    """The item's route differs from the rules' and a written reason says why: it is kept.

    Never against a binding rule: a reason written for an earlier handling of the item must
    not give a tabled § an appeal route.
    """
    return (
        not derived.binding
        and item.appeal_type is not derived.appeal_type
        and bool(item.appeal_reason.strip())
    )


def settle_route(item: AgendaItem, derived: Route) -> None:
    """Give ``item`` the derived route, unless the user overrode it with a written reason.

    A binding rule also clears a reason left from an earlier override: the appeal page prints
    the reason as the ground, and the law's own ground is the rule's citation.
    """
    if is_override(item, derived):
        return
    if derived.binding and item.appeal_type is not derived.appeal_type:
        item.appeal_reason = ""
    item.appeal_type = derived.appeal_type
    if derived.appeal_type is AppealType.ADMINISTRATIVE_APPEAL:
        item.appeal_law = derived.law

