"""The published meeting as Open Decision API records: valid, stable, and without personal data."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.domain.model import Section
from desktop_app.domain.richtext import html_to_text
from desktop_app.errors import DiskFull
from desktop_app.meetings.model import MeetingPacket
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import describe
from desktop_app.opendata import export as opendata_export
from desktop_app.opendata import files as opendata_files
from desktop_app.opendata.errors import OpenDataLeak, OpenDataNotPublishable
from desktop_app.opendata.export import export_opendata
from desktop_app.opendata.schema import RESOURCES, problems
from desktop_app.privacy.marks import Mark, MarkRepository, field_text
from desktop_app.publishing.privacy_checks import review_item
from desktop_app.publishing.review import load_review
from desktop_app.workspace import Workspace
from tests.privacy_samples import (
    ADDRESS,
    MARKED_HEALTH,
    PARTY,
    PRIVATE_EMAIL,
    PRIVATE_PHONE,
    SECRECY_GROUND,
    SECRET_TEXT,
    VALID_CODE,
    PublishingMeeting,
    publishing_meeting,
)

FIRST = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 3, 9, 14, 30, tzinfo=UTC)
PLANTED = [VALID_CODE, VALID_CODE[:6], "308T", PRIVATE_PHONE, PRIVATE_PHONE.replace(" ", ""),
           PRIVATE_EMAIL, ADDRESS, MARKED_HEALTH, SECRET_TEXT, PARTY, "Hakijaa",
           "FI21 1234 5600 0007 85", "FI2112345600000785"]  # fmt: skip
ALLOWED_TAGS = {"p", "h1", "h2", "table", "tr", "th", "td"}


def make_publishable(workspace: Workspace) -> PublishingMeeting:
    """The demo meeting full of planted personal data, reviewed as a secretary would.

    The applicant, a private person, is marked as personal data (so the name goes wherever
    it recurs), every finding is confirmed, and the minutes are checked and dated.
    """
    meeting = publishing_meeting(workspace)
    marks = MarkRepository(workspace.db)
    text = field_text(workspace.items.get(meeting.public_item_id), "selostus")
    start = text.index(PARTY)
    marks.add(meeting.public_item_id, Mark("selostus", start, start + len(PARTY), PARTY))
    meetings = MeetingRepository(workspace.db)
    record = meetings.get(meeting.meeting_id)
    record.checked_on, record.public_view_on = date(2026, 3, 3), date(2026, 3, 4)
    meetings.update(record)
    review = load_review(workspace, meeting.meeting_id)
    for _, item in review.packet.entries:
        assert item.id is not None
        context = review.contexts[item.id]
        for entry in review_item(
            item, context.marks, context.dismissed, review.settings, review.known_names
        ):
            if entry.status == "open":
                marks.confirm(item.id, entry.field, entry.detection)
    return meeting


@pytest.fixture
def published(workspace_dir: Path) -> Iterator[tuple[Workspace, PublishingMeeting]]:
    workspace = Workspace.open(workspace_dir)
    try:
        yield workspace, make_publishable(workspace)
    finally:
        workspace.close()


def _documents(folder: Path) -> dict[str, dict[str, Any]]:
    return {
        resource: json.loads((folder / f"{resource}.json").read_text(encoding="utf-8"))
        for resource in RESOURCES
    }


def _ids(documents: dict[str, dict[str, Any]]) -> dict[str, list[tuple[Any, Any, str]]]:
    return {
        resource: [(o.get("id"), o.get("url"), o["origin_id"]) for o in document["objects"]]
        for resource, document in documents.items()
    }


def test_every_record_validates_and_the_ids_stay_when_exported_again(
    published: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = published
    first, second = tmp_path / "eka", tmp_path / "toka"
    result = export_opendata(workspace, meeting.meeting_id, first, now=FIRST)
    assert sorted(p.name for p in first.iterdir()) == sorted(f"{r}.json" for r in RESOURCES)
    documents = _documents(first)
    for resource, document in documents.items():
        assert problems("meta", document["meta"]) == []
        assert document["meta"]["total_count"] == len(document["objects"])
        assert result.counts[resource] == len(document["objects"]) > 0
        for record in document["objects"]:
            assert problems(resource, record) == [], (resource, record["origin_id"])
            assert record["modified_at"] == "2026-03-06T09:00:00+00:00"
    entries = MeetingRepository(workspace.db).entries(meeting.meeting_id)
    actions = documents["action"]["objects"]
    assert [a["article_number"] for a in actions] == [str(e.number) for e in entries]
    assert documents["event"]["objects"][0]["actions"] == [a["url"] for a in actions]
    assert {c["url"] for c in documents["case"]["objects"]} == {
        a["case"] for a in actions if "case" in a
    }  # standing items (opening, quorum) are formalities without a case
    for content in documents["content"]["objects"]:
        assert set(re.findall(r"</?([a-z0-9]+)", content["hypertext"])) <= ALLOWED_TAGS
    assert {c["type"] for c in documents["content"]["objects"]} >= {
        "presentation", "proposal", "decision"
    }  # fmt: skip

    export_opendata(workspace, meeting.meeting_id, second, now=LATER)
    assert _ids(_documents(second)) == _ids(documents)  # another folder, the same ids

    again = export_opendata(workspace, meeting.meeting_id, first, now=LATER)
    assert again.files == result.files
    assert _documents(first) == documents  # nothing changed: not even modified_at

    item = workspace.items.get(meeting.public_item_id)
    item.sections[Section.PROPOSAL] = "<p>Kunnanhallitus päättää myöntää poikkeusluvan.</p>"
    workspace.items.save(item)
    export_opendata(workspace, meeting.meeting_id, first, now=LATER)
    changed = _documents(first)
    assert _ids(changed) == _ids(documents)
    modified = {
        o["origin_id"]: o["modified_at"] for o in changed["content"]["objects"]
    }  # fmt: skip
    assert {key for key, when in modified.items() if when.startswith("2026-03-09")} == {
        next(k for k in modified if k.endswith("paatosehdotus") and "§5" in k)
    }
    action = next(a for a in changed["action"]["objects"] if a["origin_id"].endswith("§5"))
    assert action["modified_at"] == "2026-03-09T14:30:00+00:00"
    assert action["created_at"] == "2026-03-06T09:00:00+00:00"


def test_no_planted_personal_data_reaches_any_file(
    published: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = published
    folder = tmp_path / "avoin"
    export_opendata(workspace, meeting.meeting_id, folder)
    for resource in RESOURCES:
        raw = (folder / f"{resource}.json").read_text(encoding="utf-8")
        texts = [raw, html.unescape(raw)]
        for record in json.loads(raw)["objects"]:
            for content in [record, *record.get("contents", [])]:
                if "hypertext" in content:
                    texts.append(html_to_text(content["hypertext"]))
        for planted in PLANTED:
            assert not any(planted.casefold() in t.casefold() for t in texts), (resource, planted)
    contents = (folder / "content.json").read_text(encoding="utf-8")
    assert "[henkilötieto poistettu]" in contents
    assert SECRECY_GROUND in contents  # the secret § is a mention with its ground
    attachments = json.loads((folder / "attachment.json").read_text(encoding="utf-8"))
    secret = [a for a in attachments["objects"] if not a["public"]]
    assert secret and all("name" not in a for a in secret)
    assert all(a["confidentiality_reason"] == SECRECY_GROUND for a in secret)
    # the workspace's own text keeps what the publication leaves out
    assert VALID_CODE[4:] in workspace.items.get(meeting.public_item_id).sections["selostus"]  # type: ignore[index]


def test_an_unpublishable_meeting_is_refused_with_the_checks_findings(
    workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAATOSPAJA_LANG", "fi")  # --lang below sets it for the process
    meeting = publishing_meeting(workspace)  # nothing confirmed, minutes not checked
    target = tmp_path / "avoin"
    with pytest.raises(OpenDataNotPublishable) as refused:
        export_opendata(workspace, meeting.meeting_id, target)
    codes = {f.code for f in refused.value.findings if f.blocks}
    assert "privacy.unconfirmed" in codes
    sentence = describe(refused.value)
    assert sentence.startswith("Kokousta ei viety avoimena datana")
    assert f"{refused.value.params['count']} estävää kohtaa" in sentence and "§ " in sentence
    assert VALID_CODE not in sentence and PRIVATE_PHONE not in sentence
    assert not target.exists()

    argv = ["export", "opendata", str(meeting.meeting_id), "--out", str(target),
            "--workspace", str(workspace.root)]  # fmt: skip
    assert main([*argv, "--lang", "sv"]) == 1
    err = capsys.readouterr().err
    assert "Sammanträdet exporterades inte som öppna data" in err
    assert VALID_CODE not in err and not target.exists()


def test_personal_data_the_redaction_missed_is_refused_and_the_old_files_stay(
    published: tuple[Workspace, PublishingMeeting],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace, meeting = published
    folder = tmp_path / "avoin"
    export_opendata(workspace, meeting.meeting_id, folder, now=FIRST)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    missed = "050 987 6543"
    real = opendata_export.redacted_packet

    def leaky(packet: MeetingPacket, review: Any, *, after_appeal: bool) -> MeetingPacket:
        result = real(packet, review, after_appeal=after_appeal)
        entry, item = result.entries[4]
        decision = item.section(Section.DECISION) + f"<p>Hakijan puhelin {missed}.</p>"
        item = replace(item, sections={**item.sections, Section.DECISION: decision})
        result.entries = [*result.entries[:4], (entry, item), *result.entries[5:]]
        return result

    monkeypatch.setattr(opendata_export, "redacted_packet", leaky)
    with pytest.raises(OpenDataLeak) as refused:
        export_opendata(workspace, meeting.meeting_id, folder, now=LATER)
    places = [leak.part for leak in refused.value.leaks]
    assert any(p.startswith("action.json[4].contents[") and p.endswith("hypertext") for p in places)
    assert any(p.startswith("content.json[") for p in places)
    assert {leak.where for leak in refused.value.leaks} == {"kh/2026/1/§5/paatos"} | {
        "kh/2026/1/§5"
    }
    sentence = describe(refused.value)
    assert "050 987 6543" not in sentence and "05*" in sentence  # masked, never the value
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_failure_while_the_files_are_prepared_replaces_none_of_them(
    published: tuple[Workspace, PublishingMeeting],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace, meeting = published
    folder = tmp_path / "avoin"
    export_opendata(workspace, meeting.meeting_id, folder, now=FIRST)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    item = workspace.items.get(meeting.public_item_id)
    item.title = "Poikkeuslupa (muutettu otsikko)"
    workspace.items.save(item)
    real = opendata_files.encode
    calls: list[int] = []

    def full_disk_at_the_fourth(document: Any) -> bytes:
        calls.append(1)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        return real(document)

    monkeypatch.setattr(opendata_files, "encode", full_disk_at_the_fourth)
    with pytest.raises(DiskFull):
        export_opendata(workspace, meeting.meeting_id, folder, now=LATER)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # no temp left


def test_files_edited_by_hand_since_do_not_block_the_next_export(
    published: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = published
    folder = tmp_path / "avoin"
    export_opendata(workspace, meeting.meeting_id, folder, now=FIRST)
    (folder / "event.json").write_text("ei JSONia", encoding="utf-8")
    actions = json.loads((folder / "action.json").read_text(encoding="utf-8"))
    actions["objects"][0]["modified_at"] = "eilen"
    (folder / "action.json").write_text(json.dumps(actions), encoding="utf-8")
    export_opendata(workspace, meeting.meeting_id, folder, now=LATER)
    documents = _documents(folder)
    assert documents["event"]["objects"][0]["created_at"] == "2026-03-09T14:30:00+00:00"
    times = [(a["created_at"], a["modified_at"]) for a in documents["action"]["objects"]]
    assert times[0] == ("2026-03-06T09:00:00+00:00", "2026-03-09T14:30:00+00:00")
    assert set(times[1:]) == {("2026-03-06T09:00:00+00:00", "2026-03-06T09:00:00+00:00")}


def test_cli_writes_the_six_files_and_prints_them(
    published: tuple[Workspace, PublishingMeeting],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAATOSPAJA_LANG", "fi")  # --lang below sets it for the process
    workspace, meeting = published
    target = tmp_path / "avoin data"
    argv = ["export", "opendata", str(meeting.meeting_id), "--out", str(target),
            "--workspace", str(workspace.root),
            "--base-url", "https://paatokset.example/v1"]  # fmt: skip
    assert main(argv) == 0
    captured = capsys.readouterr()
    printed = [Path(line) for line in captured.out.splitlines()]
    assert printed == [target / f"{r}.json" for r in RESOURCES]
    assert "Avoin data tallennettu kansioon" in captured.err
    event = json.loads((target / "event.json").read_text(encoding="utf-8"))["objects"][0]
    assert event["url"].startswith("https://paatokset.example/v1/event/")
    assert main([*argv, "--lang", "en"]) == 0
    assert "The open data was saved in" in capsys.readouterr().err


def test_the_schemas_accept_records_shaped_as_the_specification_defines_them() -> None:
    """Records written from the definitions of paatos.swagger.yaml, every field filled."""
    stamp = {"created_at": "2017-01-10T12:00:00Z", "modified_at": "2017-01-11T08:30:00+02:00"}
    attachment = {"url": "https://paatokset.example.fi/liitteet/1.pdf", "data_source": "helsinki",
                  **stamp, "origin_id": "HEL 2016-012345-1", "name": "Asemakaavakartta",
                  "public": False, "confidentiality_reason": "JulkL 24 § 1 mom 25 k"}  # fmt: skip
    content = {"data_source": "helsinki", **stamp, "origin_id": "12345", "ordering": 1,
               "title": "Päätösehdotus", "type": "proposal",
               "hypertext": "<h1>Ehdotus</h1><p>Lautakunta päättää …</p>"}  # fmt: skip
    specification = {
        "organization": {"url": "https://paatokset.example.fi/v1/organization/1/", "id": 1,
                         "data_source": "helsinki", "events": ["/v1/event/7/"],
                         "posts": ["/v1/post/3/"], **stamp, "origin_id": "02900",
                         "classification": "committee", "name": "Kaupunkiympäristölautakunta",
                         "founding_date": "2017-06-01", "dissolution_date": "2021-05-31",
                         "parent": "/v1/organization/0/"},
        "event": {"url": "/v1/event/7/", "id": 7, "data_source": "helsinki",
                  "actions": ["/v1/action/70/"], **stamp, "origin_id": "02900201701",
                  "name": "Kaupunkiympäristölautakunta 1/2017", "start_date": "2017-01-10",
                  "end_date": "2017-01-10", "organization": "/v1/organization/1/"},
        "case": {"url": "/v1/case/5/", "id": 5, "data_source": "helsinki",
                 "actions": ["/v1/action/70/"],
                 "geometries": [{"data_source": "helsinki", **stamp, "origin_id": "g1",
                                 "name": "Jätkäsaari", "type": "district",
                                 "geometry": {"type": "Point",
                                              "coordinates": [24.91, 60.16]}}],
                 **stamp, "origin_id": "HEL 2016-012345", "title": "Asemakaavan muutos",
                 "register_id": "HEL 2016-012345", "function": "/v1/function/10/",
                 "attachments": [attachment]},
        "action": {"url": "/v1/action/70/", "id": 70, "data_source": "helsinki",
                   "contents": [content], "attachments": [attachment], **stamp,
                   "origin_id": "70", "title": "Asemakaavan muutos", "ordering": 3,
                   "article_number": "12", "resolution": "PASSED", "case": "/v1/case/5/",
                   "post": "/v1/post/3/", "event": "/v1/event/7/"},
        "content": content,
        "attachment": attachment,
    }  # fmt: skip
    for resource, record in specification.items():
        assert problems(resource, record) == [], resource
    wrong = {
        "event": {**specification["event"], "id": "7"},  # int64 in the specification
        "case": {**specification["case"], "modified_at": "2017-01-11 08:30"},  # no zone
        "attachment": {**attachment, "public": "yes"},
        "content": {**content, "ordering": 1.5},
        "organization": {**specification["organization"], "founding_date": "1.6.2017"},
        "action": {**specification["action"], "votes": []},  # not ours to write
    }
    for resource, record in wrong.items():
        assert problems(resource, record) != [], resource
