"""Redacted copies of items for the web (Kuntalaki 140 §).

Redaction works on the rich-text blocks, not on HTML strings: the plain-text offsets of marks
and findings are mapped onto the runs of ``richtext.parse_html`` and replaced there, so bold,
lists and tables survive and no tag can be cut in half.

What the two web versions hold, and why:

* **Publishing version** (during the appeal period): every mark, every finding that is not
  an official's contact and not dismissed is replaced by a neutral mark. The parties' names
  stay unless marked: the public's right to know who a decision concerns lasts as long as
  the decision can be appealed.
* Names marked once (anywhere in the meeting) are removed wherever they recur, in both.
* **Post-appeal version**: additionally the natural persons among the parties are removed
  (companies, associations and public bodies stay: they are not personal data, see
  :func:`privacy.marks.split_parties`), and the persons' names are removed wherever they
  recur in the texts (the caller adds them to ``known_names``, see
  :func:`privacy.marks.party_names`). Findings the secretary dismissed stay dismissed in
  both versions: she judged them not to be personal data; a dismissal of one occurrence
  leaves the other occurrences of the same text to be removed.
* In both, the preparer, the contact person, the presenter and the members of the body
  stay: they act as officials or trustees, and HL 44 § requires the contact's name and
  details in the decision; officials' work contact details are not private data. A
  henkilötunnus or an account number typed into such a field is removed all the same.
* A secret item (``public`` False or a secrecy ground) is reduced to its describing title and
  the secrecy ground; secret attachments are left out; nothing internal is carried over.

Every field of the meeting packet that can reach a document is in exactly one of
:data:`REDACTED_FIELDS` and :data:`KEPT_FIELDS`, with the reason; a test enumerates the data
classes, so a new field cannot reach the web version unconsidered.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.domain.model import AgendaItem, Attachment, Meeting, Person, Section
from desktop_app.domain.richtext import (
    Block,
    ListBlock,
    Paragraph,
    Run,
    Table,
    html_to_text,
    parse_html,
    to_html,
)
from desktop_app.privacy.detect import Detection, DetectorSettings, Kind, detect
from desktop_app.privacy.marks import (
    ATTACHMENTS_FIELD,
    PLAIN_FIELDS,
    Dismissals,
    Mark,
    MarkKind,
    field_text,
    resolve,
    split_parties,
)
from desktop_app.resources import resource_path

_ITEM_REDACTED = "marks, findings and marked names removed"
_RECORD_REDACTED = "findings and marked names removed (no marks: recorded after the meeting)"
_MEETING_REDACTED = "findings and marked names removed (no marks: a meeting's own text)"
_OFFICIAL = "an official acting in office: HL 44 § requires the name and contact details"
_TRUSTEE = "a trustee acting publicly in the body (Kuntalaki 140 §)"
_TRUSTEE_FIELD = _TRUSTEE + "; a personal identity code or an IBAN typed into it is removed"
_NOT_PRINTED = "internal: not printed in any document"
_CODE = "a code or flag chosen from a list: holds no free text"

REDACTED_FIELDS: dict[str, str] = {
    "AgendaItem.title": _ITEM_REDACTED,
    "AgendaItem.dno": _ITEM_REDACTED + "; a code after a '/' too",
    "AgendaItem.task_class": _ITEM_REDACTED,
    "AgendaItem.parties": _ITEM_REDACTED + "; after the appeal period every natural person",
    "AgendaItem.earlier_handling": _ITEM_REDACTED,
    "AgendaItem.sections": _ITEM_REDACTED,
    "AgendaItem.attachments": "secret attachments left out; names redacted, paths dropped",
    "AgendaItem.for_information": _ITEM_REDACTED,
    "AgendaItem.secrecy_ground": "a secret item is reduced to its title and ground",
    "AgendaItem.appeal_reason": "findings and marked names removed: free text of the route",
    "Attachment.name": _ITEM_REDACTED,
    "Attachment.path": "dropped: a path on the secretary's computer",
    "Meeting.place": _MEETING_REDACTED,
    "Participant.arrival": _MEETING_REDACTED,
    "Participant.departure": _MEETING_REDACTED,
    "AgendaEntry.record": "the record's texts redacted field by field (EntryDecision)",
    "EntryDecision.text": _RECORD_REDACTED,
    "EntryDecision.handling": _RECORD_REDACTED,
    "Vote.question": _RECORD_REDACTED,
    "Vote.result": _RECORD_REDACTED,
    "VoteSide.label": _RECORD_REDACTED,
    "AttendanceChange.time": _RECORD_REDACTED,
    "Person.name": "codes removed; the name stays: " + _OFFICIAL,
    "Person.title": "codes removed; " + _OFFICIAL,
    "AgendaItem.presenter": "codes removed; the name stays: " + _OFFICIAL,
}
"""Fields whose text is redacted before the web version is built, and how."""

KEPT_FIELDS: dict[str, str] = {
    "AgendaItem.id": _NOT_PRINTED,
    "AgendaItem.organization_id": "the deciding body: a public authority",
    "AgendaItem.template_id": _NOT_PRINTED,
    "AgendaItem.language": _CODE,
    "AgendaItem.state": _CODE,
    "AgendaItem.preparer": _OFFICIAL + " (Person: codes removed)",
    "AgendaItem.contact": _OFFICIAL + " (Person: codes removed)",
    "AgendaItem.decision_date": "the date of the decision (HL 44 §)",
    "AgendaItem.appeal_type": _CODE,
    "AgendaItem.appeal_basis": _CODE,
    "AgendaItem.appeal_law": _CODE + " (an id of the bundled list of special laws)",
    "AgendaItem.disqualifications": "HL 28 § grounds of trustees and officials: must be recorded",
    "AgendaItem.public": _CODE,
    "AgendaItem.created": _NOT_PRINTED,
    "AgendaItem.modified": _NOT_PRINTED,
    "AgendaItem.revision": _NOT_PRINTED,
    "Attachment.public": _CODE,
    "Person.phone": "an official's work number (not private data; HL 44 §)",
    "Person.email": "an official's work address (not private data; HL 44 §)",
    "Disqualification.person": _TRUSTEE,
    "Disqualification.ground": "the legal ground (HL 28 §)",
    "Meeting.id": _NOT_PRINTED,
    "Meeting.organization_id": "the body: a public authority",
    "Meeting.number": "the meeting's number",
    "Meeting.year": "the meeting's year",
    "Meeting.start": "the time of the meeting",
    "Meeting.end": "the time of the meeting",
    "Meeting.language": _CODE,
    "Meeting.published": "the date of publication",
    "Meeting.checkers": _TRUSTEE_FIELD,
    "Meeting.checked_on": "the date of checking",
    "Meeting.public_view_on": "the date of publication",
    "Meeting.revision": _NOT_PRINTED,
    "MeetingPacket.meeting": "redacted field by field (Meeting)",
    "MeetingPacket.organization": "the body: a public authority",
    "MeetingPacket.participants": "redacted field by field (Participant)",
    "MeetingPacket.entries": "redacted field by field (AgendaEntry, AgendaItem)",
    "MeetingPacket.municipality": "the municipality: a public authority",
    "MeetingPacket.address": "the registry's address: where appeals are sent (HL 47 §)",
    "MeetingPacket.court": "the administrative court: a public authority (HL 47 §)",
    "MeetingPacket.market_court": "the Market Court: a public authority (HL 47 §)",
    "MeetingPacket.correction_authority": "the body that decides on a correction request",
    "Participant.name": _TRUSTEE_FIELD,
    "Participant.role": _CODE,
    "Participant.title": _TRUSTEE_FIELD,
    "Participant.present": _CODE,
    "AgendaEntry.id": _NOT_PRINTED,
    "AgendaEntry.meeting_id": _NOT_PRINTED,
    "AgendaEntry.item_id": _NOT_PRINTED,
    "AgendaEntry.position": _NOT_PRINTED,
    "AgendaEntry.number": "the § number",
    "AgendaEntry.standing": _NOT_PRINTED,
    "AgendaEntry.locked": _NOT_PRINTED,
    "AgendaEntry.revision": _NOT_PRINTED,
    "EntryDecision.kind": _CODE,
    "EntryDecision.votes": "redacted field by field (Vote)",
    "EntryDecision.disqualifications": "HL 28 § grounds: must be recorded",
    "EntryDecision.attendance": "redacted field by field (AttendanceChange)",
    "Vote.sides": "redacted field by field (VoteSide)",
    "VoteSide.count": "a number of votes",
    "VoteSide.names": _TRUSTEE + ": how each member voted is public",
    "AttendanceChange.person": _TRUSTEE,
    "AttendanceChange.arrived": _CODE,
    "Organization.id": "the body: a public authority",
    "Organization.name": "the body: a public authority",
    "Organization.kind": _CODE,
    "Organization.short_name": "the body: a public authority",
    "Organization.name_sv": "the body: a public authority",
    "Organization.parent_id": "the body above: a public authority",
}
"""Fields that reach the web version as they are, and why that is right."""


def _redaction_wording() -> dict[str, dict[str, str]]:
    """The marks and the secret item's text per language: document wording, kept as data."""
    with resource_path("house_style", "redaction_wording.toml").open("rb") as handle:
        return {
            k: {str(lang): str(v) for lang, v in t.items()} for k, t in tomllib.load(handle).items()
        }


