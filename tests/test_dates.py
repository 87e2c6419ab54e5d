from datetime import date, datetime

from desktop_app.domain.dates import display_date, display_moment, display_time


def test_dates_and_times_are_written_without_leading_zeros() -> None:
    assert display_date(date(2026, 12, 3)) == "3.12.2026"
    assert display_date(datetime(2024, 3, 4, 9, 5)) == "4.3.2024"
    assert display_time(datetime(2024, 3, 4, 9, 5)) == "9.05"
    assert display_moment(datetime(2024, 3, 4, 17, 0)) == "4.3.2024 17.00"
    assert display_date(None) == display_time(None) == display_moment(None) == ""
