"""The special laws that route a decision to hallintovalitus, from ``laws.toml``.

Kept as a list to choose from, so the instruction names the law the same way every time
and the check can tell a chosen law from an empty one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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


def load_laws(user_dir: Path | None = None) -> list[SpecialLaw]:
    data = load_data("laws.toml", user_dir)
    return [
        SpecialLaw(
            str(row["id"]),
            {str(k): str(v) for k, v in dict(row.get("name", {})).items()},
            bool(row.get("office_holder_correction_first", False)),
        )
        for row in data.get("law", [])
        if row.get("id")
    ]


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
