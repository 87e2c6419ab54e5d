"""The standing items every meeting starts with, read from ``resources/standing_items.toml``.

A standing item also carries the sentence its decision is minuted with ("Pöytäkirjantarkastajiksi
valittiin A ja B."): recorded "as proposed", it would otherwise only say that the proposal was
accepted, and § 3 of the minutes must name the checkers.
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from desktop_app.domain.model import AgendaItem, AppealType, ItemState, Section
from desktop_app.meetings.wording import wording
from desktop_app.resources import resource_path
from desktop_app.templating.engine import render


@dataclass(frozen=True)
class StandingItem:
    key: str
    at_end: bool
    appeal_type: AppealType
    title: dict[str, str]
    description: dict[str, str]
    proposal: dict[str, str]
    decision: dict[str, str]
    decision_one: dict[str, str]  # the singular wording, when one person is named


@cache
def standing_items() -> tuple[StandingItem, ...]:
    with resource_path("standing_items.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(
        StandingItem(
            key=str(entry["key"]),
            at_end=entry.get("position", "start") == "end",
            appeal_type=AppealType(entry.get("appeal_type", AppealType.NONE.value)),
            title={str(k): str(v) for k, v in entry["title"].items()},
            description={str(k): str(v) for k, v in entry.get("description", {}).items()},
            proposal={str(k): str(v) for k, v in entry.get("proposal", {}).items()},
            decision={str(k): str(v) for k, v in entry.get("decision", {}).items()},
            decision_one={str(k): str(v) for k, v in entry.get("decision_one", {}).items()},
        )
        for entry in data["item"]
    )


def make_item(
    standing: StandingItem, organization_id: str, language: str, values: dict[str, object]
) -> AgendaItem:
    """A new agenda item filled from a standing item, ready to be put on the agenda."""

    def text(table: dict[str, str]) -> str:
        return render(table.get(language) or table.get("fi", ""), values).text

    sections = {
        Section.DESCRIPTION: text(standing.description),
        Section.PROPOSAL: text(standing.proposal),
    }
    return AgendaItem(
        id=None,
        organization_id=organization_id,
        template_id=f"vakio:{standing.key}",
        title=text(standing.title),
        language=language,
        state=ItemState.ON_AGENDA,
        appeal_type=standing.appeal_type,
        sections={key: value for key, value in sections.items() if value},
    )


_CHECKERS = re.compile(r"\{\{\s*checkers\s*\}\}")


def standing_item(key: str) -> StandingItem | None:
    return next((s for s in standing_items() if s.key == key), None)


def name_list(names: list[str], language: str) -> str:
    """How minutes list people in running text: "A", "A ja B", "A, B ja C"."""
    names = [n.strip() for n in names if n.strip()]
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {wording(language)['and']} {names[-1]}"


def standing_decision(
    key: str, language: str, values: Mapping[str, object], checkers: list[str]
) -> str:
    """The decision HTML of standing item ``key``; "" when it has none or lacks its names.

    ``{{ checkers }}`` is filled here (escaped: the names come from the meeting record), the
    other placeholders by the template engine like everywhere else.
    """
    standing = standing_item(key)
    if standing is None:
        return ""
    names = [n.strip() for n in checkers if n.strip()]
    one = len(names) == 1 and standing.decision_one
    table = standing.decision_one if one else standing.decision
    text = table.get(language) or table.get("fi", "")
    if not text:
        return ""
    if _CHECKERS.search(text):
        if not names:
            return ""
        listed = html.escape(name_list(names, language), quote=False)
        text = _CHECKERS.sub(lambda _: listed, text)
    return render(text, values).text
