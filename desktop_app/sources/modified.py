"""The incremental cursor of the APIs that filter by a modification time.

Both the Open Decision API (``modified_at``) and OParl (``modified_since``) filter with an
inclusive bound, so asking from the newest time already seen returns the objects modified at
exactly that time again. The cursor therefore keeps, beside the time, the ids already taken at
it: those are skipped, while another object stamped with the same instant (written just after
the last sync read the list) still comes through. Nothing is lost to clock granularity, and a
quiet source yields nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime


def parse_time(value: object) -> datetime | None:
    """An ISO 8601 time as an aware datetime (a naive one is taken as UTC); None if not one."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


@dataclass
class ModifiedMark:
    """The newest modification time seen and the ids seen at exactly that time."""

    text: str = ""
    ids: set[str] = field(default_factory=set)

    @property
    def time(self) -> datetime | None:
        return parse_time(self.text)

    @classmethod
    def decode(cls, cursor: str) -> ModifiedMark:
        """Read a cursor this module wrote; anything else starts from the beginning."""
        if not cursor:
            return cls()
        try:
            data = json.loads(cursor)
        except ValueError:
            return cls()
        if not isinstance(data, dict) or parse_time(data.get("modified")) is None:
            return cls()
        ids = data.get("ids", [])
        return cls(str(data["modified"]), {str(i) for i in ids} if isinstance(ids, list) else set())

    def encode(self) -> str:
        if not self.text:
            return ""
        return json.dumps({"modified": self.text, "ids": sorted(self.ids)}, ensure_ascii=False)

    def copy(self) -> ModifiedMark:
        return ModifiedMark(self.text, set(self.ids))

    def is_new(self, modified: object, remote_id: str) -> bool:
        """Whether an object was changed after this mark (an unknown time counts as new)."""
        mark, stamp = self.time, parse_time(modified)
        if mark is None or stamp is None:
            return True
        return stamp > mark or (stamp == mark and remote_id not in self.ids)

    def advance(self, modified: object, remote_id: str) -> None:
        stamp = parse_time(modified)
        if stamp is None or not isinstance(modified, str):
            return
        mark = self.time
        if mark is None or stamp > mark:
            self.text, self.ids = modified, {remote_id}
        elif stamp == mark:
            self.ids.add(remote_id)
