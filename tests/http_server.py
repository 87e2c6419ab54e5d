"""A real HTTP server on 127.0.0.1 for sync tests: scripted documents and scripted faults.

``ScriptedServer`` serves bodies registered per path (with ETag / Last-Modified and 304s),
counts every request per path, checks credentials where asked, and plays faults per path:
a status (optionally only the first N times, with headers such as Retry-After), a delay
longer than the client's time-out, an endless or a huge body, a redirect loop, and a hold
that stops mid-body until the test releases it. The ``http_server`` fixture starts one on
port 0 and stops it at the end of the test.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

from tests.local_http import LocalHttpServer

CHUNK = b"x" * 65536


@dataclass
class Route:
    body: bytes
    content_type: str = "application/json"
    etag: str = ""
    last_modified: str = ""
    auth: str = ""  # the Authorization header (or "Name: value") that must come with it
    hold_after_lines: int = 0  # stop after this many lines until release() (0: never)


@dataclass
class Fault:
    kind: str  # status, delay, endless, huge, redirect, garbage
    times: int | None = None  # None: every time
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    target: str = ""
    body: bytes = b""


class ScriptedServer(LocalHttpServer):
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.faults: dict[str, Fault] = {}
        self.counts: Counter[str] = Counter()
        self.headers_seen: list[dict[str, str]] = []
        self.stopping = threading.Event()
        self.gate = threading.Event()
        self.held = threading.Event()  # set once a held body has stopped at its line
        self._lock = threading.Lock()
        super().__init__(_handler(self), poll_interval=0.02)

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def stop(self) -> None:
        self.stopping.set()  # held and delayed answers end first
        self.gate.set()
        super().stop()

    # -- scripting ----------------------------------------------------------------------

    def serve(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "application/json",
        *,
        validators: bool = True,
        last_modified: str = "",
        auth: str = "",
        hold_after_lines: int = 0,
    ) -> None:
        """Serve ``body`` at ``path``; with an ETag unless ``validators`` is false."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        etag = f'"{hashlib.sha1(data).hexdigest()[:16]}"' if validators else ""
        with self._lock:
            self.routes[path] = Route(
                data, content_type, etag, last_modified, auth, hold_after_lines
            )

    def fault(self, path: str, kind: str, **settings: Any) -> None:
        with self._lock:
            self.faults[path] = Fault(kind, **settings)

    def clear_faults(self) -> None:
        with self._lock:
            self.faults.clear()

    def release(self) -> None:
        self.gate.set()

    def total_requests(self) -> int:
        return sum(self.counts.values())

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            fault = self.faults.get(path)
            if fault is None:
                return None
            if fault.times is not None:
                fault.times -= 1
                if fault.times <= 0:
                    del self.faults[path]
            return fault


def _handler(server: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            return

        def do_GET(self) -> None:
            path = self.path
            with server._lock:
                server.counts[path.split("?")[0]] += 1
                server.headers_seen.append({k.lower(): v for k, v in self.headers.items()})
            fault = server._take_fault(path.split("?")[0])
            if fault is not None:
                self._fault(fault)
                return
            route = server.routes.get(path) or server.routes.get(path.split("?")[0])
            if route is None:
                self._send(404, b'{"detail": "not found"}')
                return
            if route.auth and not self._authorised(route.auth):
                self._send(401, b'{"detail": "login"}', {"WWW-Authenticate": 'Basic realm="t"'})
                return
            headers = {"ETag": route.etag} if route.etag else {}
            if route.last_modified:
                headers["Last-Modified"] = route.last_modified
            if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
            ):
                self._send(304, b"", headers)
                return
            if route.hold_after_lines:
                self._held(route, headers)
                return
            self._send(200, route.body, headers, route.content_type)

        def _authorised(self, wanted: str) -> bool:
            name, colon, value = wanted.partition(": ")
            if colon and not wanted.startswith(("Basic ", "Bearer ")):
                return self.headers.get(name) == value
            return self.headers.get("Authorization") == wanted

        def _send(
            self,
            status: int,
            body: bytes,
            headers: dict[str, str] | None = None,
            content_type: str = "application/json",
        ) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def _held(self, route: Route, headers: dict[str, str]) -> None:
            lines = route.body.split(b"\n")
            head = b"\n".join(lines[: route.hold_after_lines]) + b"\n"
            self.send_response(200)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                self.wfile.write(head)
                self.wfile.flush()
                server.held.set()
                server.gate.wait(30)
                self.wfile.write(b"\n".join(lines[route.hold_after_lines :]))
            except OSError:
                return

        def _fault(self, fault: Fault) -> None:
            if fault.kind == "status":
                self._send(fault.status, fault.body or b'{"detail": "fault"}', fault.headers)
            elif fault.kind == "garbage":
                self._send(200, fault.body, content_type="text/html")
            elif fault.kind == "delay":
                server.stopping.wait(fault.seconds)
                try:
                    self._send(200, b"{}")
                except OSError:
                    return
            elif fault.kind == "redirect":
                self._send(302, b"", {"Location": fault.target})
            elif fault.kind in ("endless", "huge"):
                self._stream(declared=fault.kind == "huge")

        def _stream(self, declared: bool) -> None:
            """Send 64 KiB chunks until the client hangs up (at most 2 GB)."""
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if declared:
                self.send_header("Content-Length", str(2 * 1024**3))
            else:
                self.send_header("Connection", "close")
            self.end_headers()
            sent = 0
            try:
                while sent < 2 * 1024**3 and not server.stopping.is_set():
                    self.wfile.write(CHUNK)
                    sent += len(CHUNK)
            except OSError:
                pass
            self.close_connection = True

    return Handler


@pytest.fixture(name="http_server")
def http_server_fixture() -> Iterator[ScriptedServer]:
    """Import this into a test module to use the ``http_server`` fixture."""
    server = ScriptedServer().start()
    try:
        yield server
    finally:
        server.stop()
