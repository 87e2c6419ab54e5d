"""Items to and from plain JSON-able dicts: for the version history and for the CLI."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from desktop_app.domain.model import (
    AgendaItem,
    AppealType,
    Attachment,
    Disqualification,
    ItemState,
    Person,
    Section,
)


def person_from(data: dict[str, Any] | None) -> Person:
    data = data or {}
    return Person(
        name=str(data.get("name", "")),
        title=str(data.get("title", "")),
        phone=str(data.get("phone", "")),
        email=str(data.get("email", "")),
    )


def item_to_dict(item: AgendaItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "organization_id": item.organization_id,
        "template_id": item.template_id,
        "title": item.title,
        "dno": item.dno,
        "task_class": item.task_class,
        "language": item.language,
        "state": item.state.value,
        "preparer": asdict(item.preparer),
        "contact": asdict(item.contact),
        "presenter": item.presenter,
        "parties": item.parties,
        "decision_date": item.decision_date.isoformat() if item.decision_date else None,
        "earlier_handling": item.earlier_handling,
        "sections": {key.value: value for key, value in item.sections.items()},
        "attachments": [asdict(a) for a in item.attachments],
        "for_information": item.for_information,
        "appeal_type": item.appeal_type.value,
        "appeal_basis": item.appeal_basis,
        "appeal_law": item.appeal_law,
        "appeal_reason": item.appeal_reason,
        "disqualifications": [asdict(d) for d in item.disqualifications],
        "secrecy_ground": item.secrecy_ground,
        "public": item.public,
        "created": item.created.isoformat() if item.created else None,
        "modified": item.modified.isoformat() if item.modified else None,
        "revision": item.revision,
    }


def _section_key(value: str) -> Section | None:
    try:
        return Section(value)
    except ValueError:
        return None


def item_from_dict(data: dict[str, Any]) -> AgendaItem:
    sections: dict[Section, str] = {}
    for key, value in (data.get("sections") or {}).items():
        section = _section_key(key)
        if section is not None:
            sections[section] = str(value)
    decision_date = data.get("decision_date")
    created = data.get("created")
    modified = data.get("modified")
    return AgendaItem(
        id=data.get("id"),
        organization_id=str(data["organization_id"]),
        template_id=str(data["template_id"]),
        title=str(data.get("title", "")),
        dno=str(data.get("dno", "")),
        task_class=str(data.get("task_class", "")),
        language=str(data.get("language", "fi")),
        state=ItemState(data.get("state", ItemState.DRAFT.value)),
        preparer=person_from(data.get("preparer")),
        contact=person_from(data.get("contact")),
        presenter=str(data.get("presenter", "")),
        parties=str(data.get("parties", "")),
        decision_date=date.fromisoformat(decision_date) if decision_date else None,
        earlier_handling=str(data.get("earlier_handling", "")),
        sections=sections,
        attachments=[Attachment(**a) for a in data.get("attachments") or []],
        for_information=str(data.get("for_information", "")),
        appeal_type=AppealType(data.get("appeal_type", AppealType.CORRECTION.value)),
        appeal_basis=str(data.get("appeal_basis") or ""),
        appeal_law=str(data.get("appeal_law") or ""),
        appeal_reason=str(data.get("appeal_reason") or ""),
        disqualifications=[Disqualification(**d) for d in data.get("disqualifications") or []],
        secrecy_ground=str(data.get("secrecy_ground", "")),
        public=bool(data.get("public", True)),
        created=datetime.fromisoformat(created) if created else None,
        modified=datetime.fromisoformat(modified) if modified else None,
        revision=int(data.get("revision") or 0),
    )
