"""Turning a recorded decision into the item's Päätös and Käsittely sections.

The minutes show the decision and the handling as text, so the record is rendered once, here,
into clean section HTML; the DOCX export and the publishing version then treat it like any
other section.
"""

from __future__ import annotations

import html

from desktop_app.domain.richtext import clean_html, strip_control_characters
from desktop_app.meetings.clock import without_clock_word
from desktop_app.meetings.errors import RecordInvalid
from desktop_app.meetings.model import DecisionKind, EntryDecision
from desktop_app.meetings.wording import wording
from desktop_app.messages import text as reason


def _e(text: str) -> str:
    return html.escape(strip_control_characters(text), quote=False)


def validate(record: EntryDecision) -> None:
    """Refuse a record the minutes could not state truthfully."""
    if record.kind in (DecisionKind.MODIFIED, DecisionKind.AFTER_VOTE) and not record.text.strip():
        raise RecordInvalid("decision text missing", reason=reason("meeting.reason.no_text"))
    if record.kind is DecisionKind.AFTER_VOTE and not record.votes:
        raise RecordInvalid("vote missing", reason=reason("meeting.reason.no_vote"))
    for vote in record.votes:
        for side in vote.sides:
            if side.count < 0 or (side.names and len(side.names) != side.count):
                raise RecordInvalid(
                    "vote count",
                    reason=reason("meeting.reason.vote_count", count=side.count, side=side.label),
                )
    for disqualified in record.disqualifications:
        if not disqualified.person.strip() or not disqualified.ground.strip():
            raise RecordInvalid(
                "disqualification", reason=reason("meeting.reason.disqualification")
            )


def decision_html(record: EntryDecision, language: str) -> str:
    if record.text.strip():
        return clean_html(record.text)
    sentences = wording(language)["decision"]
    return f"<p>{_e(sentences.get(record.kind.value, ''))}</p>"


def handling_html(record: EntryDecision, language: str) -> str:
    labels = wording(language)
    parts: list[str] = [clean_html(record.handling)] if record.handling.strip() else []
    for change in record.attendance:
        bare = without_clock_word(change.time)  # "klo 18.05" typed: one "klo"
        time = labels["time"].format(clock_word=labels["clock_word"], time=_e(bare)) if bare else ""
        key = "arrived" if change.arrived else "left"
        parts.append(f"<p>{labels[key].format(person=_e(change.person), time=time)}</p>")
    for disqualified in record.disqualifications:
        line = labels["disqualified_line"].format(
            person=_e(disqualified.person), ground=_e(disqualified.ground)
        )
        parts.append(f"<p><b>{labels['disqualified']}:</b> {line}</p>")
    for vote in record.votes:
        parts.append(f"<p><b>{labels['vote']}:</b> {_e(vote.question)}</p>")
        rows = "".join(
            f"<tr><td>{_e(side.label)}</td><td>{side.count}</td>"
            f"<td>{_e(', '.join(side.names))}</td></tr>"
            for side in vote.sides
        )
        head = "".join(f"<th>{_e(column)}</th>" for column in labels["columns"])
        parts.append(f"<table><tr>{head}</tr>{rows}</table>")
        if vote.result:
            parts.append(f"<p>{labels['result']}: {_e(vote.result)}</p>")
    return "".join(parts)
