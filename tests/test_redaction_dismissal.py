"""Dismissing one occurrence of a false positive leaves the others to be decided."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest

from desktop_app.domain.model import Section
from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import describe
from desktop_app.privacy.detect import Kind, fingerprint
from desktop_app.privacy.marks import MarkRepository, occurrence_key
from desktop_app.publishing.export import (
    PublishingLeak,
    allowed_fingerprints,
    allowed_occurrences,
    export_public,
)
from desktop_app.publishing.leak import mask, scan_docx
from desktop_app.publishing.privacy_checks import ReviewEntry, review_item
from desktop_app.publishing.review import load_review
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace
from tests.privacy_samples import PublishingMeeting, publishing_meeting
from tests.test_redaction_forms import confirm_everything

PLAN = "07053-336"  # a plan number that has the shape of a phone number
KEY = fingerprint(Kind.PHONE, PLAN)


@pytest.fixture
def setup(workspace_dir: Path) -> Iterator[tuple[Workspace, PublishingMeeting]]:
    workspace = Workspace.open(workspace_dir)
    try:
        meeting = publishing_meeting(workspace)
        item = workspace.items.get(meeting.public_item_id)
        item.sections[Section.DESCRIPTION] += f"<p>Alueella on voimassa asemakaava {PLAN}.</p>"
        item.sections[Section.REASONS] = f"<p>Lisätietoja saa numerosta {PLAN} iltaisin.</p>"
        workspace.items.save(item)
        meetings = MeetingRepository(workspace.db)
        record = meetings.get(meeting.meeting_id)
        record.checked_on, record.public_view_on = date(2026, 3, 3), date(2026, 3, 4)
        meetings.update(record)
        yield workspace, meeting
    finally:
        workspace.close()


def _plan_entries(workspace: Workspace, item_id: int) -> list[ReviewEntry]:
    marks = MarkRepository(workspace.db)
    item = workspace.items.get(item_id)
    entries = review_item(item, marks.marks(item_id), marks.dismissed(item_id))
    return [e for e in entries if e.detection.fingerprint == KEY]


def _dismiss_in_description(workspace: Workspace, item_id: int) -> None:
    (selostus,) = [e for e in _plan_entries(workspace, item_id) if e.field == "selostus"]
    MarkRepository(workspace.db).dismiss(
        item_id, KEY, "kaavatunnus", field=selostus.field, start=selostus.detection.start
    )


def test_an_occurrence_is_dismissed_only_where_it_was(
    setup: tuple[Workspace, PublishingMeeting],
) -> None:
    workspace, meeting = setup
    item_id = meeting.public_item_id
    before = {e.field: e.status for e in _plan_entries(workspace, item_id)}
    assert before == {"selostus": "open", "perustelut": "open"}
    _dismiss_in_description(workspace, item_id)
    after = {e.field: e.status for e in _plan_entries(workspace, item_id)}
    assert after == {"selostus": "dismissed", "perustelut": "open"}
    assert KEY not in MarkRepository(workspace.db).dismissed(item_id)  # not item-wide


def test_the_dismissal_follows_its_occurrence_when_the_text_moves(
    setup: tuple[Workspace, PublishingMeeting],
) -> None:
    workspace, meeting = setup
    item_id = meeting.public_item_id
    _dismiss_in_description(workspace, item_id)
    item = workspace.items.get(item_id)
    item.sections[Section.DESCRIPTION] = "<p>Uusi alku.</p>" + item.sections[Section.DESCRIPTION]
    workspace.items.save(item)
    after = {e.field: e.status for e in _plan_entries(workspace, item_id)}
    assert after == {"selostus": "dismissed", "perustelut": "open"}


def test_every_occurrence_and_taking_dismissals_back(
    setup: tuple[Workspace, PublishingMeeting],
) -> None:
    workspace, meeting = setup
    item_id = meeting.public_item_id
    marks = MarkRepository(workspace.db)
    with pytest.raises(ValueError):
        marks.dismiss(item_id, KEY, start=3)
    with pytest.raises(ValueError):
        marks.dismiss(item_id, KEY, field="no_such_field", start=3)
    marks.dismiss(item_id, KEY, "kaavatunnus", field="perustelut")  # the whole field
    assert marks.dismissed(item_id) == {occurrence_key(KEY, "perustelut", None): "kaavatunnus"}
    assert {e.field: e.status for e in _plan_entries(workspace, item_id)} == {
        "selostus": "open",
        "perustelut": "dismissed",
    }
    marks.undismiss(item_id, KEY, field="perustelut")
    assert marks.dismissed(item_id) == {}
    marks.dismiss(item_id, KEY, "kaavatunnus")  # None: every occurrence, as before
    assert {e.status for e in _plan_entries(workspace, item_id)} == {"dismissed"}
    _dismiss_in_description(workspace, item_id)
    marks.undismiss(item_id, KEY)  # None takes back the item-wide and the single ones
    assert marks.dismissed(item_id) == {}


def test_export_keeps_the_dismissed_occurrence_and_removes_the_other(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    _dismiss_in_description(workspace, meeting.public_item_id)
    confirm_everything(workspace, meeting.meeting_id)
    target = tmp_path / "julkaisu.docx"
    result = export_public(workspace, meeting.meeting_id, target)
    assert result.docx == target
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert f"asemakaava {PLAN}" in text
    assert text.count(PLAN) == 1 and "numerosta [henkilötieto poistettu]" in text


def _internal_minutes(workspace: Workspace, meeting_id: int, path: Path) -> Path:
    run(ExportRequest(workspace.root, ExportKind.MINUTES, meeting_id, path), TaskState())
    return path


def test_the_leak_check_refuses_the_occurrence_that_was_not_dismissed(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    minutes = _internal_minutes(workspace, meeting.meeting_id, tmp_path / "sisainen.docx")

    def plan_leaks() -> list[str]:
        review = load_review(workspace, meeting.meeting_id)
        leaks = scan_docx(
            minutes,
            allowed=allowed_fingerprints(review),
            allowed_occurrences=allowed_occurrences(review),
            detect_in_headers=False,
        )
        return [leak.place() for leak in leaks if leak.excerpt == mask(PLAN)]

    (refused,) = plan_leaks()
    assert refused.startswith("word/document.xml (§ ")
    _dismiss_in_description(workspace, meeting.public_item_id)
    assert plan_leaks() == [refused]  # the Perustelut occurrence still stands
    (perustelut,) = [
        e for e in _plan_entries(workspace, meeting.public_item_id) if e.field == "perustelut"
    ]
    MarkRepository(workspace.db).dismiss(
        meeting.public_item_id, KEY, field="perustelut", start=perustelut.detection.start
    )
    assert plan_leaks() == []


def test_the_refusal_names_the_part_the_item_and_a_masked_excerpt(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    minutes = _internal_minutes(workspace, meeting.meeting_id, tmp_path / "sisainen.docx")
    leaks = scan_docx(minutes, detect_in_headers=False)
    refusal = PublishingLeak(str(tmp_path / "julkaisu.docx"), leaks)
    for language in ("fi", "sv", "en"):
        sentence = describe(refusal, language)
        assert "word/document.xml (§ " in sentence
        assert mask("131052-308T") in sentence and "131052-308T" not in sentence
        assert str(len(leaks)) in sentence
    assert "kohtaan" in describe(refusal, "fi")


TWO_COPIES = (
    f"<p>Asemakaava {PLAN} on voimassa alueella.</p>"
    f"<p>Hakija pyytää soittamaan numeroon {PLAN} iltaisin.</p>"
)


def _two_copies(workspace: Workspace, item_id: int) -> int:
    """A plan number and a phone number of the same digits in the Selostus; the first dismissed."""
    item = workspace.items.get(item_id)
    item.sections[Section.DESCRIPTION] = TWO_COPIES
    item.sections[Section.REASONS] = "<p>Ei lisättävää.</p>"
    workspace.items.save(item)
    first = min(e.detection.start for e in _plan_entries(workspace, item_id))
    MarkRepository(workspace.db).dismiss(item_id, KEY, "kaavatunnus", field="selostus", start=first)
    return first


def _selostus_statuses(workspace: Workspace, item_id: int) -> list[str]:
    entries = sorted(_plan_entries(workspace, item_id), key=lambda e: e.detection.start)
    return [e.status for e in entries if e.field == "selostus"]


def test_a_dismissal_whose_occurrence_was_edited_away_does_not_move_to_another_copy(
    setup: tuple[Workspace, PublishingMeeting], tmp_path: Path
) -> None:
    workspace, meeting = setup
    item_id = meeting.public_item_id
    _two_copies(workspace, item_id)
    assert _selostus_statuses(workspace, item_id) == ["dismissed", "open"]
    item = workspace.items.get(item_id)
    item.sections[Section.DESCRIPTION] = TWO_COPIES.replace(f"Asemakaava {PLAN} on", "Kaava on")
    workspace.items.save(item)
    assert _selostus_statuses(workspace, item_id) == ["open"]  # stale: open again
    assert MarkRepository(workspace.db).dismissed(item_id) == {}
    confirm_everything(workspace, meeting.meeting_id)
    target = tmp_path / "julkaisu.docx"
    export_public(workspace, meeting.meeting_id, target)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert PLAN not in text and "numeroon [henkilötieto poistettu]" in text


def test_a_dismissal_follows_its_occurrence_only_with_its_neighbours(
    setup: tuple[Workspace, PublishingMeeting],
) -> None:
    workspace, meeting = setup
    item_id = meeting.public_item_id
    first = _two_copies(workspace, item_id)
    item = workspace.items.get(item_id)
    item.sections[Section.DESCRIPTION] = "<p>Uusi ensimmäinen kappale.</p>" + TWO_COPIES
    workspace.items.save(item)
    assert _selostus_statuses(workspace, item_id) == ["dismissed", "open"]
    (key,) = MarkRepository(workspace.db).dismissed(item_id)
    moved_to = int(key.rsplit("\t", 1)[1])
    assert moved_to > first  # at the occurrence's new place
    MarkRepository(workspace.db).undismiss(item_id, KEY, field="selostus", start=moved_to)
    assert MarkRepository(workspace.db).dismissed(item_id) == {}  # taken back where it is now
    MarkRepository(workspace.db).dismiss(item_id, KEY, field="selostus", start=moved_to)
    item.sections[Section.DESCRIPTION] = TWO_COPIES.replace("Asemakaava", "Yleiskaava")
    workspace.items.save(item)
    assert _selostus_statuses(workspace, item_id) == ["open", "open"]  # other neighbours


def test_a_dismissal_stored_without_neighbours_holds_only_at_its_offset(
    setup: tuple[Workspace, PublishingMeeting],
) -> None:
    workspace, meeting = setup
    item_id = meeting.public_item_id
    _two_copies(workspace, item_id)
    workspace.db.execute(
        "UPDATE privacy_occurrence_dismissals SET text = '', before_text = '', after_text = ''"
    )  # as a dismissal made before the neighbours were kept
    assert _selostus_statuses(workspace, item_id) == ["dismissed", "open"]
    item = workspace.items.get(item_id)
    item.sections[Section.DESCRIPTION] = TWO_COPIES.replace(f"Asemakaava {PLAN} on", "Kaava on")
    workspace.items.save(item)
    assert _selostus_statuses(workspace, item_id) == ["open"]
