"""What both local decision APIs share: a thread, credentials and a request count.

The server listens on 127.0.0.1 on a free port, answers JSON (or plain text) produced by a
``route`` function, checks Basic or bearer credentials when configured, and counts every
request it receives so a test can prove a second sync asked for far less than the first.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from tests.local_http import LocalHttpServer


@dataclass(frozen=True)
class Reply:
    status: int
    body: object  # JSON-able, str for a text/plain body, or bytes as they are
    content_type: str = "application/json"


@dataclass(frozen=True)
class Request:
    path: str
    query: dict[str, str]


Route = Callable[[Request, str], Reply]  # (request, base URL) -> reply


@dataclass
class Credentials:
    """Basic (user, password) or a bearer token; neither means an open API."""

    user: str = ""
    password: str = ""
    token: str = ""

    def accepts(self, header: str) -> bool:
        if self.token:
            return header == f"Bearer {self.token}"
        if self.user:
            expected = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
            return header == f"Basic {expected}"
        return True

    @property
    def challenge(self) -> str:
        return 'Bearer realm="paatokset"' if self.token else 'Basic realm="paatokset"'


@dataclass
class RequestLog:
    lock: threading.Lock = field(default_factory=threading.Lock)
    paths: list[str] = field(default_factory=list)
    authorizations: list[str] = field(default_factory=list)

    def record(self, path: str, authorization: str) -> None:
        with self.lock:
            self.paths.append(path)
            self.authorizations.append(authorization)


class ApiServer(LocalHttpServer):
    """A running local API; use as a context manager so it always stops."""

    def __init__(self, route: Route, credentials: Credentials | None = None) -> None:
        self.credentials = credentials or Credentials()
        self.log = RequestLog()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                authorization = self.headers.get("Authorization", "")
                owner.log.record(self.path, authorization)
                if not owner.credentials.accepts(authorization):
                    self._send(
                        Reply(401, {"detail": "authentication required"}),
                        {"WWW-Authenticate": owner.credentials.challenge},
                    )
                    return
                parts = urlsplit(self.path)
                query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
                try:
                    reply = route(Request(parts.path, query), owner.url)
                except KeyError:
                    reply = Reply(404, {"detail": "not found"})
                self._send(reply, {})

            def _send(self, reply: Reply, headers: dict[str, str]) -> None:
                if isinstance(reply.body, bytes):
                    payload = reply.body
                elif isinstance(reply.body, str) and reply.content_type != "application/json":
                    payload = reply.body.encode("utf-8")
                else:
                    payload = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
                self.send_response(reply.status)
                self.send_header("Content-Type", f"{reply.content_type}; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:
                return

        super().__init__(Handler)

    @property
    def url(self) -> str:
        return self.base_url

    @property
    def requests(self) -> int:
        with self.log.lock:
            return len(self.log.paths)


def page_bounds(query: dict[str, str], default_limit: int) -> tuple[int, int]:
    """``limit`` and ``offset`` from a query, clamped so a bad value cannot break the server."""
    try:
        limit = max(1, min(int(query.get("limit", default_limit)), 1000))
    except ValueError:
        limit = default_limit
    try:
        offset = max(0, int(query.get("offset", 0)))
    except ValueError:
        offset = 0
    return limit, offset
