"""The § numbering rule, kept pure so that a property test can hold it to its promises.

§ numbers run per body per calendar year across all its meetings. Publishing a meeting's
minutes locks its numbers for good; every entry not yet published is numbered after the
highest locked number, meeting by meeting in meeting order and entry by entry in agenda
order. With minutes published in meeting order this gives numbers 1..N with no gap and no
duplicate, and a published § never changes: the promises of the law and of the archive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Slot:
    """One agenda entry as the rule sees it: its key and its locked number, if published."""

    key: int
    locked: int | None = None


def assign_numbers(meetings: Sequence[Sequence[Slot]]) -> dict[int, int]:
    """The § number of every entry of one body's year; ``meetings`` are in meeting order."""
    locked = [slot.locked for meeting in meetings for slot in meeting if slot.locked is not None]
    following = max(locked, default=0) + 1
    numbers: dict[int, int] = {}
    for meeting in meetings:
        for slot in meeting:
            if slot.locked is not None:
                numbers[slot.key] = slot.locked
            else:
                numbers[slot.key] = following
                following += 1
    return numbers


def publish_blockers(
    meetings: Sequence[Sequence[Slot]], published: Sequence[bool], index: int
) -> list[int]:
    """Indexes of earlier unpublished meetings with entries that must be published first.

    Publishing out of order would lock numbers above the earlier meeting's and leave it to
    be renumbered after them, so the rule refuses it instead of leaving a gap.
    """
    return [
        earlier for earlier in range(index) if not published[earlier] and len(meetings[earlier]) > 0
    ]
