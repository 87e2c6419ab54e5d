"""The words the meeting tab shows for roles, decisions and a meeting's own name.

They keep the translation context "MeetingView" where they were first written, so the
catalogs keep their translations wherever the widgets using them live.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.dates import display_date
from desktop_app.domain.model import Meeting, Organization
from desktop_app.meetings.model import DecisionKind, ParticipantRole


def role_labels() -> dict[ParticipantRole, str]:
    return {
        ParticipantRole.CHAIR: QCoreApplication.translate("MeetingView", "puheenjohtaja"),
        ParticipantRole.MEMBER: QCoreApplication.translate("MeetingView", "jäsen"),
        ParticipantRole.DEPUTY: QCoreApplication.translate("MeetingView", "varajäsen"),
        ParticipantRole.SECRETARY: QCoreApplication.translate("MeetingView", "sihteeri"),
        ParticipantRole.PRESENTER: QCoreApplication.translate("MeetingView", "esittelijä"),
        ParticipantRole.OTHER: QCoreApplication.translate("MeetingView", "muu läsnäolija"),
    }


def decision_labels() -> dict[DecisionKind, str]:
    return {
        DecisionKind.AS_PROPOSED: QCoreApplication.translate(
            "MeetingView", "Hyväksyttiin ehdotuksen mukaisesti"
        ),
        DecisionKind.MODIFIED: QCoreApplication.translate("MeetingView", "Hyväksyttiin muutettuna"),
        DecisionKind.TABLED: QCoreApplication.translate("MeetingView", "Pantiin pöydälle"),
        DecisionKind.RETURNED: QCoreApplication.translate(
            "MeetingView", "Palautettiin valmisteluun"
        ),
        DecisionKind.REJECTED: QCoreApplication.translate("MeetingView", "Hylättiin"),
        DecisionKind.AFTER_VOTE: QCoreApplication.translate(
            "MeetingView", "Päätettiin äänestyksen jälkeen"
        ),
    }


def meeting_title(meeting: Meeting, organization: Organization | None) -> str:
    """The body, the meeting's number and its day as minutes write them: KH 1/2026 2.3.2026."""
    body = organization.short_name or organization.name if organization else meeting.organization_id
    when = display_date(meeting.start)
    locked = (
        QCoreApplication.translate("MeetingView", " – pöytäkirja julkaistu")
        if meeting.published
        else ""
    )
    name = " ".join(part for part in (f"{body} {meeting.number}/{meeting.year}", when) if part)
    return name + locked
