"""A local 6Aika Open Decision API (päätösrajapinta) serving a :class:`DocumentSet`.

The shapes follow ``paatos.swagger.yaml``: ``/v1/action/``, ``/v1/case/``, ``/v1/event/``,
``/v1/organization/``, ``/v1/function/`` lists paged with ``limit``/``offset`` and each
object at ``/v1/<resource>/<id>/``; an action refers to its case and event by URL and
embeds its ``contents`` and ``attachments``. Lists filter with ``modified_at_gte`` /
``modified_at_lte`` as the reference implementation does, and page either as the spec's
list paths do (``count``/``next``/``results``) or in the Popolo ``meta``/``objects`` shape.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Hashable
from datetime import datetime
from urllib.parse import urlencode

from desktop_app.sources.modified import parse_time
from tests.api_server import ApiServer, Credentials, Reply, Request, Route, page_bounds
from tests.source_documents import Document, DocumentSet

PREFIX = "/v1/"
DEFAULT_LIMIT = 20
RESOURCES = ("action", "case", "event", "organization", "function")


class _Numbering:
    """Stable ids for grouped resources, so an edit never renumbers a meeting or a case."""

    def __init__(self) -> None:
        self._ids: dict[Hashable, int] = {}

    def __call__(self, key: Hashable) -> int:
        return self._ids.setdefault(key, len(self._ids) + 1)


def _stamp(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


class OpenDecisionData:
    """Builds the API's objects from the documents, once per edit."""

    def __init__(self, documents: DocumentSet) -> None:
        self.documents = documents
        self._lock = threading.Lock()
        self._built: tuple[int, dict[str, dict[int, dict[str, object]]]] | None = None
        self._organizations = _Numbering()
        self._events = _Numbering()
        self._cases = _Numbering()
        self._functions = _Numbering()

    def collections(self, base: str) -> dict[str, dict[int, dict[str, object]]]:
        with self._lock:
            current, _removed, generation = self.documents.snapshot()
            if self._built is None or self._built[0] != generation:
                self._built = (generation, self._build(current, base))
            return self._built[1]

    def _build(self, current: list[Document], base: str) -> dict[str, dict[int, dict[str, object]]]:
        root = base + PREFIX
        built: dict[str, dict[int, dict[str, object]]] = {name: {} for name in RESOURCES}

        def common(kind: str, ident: int, modified: datetime) -> dict[str, object]:
            return {
                "url": f"{root}{kind}/{ident}/",
                "id": ident,
                "data_source": "kuusiniemi",
                "origin_id": f"{kind}-{ident}",
                "created_at": "2024-01-01T08:00:00Z",
                "modified_at": _stamp(modified),
            }

        def newer(found: dict[str, object], modified: datetime) -> None:
            if str(found["modified_at"]) < _stamp(modified):
                found["modified_at"] = _stamp(modified)

        for document in current:
            org_id = self._organizations(document.body_org)
            organization = built["organization"].setdefault(
                org_id,
                {
                    **common("organization", org_id, document.modified),
                    "name": document.body_org,
                    "classification": "toimielin",
                },
            )
            newer(organization, document.modified)
            event_id = self._events((document.body_org, document.day))
            event = built["event"].setdefault(
                event_id,
                {
                    **common("event", event_id, document.modified),
                    "name": f"{document.body_org} {document.day:%d.%m.%Y}",
                    "start_date": document.day.isoformat(),
                    "end_date": document.day.isoformat(),
                    "organization": organization["url"],
                    "actions": [],
                },
            )
            newer(event, document.modified)
            function_url = None
            if document.classification:
                function_id = self._functions(document.classification)
                function = built["function"].setdefault(
                    function_id,
                    {
                        **common("function", function_id, document.modified),
                        "function_id": document.function_code,
                        "name": document.function_name,
                        "parent": None,
                    },
                )
                function_url = function["url"]
            case_id = self._cases(document.case_id or f"ilman-diaaria-{document.key}")
            case = built["case"].setdefault(
                case_id,
                {
                    **common("case", case_id, document.modified),
                    "title": document.title,
                    "register_id": document.case_id,
                    "function": function_url,
                    "actions": [],
                    "attachments": [],
                    "geometries": [],
                },
            )
            newer(case, document.modified)
            action = {
                **common("action", document.key, document.modified),
                "title": document.title,
                "ordering": document.key,
                "article_number": document.section_number,
                "resolution": "PÄÄTETTY",
                "case": case["url"],
                "event": event["url"],
                "post": None,
                "contents": [
                    {
                        "ordering": 1,
                        "title": "Päätös",
                        "origin_id": f"content-{document.key}-1",
                        "type": "decision",
                        "hypertext": _hypertext(document.text),
                    },
                ],
                "attachments": _attachments(document, root),
            }
            built["action"][document.key] = action
            event["actions"].append(action["url"])  # type: ignore[attr-defined]
            case["actions"].append(action["url"])  # type: ignore[attr-defined]
        return built


def _hypertext(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


def _attachments(document: Document, root: str) -> list[dict[str, object]]:
    if document.key % 5:
        return []
    return [
        {
            "url": f"{root}attachment/{document.key}/",
            "name": "Liite 1 Sijaintikartta",
            "public": True,
            "confidentiality_reason": "",
            "modified_at": _stamp(document.modified),
        }
    ]


def route(data: OpenDecisionData, paging: str) -> Route:
    def answer(request: Request, base: str) -> Reply:
        if not request.path.startswith(PREFIX):
            return Reply(404, {"detail": "not found"})
        parts = [p for p in request.path[len(PREFIX) :].split("/") if p]
        collections = data.collections(base)
        if not parts or parts[0] not in collections:
            return Reply(404, {"detail": "not found"})
        kind = collections[parts[0]]
        if len(parts) == 2:
            return Reply(200, kind[int(parts[1])])
        return Reply(200, _page(list(kind.values()), request, base, paging))

    return answer


def _page(items: list[dict[str, object]], request: Request, base: str, paging: str) -> object:
    since = parse_time(request.query.get("modified_at_gte"))
    until = parse_time(request.query.get("modified_at_lte"))
    chosen = []
    for item in sorted(items, key=lambda i: int(str(i["id"]))):
        modified = parse_time(item["modified_at"])
        assert modified is not None
        if (since is None or modified >= since) and (until is None or modified <= until):
            chosen.append(item)
    limit, offset = page_bounds(request.query, DEFAULT_LIMIT)
    window = chosen[offset : offset + limit]

    def link(start: int) -> str | None:
        if start < 0 or start >= len(chosen):
            return None
        query = {**request.query, "limit": str(limit), "offset": str(start)}
        return f"{base}{request.path}?" + urlencode(query)

    following = link(offset + limit)
    previous = link(max(0, offset - limit)) if offset else None
    if paging == "meta":
        return {
            "meta": {
                "limit": limit,
                "offset": offset,
                "total_count": len(chosen),
                "next": following,
                "previous": previous,
            },
            "objects": window,
        }
    return {"count": len(chosen), "next": following, "previous": previous, "results": window}


def open_decision_server(
    documents: DocumentSet,
    credentials: Credentials | None = None,
    paging: str = "results",
) -> ApiServer:
    """A server (not yet started) whose API root is ``server.url + "/v1/"``."""
    data = OpenDecisionData(documents)
    return ApiServer(route(data, paging), credentials)
