"""The standing items every meeting starts with, read from ``resources/standing_items.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from desktop_app.domain.model import AgendaItem, AppealType, ItemState, Section
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
