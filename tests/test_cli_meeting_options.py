"""``paatospaja meeting set|show``: the minutes' record details from a script."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.errors import InvalidTime, TimeWithoutDate
from desktop_app.meetings.clock import meeting_end, parse_clock
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import describe
from desktop_app.workspace import Workspace


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main(list(argv)) == 0
    return dict(json.loads(capsys.readouterr().out))


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.err.strip()


def _stored(folder: Path, meeting_id: int):  # type: ignore[no-untyped-def]
    workspace = Workspace.open(folder)
    try:
        return MeetingRepository(workspace.db).get(meeting_id)
    finally:
        workspace.close()


def test_set_writes_checkers_dates_place_and_times(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["--workspace", str(workspace_dir), "--json"]
    meeting = _json(capsys, "meeting", "new", "--body", "kh", "--date", "2026-03-02",
                    "--start", "18:00", "--no-standing", *ws)["meeting"]  # fmt: skip
    shown = _json(capsys, "meeting", "show", str(meeting), *ws)
    assert shown["checkers"] == [] and shown["checked_on"] is None
    assert shown["public_view_on"] is None and shown["end"] is None
    assert shown["start"] == "2026-03-02T18:00"

    result = _json(capsys, "meeting", "set", str(meeting), "--checkers",
                   " Pekka Malli,Liisa Kokeilu , ", "--checked-on", "2026-03-04",
                   "--public-view-on", "2026-03-05", "--place", "Kunnantalo, valtuustosali",
                   "--start", "18.05", "--end", "20:15", *ws)  # fmt: skip
    assert result["checkers"] == ["Pekka Malli", "Liisa Kokeilu"]
    stored = _stored(workspace_dir, meeting)
    assert stored.checkers == ["Pekka Malli", "Liisa Kokeilu"]
    assert stored.checked_on == date(2026, 3, 4) and stored.public_view_on == date(2026, 3, 5)
    assert stored.place == "Kunnantalo, valtuustosali"
    assert stored.start == datetime(2026, 3, 2, 18, 5)
    assert stored.end == datetime(2026, 3, 2, 20, 15)
    shown = _json(capsys, "meeting", "show", str(meeting), *ws)
    for key in ("checkers", "checked_on", "public_view_on", "place", "start", "end", "revision"):
        assert shown[key] == result[key], key

    # what is not named stays; an empty value clears
    _json(capsys, "meeting", "set", str(meeting), "--end", "", "--checked-on", "", *ws)
    stored = _stored(workspace_dir, meeting)
    assert stored.end is None and stored.checked_on is None
    assert stored.public_view_on == date(2026, 3, 5)
    assert stored.checkers == ["Pekka Malli", "Liisa Kokeilu"]

    assert main(["meeting", "show", str(meeting), "--workspace", str(workspace_dir)]) == 0
    out = capsys.readouterr().out
    assert "Pöytäkirjantarkastajat: Pekka Malli, Liisa Kokeilu" in out
    assert "Nähtävänä alkaen: 2026-03-05" in out


def test_a_stale_revision_and_bad_values_are_refused_and_nothing_is_written(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["--workspace", str(workspace_dir)]
    meeting = _json(capsys, "meeting", "new", "--body", "kh", "--date", "2026-03-02",
                    "--start", "18:00", "--no-standing", *ws, "--json")["meeting"]  # fmt: skip
    read = _json(capsys, "meeting", "show", str(meeting), *ws, "--json")["revision"]
    _json(capsys, "meeting", "set", str(meeting), "--checkers", "Pekka Malli",
          "--revision", str(read), *ws, "--json")  # fmt: skip
    error = _refused(capsys, "meeting", "set", str(meeting), "--checkers", "Joku Muu",
                     "--revision", str(read), *ws)  # fmt: skip
    assert "muutettu toisaalla" in error
    assert _stored(workspace_dir, meeting).checkers == ["Pekka Malli"]

    error = _refused(capsys, "meeting", "set", str(meeting), "--checked-on", "4.3.2026", *ws)
    assert "4.3.2026" in error and "VVVV-KK-PP" in error
    error = _refused(capsys, "meeting", "set", str(meeting), "--end", "myöhään", *ws)
    assert "myöhään" in error
    _json(capsys, "meeting", "set", str(meeting), "--end", "20:15", *ws, "--json")
    assert _stored(workspace_dir, meeting).end == datetime(2026, 3, 2, 20, 15)
    _json(capsys, "meeting", "set", str(meeting), "--end", "01:30", *ws, "--json")
    assert _stored(workspace_dir, meeting).end == datetime(2026, 3, 3, 1, 30)  # past midnight
    with pytest.raises(SystemExit) as refused:  # the date and time belong to the minutes
        main(["meeting", "new", "--body", "kh", "--date", "2026-03-09", *ws])
    assert refused.value.code == 2 and "--start" in capsys.readouterr().err
    assert "999" in _refused(capsys, "meeting", "set", "999", "--place", "x", *ws)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("18.05", time(18, 5)), ("klo 18.05", time(18, 5)), ("kl. 9.30", time(9, 30)),
     ("18:05", time(18, 5)), ("  ", None), ("", None)],
)  # fmt: skip
def test_times_are_read_the_usual_ways(typed: str, expected: time | None) -> None:
    assert parse_clock(typed) == expected


@pytest.mark.parametrize("typed", ["klo klo 18.05", "24.00", "18.60", "puoli seitsemän"])
def test_what_is_not_a_time_is_refused(typed: str) -> None:
    with pytest.raises(InvalidTime) as refused:
        parse_clock(typed)
    assert typed.strip() in describe(refused.value)


def test_an_end_past_midnight_is_on_the_next_day() -> None:
    start = datetime(2026, 3, 2, 18, 0)
    assert meeting_end(start, "20.15") == datetime(2026, 3, 2, 20, 15)
    assert meeting_end(start, "0.30") == datetime(2026, 3, 3, 0, 30)
    assert meeting_end(start, "") is None
    with pytest.raises(TimeWithoutDate):
        meeting_end(None, "20.15")
