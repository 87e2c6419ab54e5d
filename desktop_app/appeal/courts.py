"""Finland's administrative courts and the Market Court, from ``resources/appeal/courts.toml``.

Appeal instructions must name the court and where to send the appeal (Hallintolaki 47 §);
"Hallinto-oikeus" without which one sends the appellant searching, so the municipality picks
its court once in the settings and every instruction names it with its address.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from desktop_app.appeal.data import load_data, localized
from desktop_app.appeal.wording import appeal_wording

MARKET_COURT_ID = "markkinaoikeus"


@dataclass(frozen=True)
class Court:
    id: str
    kind: str  # "hallinto-oikeus" or "markkinaoikeus"
    name: dict[str, str] = field(default_factory=dict)
    postal: str = ""
    visiting: str = ""
    email: str = ""
    phone: str = ""

    def display_name(self, language: str) -> str:
        return localized(self.name, language)

    def address(self, language: str) -> str:
        """One line for the instructions: where to post, where to visit, e-mail, phone.

        Without the court's name: the instruction names the court on the line before.
        """
        words = appeal_wording(language)
        visit, phone, email = words["visiting"], words["phone"], words["email"]
        parts = [self.postal]
        if self.visiting and not self.postal.startswith(self.visiting.split(",")[0]):
            parts.append(f"{visit} {self.visiting}")
        if self.email:
            parts.append(f"{email} {self.email}")
        if self.phone:
            parts.append(f"{phone} {self.phone}")
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class CourtBook:
    """All courts, with the wording used when the municipality has not chosen one."""

    courts: tuple[Court, ...]
    unknown_name: dict[str, str]
    unknown_address: dict[str, str]

    def get(self, court_id: str) -> Court | None:
        return next((c for c in self.courts if c.id == court_id), None)

    def administrative(self) -> list[Court]:
        return [c for c in self.courts if c.kind != MARKET_COURT_ID]

    @property
    def market_court(self) -> Court | None:
        return self.get(MARKET_COURT_ID)


def load_courts(user_dir: Path | None = None) -> CourtBook:
    data = load_data("courts.toml", user_dir)
    courts = tuple(
        Court(
            id=str(row["id"]),
            kind=str(row.get("kind", "hallinto-oikeus")),
            name={str(k): str(v) for k, v in dict(row.get("name", {})).items()},
            postal=str(row.get("postal", "")),
            visiting=str(row.get("visiting", "")),
            email=str(row.get("email", "")),
            phone=str(row.get("phone", "")),
        )
        for row in data.get("court", [])
        if row.get("id")
    )
    unknown = dict(data.get("unknown", {}))
    return CourtBook(
        courts,
        {str(k): str(v) for k, v in dict(unknown.get("name", {})).items()},
        {str(k): str(v) for k, v in dict(unknown.get("address", {})).items()},
    )


@cache
def _bundled() -> CourtBook:
    return load_courts()


def unknown_court_address(language: str) -> str:
    """Where to look the court up, for an instruction rendered before a court is chosen."""
    return localized(_bundled().unknown_address, language)
