"""Finnish working days, for the last day of a statutory period.

Laki säädetyn määräajan laskemisesta (150/1930) 5 §: when the last day of a period falls on a
public holiday (pyhäpäivä), Independence Day, May Day, Christmas Eve, Midsummer Eve or a
Saturday, the act may still be done on the next working day. Sundays are pyhäpäiviä. The
movable days follow Easter (Gregorian computus) and the Saturday rules of the Church Act.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def easter_sunday(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm of Meeus, Jones and Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _saturday_between(year: int, month: int, first_day: int) -> date:
    start = date(year, month, first_day)
    return start + timedelta(days=(5 - start.weekday()) % 7)


@lru_cache(maxsize=64)
def non_working_days(year: int) -> frozenset[date]:
    """The days of ``year`` besides Saturdays and Sundays on which no period can end."""
    easter = easter_sunday(year)
    midsummer_day = _saturday_between(year, 6, 20)
    return frozenset(
        {
            date(year, 1, 1),  # uudenvuodenpäivä
            date(year, 1, 6),  # loppiainen
            easter - timedelta(days=2),  # pitkäperjantai
            easter,  # pääsiäispäivä
            easter + timedelta(days=1),  # toinen pääsiäispäivä
            date(year, 5, 1),  # vapunpäivä
            easter + timedelta(days=39),  # helatorstai
            easter + timedelta(days=49),  # helluntaipäivä
            midsummer_day - timedelta(days=1),  # juhannusaatto
            midsummer_day,  # juhannuspäivä
            _saturday_between(year, 10, 31),  # pyhäinpäivä
            date(year, 12, 6),  # itsenäisyyspäivä
            date(year, 12, 24),  # jouluaatto
            date(year, 12, 25),  # joulupäivä
            date(year, 12, 26),  # tapaninpäivä
        }
    )


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in non_working_days(day.year)


def first_working_day_from(day: date) -> date:
    """``day`` itself if a period may end on it, else the next day on which it may."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day
