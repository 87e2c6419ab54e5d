"""Dates and times as Finnish documents and screens write them: 4.11.2024 klo 9.05.

Minutes, registers and the municipalities' own portals write the day and month without
leading zeros ("4.11.2024", not "04.11.2024") and the hour without one ("9.05"); Swedish in
Finland writes them the same way, so one form serves both languages.
"""

from __future__ import annotations

from datetime import date, datetime, time


def display_date(value: date | datetime | None) -> str:
    return f"{value.day}.{value.month}.{value.year}" if value else ""


def display_time(value: datetime | time | None) -> str:
    return f"{value.hour}.{value.minute:02d}" if value else ""


def display_moment(value: datetime | None) -> str:
    """Date and time in one: "4.11.2024 9.05"."""
    return f"{display_date(value)} {display_time(value)}" if value else ""
