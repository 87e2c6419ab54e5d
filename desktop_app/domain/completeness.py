"""What a decision still lacks before it is lawful to present (Hallintolaki 44–47 §).

The editor shows this list live, and the publishing checks reuse it. Each gap names the
field to fix and the provision that asks for it, so the secretary knows why it matters.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from desktop_app.domain.model import AgendaItem, BodyKind, Section
from desktop_app.domain.richtext import html_to_text
from desktop_app.resources import resource_path


def _provision_pattern() -> re.Pattern[str]:
    """Words that cite a provision, from ``resources/language/provisions.toml`` (fi and sv)."""
    with resource_path("language", "provisions.toml").open("rb") as handle:
        data = tomllib.load(handle)
    marks = "|".join(re.escape(mark) for mark in data["section_marks"])
    words = [re.escape(word) for word in (*data["words"], *data["abbreviations"])]
    stems = [re.escape(stem) + r"\w*" for stem in data["stems"]]
    return re.compile(rf"\d+\s*({marks})|\b({'|'.join(words + stems)})\b", re.IGNORECASE)


_PROVISION = _provision_pattern()


@dataclass(frozen=True)
class Gap:
    """One missing element: ``code`` is a message key, ``field`` the form field to focus."""

    code: str
    field: str
    law: str
    blocking: bool = True


def _meaningful(text: str, default: str) -> bool:
    """True when the text says more than the template's prefilled starter text."""
    plain = " ".join(text.split())
    starter = " ".join(default.split())
    return bool(plain) and plain != starter


def find_gaps(
    item: AgendaItem,
    *,
    required: list[str] | None = None,
    body_kind: BodyKind | None = None,
    starter_texts: dict[str, str] | None = None,
) -> list[Gap]:
    """The gaps of ``item``; ``starter_texts`` are the template's prefilled section texts."""
    starters = {k: html_to_text(v) for k, v in (starter_texts or {}).items()}
    gaps: list[Gap] = []

    def section_text(section: Section) -> str:
        return html_to_text(item.section(section))

    if not item.title.strip():
        gaps.append(Gap("gap.title", "title", "HL 44 §"))
    if not item.organization_id:
        gaps.append(Gap("gap.authority", "organization", "HL 44 §"))
    if body_kind == BodyKind.OFFICE_HOLDER and item.decision_date is None:
        gaps.append(Gap("gap.decision_date", "decision_date", "HL 44 §"))
    if not item.parties.strip():
        gaps.append(Gap("gap.parties", "parties", "HL 44 §"))
    decided = Section.DECISION if body_kind == BodyKind.OFFICE_HOLDER else Section.PROPOSAL
    if not _meaningful(section_text(decided), starters.get(decided.value, "")):
        gaps.append(Gap(f"gap.{decided.value}", decided.value, "HL 44 §"))
    if not item.contact.name.strip():
        gaps.append(Gap("gap.contact_name", "contact", "HL 44 §"))
    elif not (item.contact.phone.strip() or item.contact.email.strip()):
        # the field to fill is the phone (or e-mail), not the name that is already there
        gaps.append(Gap("gap.contact_details", "contact.phone", "HL 44 §"))
    reasons = section_text(Section.REASONS)
    if not _meaningful(reasons, starters.get(Section.REASONS.value, "")):
        gaps.append(Gap("gap.reasons", Section.REASONS.value, "HL 45 §"))
    elif not _PROVISION.search(reasons):
        gaps.append(Gap("gap.provisions", Section.REASONS.value, "HL 45 §", blocking=False))
    if not item.public and not item.secrecy_ground.strip():
        gaps.append(Gap("gap.secrecy_ground", "secrecy_ground", "JulkL 621/1999"))

    already = {gap.field for gap in gaps}
    for name in required or []:
        if name in already:
            continue
        if name in {s.value for s in Section}:
            if not _meaningful(section_text(Section(name)), starters.get(name, "")):
                gaps.append(Gap(f"gap.{name}", name, ""))
        elif not _field_filled(item, name):
            gaps.append(Gap(f"gap.{name}", name, ""))
    return gaps


def _field_filled(item: AgendaItem, name: str) -> bool:
    value = getattr(item, name, None)
    if value is None:
        return False
    if hasattr(value, "is_empty"):
        return not value.is_empty()
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return True
