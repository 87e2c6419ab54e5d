"""OParl 1.1, the open standard of council information systems, as a source of decisions.

The walk is System → body list → Body → meeting list. A meeting carries its agenda items;
an agenda item with a resolution (``resolutionText`` or ``resolutionFile``) is one decision
in the archive, dated by its meeting and attributed to the meeting's organization, with the
consulted Paper's ``reference`` as the case id. Lists are paged with ``links.next``; an
incremental pull asks for ``modified_since`` and keeps only the agenda items changed since
the cursor (a meeting is listed when anything in it changed, not every item in it did).

File texts come from the File's ``text`` when the server offers it, else from ``accessUrl``:
plain text and HTML through the fetcher's bounded line stream, PDF and DOCX only when the
fetcher can download bytes (``get_bytes``), read with the import's bounded extractors.

Options (all optional): ``limit`` page size, ``body`` (id or short name: only that body),
``municipality``, ``language``.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

from desktop_app.domain.model import DecisionRecord
from desktop_app.errors import PaatospajaError
from desktop_app.sources.contract import (
    Checkpoint,
    Event,
    HttpFetcher,
    Listing,
    PullRequest,
    RemoteDecision,
)
from desktop_app.sources.markup import plain_text
from desktop_app.sources.modified import ModifiedMark
from desktop_app.sources.open_decision import body_decision, day_of, invalid, section_of
from desktop_app.tasks import TaskState

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_FILE_CHARS = 2_000_000
_SUFFIXES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


def list_page(page: object, url: str, source: str) -> tuple[list[object], str]:
    """Items and the next page of an OParl external list (``data`` + ``links.next``)."""
    if not isinstance(page, dict) or not isinstance(page.get("data"), list):
        raise invalid(source, url, "data")
    links = page.get("links")
    following = links.get("next") if isinstance(links, dict) else None
    next_url = urljoin(url, following) if isinstance(following, str) and following else ""
    return list(page["data"]), next_url


def _kind(resource: dict[str, object]) -> str:
    """``Meeting`` from ``https://schema.oparl.org/1.1/Meeting``."""
    value = resource.get("type")
    return value.rsplit("/", 1)[-1] if isinstance(value, str) else ""


def _id_of(resource: object, url: str, source: str) -> str:
    identifier = resource.get("id") if isinstance(resource, dict) else None
    if not isinstance(identifier, str) or not identifier:
        raise invalid(source, url, "id")
    return identifier


@dataclass
class _Linked:
    http: HttpFetcher
    source: str
    cache: dict[str, dict[str, object]] = field(default_factory=dict)

    def get(self, reference: object) -> dict[str, object]:
        """An embedded object as it is; a URL fetched once per pull; anything else empty."""
        if isinstance(reference, dict):
            return reference
        if not isinstance(reference, str) or not reference:
            return {}
        if reference not in self.cache:
            found = self.http.get_json(reference)
            if not isinstance(found, dict):
                raise invalid(self.source, reference, "object")
            self.cache[reference] = found
        return self.cache[reference]


@dataclass(frozen=True)
class _Resume:
    body: str
    next_url: str
    newest: ModifiedMark
    since: ModifiedMark

    def encode(self) -> str:
        return json.dumps(
            {
                "body": self.body,
                "next": self.next_url,
                "newest": self.newest.encode(),
                "since": self.since.encode(),
            }
        )

    @classmethod
    def decode(cls, text: str) -> _Resume | None:
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or not all(
            isinstance(data.get(key), str) for key in ("body", "next")
        ):
            return None
        return cls(
            data["body"],
            data["next"],
            ModifiedMark.decode(str(data.get("newest", ""))),
            ModifiedMark.decode(str(data.get("since", ""))),
        )


