"""Finnish working days for the end of statutory periods (150/1930 5 §)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain.calendar import (
    easter_sunday,
    first_working_day_from,
    is_working_day,
    non_working_days,
)


@pytest.mark.parametrize(
    "easter",
    [
        date(1961, 4, 2),
        date(2000, 4, 23),
        date(2008, 3, 23),
        date(2011, 4, 24),
        date(2019, 4, 21),
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2027, 3, 28),
        date(2038, 4, 25),
    ],
)
def test_easter_sunday(easter: date) -> None:
    assert easter_sunday(easter.year) == easter


def test_the_days_of_2026() -> None:
    days = non_working_days(2026)
    expected = {
        date(2026, 1, 1),
        date(2026, 1, 6),
        date(2026, 4, 3),
        date(2026, 4, 5),
        date(2026, 4, 6),
        date(2026, 5, 1),
        date(2026, 5, 14),  # helatorstai
        date(2026, 5, 24),  # helluntai
        date(2026, 6, 19),  # juhannusaatto
        date(2026, 6, 20),
        date(2026, 10, 31),  # pyhäinpäivä
        date(2026, 12, 6),
        date(2026, 12, 24),
        date(2026, 12, 25),
        date(2026, 12, 26),
    }
    assert days == expected


def test_midsummer_and_all_saints_are_saturdays_in_their_weeks() -> None:
    for year in range(2020, 2040):
        days = non_working_days(year)
        midsummer = [d for d in days if d.month == 6 and d.day >= 19]  # not Pentecost
        assert len(midsummer) == 2
        eve, day = sorted(midsummer)
        assert day.weekday() == 5 and date(year, 6, 20) <= day <= date(year, 6, 26)
        assert eve == day - timedelta(days=1)
        all_saints = [d for d in days if d.month in (10, 11)]
        assert len(all_saints) == 1 and all_saints[0].weekday() == 5


def test_working_days() -> None:
    assert is_working_day(date(2026, 4, 7))
    assert not is_working_day(date(2026, 4, 6))
    assert not is_working_day(date(2026, 11, 21))  # an ordinary Saturday
    assert first_working_day_from(date(2026, 4, 2)) == date(2026, 4, 2)
    assert first_working_day_from(date(2026, 4, 3)) == date(2026, 4, 7)
    assert first_working_day_from(date(2026, 12, 31)) == date(2026, 12, 31)
    assert first_working_day_from(date(2027, 1, 1)) == date(2027, 1, 4)
