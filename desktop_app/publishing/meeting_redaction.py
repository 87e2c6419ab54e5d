"""Redaction of what a meeting adds to its items: the people's notes and the § records.

The items themselves are redacted by ``privacy.redact``; the meeting place there too
(:func:`privacy.redact.redact_meeting`). The participants and the § records belong to the
meetings layer, so their redaction lives here, above both. Which of their fields are
redacted and which kept, and why, is in ``privacy.redact.REDACTED_FIELDS`` / ``KEPT_FIELDS``.
"""

from __future__ import annotations

import copy

from desktop_app.meetings.model import EntryDecision, Participant
from desktop_app.privacy.redact import (
    RedactionPolicy,
    redact_free_html,
    redact_free_text,
    without_codes,
)


def redact_participant(participant: Participant, policy: RedactionPolicy) -> Participant:
    """A member's name stays (a trustee acting publicly); the free-text notes are redacted."""
    result = copy.deepcopy(participant)
    result.name = without_codes(participant.name, policy)
    result.title = without_codes(participant.title, policy)
    result.arrival = redact_free_text(participant.arrival, policy)
    result.departure = redact_free_text(participant.departure, policy)
    return result


def redact_record(record: EntryDecision, policy: RedactionPolicy) -> EntryDecision:
    """The texts of a § record; members' names in votes and disqualifications stay."""
    result = copy.deepcopy(record)
    result.text = redact_free_html(record.text, policy)
    result.handling = redact_free_html(record.handling, policy)
    for vote in result.votes:
        vote.question = redact_free_text(vote.question, policy)
        vote.result = redact_free_text(vote.result, policy)
        for side in vote.sides:
            side.label = redact_free_text(side.label, policy)
    for change in result.attendance:
        change.time = redact_free_text(change.time, policy)
    return result


