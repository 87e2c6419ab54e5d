"""A JSON Lines file on a local web server, for the window's sources and sync tests.

It serves whatever decisions the test holds at the moment (so a second sync can see one
gone), checks Basic credentials when asked, can answer "busy" (503 with a long
Retry-After) so that a sync waits and a cancel is heard, and counts the requests. The
decisions are fictional: the made-up municipality of Kuusiniemi.
"""

from __future__ import annotations

import base64
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler

from tests.local_http import LocalHttpServer

WORDS = ("laiturin", "kirjaston", "tekonurmen", "katuvalojen", "koulukyydin")


def decision(number: int) -> dict[str, str]:
    """A decision whose title word (``WORDS``) appears nowhere in the bundled samples."""
    word = WORDS[number % len(WORDS)]
    return {
        "id": f"kuusiniemi-{number}",
        "title": f"Kuusiniemen {word} hankinta {number}",
        "date": f"2025-03-{number + 1:02d}",
        "body_org": "Kuusiniemen kunnanhallitus",
        "doc_type": "pöytäkirjan pykälä",
        "section": f"{number + 10} §",
        "municipality": "Kuusiniemi",
        "text": (
            f"Kunnanhallitus päätti hyväksyä {word} hankinnan. Hankinta toteutetaan "
            f"vuoden 2025 aikana, ja se rahoitetaan investointiosan määrärahasta {number}."
        ),
        "url": f"https://paatokset.kuusiniemi.example/asia/{number}",
    }


class JsonLinesServer(LocalHttpServer):
    """``with JsonLinesServer(decisions) as server: server.url`` — stopped at the end."""

    def __init__(self, decisions: list[dict[str, str]], user: str = "", password: str = "") -> None:
        self.decisions = list(decisions)
        self.busy = False
        self.requests = 0
        self.lock = threading.Lock()
        expected = base64.b64encode(f"{user}:{password}".encode()).decode() if user else ""
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with owner.lock:
                    owner.requests += 1
                    busy = owner.busy
                    body = "".join(
                        json.dumps(item, ensure_ascii=False) + "\n" for item in owner.decisions
                    ).encode("utf-8")
                if expected and self.headers.get("Authorization") != f"Basic {expected}":
                    self._reply(401, b"", {"WWW-Authenticate": 'Basic realm="paatokset"'})
                elif busy:
                    self._reply(503, b"", {"Retry-After": "30"})
                else:
                    self._reply(200, body, {"Content-Type": "application/x-ndjson"})

            def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return

        super().__init__(Handler)

    @property
    def url(self) -> str:
        return f"{self.base_url}/paatokset.jsonl"


def closed_port_url() -> str:
    """An address on this machine where nothing listens: the connection is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/paatokset.jsonl"
