"""The special laws that route a decision to hallintovalitus, from ``laws.toml``.

Kept as a list to choose from, so the instruction names the law the same way every time
and the check can tell a chosen law from an empty one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from desktop_app.appeal.data import load_data, localized


@dataclass(frozen=True)
class SpecialLaw:
    id: str
    name: dict[str, str] = field(default_factory=dict)
    # The law sends an office-holder's decision to a request for correction first (to the
    # body above), and only the body's answer to court.
    office_holder_correction_first: bool = False

    def display_name(self, language: str) -> str:
        return localized(self.name, language)


def _parse_laws(data: dict[str, Any]) -> tuple[SpecialLaw, ...]:
    return tuple(
        SpecialLaw(
            str(row["id"]),
            {str(k): str(v) for k, v in dict(row.get("name", {})).items()},
            bool(row.get("office_holder_correction_first", False)),
        )
        for row in data.get("law", [])
        if row.get("id")
    )


@cache
def _bundled_laws() -> tuple[SpecialLaw, ...]:
    """Parsed once: the rules ask about the law of every item they route."""
    return _parse_laws(load_data("laws.toml"))


def load_laws(user_dir: Path | None = None) -> list[SpecialLaw]:
    """The workspace's own list when given, else the bundled (cached) one."""
    if user_dir is None:
        return list(_bundled_laws())
    return list(_parse_laws(load_data("laws.toml", user_dir)))


def law_name(law_id: str, language: str, laws: list[SpecialLaw] | None = None) -> str:
    """The law's name for the instruction; an id not in the list is shown as it was stored."""
    for law in load_laws() if laws is None else laws:
        if law.id == law_id:
            return law.display_name(language)
    return law_id


def correction_first(law_id: str, laws: list[SpecialLaw] | None = None) -> bool:
    """Whether the law wants an office-holder's decision corrected before any appeal."""
    return any(
        law.id == law_id and law.office_holder_correction_first
        for law in (load_laws() if laws is None else laws)
    )
