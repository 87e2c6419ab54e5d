"""The 6Aika Open Decision API (päätösrajapinta) as a source of earlier decisions.

A decision in the archive is an ``action``: one agenda item's handling, with its ``contents``
(the texts), its ``case`` (title, register id, ``function`` = task class) and its ``event``
(the meeting: date and organizing ``organization``). Only the action list is paged through;
the case, event, organization, function and post an action points to are fetched once per
pull and reused, because many actions share them.

Incremental pulls filter the action list by its modification time (the reference
implementation's ``modified_at_gte``; another name can be set with the ``modified_filter``
option). The adapter filters again on its side, so a server that ignores the parameter costs
a longer pull but never a missed or repeated decision.

Options (all optional): ``limit`` page size, ``language`` (fi/sv/en) of the texts,
``municipality``, ``modified_filter``.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from urllib.parse import urljoin

from desktop_app.domain.model import DecisionRecord
from desktop_app.resources import resource_path
from desktop_app.sources.contract import (
    Checkpoint,
    Event,
    HttpFetcher,
    Listing,
    PullRequest,
    RemoteDecision,
)
from desktop_app.sources.errors import SyncInvalidResponse
from desktop_app.sources.http import shown_url
from desktop_app.sources.markup import plain_text
from desktop_app.sources.modified import ModifiedMark, parse_time
from desktop_app.tasks import TaskState

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MODIFIED_FILTER = "modified_at_gte"


@cache
def _vocabulary() -> dict[str, dict[str, str]]:
    """The archive's own words for these decisions: the corpus's doc types, a heading."""
    with resource_path("sources", "open_decision.toml").open("rb") as handle:
        return {k: dict(v) for k, v in tomllib.load(handle).items()}


def body_decision() -> str:
    """A body's decision, as the archive's doc type names it (OParl has only these)."""
    return _vocabulary()["doc_type"]["body"]


_NUMBER = re.compile(r"^\d+$")


def invalid(source: str, url: str, what: str) -> SyncInvalidResponse:
    """The error for valid JSON in the wrong shape; ``what`` names the missing part."""
    return SyncInvalidResponse(what, source=source, url=shown_url(url))


def api_root(location: str) -> str:
    """The API root with a trailing slash, so relative resource names resolve under it."""
    return location if location.endswith("/") else location + "/"


def page_items(
    page: object, url: str, source: str
) -> tuple[list[dict[str, object]], str, int | None]:
    """Items, next page and total of a list response.

    The specification shows two page shapes: the Popolo one (``meta`` with ``next`` and
    ``total_count``, items in ``objects``) and the one its list paths now return (``count``,
    ``next``, items in ``results``). Both are read.
    """
    if not isinstance(page, dict):
        raise invalid(source, url, "list page")
    meta = page.get("meta")
    if isinstance(meta, dict) and "objects" in page:
        items, following, total = page["objects"], meta.get("next"), meta.get("total_count")
    elif "results" in page:
        items, following, total = page["results"], page.get("next"), page.get("count")
    else:
        raise invalid(source, url, "objects/results")
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise invalid(source, url, "objects/results")
    next_url = urljoin(url, following) if isinstance(following, str) and following else ""
    return items, next_url, total if isinstance(total, int) else None


def text_in(value: object, language: str) -> str:
    """A text field that is either a string or a ``{"fi": …, "sv": …}`` translation map."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in (language, "fi", "sv", "en", *value.keys()):
            chosen = value.get(key)
            if isinstance(chosen, str) and chosen.strip():
                return chosen
    return ""


def day_of(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    moment = parse_time(value)
    if moment is not None:
        return moment.date()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def section_of(article_number: object) -> str:
    """The § of a decision as Finnish minutes write it: ``"12"`` becomes ``"12 §"``."""
    if isinstance(article_number, int):
        return f"{article_number} §"
    if not isinstance(article_number, str) or not article_number.strip():
        return ""
    number = article_number.strip()
    return f"{number} §" if _NUMBER.match(number) else number


@dataclass
class _Linked:
    """Resources an action points to, fetched once per pull."""

    http: HttpFetcher
    root: str
    source: str
    cache: dict[str, dict[str, object]] = field(default_factory=dict)

    def get(self, reference: object) -> dict[str, object]:
        """The object behind a reference: embedded as it is, a URL fetched once, else empty."""
        if isinstance(reference, dict):
            return reference
        if not isinstance(reference, str | int) or reference == "":
            return {}
        url = urljoin(self.root, str(reference))
        if url not in self.cache:
            found = self.http.get_json(url)
            if not isinstance(found, dict):
                raise invalid(self.source, url, "object")
            self.cache[url] = found
        return self.cache[url]


@dataclass(frozen=True)
class _Resume:
    next_url: str
    newest: ModifiedMark
    since: ModifiedMark

    def encode(self) -> str:
        return json.dumps(
            {"next": self.next_url, "newest": self.newest.encode(), "since": self.since.encode()}
        )

    @classmethod
    def decode(cls, text: str) -> _Resume | None:
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("next"), str):
            return None
        return cls(
            data["next"],
            ModifiedMark.decode(str(data.get("newest", ""))),
            ModifiedMark.decode(str(data.get("since", ""))),
        )


