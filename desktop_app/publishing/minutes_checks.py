"""What makes minutes complete enough to be put on the web (Kuntalaki 140 §).

Minutes go on the web only after they have been checked, with a decision recorded for every
§ (standing items too: real minutes say "Kokous todettiin laillisesti koolle kutsutuksi…"),
the checkers named, and the date from which they are on public view. An agenda is published
before the meeting, so none of that can be asked of it; only the time of the meeting.
"""

from __future__ import annotations

import enum

from desktop_app.domain.dates import display_date
from desktop_app.domain.model import AppealType
from desktop_app.meetings.model import MeetingPacket
from desktop_app.publishing.findings import ITEM_PLACE, Finding, Severity

# Where the secretary fixes a meeting-level finding: the box and field of the meeting tab,
# as catalog codes (``Finding.place`` puts them into the reader's words).
PLACE_START = "publish.place.start"
PLACE_CHECKERS = "publish.place.checkers"
PLACE_CHECKED_ON = "publish.place.checked_on"
PLACE_PUBLIC_VIEW = "publish.place.public_view_on"
PLACE_COURT = "publish.place.court"
# Routes whose instructions name the administrative court (HL 47 §: the appeal authority).
_COURT_ROUTES = frozenset({AppealType.MUNICIPAL_APPEAL, AppealType.ADMINISTRATIVE_APPEAL})


class Purpose(enum.StrEnum):
    """Which document the web version is: the checks differ before and after the meeting."""

    MINUTES = "poytakirja"
    AGENDA = "esityslista"


def entry_place(number: int | None, item_id: int | None) -> str:
    return f"§ {number}" if number is not None else f"{ITEM_PLACE}{item_id}"


def minutes_findings(packet: MeetingPacket, purpose: Purpose = Purpose.MINUTES) -> list[Finding]:
    """Blocking findings of the meeting record itself, in the order the cover lists them."""
    meeting = packet.meeting
    findings: list[Finding] = []
    if meeting.start is None:
        findings.append(Finding("publish.no_start", Severity.BLOCKING, PLACE_START))
    if purpose is Purpose.AGENDA:
        return findings
    if packet.court is None and any(
        item.appeal_type in _COURT_ROUTES for _, item in packet.entries
    ):
        # "Hallinto-oikeus" without which one and where is not an appeal instruction
        findings.append(Finding("publish.no_court", Severity.BLOCKING, PLACE_COURT))
    if not [name for name in meeting.checkers if name.strip()]:
        findings.append(Finding("publish.no_checkers", Severity.BLOCKING, PLACE_CHECKERS))
    if meeting.checked_on is None:
        findings.append(Finding("publish.not_checked", Severity.BLOCKING, PLACE_CHECKED_ON))
    elif meeting.start is not None and meeting.checked_on < meeting.start.date():
        findings.append(  # minutes cannot be checked before the meeting was held
            Finding(
                "publish.checked_before_meeting",
                Severity.BLOCKING,
                PLACE_CHECKED_ON,
                {
                    "checked_on": display_date(meeting.checked_on),
                    "meeting_date": display_date(meeting.start.date()),
                },
            )
        )
    if meeting.public_view_on is None:
        findings.append(Finding("publish.no_public_view", Severity.BLOCKING, PLACE_PUBLIC_VIEW))
    elif meeting.checked_on is not None and meeting.public_view_on < meeting.checked_on:
        findings.append(
            Finding(
                "publish.public_before_checked",
                Severity.BLOCKING,
                PLACE_PUBLIC_VIEW,
                {
                    "public_view_on": display_date(meeting.public_view_on),
                    "checked_on": display_date(meeting.checked_on),
                },
            )
        )
    for entry, item in packet.entries:
        if entry.record is None:
            findings.append(
                Finding(
                    "publish.no_decision",
                    Severity.BLOCKING,
                    entry_place(entry.number, item.id),
                    {"title": item.title},
                )
            )
    return findings
