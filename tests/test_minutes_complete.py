"""Minutes are complete before they go on the web: a decision in every §, checkers, dates.

The checks on their own (in process, on a real workspace), and the whole drafting flow
scripted through the command line, from ``item new`` to the written file; the checks and
the export run as real processes, as a script would run them.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import docx
import pytest

from desktop_app.cli import main as cli_main
from desktop_app.domain.model import Meeting
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.meetings.model import DecisionKind, EntryDecision
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.publishing.findings import Finding
from desktop_app.publishing.minutes_checks import (
    PLACE_CHECKED_ON,
    PLACE_CHECKERS,
    PLACE_PUBLIC_VIEW,
    PLACE_START,
    Purpose,
)
from desktop_app.publishing.review import check_meeting
from desktop_app.workspace import Workspace
from tests.processes import run_cli

MINUTES_CODES = {
    "publish.no_decision",
    "publish.no_checkers",
    "publish.not_checked",
    "publish.no_public_view",
    "publish.public_before_checked",
    "publish.checked_before_meeting",
    "publish.no_court",
    "publish.no_start",
}


@pytest.fixture
def workspace(workspace_dir: Path) -> Iterator[Workspace]:
    opened = Workspace.open(workspace_dir)
    try:
        yield opened
    finally:
        opened.close()


def _minutes_findings(
    workspace: Workspace, meeting_id: int, purpose: Purpose = Purpose.MINUTES
) -> list[Finding]:
    found = check_meeting(workspace, meeting_id, purpose=purpose)
    return [f for f in found if f.code in MINUTES_CODES]


def _record_all(meetings: MeetingRepository, meeting_id: int) -> None:
    for entry in meetings.entries(meeting_id):
        assert entry.id is not None
        meetings.record_decision(entry.id, EntryDecision(DecisionKind.AS_PROPOSED))


def test_each_missing_element_blocks_with_its_place(workspace: Workspace) -> None:
    meetings = MeetingRepository(workspace.db)
    meeting_id = create_demo_meeting(workspace, items=2)
    meeting = meetings.get(meeting_id)
    meeting.checkers = []
    meeting.start = None
    meetings.update(meeting)
    entries = meetings.entries(meeting_id)
    found = _minutes_findings(workspace, meeting_id)
    assert all(f.blocks for f in found)
    places = {(f.code, f.target) for f in found}
    assert ("publish.no_start", PLACE_START) in places
    assert ("publish.no_checkers", PLACE_CHECKERS) in places
    assert ("publish.not_checked", PLACE_CHECKED_ON) in places
    assert ("publish.no_public_view", PLACE_PUBLIC_VIEW) in places
    undecided = sorted(f.target for f in found if f.code == "publish.no_decision")
    assert undecided == sorted(f"§ {e.number}" for e in entries)  # standing items too
    text = next(f for f in found if f.code == "publish.no_decision").text("fi")
    assert text.startswith("Ei kirjattua päätöstä")
    assert "KuntaL 140 §" in next(f for f in found if f.code == "publish.not_checked").text()
    for language in ("sv", "en"):  # every sentence exists in every language
        for finding in found:
            assert finding.text(language) != finding.code


def test_complete_minutes_have_no_minutes_findings(workspace: Workspace) -> None:
    meetings = MeetingRepository(workspace.db)
    meeting_id = create_demo_meeting(workspace, items=2)
    _record_all(meetings, meeting_id)
    meeting = meetings.get(meeting_id)
    meeting.checked_on = date(2026, 3, 4)
    meeting.public_view_on = date(2026, 3, 5)
    meetings.update(meeting)
    assert _minutes_findings(workspace, meeting_id) == []

    meeting.public_view_on = date(2026, 3, 3)  # on the web before it was checked
    meetings.update(meeting)
    (early,) = _minutes_findings(workspace, meeting_id)
    assert early.code == "publish.public_before_checked" and early.blocks
    assert "3.3.2026" in early.text() and "4.3.2026" in early.text()

    meeting.checked_on, meeting.public_view_on = date(2026, 2, 1), date(2026, 3, 5)
    meetings.update(meeting)  # checked a month before the meeting was held
    (impossible,) = _minutes_findings(workspace, meeting_id)
    assert impossible.code == "publish.checked_before_meeting" and impossible.blocks
    assert "1.2.2026" in impossible.text() and all(
        impossible.text(language) != impossible.code for language in ("sv", "en")
    )


def test_the_agenda_asks_for_no_decisions_or_checking(workspace: Workspace) -> None:
    meetings = MeetingRepository(workspace.db)
    meeting_id = create_demo_meeting(workspace, items=1)
    assert _minutes_findings(workspace, meeting_id, Purpose.AGENDA) == []
    assert _minutes_findings(workspace, meeting_id, Purpose.MINUTES)
    undated = meetings.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
    assert undated.id is not None
    codes = [f.code for f in _minutes_findings(workspace, undated.id, Purpose.AGENDA)]
    assert codes == ["publish.no_start"]


# --- the whole flow through the command line ---------------------------------------------

CODE = "131052-308T"  # a valid henkilötunnus (domain primer's example): a real finding
REFERENCE = "010203-1234"  # looks like one, is a contract reference: dismissed with a reason

FIELDS = [
    "dno=KH 12/10.00.00/2026",
    "task_class=10.00.00",
    "presenter=kunnanjohtaja Kaisa Kunnanjohtaja",
    "parties=Esimerkkilän Rakennus Oy",
    "preparer.name=Olli Sihteeri",
    "preparer.title=hallintojohtaja",
    "contact.name=Olli Sihteeri",
    "contact.title=hallintojohtaja",
    "contact.phone=040 123 4567",
    "contact.email=olli.sihteeri@esimerkkila.fi",
    "state=valmis",
]
REASONS = (
    "<p>Päätös perustuu kuntalain 14 §:ään ja hallintosäännön 20 §:ään. Hinta vastaa"
    " käypää arvoa, ja asianosaista on kuultu hallintolain 34 §:n mukaisesti.</p>"
)


def _cli(workspace: Path, *args: str) -> dict:  # type: ignore[type-arg]
    """One step of the script, through the command line's own entry point.

    In this process: twenty-odd interpreter starts made this test the suite's slowest. The
    checks and the export, where a script reads the exit status, run as real processes.
    """
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = cli_main([*args, "--workspace", str(workspace), "--json"])
    assert status == 0, err.getvalue() + out.getvalue()
    return dict(json.loads(out.getvalue()))


def _new_item(workspace: Path, title: str, description: str) -> int:
    args = ["item", "new", "--template", "kunnanhallitus", "--body", "kh", "--title", title]
    for field in FIELDS:
        args += ["--field", field]
    args += ["--section", f"selostus={description}", "--section", f"perustelut={REASONS}"]
    args += ["--section", f"paatosehdotus=<p>Kunnanhallitus päättää hyväksyä: {title}.</p>"]
    return int(_cli(workspace, *args)["item"])


def _check(workspace: Path) -> tuple[int, str]:
    done = run_cli("check", "1", "--workspace", str(workspace))
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout


def test_the_whole_flow_is_scriptable(tmp_path: Path) -> None:
    workspace = tmp_path / "tyotila"
    description = tmp_path / "selostus.html"
    description.write_text(
        f"<p>Hakija Matti Meikäläinen (henkilötunnus {CODE}) on hakenut poikkeuslupaa."
        f" Urakkasopimuksen viite on {REFERENCE}.</p>",
        encoding="utf-8",
    )
    first = _new_item(workspace, "Poikkeuslupa tontille 12", f"@{description}")
    second = _new_item(workspace, "Katuvalojen saneeraus", "<p>Valaisimet vaihdetaan.</p>")
    third = _new_item(workspace, "Kirjaston aukioloajat", "Kesäkauden aukioloajat muuttuvat.")
    shown = _cli(workspace, "item", "show", str(third))
    assert shown["dno"] == "KH 12/10.00.00/2026" and shown["state"] == "valmis"
    assert shown["contact"]["email"] == "olli.sihteeri@esimerkkila.fi"
    assert shown["sections"]["selostus"] == "<p>Kesäkauden aukioloajat muuttuvat.</p>"

    meeting = _cli(workspace, "meeting", "new", "--body", "kh", "--date", "2026-03-02",
                   "--start", "18:00", "--place", "Kunnantalo")["meeting"]  # fmt: skip
    for item in (first, second, third):
        _cli(workspace, "meeting", "add-item", str(meeting), str(item))
    for name, role in (("Aino Esimerkki", "puheenjohtaja"), ("Pekka Malli", "jäsen"),
                       ("Liisa Kokeilu", "jäsen"), ("Olli Sihteeri", "sihteeri")):  # fmt: skip
        _cli(workspace, "meeting", "add-participant", str(meeting), name, "--role", role)
    entries = _cli(workspace, "meeting", "show", str(meeting))["entries"]
    kinds = {first: "hyvaksyttiin", second: "muutettuna", third: "poydalle"}
    last = entries[-1]  # the closing standing item stays unrecorded for now
    for entry in entries[:-1]:
        args = ["meeting", "record", str(entry["entry"])]
        args += ["--kind", kinds.get(entry["item"], "hyvaksyttiin")]
        if entry["item"] == second:
            args += ["--text", "Kunnanhallitus päätti saneerata vain pääkadun valot."]
        _cli(workspace, *args)

    status, out = _check(workspace)
    assert status == 1
    assert f"§ {last['section']}: Ei kirjattua päätöstä" in out
    assert "Kokouksen tiedot › Pöytäkirjantarkastajat" in out
    assert "Kokouksen tiedot › Tarkastettu" in out and "Yleisesti nähtävänä" in out
    assert "Vahvistamaton henkilötietolöydös" in out and CODE not in out

    details = _cli(workspace, "meeting", "set", str(meeting), "--checkers",
                   "Pekka Malli, Liisa Kokeilu", "--checked-on", "2026-03-04",
                   "--public-view-on", "2026-03-05", "--end", "20.15")  # fmt: skip
    assert details["checkers"] == ["Pekka Malli", "Liisa Kokeilu"]
    assert details["checked_on"] == "2026-03-04" and details["public_view_on"] == "2026-03-05"
    assert details["end"] == "2026-03-02T20:15" and details["start"] == "2026-03-02T18:00"
    _cli(workspace, "meeting", "record", str(last["entry"]))

    listed = _cli(workspace, "privacy", "list", str(meeting))["findings"]
    open_findings = [f for f in listed if f["status"] == "open"]
    assert {f["item"] for f in open_findings} == {first}
    assert CODE not in json.dumps(listed) and REFERENCE not in json.dumps(listed)
    code = next(f for f in open_findings if f["excerpt"].endswith(CODE[-2:]))
    reference = next(f for f in open_findings if f["excerpt"].endswith(REFERENCE[-2:]))
    confirmed = _cli(workspace, "privacy", "confirm", str(first), "--field", code["field"],
                     "--start", str(code["start"]))  # fmt: skip
    assert confirmed["mark"] and confirmed["status"] == "confirmed"
    dismissed = _cli(workspace, "privacy", "dismiss", str(first), "--fingerprint",
                     reference["id"], "--reason", "urakkasopimuksen viite")  # fmt: skip
    assert dismissed["status"] == "dismissed"
    statuses = {
        f["start"]: f["status"] for f in _cli(workspace, "privacy", "list", "1")["findings"]
    }
    assert statuses[code["start"]] == "confirmed"
    assert statuses[reference["start"]] == "dismissed"

    status, out = _check(workspace)
    assert status == 0, out
    target = tmp_path / "julkinen.docx"
    done = run_cli("export", "public", str(meeting), "--out", str(target),
                   "--workspace", str(workspace))  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Katuvalojen saneeraus" in text
    assert CODE not in text and REFERENCE in text  # confirmed left out, dismissed kept


def test_the_agenda_check_passes_before_the_meeting(tmp_path: Path) -> None:
    workspace = tmp_path / "tyotila"
    _new_item(workspace, "Katuvalojen saneeraus", "<p>Valaisimet vaihdetaan.</p>")
    _cli(workspace, "meeting", "new", "--body", "kh", "--date", "2026-03-02", "--start", "18:00")
    _cli(workspace, "meeting", "add-item", "1", "1")
    minutes = run_cli("check", "1", "--workspace", str(workspace))
    assert minutes.returncode == 1 and "Ei kirjattua päätöstä" in minutes.stdout
    agenda = run_cli("check", "1", "--esityslista", "--workspace", str(workspace))
    assert agenda.returncode == 0, agenda.stdout + agenda.stderr
    assert "Ei kirjattua päätöstä" not in agenda.stdout


def test_a_route_to_court_needs_the_administrative_court_chosen(workspace: Workspace) -> None:
    from desktop_app.domain.model import AppealType
    from desktop_app.settings import load_settings, save_settings

    meetings = MeetingRepository(workspace.db)
    meeting_id = create_demo_meeting(workspace, items=1)
    _record_all(meetings, meeting_id)
    meeting = meetings.get(meeting_id)
    meeting.checked_on, meeting.public_view_on = date(2026, 3, 4), date(2026, 3, 5)
    meetings.update(meeting)
    assert _minutes_findings(workspace, meeting_id) == []  # oikaisuvaatimus: no court named
    entry = meetings.entries(meeting_id)[-2]
    item = workspace.items.get(entry.item_id)
    item.appeal_type = AppealType.MUNICIPAL_APPEAL
    item.appeal_basis = "correction_request"
    workspace.items.save(item)
    (missing,) = _minutes_findings(workspace, meeting_id)
    assert missing.code == "publish.no_court" and missing.blocks
    assert "HL 47 §" in missing.text()
    settings = load_settings(workspace.db)
    settings.administrative_court = "hameenlinna"
    save_settings(workspace.db, settings)
    assert _minutes_findings(workspace, meeting_id) == []