class OpenDecisionAdapter:
    """Pulls actions page by page; a checkpoint after each page lets a killed sync resume."""

    kind = "open_decision"

    def pull(self, request: PullRequest, http: HttpFetcher, state: TaskState) -> Iterator[Event]:
        root = api_root(request.location)
        options = request.options
        resumed = _Resume.decode(request.resume) if request.resume else None
        if resumed is not None:
            since, newest = resumed.since, resumed.newest.copy()
            url, params = resumed.next_url, None
        else:
            since = ModifiedMark.decode(request.cursor)
            newest = since.copy()
            url, params = urljoin(root, "action/"), self._first_params(options, since)
        # Only a pull that started from nothing and ran through every page saw the whole list.
        complete = resumed is None and not since.text
        linked = _Linked(http, root, request.source_key)
        seen: set[str] = set()
        pages: set[str] = set()
        done = 0
        while url:
            state.check()
            items, next_url, total = page_items(http.get_json(url, params), url, request.source_key)
            pages.add(url)
            if next_url in pages:  # a server whose "next" leads back would page forever
                raise invalid(request.source_key, url, "next")
            for action in items:
                state.check()
                remote_id = _id_of(action, url, request.source_key)
                seen.add(remote_id)
                modified = action.get("modified_at")
                if not since.is_new(modified, remote_id):
                    continue
                if modified and request.known.get(remote_id) == modified:
                    newest.advance(modified, remote_id)  # held as it is: nothing to fetch
                    continue
                yield self._decision(request, action, remote_id, linked)
                newest.advance(modified, remote_id)
                done += 1
                state.progress(done, total or 0, text_in(action.get("title"), "fi"))
            if next_url:
                yield Checkpoint(_Resume(next_url, newest.copy(), since).encode())
            url, params = next_url, None
        yield Listing(
            complete=complete,
            seen=frozenset(seen) if complete else frozenset(),
            cursor=newest.encode(),
        )

    @staticmethod
    def _first_params(options: Mapping[str, str], since: ModifiedMark) -> dict[str, str]:
        try:
            limit = min(max(int(options.get("limit", DEFAULT_LIMIT)), 1), MAX_LIMIT)
        except ValueError:
            limit = DEFAULT_LIMIT
        params = {"limit": str(limit), "offset": "0"}
        if since.text:
            params[options.get("modified_filter") or MODIFIED_FILTER] = since.text
        return params

    def _decision(
        self, request: PullRequest, action: dict[str, object], remote_id: str, linked: _Linked
    ) -> RemoteDecision:
        language = request.options.get("language", "fi") or "fi"
        case = linked.get(action.get("case"))
        event = linked.get(action.get("event"))
        organization = linked.get(event.get("organization"))
        post = linked.get(action.get("post") or action.get("delegate_post"))
        function = linked.get(case.get("function"))
        body = text_in(organization.get("name"), language) or text_in(post.get("label"), language)
        title = text_in(action.get("title"), language) or text_in(case.get("title"), language)
        link = str(action.get("url") or urljoin(linked.root, f"action/{remote_id}/"))
        record = DecisionRecord(
            source_id=f"{request.source_key}:{remote_id}",
            title=title,
            text=_text_of(action, language),
            date=day_of(event.get("start_date")) or day_of(action.get("created_at")),
            body_org=body,
            doc_type=_vocabulary()["doc_type"]["office_holder" if post else "body"],
            classification=_classification(function, language),
            case_id=text_in(case.get("register_id"), language),
            section=section_of(action.get("article_number")),
            language=language,
            municipality=request.options.get("municipality", ""),
            source=request.source_key,
        )
        return RemoteDecision(
            remote_id=remote_id,
            record=record,
            link=link,
            version=str(action.get("modified_at") or ""),
        )


def _id_of(resource: dict[str, object], url: str, source: str) -> str:
    identifier = resource.get("id")
    if isinstance(identifier, bool) or not isinstance(identifier, str | int) or identifier == "":
        raise invalid(source, url, "id")
    return str(identifier)


def _text_of(action: dict[str, object], language: str) -> str:
    """The action's contents in their order, each under its own title, then attachment names."""
    contents = action.get("contents")
    if not isinstance(contents, list):
        single = action.get("content")
        contents = [single] if isinstance(single, dict) else []
    parts: list[str] = []
    ordered = sorted(
        (c for c in contents if isinstance(c, dict)),
        key=lambda c: c["ordering"] if isinstance(c.get("ordering"), int) else 0,
    )
    for content in ordered:
        body = plain_text(text_in(content.get("hypertext"), language))
        heading = text_in(content.get("title"), language).strip()
        if heading and not body.startswith(heading):
            parts.append(heading)
        if body:
            parts.append(body)
    attachments = action.get("attachments")
    names = [
        text_in(a.get("name"), language)
        for a in (attachments if isinstance(attachments, list) else [])
        if isinstance(a, dict) and a.get("public", True) is not False
    ]
    if any(names):
        heading = _vocabulary()["text"]["attachments"]
        parts.append(heading + "\n" + "\n".join(n for n in names if n))
    return "\n\n".join(parts)


def _classification(function: dict[str, object], language: str) -> str:
    """``"00 02 09 Kokousasiat"``: the national task class code and its name, as archives write."""
    code = text_in(function.get("function_id"), language).strip()
    name = text_in(function.get("name"), language).strip()
    return f"{code} {name}".strip() if not name.startswith(code) else name
