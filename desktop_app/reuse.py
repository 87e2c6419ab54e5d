"""Reusing an earlier decision: split its text into the sections of a new draft.

Earlier decisions arrive as plain text with the section headings on lines of their own
("Selostus", "Perustelut", "Päätösehdotus", "Päätös", …). Recognising those headings lets
"new draft based on this decision" put each part where it belongs instead of one big blob.
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Sequence
from functools import cache
from typing import Any

from desktop_app.domain.dates import display_date
from desktop_app.domain.model import AgendaItem, BodyKind, DecisionRecord, Organization, Section
from desktop_app.drafting import new_item
from desktop_app.resources import resource_path
from desktop_app.templating.catalog import Template


@cache
def _vocabulary() -> dict[str, Any]:
    """The words that mark the parts of a decision, in ``resources/reuse.toml`` (fi and sv)."""
    with resource_path("reuse.toml").open("rb") as handle:
        return tomllib.load(handle)


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


_VOCABULARY = _vocabulary()
_LABELS: dict[str, list[str]] = _VOCABULARY["labels"]
_HEADINGS: dict[str, Section] = {
    word: Section(section) for section, words in _VOCABULARY["headings"].items() for word in words
}
_PRESENTER_LINE = re.compile(rf"^\s*({_alternatives(_LABELS['presenter'])})\s*:", re.IGNORECASE)
# Lines this long that stop mid-sentence were wrapped by the PDF or the minutes' layout.
WRAPPED_LINE = 60
_HEADING_LINE = re.compile(r"^\s*([A-Za-zÅÄÖåäö ]{4,40}?)\s*:?\s*$")


def is_section_heading(line: str) -> bool:
    """True for a line that is only a section heading such as "Perustelut"."""
    match = _HEADING_LINE.match(line)
    return bool(match) and match.group(1).strip().lower() in _HEADINGS  # type: ignore[union-attr]


def text_to_html(text: str, reflow: bool = False) -> str:
    """Plain text as clean paragraphs: every line is one, blank lines only separate them.

    With ``reflow`` the text is taken to come from a PDF or minutes that wrapped long
    lines: a line of at least :data:`WRAPPED_LINE` characters that stops in the middle of a
    word run (its last character a letter) goes on in the next line when that starts in
    lower case or with a number ("… 36 eurosta" / "33 euroon"). Short lines (table cells,
    headings, signatures) and lines that start anew (a row, an item) stay apart.
    """
    paragraphs: list[str] = []
    continuing = False
    for line in text.splitlines():
        cleaned = " ".join(line.split())
        if not cleaned:
            continuing = False
            continue
        if continuing and paragraphs and (cleaned[0].islower() or cleaned[0].isdigit()):
            paragraphs[-1] += " " + cleaned
        else:
            paragraphs.append(cleaned)
        continuing = reflow and len(cleaned) >= WRAPPED_LINE and cleaned[-1].isalpha()
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


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
        elif _PRESENTER_LINE.match(line) and not "".join(lines).strip():
            continue  # the old presenter: the new draft names its own
        else:
            lines.append(line)
    close()
    return {
        section: text_to_html("\n\n".join(parts), reflow=True) for section, parts in found.items()
    }


_SECTION_NUMBER_LINE = re.compile(r"^\s*(\d+\s*§|§\s*\d+)\s*$")
HEADER_LINES = 25
# "Kaupunginhallitus, § 376, 03.11.2025" or "Kaupunginhallitus, 03.11.2025, § 376"
_HANDLING_LINE = re.compile(
    r"^\s*[\w .-]{3,60},\s*(§\s*\d+\s*,?\s*\d{1,2}\.\d{1,2}\.\d{4}|"
    r"\d{1,2}\.\d{1,2}\.\d{4}\s*,\s*§\s*\d+)\s*$"
)
# "Dno KH 301/02.02.00/2024", "Dnro 12/2024": the old case number; the draft gets its own
_CASE_NUMBER_LINE = re.compile(
    rf"^\s*({_alternatives(_LABELS['case_number'])})\b\.?\s*:?\s*\S", re.I
)
_EARLIER_HANDLING_LABEL = re.compile(
    rf"^\s*({_alternatives(_LABELS['earlier_handling'])})\s*:?\s*$", re.I
)
# "Valmistelija:", "Lisätiedot", "Valmistelija / lisätiedot"
_CONTACT_WORDS = _alternatives(_LABELS["contacts"])
_CONTACTS_LABEL = re.compile(rf"^({_CONTACT_WORDS})(\s*/\s*({_CONTACT_WORDS}))?\s*:?$")
# the heading of the old decision's attachments list
_ATTACHMENT_HEADINGS = frozenset(_LABELS["attachments"])
# "1 Liikuntatoimen hinnasto.pdf" under "Liitteet"
_ATTACHMENT_LINE = re.compile(r"^\s*\d{1,2}[ .)]")
# "Riina Esimerkki" alone on its line, under "Valmistelija:"
_NAME_LINE = re.compile(r"^\s*[A-ZÅÄÖ][\wåäö-]+( [A-ZÅÄÖ][\wåäö-]+){1,3}\s*$")
# a person's contact line: an e-mail address, a phone number, or "Etunimi Sukunimi, Titteli"
_CONTACT_LINE = re.compile(
    r"@|\b(puh|p\.|tel)\b|\+?358|\b0\d{1,3}[ -]?\d{3}"
    r"|^\s*[A-ZÅÄÖ][\wåäö-]+ [A-ZÅÄÖ][\wåäö-]+(,| puh| p\.)"
)


def reusable_text(record: DecisionRecord) -> str:
    """The decision's text without the header lines its minutes repeat at the top.

    Exported minutes start with the §, the title, the case number, the earlier handling
    ("Kaupunginhallitus, § 376, 03.11.2025") and the preparer's contact details; in a new
    draft they would be old facts, and another official's name and e-mail, in the
    description, since the draft gets its own.
    """
    lines = record.text.splitlines()
    title = " ".join(record.title.split()).lower()
    case_id = record.case_id.strip().lower()
    start = 0
    in_contacts = after_contact = in_attachments = in_handling = False
    while start < len(lines) and start < HEADER_LINES:
        line = lines[start]
        cleaned = " ".join(line.split()).lower()
        if _EARLIER_HANDLING_LABEL.match(line):
            in_handling = True  # kept apart: see :func:`earlier_handling`
        elif (in_handling and cleaned) or _CASE_NUMBER_LINE.match(line):
            pass
        elif _CONTACTS_LABEL.match(cleaned):
            in_contacts = True
        elif in_contacts and (_CONTACT_LINE.search(line) or _NAME_LINE.match(line)):
            after_contact = True
        elif after_contact and _is_job_title(line):
            after_contact = False  # "Hallintosihteeri" under a name and an address
        elif cleaned in _ATTACHMENT_HEADINGS:
            in_attachments = True  # the old decision's attachments: the draft has its own
        elif in_attachments and _ATTACHMENT_LINE.match(line):
            pass
        elif not cleaned:
            in_handling = False
        elif not (
            _SECTION_NUMBER_LINE.match(line)
            or (title and cleaned == title)
            or (title and len(cleaned) > 10 and title.startswith(cleaned))  # a wrapped title
            or (title and len(cleaned) > 10 and title.endswith(cleaned))
            or (case_id and cleaned.startswith(case_id))
            or _HANDLING_LINE.match(line)
        ):
            break
        start += 1
    return "\n".join(lines[start:])


def earlier_handling(record: DecisionRecord) -> str:
    """The case's handling so far as a new draft cites it: the old list, then this decision.

    The draft continues the same case (a board's proposal going to the council, a tabled
    item coming back), so the decision it is based on becomes its "Aikaisempi käsittely",
    written the way minutes write it: "Kunnanhallitus 4.11.2024 § 301".
    """
    handled: list[str] = []
    collecting = False
    for line in record.text.splitlines()[:HEADER_LINES]:
        cleaned = " ".join(line.split())
        if _EARLIER_HANDLING_LABEL.match(line):
            collecting = True
        elif collecting and cleaned and not is_section_heading(cleaned):
            handled.append(cleaned)
        elif collecting:
            break
    this = " ".join(
        part
        for part in (record.body_org.strip(), display_date(record.date), _section_cite(record))
        if part
    )
    if this and this not in handled:
        handled.append(this)
    return "\n".join(handled)


def _section_cite(record: DecisionRecord) -> str:
    number = re.search(r"\d+", record.section)
    return f"§ {number.group()}" if number else record.section.strip()


def draft_from_decision(
    record: DecisionRecord, template: Template, organization: Organization, municipality: str
) -> AgendaItem:
    """A new, unsaved draft of the same case with the earlier decision's parts as starting text.

    What was decided and how it was handled belong to that meeting, so Päätös and Käsittely
    are left out; the old case number, preparer and earlier-handling lines are not carried
    into Selostus (:func:`reusable_text`) but the handling is cited in its own field.
    """
    item = new_item(template, organization, municipality, record.language or "fi")
    item.title = record.title
    item.earlier_handling = earlier_handling(record)
    item.sections.update(
        {
            section: html
            for section, html in split_sections(reusable_text(record)).items()
            if section in template.sections and section not in (Section.DECISION, Section.HANDLING)
        }
    )
    return item


def _is_job_title(line: str) -> bool:
    """A short line of words only, as a job title under a name: not a heading or a sentence."""
    cleaned = " ".join(line.split())
    return (
        0 < len(cleaned) <= 60
        and not any(char.isdigit() for char in cleaned)
        and cleaned[-1] not in ".:!?"
        and not is_section_heading(cleaned)
        and cleaned.lower() not in _ATTACHMENT_HEADINGS
    )


_KIND_WORDS: tuple[tuple[str, BodyKind], ...] = tuple(
    (str(entry["word"]), BodyKind(entry["kind"])) for entry in _VOCABULARY["body_kinds"]
)
_OFFICE_HOLDER_WORDS: tuple[str, ...] = tuple(_VOCABULARY["office_holder"]["doc_type_words"])


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
        BodyKind.OFFICE_HOLDER if name or _office_holder_type(record.doc_type) else None,
    )
    same_kind = [o for o in organizations if o.kind == kind]
    boards = [o for o in organizations if o.kind == BodyKind.BOARD]
    return (same_kind or boards or list(organizations))[0], False


def _office_holder_type(doc_type: str) -> bool:
    folded = doc_type.lower()
    return any(word in folded for word in _OFFICE_HOLDER_WORDS)
