"""A minimal paged JSON adapter for engine tests: one checkpoint after every page.

It stands in for the API adapters where the engine's checkpoint and resume are tested: each
page is ``{"items": [...], "next": URL or null}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop_app.domain.model import DecisionRecord
from desktop_app.sources.contract import (
    Checkpoint,
    Event,
    HttpFetcher,
    Listing,
    PullRequest,
    RemoteDecision,
)
from desktop_app.tasks import TaskState


def page(items: list[dict[str, Any]], next_url: str | None) -> dict[str, Any]:
    return {"items": items, "next": next_url}


class PagedAdapter:
    kind = "open_decision"

    def pull(self, request: PullRequest, http: HttpFetcher, state: TaskState) -> Iterator[Event]:
        url: str | None = request.resume or request.location
        seen: set[str] = set()
        while url:
            state.check()
            data = http.get_json(url)
            assert isinstance(data, dict)
            for item in data["items"]:
                record = DecisionRecord(source_id="", title=item["title"], text=item["text"])
                seen.add(item["id"])
                yield RemoteDecision(item["id"], record, link=url, version=item.get("v", ""))
            url = data["next"]
            if url:
                yield Checkpoint(url)
        yield Listing(complete=not request.resume, seen=frozenset(seen))
