"""Clock times as a secretary types them: "18.05", "18:05", "klo 18.05", "kl. 18.05".

Minutes write times the Finnish way ("klo 18.05"); the forms accept any of the usual ways
and store the clock word once, so that no document ends up with "klo klo 18.05".
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from desktop_app.domain.dates import display_time
from desktop_app.errors import InvalidTime, TimeWithoutDate
from desktop_app.meetings.model import AttendanceChange
from desktop_app.meetings.wording import clock_word, typed_clock_words

_CLOCK_WORD = f"(?:{typed_clock_words()})"
_LEADING_CLOCK_WORD = re.compile(rf"^\s*{_CLOCK_WORD}\s*", re.IGNORECASE)
_TIME = re.compile(rf"^\s*(?:{_CLOCK_WORD}\s*)?(\d{{1,2}})[.:](\d{{2}})\s*$", re.IGNORECASE)
# "+ Nimi", "+ Nimi 18.05", "- Nimi klo 19.05, § 6 aikana"
_CHANGE = re.compile(
    rf"^(?P<sign>[+-])\s*(?P<person>.+?)"
    rf"(?:\s+(?:{_CLOCK_WORD}\s*)?(?P<hour>\d{{1,2}})[.:](?P<minute>\d{{2}})(?P<rest>.*))?$",
    re.IGNORECASE,
)


def parse_clock(text: str) -> time | None:
    """The time typed, or None for an empty text; anything else is ``InvalidTime``."""
    if not text.strip():
        return None
    found = _TIME.match(text)
    if found is None:
        raise InvalidTime(value=text.strip())
    hour, minute = int(found.group(1)), int(found.group(2))
    if hour > 23 or minute > 59:
        raise InvalidTime(value=text.strip())
    return time(hour, minute)


def without_clock_word(text: str) -> str:
    """The time as typed without a leading "klo": the document adds the word itself, once."""
    return _LEADING_CLOCK_WORD.sub("", text, count=1).strip()


def meeting_end(start: datetime | None, text: str) -> datetime | None:
    """The end typed as a time on the meeting's day (the next day past midnight); or None."""
    clock = parse_clock(text)
    if clock is None:
        return None
    if start is None:
        raise TimeWithoutDate(name=text.strip())
    end = datetime.combine(start.date(), clock)
    return end + timedelta(days=1) if end < start else end


def parse_attendance(text: str, language: str = "fi") -> list[AttendanceChange]:
    """Arrival (``+``) and departure (``-``) lines; the time is stored as "klo 18.05".

    The clock word is the document's (``language``): the line goes into its minutes as typed.
    """
    changes = []
    for line in text.splitlines():
        found = _CHANGE.match(line.strip())
        if found is None or not found.group("person").strip():
            continue
        when = ""
        if found.group("hour") is not None:
            moment = time(int(found.group("hour")) % 24, int(found.group("minute")) % 60)
            when = f"{clock_word(language)} {display_time(moment)}{found.group('rest').rstrip()}"
        changes.append(AttendanceChange(found.group("person").strip(), found["sign"] == "+", when))
    return changes
