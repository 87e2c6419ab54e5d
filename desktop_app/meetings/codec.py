"""Decision records to and from JSON, as they are kept in ``agenda_entries.record_json``."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from desktop_app.domain.model import Disqualification
from desktop_app.meetings.model import (
    AttendanceChange,
    DecisionKind,
    EntryDecision,
    Vote,
    VoteSide,
)


def record_to_json(record: EntryDecision) -> str:
    return json.dumps(asdict(record) | {"kind": record.kind.value}, ensure_ascii=False)


def record_from_json(text: str | None) -> EntryDecision | None:
    if not text:
        return None
    data: dict[str, Any] = json.loads(text)
    return EntryDecision(
        kind=DecisionKind(data["kind"]),
        text=str(data.get("text", "")),
        handling=str(data.get("handling", "")),
        votes=[
            Vote(
                question=str(v.get("question", "")),
                sides=[VoteSide(**side) for side in v.get("sides", [])],
                result=str(v.get("result", "")),
            )
            for v in data.get("votes", [])
        ],
        disqualifications=[Disqualification(**d) for d in data.get("disqualifications", [])],
        attendance=[AttendanceChange(**a) for a in data.get("attendance", [])],
    )