class OParlAdapter:
    """Pulls each body's meetings page by page, with a checkpoint after every page."""

    kind = "oparl"

    def pull(self, request: PullRequest, http: HttpFetcher, state: TaskState) -> Iterator[Event]:
        linked = _Linked(http, request.source_key)
        resumed = _Resume.decode(request.resume) if request.resume else None
        if resumed is not None:
            since, newest = resumed.since, resumed.newest.copy()
        else:
            since = ModifiedMark.decode(request.cursor)
            newest = since.copy()
        complete = resumed is None and not since.text
        seen: set[str] = set()
        done = 0
        bodies = self._bodies(request, linked)
        if resumed is not None:
            # Bodies before the interrupted one were finished; start inside that one.
            ids = [_id_of(body, request.location, request.source_key) for body in bodies]
            if resumed.body in ids:
                bodies = bodies[ids.index(resumed.body) :]
        for body in bodies:
            body_id = _id_of(body, request.location, request.source_key)
            meeting_list = body.get("meeting")
            if not isinstance(meeting_list, str) or not meeting_list:
                raise invalid(request.source_key, body_id, "meeting")
            if resumed is not None and resumed.body == body_id:
                url, params = resumed.next_url, None
            else:
                url, params = meeting_list, self._first_params(request, since)
            pages: set[str] = set()
            while url:
                state.check()
                meetings, next_url = list_page(http.get_json(url, params), url, request.source_key)
                pages.add(url)
                if next_url in pages:  # a "next" that leads back would page forever
                    raise invalid(request.source_key, url, "links.next")
                for listed in meetings:
                    meeting = linked.get(listed)
                    if meeting.get("deleted") is True:
                        continue
                    for item in self._items(meeting, linked):
                        state.check()
                        remote_id = _id_of(item, url, request.source_key)
                        if item.get("deleted") is True or not _decided(item):
                            continue
                        seen.add(remote_id)
                        modified = item.get("modified") or meeting.get("modified")
                        if not since.is_new(modified, remote_id):
                            continue
                        if modified and request.known.get(remote_id) == modified:
                            newest.advance(modified, remote_id)
                            continue
                        yield self._decision(request, meeting, item, remote_id, linked)
                        newest.advance(modified, remote_id)
                        done += 1
                        state.progress(done, 0, str(item.get("name") or ""))
                if next_url:
                    yield Checkpoint(_Resume(body_id, next_url, newest.copy(), since).encode())
                url, params = next_url, None
        yield Listing(
            complete=complete,
            seen=frozenset(seen) if complete else frozenset(),
            cursor=newest.encode(),
        )

    def _bodies(self, request: PullRequest, linked: _Linked) -> list[dict[str, object]]:
        """The bodies under a System URL (or the one Body the location names)."""
        entry = linked.get(request.location)
        if _kind(entry) == "Body":
            return [entry]
        if _kind(entry) != "System" or not isinstance(entry.get("body"), str):
            raise invalid(request.source_key, request.location, "System")
        bodies: list[dict[str, object]] = []
        url, pages = str(entry["body"]), set()
        while url and url not in pages:
            pages.add(url)
            items, url = list_page(linked.http.get_json(url), url, request.source_key)
            bodies.extend(linked.get(item) for item in items)
        wanted = request.options.get("body", "")
        if wanted:
            bodies = [b for b in bodies if wanted in (b.get("id"), b.get("shortName"))]
        return bodies

    @staticmethod
    def _first_params(request: PullRequest, since: ModifiedMark) -> dict[str, str]:
        try:
            limit = min(max(int(request.options.get("limit", DEFAULT_LIMIT)), 1), MAX_LIMIT)
        except ValueError:
            limit = DEFAULT_LIMIT
        params = {"limit": str(limit)}
        if since.text:
            params["modified_since"] = since.text
        return params

    @staticmethod
    def _items(meeting: dict[str, object], linked: _Linked) -> list[dict[str, object]]:
        items = meeting.get("agendaItem")
        if not isinstance(items, list):
            return []
        return [linked.get(item) for item in items]

    def _decision(
        self,
        request: PullRequest,
        meeting: dict[str, object],
        item: dict[str, object],
        remote_id: str,
        linked: _Linked,
    ) -> RemoteDecision:
        consultation = linked.get(item.get("consultation"))
        paper = linked.get(consultation.get("paper"))
        organizations = meeting.get("organization")
        first = organizations[0] if isinstance(organizations, list) and organizations else None
        organization = linked.get(first)
        parts = [plain_text(str(item.get("resolutionText") or ""))]
        parts.append(self._file_text(linked.get(item.get("resolutionFile")), linked.http))
        if not any(parts):
            parts.append(self._file_text(linked.get(paper.get("mainFile")), linked.http))
        record = DecisionRecord(
            source_id=f"{request.source_key}:{remote_id}",
            title=str(item.get("name") or paper.get("name") or ""),
            text="\n\n".join(part for part in parts if part),
            date=day_of(meeting.get("start")) or day_of(item.get("start")),
            body_org=str(organization.get("name") or meeting.get("name") or ""),
            doc_type=body_decision(),
            case_id=str(paper.get("reference") or ""),
            section=section_of(item.get("number")),
            language=request.options.get("language", "fi") or "fi",
            municipality=request.options.get("municipality", ""),
            source=request.source_key,
        )
        link = item.get("web") or remote_id
        return RemoteDecision(
            remote_id=remote_id,
            record=record,
            link=str(link),
            version=str(item.get("modified") or meeting.get("modified") or ""),
        )

    @staticmethod
    def _file_text(file: dict[str, object], http: HttpFetcher) -> str:
        if not file:
            return ""
        text = file.get("text")
        if isinstance(text, str) and text.strip():
            return plain_text(text[:MAX_FILE_CHARS])
        url = file.get("accessUrl")
        if not isinstance(url, str) or not url:
            return ""
        mime = str(file.get("mimeType") or "").split(";")[0].strip().lower()
        if mime.startswith("text/"):
            taken: list[str] = []
            size = 0
            for line in http.get_lines(url):
                taken.append(line)
                size += len(line)
                if size >= MAX_FILE_CHARS:
                    break
            joined = "\n".join(taken)[:MAX_FILE_CHARS]
            return plain_text(joined) if mime == "text/html" else joined.strip()
        download: Callable[[str], bytes] | None = getattr(http, "get_bytes", None)
        if mime in _SUFFIXES and download is not None:
            return _extracted(download(url), _SUFFIXES[mime])
        return ""


def _decided(item: dict[str, object]) -> bool:
    """An agenda item the archive keeps: one with a resolution, not a mere heading."""
    return bool(item.get("resolutionText") or item.get("resolutionFile"))


def _extracted(content: bytes, suffix: str) -> str:
    """A downloaded PDF or DOCX read with the import's bounded extractor; unreadable is empty."""
    from desktop_app.importing.extract import extract

    with tempfile.TemporaryDirectory(prefix="paatospaja-oparl-") as folder:
        path = Path(folder) / f"file{suffix}"
        path.write_bytes(content)
        try:
            return extract(path).text
        except PaatospajaError:
            return ""