_WORDING = _redaction_wording()
PERSONAL_MARK = _WORDING["personal_mark"]
SECRET_MARK = _WORDING["secret_mark"]
SECRET_ITEM_TEXT = _WORDING["secret_item_text"]


@dataclass(frozen=True)
class Replacement:
    start: int
    end: int
    text: str


def _language(language: str) -> str:
    return language if language in PERSONAL_MARK else "fi"


def merge(replacements: Iterable[Replacement]) -> list[Replacement]:
    """Overlapping spans become one; a secret mark wins over a personal-data mark."""
    ordered = sorted(replacements, key=lambda r: (r.start, -r.end))
    merged: list[Replacement] = []
    for rep in ordered:
        if merged and rep.start < merged[-1].end:
            last = merged[-1]
            text = last.text if last.text in SECRET_MARK.values() else rep.text
            merged[-1] = Replacement(last.start, max(last.end, rep.end), text)
        else:
            merged.append(rep)
    return merged


def redact_text(text: str, replacements: Iterable[Replacement]) -> str:
    out = text
    for rep in reversed(merge(replacements)):
        out = out[: rep.start] + rep.text + out[rep.end :]
    return out


# --- mapping plain-text offsets onto runs -------------------------------------------------------


def _run_positions(blocks: list[Block]) -> list[tuple[int, Run]]:
    """(offset in ``to_plain_text(blocks)``, run) for every run, mirroring that function."""
    positions: list[tuple[int, Run]] = []
    offset = 0

    def paragraph(par: Paragraph, at: int) -> int:
        for run in par.runs:
            positions.append((at, run))
            at += len(run.text)
        return at

    lines = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            offset += 1 if lines else 0
            offset = paragraph(block, offset)
            lines += 1
        elif isinstance(block, ListBlock):
            for number, item in enumerate(block.items, start=1):
                offset += 1 if lines else 0
                bullet = f"{number}." if block.ordered else "–"
                offset = paragraph(item, offset + len(bullet) + 1)
                lines += 1
        elif isinstance(block, Table):
            for row in block.rows:
                offset += 1 if lines else 0
                for index, cell in enumerate(row):
                    offset = paragraph(cell, offset + (1 if index else 0))
                lines += 1
    return positions


