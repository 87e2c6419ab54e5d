"""Reusing an earlier decision: split its text into the sections of a new draft.

Earlier decisions arrive as plain text with the section headings on lines of their own
("Selostus", "Perustelut", "Päätösehdotus", "Päätös", …). Recognising those headings lets
"new draft based on this decision" put each part where it belongs instead of one big blob.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from desktop_app.domain.model import BodyKind, DecisionRecord, Organization, Section

_HEADINGS: dict[str, Section] = {
    "selostus": Section.DESCRIPTION,
    "asian tausta": Section.DESCRIPTION,
    "tausta": Section.DESCRIPTION,
    "asian valmistelu": Section.DESCRIPTION,
    "beskrivning": Section.DESCRIPTION,
    "perustelut": Section.REASONS,
    "päätöksen perustelut": Section.REASONS,
    "esittelijän perustelut": Section.REASONS,
    "motivering": Section.REASONS,
    "päätösehdotus": Section.PROPOSAL,
    "ehdotus": Section.PROPOSAL,
    "esitys": Section.PROPOSAL,
    "kunnanjohtajan päätösehdotus": Section.PROPOSAL,
    "beslutsförslag": Section.PROPOSAL,
    "päätös": Section.DECISION,
    "beslut": Section.DECISION,
    "käsittely": Section.HANDLING,
    "behandling": Section.HANDLING,
}
_HEADING_LINE = re.compile(r"^\s*([A-Za-zÅÄÖåäö ]{4,40}?)\s*:?\s*$")


def is_section_heading(line: str) -> bool:
    """True for a line that is only a section heading such as "Perustelut"."""
    match = _HEADING_LINE.match(line)
    return bool(match) and match.group(1).strip().lower() in _HEADINGS  # type: ignore[union-attr]


def text_to_html(text: str) -> str:
    """Plain text as clean paragraphs (blank lines or single line breaks separate them)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(
        "<p>" + html.escape(" ".join(p.split()), quote=False) + "</p>" for p in paragraphs
    )


def split_sections(text: str) -> dict[Section, str]:
    """Sections found by their headings, as clean HTML.

    Text before any heading is the description; later parts with the same heading are
    appended to the first.
    """
    found: dict[Section, list[str]] = {}
    current = Section.DESCRIPTION
    lines: list[str] = []

    def close() -> None:
        chunk = "\n".join(lines).strip()
        if chunk:
            found.setdefault(current, []).append(chunk)

    for line in text.splitlines():
        match = _HEADING_LINE.match(line)
        key = match.group(1).strip().lower() if match else ""
        if key in _HEADINGS:
            close()
            current = _HEADINGS[key]
            lines = []
        else:
            lines.append(line)
    close()
    return {section: text_to_html("\n\n".join(parts)) for section, parts in found.items()}


_SECTION_NUMBER_LINE = re.compile(r"^\s*\d+\s*§\s*$")


def reusable_text(record: DecisionRecord) -> str:
    """The decision's text without the header lines its minutes repeat at the top.

    Exported minutes start with the §, the title and the case number; in a new draft they
    would be old facts in the description, since the draft gets its own.
    """
    lines = record.text.splitlines()
    title = " ".join(record.title.split()).lower()
    case_id = record.case_id.strip().lower()

    def is_header(line: str) -> bool:
        cleaned = " ".join(line.split()).lower()
        return (
            not cleaned
            or bool(_SECTION_NUMBER_LINE.match(line))
            or (bool(title) and cleaned == title)
            or (bool(case_id) and cleaned.startswith(case_id))
        )

    start = 0
    while start < len(lines) and start < 6 and is_header(lines[start]):
        start += 1
    return "\n".join(lines[start:])


_KIND_WORDS: tuple[tuple[str, BodyKind], ...] = (
    ("valtuusto", BodyKind.COUNCIL),
    ("fullmäktige", BodyKind.COUNCIL),
    ("jaosto", BodyKind.SUBCOMMITTEE),
    ("sektion", BodyKind.SUBCOMMITTEE),
    ("hallitus", BodyKind.BOARD),
    ("styrelse", BodyKind.BOARD),
    ("lautakunta", BodyKind.COMMITTEE),
    ("johtokunta", BodyKind.COMMITTEE),
    ("toimikunta", BodyKind.COMMITTEE),
    ("nämnd", BodyKind.COMMITTEE),
)


def organization_for(
    record: DecisionRecord, organizations: Sequence[Organization]
) -> tuple[Organization, bool]:
    """The workspace's body for a draft based on ``record``, and whether it is the same one.

    The same name wins; otherwise a body of the same kind, told by the name ("…lautakunta")
    or, for anything else, an office-holder ("Yksikön päällikkö"), so an office-holder's
    decision does not become a board's draft. Needs at least one organization.
    """
    name = record.body_org.strip().lower()
    for organization in organizations:
        if name and organization.name.lower() == name:
            return organization, True
    kind = next(
        (kind for word, kind in _KIND_WORDS if word in name),
        BodyKind.OFFICE_HOLDER if name or "viranhaltija" in record.doc_type.lower() else None,
    )
    same_kind = [o for o in organizations if o.kind == kind]
    boards = [o for o in organizations if o.kind == BodyKind.BOARD]
    return (same_kind or boards or list(organizations))[0], False
