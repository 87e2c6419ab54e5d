"""``paatospaja privacy list|confirm|dismiss``: the personal-data review from a script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.domain.model import Meeting, Section
from desktop_app.meetings.demo import demo_item
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.privacy.marks import Mark, MarkRepository
from desktop_app.workspace import Workspace

CODE = "131052-308T"  # valid henkilötunnus, the domain primer's example
REFERENCE = "010203-1234"  # shaped like one: a contract reference in this text


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main(list(argv)) == 0
    captured = capsys.readouterr()
    assert CODE not in captured.out + captured.err
    return dict(json.loads(captured.out))


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.err.strip()


def _stored(folder: Path, item_id: int) -> tuple[list[Mark], dict[str, str]]:
    """The item's marks and dismissals as another reader of the workspace sees them."""
    reader = Workspace.open_reader(folder)
    try:
        marks = MarkRepository(reader.db)
        return marks.marks(item_id), marks.dismissed(item_id)
    finally:
        reader.close()


@pytest.fixture
def meeting(workspace_dir: Path) -> tuple[int, int]:
    """A meeting with one item holding a henkilötunnus and a lookalike; (meeting, item)."""
    workspace = Workspace.open(workspace_dir)
    try:
        item = demo_item(0)
        item.sections[Section.DESCRIPTION] = (
            f"<p>Hakija Matti Meikäläinen (henkilötunnus {CODE}) on hakenut avustusta."
            f" Urakkasopimuksen viite on {REFERENCE}.</p>"
        )
        item_id = workspace.items.save(item).id
        meetings = MeetingRepository(workspace.db)
        created = meetings.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
        assert created.id is not None and item_id is not None
        meetings.add_item(created.id, item_id)
        return created.id, item_id
    finally:
        workspace.close()


def _findings(capsys: pytest.CaptureFixture[str], ws: list[str], meeting: int) -> list[dict]:  # type: ignore[type-arg]
    return list(_json(capsys, "privacy", "list", str(meeting), *ws, "--json")["findings"])


