"""Reusing an earlier decision: split its text into the sections of a new draft.

Earlier decisions arrive as plain text with the section headings on lines of their own
("Selostus", "Perustelut", "Päätösehdotus", "Päätös", …). Recognising those headings lets
"new draft based on this decision" put each part where it belongs instead of one big blob.
"""

from __future__ import annotations

import html
import re

from desktop_app.domain.model import Section

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
