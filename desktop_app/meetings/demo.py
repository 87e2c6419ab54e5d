"""A realistic demonstration meeting: for the benchmark, the README picture and the tests.

The texts are the project's own writing about an imagined municipality (Esimerkkilä);
no real person's data is used.
"""

from __future__ import annotations

import tomllib
from datetime import datetime
from functools import cache
from typing import Any

from desktop_app.domain.model import AgendaItem, Attachment, ItemState, Meeting, Person, Section
from desktop_app.meetings.model import Participant, ParticipantRole
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.resources import resource_path
from desktop_app.workspace import Workspace


@cache
def _content() -> dict[str, Any]:
    """The wording lives in ``resources/samples/demo_meeting.toml``, beside the samples."""
    with resource_path("samples", "demo_meeting.toml").open("rb") as handle:
        return tomllib.load(handle)


def demo_participants() -> list[Participant]:
    return [
        Participant(
            str(person["name"]),
            ParticipantRole(person["role"]),
            str(person.get("title", "")),
            bool(person.get("present", True)),
            arrival=str(person.get("arrival", "")),
        )
        for person in _content()["participants"]
    ]


def demo_item(index: int, organization_id: str = "kh") -> AgendaItem:
    content = _content()
    topics = content["topics"]
    topic = topics[index % len(topics)]
    title, task_class = str(topic["title"]), str(topic["task_class"])
    if index >= len(topics):
        title = f"{title} ({index // len(topics) + 1})"
    preparer = content["preparer"]
    number = index + 1
    return AgendaItem(
        id=None,
        organization_id=organization_id,
        template_id="kunnanhallitus",
        title=title,
        dno=f"KH {100 + index}/{task_class}/2026",
        task_class=task_class,
        state=ItemState.READY,
        preparer=Person(preparer["name"], preparer["title"]),
        contact=Person(preparer["name"], preparer["title"], preparer["phone"], preparer["email"]),
        presenter=content["presenter"],
        parties=content["parties"],
        sections={
            Section.DESCRIPTION: content["description"].format(title=title),
            Section.REASONS: content["reasons"],
            Section.PROPOSAL: content["proposal"],
        },
        attachments=[
            Attachment(
                content["attachment"].format(number=number),
                content["attachment_path"].format(number=number),
            )
        ],
        for_information=content["for_information"],
    )


def create_demo_meeting(workspace: Workspace, items: int = 8, *, standing: bool = True) -> int:
    """A kunnanhallitus meeting with ``items`` realistic items on its agenda; its id."""
    repository = MeetingRepository(workspace.db)
    meeting = repository.create(
        Meeting(
            None,
            "kh",
            0,
            2026,
            start=datetime(2026, 3, 2, 18, 0),
            end=datetime(2026, 3, 2, 20, 15),
            place=_content()["place"],
            checkers=list(_content()["checkers"]),
        ),
        demo_participants(),
        with_standing_items=standing,
    )
    assert meeting.id is not None
    for index in range(items):
        item = workspace.items.save(demo_item(index))
        assert item.id is not None
        repository.add_item(meeting.id, item.id)
    return meeting.id
