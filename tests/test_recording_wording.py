"""How a decision record is worded in Käsittely: times carry the clock word once."""

from __future__ import annotations

import pytest

from desktop_app.meetings.model import AttendanceChange, DecisionKind, EntryDecision
from desktop_app.meetings.recording import handling_html


@pytest.mark.parametrize(
    ("typed", "language", "expected"),
    [
        ("klo 18.05", "fi", "poistui kokouksesta klo 18.05."),
        ("18.05", "fi", "poistui kokouksesta klo 18.05."),
        ("Klo 18.05", "fi", "poistui kokouksesta klo 18.05."),
        ("kl. 18.05", "sv", "avlägsnade sig från mötet kl. 18.05."),
        ("", "fi", "poistui kokouksesta."),
    ],
)
def test_a_departure_time_gets_the_clock_word_once(
    typed: str, language: str, expected: str
) -> None:
    record = EntryDecision(
        DecisionKind.AS_PROPOSED, attendance=[AttendanceChange("Maija Mallikas", False, typed)]
    )
    assert f"Maija Mallikas {expected}" in handling_html(record, language)
