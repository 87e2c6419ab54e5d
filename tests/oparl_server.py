"""A local OParl 1.1 server serving a :class:`DocumentSet`.

System → body list → Body → meeting list; a Meeting embeds its AgendaItems, which point to
a Consultation (→ Paper with the case reference) and carry the decision either as
``resolutionText`` (odd documents) or as a ``resolutionFile`` whose text is only behind its
``accessUrl`` (even documents: plain text, or every other one a Word file), so the ways a
server may give a resolution are all exercised.
The meeting list pages with ``links.next`` and honours ``modified_since``, listing removed
agenda items as ``deleted`` as the standard asks for filtered lists.
"""

from __future__ import annotations

import html
import io
import threading
from datetime import datetime
from urllib.parse import urlencode

import docx

from desktop_app.sources.modified import parse_time
from tests.api_server import ApiServer, Credentials, Reply, Request, Route, page_bounds
from tests.source_documents import Document, DocumentSet

PREFIX = "/oparl/v1"
SCHEMA = "https://schema.oparl.org/1.1/"
DEFAULT_LIMIT = 20


def _stamp(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


class OParlData:
    """Objects built from the documents, once per edit; meetings keep their ids across edits."""

    def __init__(self, documents: DocumentSet) -> None:
        self.documents = documents
        self._lock = threading.Lock()
        self._meeting_ids: dict[tuple[str, str], int] = {}
        self._organization_ids: dict[str, int] = {}
        self._built: tuple[int, dict[str, dict[str, object]], list[int]] | None = None
        self._meeting_of: dict[int, int] = {}  # document key -> meeting id

    def objects(self, base: str) -> tuple[dict[str, dict[str, object]], list[int]]:
        """Every object by its path, and the meeting ids in list order."""
        with self._lock:
            current, removed, generation = self.documents.snapshot()
            if self._built is None or self._built[0] != generation:
                objects, meetings = self._build(current, removed, base + PREFIX)
                self._built = (generation, objects, meetings)
            return self._built[1], self._built[2]

    def _build(
        self, current: list[Document], removed: dict[int, datetime], root: str
    ) -> tuple[dict[str, dict[str, object]], list[int]]:
        objects: dict[str, dict[str, object]] = {}
        body_url = f"{root}/body/1"
        objects["/system"] = {
            "id": f"{root}/system",
            "type": SCHEMA + "System",
            "oparlVersion": SCHEMA,
            "name": "Kuusiniemen päätösrajapinta",
            "body": f"{root}/bodies",
        }
        objects["/body/1"] = {
            "id": body_url,
            "type": SCHEMA + "Body",
            "system": f"{root}/system",
            "name": "Kuusiniemen kunta",
            "shortName": "Kuusiniemi",
            "meeting": f"{body_url}/meetings",
            "paper": f"{body_url}/papers",
            "organization": f"{body_url}/organizations",
            "person": f"{body_url}/people",
            "legislativeTerm": [],
            "created": "2024-01-01T08:00:00Z",
            "modified": "2024-01-01T08:00:00Z",
        }
        meetings: dict[int, dict[str, object]] = {}
        for document in current:
            org_id = self._organization_ids.setdefault(
                document.body_org, len(self._organization_ids) + 1
            )
            org_url = f"{root}/organization/{org_id}"
            objects[f"/organization/{org_id}"] = {
                "id": org_url,
                "type": SCHEMA + "Organization",
                "body": body_url,
                "name": document.body_org,
                "modified": "2024-01-01T08:00:00Z",
            }
            meeting_id = self._meeting_ids.setdefault(
                (document.body_org, document.day.isoformat()), len(self._meeting_ids) + 1
            )
            self._meeting_of[document.key] = meeting_id
            meeting = meetings.setdefault(
                meeting_id,
                {
                    "id": f"{root}/meeting/{meeting_id}",
                    "type": SCHEMA + "Meeting",
                    "name": f"{document.body_org} {document.day:%d.%m.%Y}",
                    "start": f"{document.day.isoformat()}T18:00:00+02:00",
                    "organization": [org_url],
                    "agendaItem": [],
                    "created": "2024-01-01T08:00:00Z",
                    "modified": _stamp(document.modified),
                },
            )
            item = self._agenda_item(document, root, str(meeting["id"]), objects)
            meeting["agendaItem"].append(item)  # type: ignore[attr-defined]
            if str(meeting["modified"]) < str(item["modified"]):
                meeting["modified"] = item["modified"]
        for key, when in removed.items():
            home = self._meeting_of.get(key)
            if home is None or home not in meetings:
                continue
            meeting = meetings[home]
            meeting["agendaItem"].append(  # type: ignore[attr-defined]
                {
                    "id": f"{root}/agendaitem/{key}",
                    "type": SCHEMA + "AgendaItem",
                    "deleted": True,
                    "modified": _stamp(when),
                }
            )
            if str(meeting["modified"]) < _stamp(when):
                meeting["modified"] = _stamp(when)
        for meeting_id, meeting in meetings.items():
            objects[f"/meeting/{meeting_id}"] = meeting
        return objects, sorted(meetings)

    @staticmethod
    def _agenda_item(
        document: Document, root: str, meeting_url: str, objects: dict[str, dict[str, object]]
    ) -> dict[str, object]:
        key, modified = document.key, _stamp(document.modified)
        paper_url = f"{root}/paper/{key}"
        objects[f"/paper/{key}"] = {
            "id": paper_url,
            "type": SCHEMA + "Paper",
            "name": document.title,
            "reference": document.case_id,
            "date": document.day.isoformat(),
            "paperType": "Päätösesitys",
            "modified": modified,
        }
        objects[f"/consultation/{key}"] = {
            "id": f"{root}/consultation/{key}",
            "type": SCHEMA + "Consultation",
            "paper": paper_url,
            "agendaItem": f"{root}/agendaitem/{key}",
            "meeting": meeting_url,
            "authoritative": True,
            "role": "Päätös",
            "modified": modified,
        }
        item: dict[str, object] = {
            "id": f"{root}/agendaitem/{key}",
            "type": SCHEMA + "AgendaItem",
            "meeting": meeting_url,
            "number": document.section_number,
            "order": key,
            "name": document.title,
            "public": True,
            "consultation": f"{root}/consultation/{key}",
            "result": "Päätetty",
            "web": f"{root.rsplit('/oparl', 1)[0]}/paatokset/{key}",
            "created": "2024-01-01T08:00:00Z",
            "modified": modified,
        }
        if key % 2:
            item["resolutionText"] = "".join(
                f"<p>{html.escape(line)}</p>" for line in document.text.splitlines() if line
            )
        else:  # every other one of these as a Word file, read by the import's extractor
            kind = "docx" if key % 4 == 0 else "text"
            item["resolutionFile"] = {
                "id": f"{root}/file/{key}",
                "type": SCHEMA + "File",
                "name": f"Päätös {document.section}",
                "fileName": f"paatos-{key}.{'docx' if kind == 'docx' else 'txt'}",
                "mimeType": DOCX_MIME if kind == "docx" else "text/plain",
                "accessUrl": f"{root}/file/{key}/{kind}",
                "modified": modified,
            }
            objects[f"/file/{key}/{kind}"] = {"text": document.text}
        objects[f"/agendaitem/{key}"] = item
        return item


DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _docx(text: str) -> bytes:
    """A resolution as a municipality's system would attach it: a Word file."""
    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def route(data: OParlData) -> Route:
    def answer(request: Request, base: str) -> Reply:
        if not request.path.startswith(PREFIX):
            return Reply(404, {"detail": "not found"})
        path = request.path[len(PREFIX) :].rstrip("/")
        objects, meeting_ids = data.objects(base)
        if path == "/bodies":
            return Reply(200, _list([objects["/body/1"]], request, base))
        if path == "/body/1/meetings":
            return Reply(200, _meetings(objects, meeting_ids, request, base))
        found = objects[path]
        if path.endswith("/text"):
            return Reply(200, str(found["text"]), "text/plain")
        if path.endswith("/docx"):
            return Reply(200, _docx(str(found["text"])), DOCX_MIME)
        return Reply(200, found)

    return answer


def _meetings(
    objects: dict[str, dict[str, object]], ids: list[int], request: Request, base: str
) -> object:
    since = parse_time(request.query.get("modified_since"))
    chosen: list[dict[str, object]] = []
    for meeting_id in ids:
        meeting = objects[f"/meeting/{meeting_id}"]
        modified = parse_time(meeting["modified"])
        if since is None:
            live = [i for i in meeting["agendaItem"] if not i.get("deleted")]  # type: ignore[attr-defined]
            if live:
                chosen.append({**meeting, "agendaItem": live})
        elif modified is not None and modified >= since:
            chosen.append(meeting)
    return _list(chosen, request, base)


def _list(items: list[dict[str, object]], request: Request, base: str) -> object:
    limit, offset = page_bounds(request.query, DEFAULT_LIMIT)
    window = items[offset : offset + limit]
    links: dict[str, str] = {}
    if offset + limit < len(items):
        query = {**request.query, "limit": str(limit), "offset": str(offset + limit)}
        links["next"] = f"{base}{request.path}?{urlencode(query)}"
    pages = max(1, -(-len(items) // limit))
    return {
        "data": window,
        "pagination": {
            "totalElements": len(items),
            "elementsPerPage": limit,
            "currentPage": offset // limit + 1,
            "totalPages": pages,
        },
        "links": links,
    }


def oparl_server(documents: DocumentSet, credentials: Credentials | None = None) -> ApiServer:
    """A server (not yet started) whose System is at ``server.url + "/oparl/v1/system"``."""
    return ApiServer(route(OParlData(documents)), credentials)