def redact_blocks(blocks: list[Block], replacements: Iterable[Replacement]) -> list[Block]:
    """A copy of ``blocks`` with the plain-text spans replaced inside the runs."""
    result = copy.deepcopy(blocks)
    positions = _run_positions(result)
    for rep in reversed(merge(replacements)):
        first = True
        for run_start, run in positions:
            run_end = run_start + len(run.text)
            if run_end <= rep.start or run_start >= rep.end:
                continue
            local_start = max(rep.start, run_start) - run_start
            local_end = min(rep.end, run_end) - run_start
            inserted = rep.text if first else ""
            run.text = run.text[:local_start] + inserted + run.text[local_end:]
            first = False
    return result


def redact_html(markup: str, replacements: Iterable[Replacement]) -> str:
    return to_html(redact_blocks(parse_html(markup), replacements))


# --- items -------------------------------------------------------------------------------------


@dataclass
class RedactionPolicy:
    """What to take out; built by the publishing step from the secretary's decisions."""

    language: str = "fi"
    after_appeal: bool = False
    settings: DetectorSettings = field(default_factory=DetectorSettings)
    known_names: frozenset[str] = frozenset()
    dismissed: frozenset[str] = frozenset()  # fingerprints and occurrence keys (marks.py)


def is_secret(item: AgendaItem) -> bool:
    return (not item.public) or bool(item.secrecy_ground.strip())


