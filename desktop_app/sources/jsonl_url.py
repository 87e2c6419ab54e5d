"""A JSON Lines file on a web server, one decision a line (the shape of the public corpora).

An unchanged file costs one request: the ETag / Last-Modified of the last successful sync go
with it and a 304 ends the pull. A changed file is read as a stream; a line whose content
hash is as before is not yielded at all, so only new and changed decisions are written.
There is no checkpoint inside a file (a server that changed it meanwhile would make a line
number meaningless); an interrupted sync reads the file again, and the hashes keep that
cheap.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

from desktop_app.messages import Text, text
from desktop_app.seed import record_from_json
from desktop_app.sources.contract import (
    Event,
    HttpFetcher,
    Listing,
    NotModified,
    PullRequest,
    RemoteDecision,
    Skipped,
)
from desktop_app.sources.errors import SyncBadRecord, SyncInvalidJson
from desktop_app.sources.http import shown_url
from desktop_app.tasks import TaskState

KIND = "jsonl_url"
MAX_LINE_CHARS = 8 * 1024 * 1024


class JsonLinesAdapter:
    kind = KIND

    def pull(self, request: PullRequest, http: HttpFetcher, state: TaskState) -> Iterator[Event]:
        try:
            lines = http.get_lines(request.location, conditional=bool(request.known))
        except NotModified:
            yield Listing(complete=True, seen=frozenset(request.known), cursor=request.cursor)
            return
        seen: set[str] = set()
        skipped = False
        first = True
        for number, line in enumerate(lines, start=1):
            if number % 200 == 0:
                state.check()
            stripped = line.strip()
            if not stripped:
                continue
            data, problem = _decision(stripped)
            if problem is not None:
                if first:  # garbage from the start: an error page, a wrong address
                    raise SyncInvalidJson(
                        problem.code,
                        source=request.source_key,
                        url=shown_url(request.location),
                        reason=problem,
                    )
                skipped = True
                where = text("sync.where_line", line=number)
                yield Skipped(
                    f"#{number}",
                    SyncBadRecord(
                        problem.code, source=request.source_key, where=where, reason=problem
                    ),
                )
                continue
            first = False
            remote_id = str(data["id"]).strip()
            if remote_id in seen:
                continue  # the first line of an id wins, as in a file import
            seen.add(remote_id)
            version = hashlib.sha1(stripped.encode("utf-8"), usedforsecurity=False).hexdigest()
            if request.known.get(remote_id) == version:
                continue
            record = record_from_json(data)
            record.source_id = f"{request.source_key}:{remote_id}"
            yield RemoteDecision(remote_id, record, link=_link(data), version=version)
        # an unreadable line may hold a decision that is still there: no removals then
        yield Listing(complete=not skipped, seen=frozenset(seen), cursor="")


def _link(data: dict[str, object]) -> str:
    for name in ("url", "link", "source"):
        value = str(data.get(name) or "").strip()
        if value.startswith(("http://", "https://")):
            return value.split()[0]
    return ""


def _decision(line: str) -> tuple[dict[str, object], Text | None]:
    """The line's decision, or why it is none (a catalog sentence)."""
    if len(line) > MAX_LINE_CHARS:
        return {}, text("sync.line_too_long")
    try:
        data = json.loads(line)
    except ValueError as error:
        return {}, text("sync.line_not_json", column=getattr(error, "colno", "?"))
    if not isinstance(data, dict) or not str(data.get("id") or "").strip():
        return {}, text("sync.line_no_id")
    if not str(data.get("title") or "").strip() and not str(data.get("text") or "").strip():
        return {}, text("sync.line_empty")
    return data, None