def test_list_confirm_and_dismiss(
    workspace_dir: Path, meeting: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id, item_id = meeting
    ws = ["--workspace", str(workspace_dir)]
    found = _findings(capsys, ws, meeting_id)
    code = next(f for f in found if f["excerpt"].endswith("8T"))
    reference = next(f for f in found if f["excerpt"].endswith("34"))
    assert code["status"] == reference["status"] == "open"
    assert code["item"] == item_id and code["section"] == 1 and code["field"] == "selostus"
    assert code["kind"] == "henkilotunnus" and code["id"] != reference["id"]
    assert REFERENCE not in json.dumps(found)

    assert main(["privacy", "list", "1/2026", "--toimielin", "kh", *ws]) == 0
    out = capsys.readouterr().out
    assert "§ 1" in out and code["excerpt"] in out and "2 odottaa" in out
    assert CODE not in out and REFERENCE not in out

    confirmed = _json(capsys, "privacy", "confirm", str(item_id), "--field", "selostus",
                      "--start", str(code["start"]), *ws, "--json")  # fmt: skip
    with_mark = _stored(workspace_dir, item_id)[0]
    assert [(m.id, m.text, m.source) for m in with_mark] == [(confirmed["mark"], CODE, "detected")]
    again = _json(capsys, "privacy", "confirm", str(item_id), "--field", "selostus",
                  "--start", str(code["start"]), *ws, "--json")  # fmt: skip
    assert again["mark"] is None and again["status"] == "confirmed"  # no second mark

    dismissed = _json(capsys, "privacy", "dismiss", str(item_id), "--fingerprint",
                      reference["id"], "--field", "selostus", "--start",
                      str(reference["start"]), "--reason", "sopimuksen viite", *ws,
                      "--json")  # fmt: skip
    assert dismissed["status"] == "dismissed" and dismissed["reason"] == "sopimuksen viite"
    statuses = {f["id"]: f["status"] for f in _findings(capsys, ws, meeting_id)}
    assert statuses == {code["id"]: "confirmed", reference["id"]: "dismissed"}
    reasons = _stored(workspace_dir, item_id)[1]
    assert list(reasons.values()) == ["sopimuksen viite"]


def test_what_is_not_a_finding_is_refused(
    workspace_dir: Path, meeting: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    _, item_id = meeting
    ws = ["--workspace", str(workspace_dir)]
    error = _refused(capsys, "privacy", "confirm", str(item_id), "--field", "selostus",
                     "--start", "0", *ws)  # fmt: skip
    assert f"Asian {item_id}" in error and "selostus" in error and "privacy list" in error
    error = _refused(capsys, "privacy", "dismiss", str(item_id), "--fingerprint",
                     "000000000000", *ws)  # fmt: skip
    assert "privacy list" in error
    assert "999" in _refused(capsys, "privacy", "list", "999", *ws)
    assert "999" in _refused(capsys, "privacy", "confirm", "999", "--field", "selostus",
                             "--start", "0", *ws)  # fmt: skip
    assert _stored(workspace_dir, item_id) == ([], {})


def test_a_dismissal_with_its_place_covers_that_occurrence_only(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        item = demo_item(0)
        item.sections[Section.DESCRIPTION] = (
            f"<p>Urakkasopimuksen viite on {REFERENCE}.</p>"
            f"<p>Hakijan tunnus on {REFERENCE} hakemuksessa.</p>"
        )
        item_id = workspace.items.save(item).id
        meetings = MeetingRepository(workspace.db)
        created = meetings.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
        assert created.id is not None and item_id is not None
        meetings.add_item(created.id, item_id)
    finally:
        workspace.close()
    ws = ["--workspace", str(workspace_dir)]
    first, second = sorted(_findings(capsys, ws, created.id), key=lambda f: f["start"])
    assert first["id"] == second["id"]  # the same text: one fingerprint, two places
    dismissed = _json(capsys, "privacy", "dismiss", str(item_id), "--fingerprint", first["id"],
                      "--field", "selostus", "--start", str(first["start"]),
                      "--reason", "sopimuksen viite", *ws, "--json")  # fmt: skip
    assert dismissed["only_here"] is True
    statuses = [f["status"] for f in sorted(_findings(capsys, ws, created.id),
                                            key=lambda f: f["start"])]  # fmt: skip
    assert statuses == ["dismissed", "open"]


def _item_with_reference_in_two_fields(workspace_dir: Path) -> tuple[int, int]:
    """The same lookalike in the Selostus and the Perustelut of one item; (meeting, item)."""
    workspace = Workspace.open(workspace_dir)
    try:
        item = demo_item(0)
        item.sections[Section.DESCRIPTION] = f"<p>Urakkasopimuksen viite on {REFERENCE}.</p>"
        item.sections[Section.REASONS] = f"<p>Hakijan tunnus on {REFERENCE} hakemuksessa.</p>"
        item_id = workspace.items.save(item).id
        meetings = MeetingRepository(workspace.db)
        created = meetings.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
        assert created.id is not None and item_id is not None
        meetings.add_item(created.id, item_id)
        return created.id, item_id
    finally:
        workspace.close()


def test_a_dismissal_with_a_field_covers_that_field_only(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id, item_id = _item_with_reference_in_two_fields(workspace_dir)
    ws = ["--workspace", str(workspace_dir)]
    found = _findings(capsys, ws, meeting_id)
    assert {f["field"] for f in found} == {"selostus", "perustelut"}
    dismissed = _json(capsys, "privacy", "dismiss", str(item_id), "--fingerprint",
                      found[0]["id"], "--field", "selostus", "--reason", "sopimuksen viite",
                      *ws, "--json")  # fmt: skip
    assert dismissed["only_here"] is False and dismissed["only_in_field"] == "selostus"
    statuses = {f["field"]: f["status"] for f in _findings(capsys, ws, meeting_id)}
    assert statuses == {"selostus": "dismissed", "perustelut": "open"}


def test_a_start_without_its_field_is_refused(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id, item_id = _item_with_reference_in_two_fields(workspace_dir)
    ws = ["--workspace", str(workspace_dir)]
    found = _findings(capsys, ws, meeting_id)
    error = _refused(capsys, "privacy", "dismiss", str(item_id), "--fingerprint",
                     found[0]["id"], "--start", str(found[0]["start"]), *ws)  # fmt: skip
    assert "--field" in error and len(error.splitlines()) == 1
    assert _stored(workspace_dir, item_id) == ([], {})
    assert {f["status"] for f in _findings(capsys, ws, meeting_id)} == {"open"}