def _detections_to_remove(text: str, policy: RedactionPolicy, name: str = "") -> list[Detection]:
    hits = detect(text, policy.settings, policy.known_names)
    dismissed = Dismissals.of(policy.dismissed).dismissed_in(name, hits) if name else set()
    return [
        hit for index, hit in enumerate(hits) if hit.needs_confirmation and index not in dismissed
    ]


def field_replacements(
    name: str, text: str, marks: Iterable[Mark], policy: RedactionPolicy
) -> list[Replacement]:
    lang = _language(policy.language)
    reps: list[Replacement] = []
    if name == "parties" and policy.after_appeal:
        reps += [
            Replacement(party.start, party.end, PERSONAL_MARK[lang])
            for party in split_parties(text)
            if party.person
        ]
    for mark in marks:
        if mark.section != name:
            continue
        span = resolve(mark, text)
        if span is None:
            continue
        mark_text = SECRET_MARK[lang] if mark.kind == MarkKind.SECRET else PERSONAL_MARK[lang]
        reps.append(Replacement(span[0], span[1], mark_text))
    for found in _detections_to_remove(text, policy, name):
        reps.append(Replacement(found.start, found.end, PERSONAL_MARK[lang]))
    return reps


def redact_free_text(text: str, policy: RedactionPolicy) -> str:
    """A text without marks of its own (the meeting place, a record): findings removed."""
    if not text.strip():
        return text
    return redact_plain_field(text, "", [], policy)


def redact_free_html(markup: str, policy: RedactionPolicy) -> str:
    if not markup.strip():
        return markup
    lang = _language(policy.language)
    text = html_to_text(markup)
    reps = [
        Replacement(found.start, found.end, PERSONAL_MARK[lang])
        for found in _detections_to_remove(text, policy)
    ]
    return redact_html(markup, reps) if reps else markup


def without_codes(text: str, policy: RedactionPolicy) -> str:
    """An official's field: only a henkilötunnus or an account number typed into it goes."""
    lang = _language(policy.language)
    reps = [
        Replacement(hit.start, hit.end, PERSONAL_MARK[lang])
        for hit in detect(text, policy.settings)
        if hit.kind in (Kind.HETU, Kind.IBAN)
    ]
    return redact_text(text, reps) if reps else text


def redact_person(person: Person, policy: RedactionPolicy) -> Person:
    return Person(
        without_codes(person.name, policy),
        without_codes(person.title, policy),
        person.phone,
        person.email,
    )


