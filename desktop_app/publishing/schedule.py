"""When a published meeting's personal data must come off the web, and the overrides given.

Kuntalaki 140 §: a member of the municipality is deemed to know of a decision 7 days after it
is published, the appeal period runs from then, and the personal data must be removed when
it ends. The period is that of the meeting's longest appeal instruction; a period that ends
on a Saturday, a Sunday or a public holiday moves to the next working day (laki säädetyn
määräajan laskemisesta 150/1930; see :mod:`desktop_app.domain.calendar`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.calendar import first_working_day_from
from desktop_app.domain.model import AgendaItem, AppealType
from desktop_app.errors import PaatospajaError
from desktop_app.storage.database import now_iso, transaction
from desktop_app.templating.appeal import AppealInstruction

NOTICE_DAYS = 7


class OverrideNeedsReason(PaatospajaError):
    code = "publish.override_reason"


def appeal_period_end(published_on: date, period_days: int) -> date:
    return first_working_day_from(published_on + timedelta(days=NOTICE_DAYS + period_days))


def meeting_appeal_days(
    items: Iterable[AgendaItem], appeals: dict[AppealType, AppealInstruction]
) -> int:
    """The longest period among the items' appeal instructions (0 when none can be appealed)."""
    days = [
        appeals[item.appeal_type].period_days
        for item in items
        if item.appeal_type != AppealType.NONE and item.appeal_type in appeals
    ]
    return max(days, default=0)


@dataclass(frozen=True)
class Publication:
    meeting_id: int
    published_on: date
    appeal_days: int
    appeal_ends_on: date
    personal_data_removed_on: date | None = None


def _publication(row: sqlite3.Row | tuple[object, ...]) -> Publication:
    """The stored end is recomputed, so a change in the calendar rules reaches old rows too."""
    removed = row[4]
    published_on, days = date.fromisoformat(str(row[1])), int(str(row[2]))
    return Publication(
        int(str(row[0])),
        published_on,
        days,
        appeal_period_end(published_on, days),
        date.fromisoformat(str(removed)) if removed else None,
    )


class PublicationRepository:
    """Publication dates, appeal period ends and overrides, per meeting."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def record(self, meeting_id: int, published_on: date, appeal_days: int) -> Publication:
        """Remember that the meeting went on the web (again: the date is updated)."""
        ends = appeal_period_end(published_on, appeal_days)
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO meeting_publications (meeting_id, published_on, appeal_days,"
                " appeal_ends_on) VALUES (?, ?, ?, ?) ON CONFLICT(meeting_id) DO UPDATE SET"
                " published_on = excluded.published_on, appeal_days = excluded.appeal_days,"
                " appeal_ends_on = excluded.appeal_ends_on",
                (meeting_id, published_on.isoformat(), appeal_days, ends.isoformat()),
            )
        return Publication(meeting_id, published_on, appeal_days, ends)

    def get(self, meeting_id: int) -> Publication | None:
        row = self._db.execute(
            "SELECT meeting_id, published_on, appeal_days, appeal_ends_on,"
            " personal_data_removed_on FROM meeting_publications WHERE meeting_id = ?",
            (meeting_id,),
        ).fetchone()
        return _publication(row) if row else None

    def due_for_removal(self, today: date) -> list[Publication]:
        """The reminder: meetings whose appeal period is over but whose data is still up."""
        rows = self._db.execute(
            "SELECT meeting_id, published_on, appeal_days, appeal_ends_on,"
            " personal_data_removed_on FROM meeting_publications"
            " WHERE personal_data_removed_on IS NULL"
        )
        due = [p for p in map(_publication, rows) if p.appeal_ends_on < today]
        return sorted(due, key=lambda p: (p.appeal_ends_on, p.meeting_id))

    def mark_removed(self, meeting_id: int, on: date) -> None:
        """The post-appeal version replaced the published one."""
        with transaction(self._db):
            self._db.execute(
                "UPDATE meeting_publications SET personal_data_removed_on = ? WHERE meeting_id = ?",
                (on.isoformat(), meeting_id),
            )

    # --- overrides of blocking findings -------------------------------------------------------
    def override(self, meeting_id: int, code: str, target: str, reason: str) -> None:
        """A conscious decision to publish despite a blocking finding; the reason is kept."""
        if not reason.strip():
            raise OverrideNeedsReason(code=code, target=target)
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO publish_overrides (meeting_id, code, target, reason, created)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(meeting_id, code, target)"
                " DO UPDATE SET reason = excluded.reason, created = excluded.created",
                (meeting_id, code, target, reason.strip(), now_iso()),
            )

    def overrides(self, meeting_id: int) -> dict[tuple[str, str], str]:
        rows = self._db.execute(
            "SELECT code, target, reason FROM publish_overrides WHERE meeting_id = ?",
            (meeting_id,),
        )
        return {(row[0], row[1]): row[2] for row in rows}