def redact_meeting(meeting: Meeting, policy: RedactionPolicy) -> Meeting:
    result = copy.deepcopy(meeting)
    result.place = redact_free_text(meeting.place, policy)
    result.checkers = [without_codes(name, policy) for name in meeting.checkers]
    return result


def redact_plain_field(text: str, name: str, marks: Iterable[Mark], policy: RedactionPolicy) -> str:
    return redact_text(text, field_replacements(name, text, marks, policy))


def _redact_identity(
    result: AgendaItem, item: AgendaItem, marks: list[Mark], policy: RedactionPolicy
) -> None:
    """Title, Dno, task class and the officials: printed for secret items too."""
    for name in ("title", "dno", "task_class"):
        setattr(result, name, redact_plain_field(field_text(item, name), name, marks, policy))
    result.presenter = without_codes(item.presenter, policy)
    result.preparer = redact_person(item.preparer, policy)
    result.contact = redact_person(item.contact, policy)


def secret_summary(item: AgendaItem) -> AgendaItem:
    """The mention a wholly secret item leaves on the web: title, ground, who to ask."""
    lang = _language(item.language)
    ground = item.secrecy_ground.strip() or "JulkL 621/1999"
    text = SECRET_ITEM_TEXT[lang].format(ground=ground)
    return AgendaItem(
        id=item.id,
        organization_id=item.organization_id,
        template_id=item.template_id,
        title=item.title,
        dno=item.dno,
        task_class=item.task_class,
        language=item.language,
        state=item.state,
        preparer=copy.deepcopy(item.preparer),
        contact=copy.deepcopy(item.contact),
        presenter=item.presenter,
        decision_date=item.decision_date,
        sections={Section.DESCRIPTION: to_html([Paragraph([Run(text)])])},
        appeal_type=item.appeal_type,
        secrecy_ground=ground,
        public=False,
        created=item.created,
        modified=item.modified,
    )


def redact_item(item: AgendaItem, marks: Iterable[Mark], policy: RedactionPolicy) -> AgendaItem:
    """The copy of ``item`` that may go on the web; ``item`` itself is not changed."""
    marks = list(marks)
    if is_secret(item):
        summary = secret_summary(item)
        _redact_identity(summary, item, marks, policy)
        # The mention still carries its appeal instructions (HL 47 §): the law and the
        # ground of a ban are printed for a secret § too.
        summary.appeal_basis = item.appeal_basis
        summary.appeal_law = item.appeal_law
        summary.appeal_reason = redact_free_text(item.appeal_reason, policy)
        return summary
    result = copy.deepcopy(item)
    for name in PLAIN_FIELDS:
        setattr(result, name, redact_plain_field(field_text(item, name), name, marks, policy))
    _redact_identity(result, item, marks, policy)
    result.appeal_reason = redact_free_text(item.appeal_reason, policy)
    for section, markup in item.sections.items():
        text = field_text(item, section.value)
        reps = field_replacements(section.value, text, marks, policy)
        result.sections[section] = redact_html(markup, reps) if reps else markup
    result.attachments = [
        Attachment(name, "", True)
        for attachment, name in zip(
            item.attachments, _attachment_names(item, marks, policy), strict=True
        )
        if attachment.public
    ]
    return result


def _attachment_names(item: AgendaItem, marks: list[Mark], policy: RedactionPolicy) -> list[str]:
    """Each attachment's name redacted; the marks index the names joined one a line."""
    text = field_text(item, ATTACHMENTS_FIELD)
    reps = field_replacements(ATTACHMENTS_FIELD, text, marks, policy)
    names = redact_text(text, reps).split("\n") if reps else text.split("\n")
    if len(names) != len(item.attachments):  # a mark over a line break: redact name by name
        return [redact_free_text(a.name, policy) for a in item.attachments]
    return names if item.attachments else []
