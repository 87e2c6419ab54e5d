"""The fetcher: polite, patient within limits, credentials applied, secrets never shown."""

from __future__ import annotations

import base64
import contextlib
import email.utils
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from desktop_app.messages import describe
from desktop_app.sources.contract import NotModified
from desktop_app.sources.errors import (
    SyncCutShort,
    SyncInvalidJson,
    SyncTooLarge,
    SyncUnauthorized,
)
from desktop_app.sources.http import (
    WATCHER_THREAD_NAME,
    Credentials,
    HttpSettings,
    UrllibFetcher,
    _origin,
    shown_url,
)
from desktop_app.tasks import Cancelled, TaskState
from tests.http_server import (
    ScriptedServer,
    http_server_fixture,  # noqa: F401
)

SECRET = "Tunnus-9f8e7d-äö"


class FakeTime:
    """A clock that moves only when the fetcher sleeps; the waits asked for are recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def _fetcher(fake: FakeTime, **settings: float) -> UrllibFetcher:
    values = {"timeout": 5.0, "min_interval": 0.0, "retries": 3, "backoff": 1.0}
    values.update(settings)
    return UrllibFetcher(
        source_key="kunta",
        contact="Hämeenlinnan kaupunki",
        settings=HttpSettings(**values),  # type: ignore[arg-type]
        sleep=fake.sleep,
        clock=fake.clock,
    )


def test_user_agent_and_a_minimum_interval_between_requests(http_server: ScriptedServer) -> None:
    http_server.serve("/a", "{}")
    fake = FakeTime()
    fetcher = _fetcher(fake, min_interval=2.0)

    fetcher.get_json(http_server.url("/a"))
    fetcher.get_json(http_server.url("/a"))

    assert http_server.headers_seen[0]["user-agent"].startswith("Paatospaja/")
    assert http_server.headers_seen[0]["user-agent"].endswith("(+Hameenlinnan kaupunki)")
    assert sum(fake.waits) == pytest.approx(2.0)
    assert fetcher.requests_made == 2


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [("7", 7.0), ("http-date", 30.0), ("3600", 60.0), (None, 1.0 + 2.0)],
    ids=["seconds", "http date", "capped", "exponential backoff"],
)
def test_429_and_503_wait_as_asked_then_retry(
    http_server: ScriptedServer, retry_after: str | None, expected: float
) -> None:
    http_server.serve("/a", '{"ok": true}')
    if retry_after is None:
        http_server.fault("/a", "status", status=503, times=2)
    else:
        value = retry_after
        if retry_after == "http-date":
            value = email.utils.formatdate(time.time() + 30, usegmt=True)
        http_server.fault("/a", "status", status=429, times=1, headers={"Retry-After": value})
    fake = FakeTime()

    answer = _fetcher(fake, max_retry_wait=60.0).get_json(http_server.url("/a"))

    assert answer == {"ok": True}
    assert sum(fake.waits) == pytest.approx(
        expected, abs=2.0 if retry_after == "http-date" else 0.01
    )


@pytest.mark.parametrize(
    ("kind", "header", "expected"),
    [
        (
            "basic",
            "authorization",
            "Basic " + base64.b64encode(f"sihteeri:{SECRET}".encode()).decode(),
        ),
        ("bearer", "authorization", f"Bearer {SECRET}"),
        ("api_key", "x-kunta-avain", SECRET),
    ],
)
def test_credentials_are_applied_per_kind(
    http_server: ScriptedServer, kind: str, header: str, expected: str
) -> None:
    http_server.serve("/a", "{}")
    credentials = Credentials(kind, "sihteeri", SECRET, api_key_header="X-Kunta-Avain")
    fetcher = UrllibFetcher(credentials=credentials, settings=HttpSettings(min_interval=0.0))

    fetcher.get_json(http_server.url("/a"))

    assert http_server.headers_seen[-1][header] == expected


def test_credentials_do_not_follow_a_redirect_to_another_host(
    http_server: ScriptedServer,
) -> None:
    other = ScriptedServer().start()
    try:
        other.serve("/b", "{}")
        http_server.fault("/a", "redirect", target=other.url("/b"))
        credentials = Credentials("bearer", "", SECRET)
        fetcher = UrllibFetcher(credentials=credentials, settings=HttpSettings(min_interval=0.0))

        fetcher.get_json(http_server.url("/a"))

        assert "authorization" in http_server.headers_seen[-1]
        assert "authorization" not in other.headers_seen[-1]
    finally:
        other.stop()


def test_credentials_go_only_to_the_sources_own_address(http_server: ScriptedServer) -> None:
    """A listing's next page or a file on another host is fetched without the secret."""
    other = ScriptedServer().start()
    try:
        other.serve("/sivu2", "{}")
        http_server.serve("/v1/", "{}")
        home = http_server.url("/v1/")
        fetcher = UrllibFetcher(
            credentials=Credentials("bearer", "", SECRET),
            settings=HttpSettings(min_interval=0.0),
            home=home,
        )

        fetcher.get_json(home)
        fetcher.get_json(other.url("/sivu2"))

        assert http_server.headers_seen[-1]["authorization"] == f"Bearer {SECRET}"
        assert "authorization" not in other.headers_seen[-1]
    finally:
        other.stop()


def test_an_origin_is_compared_as_a_browser_does() -> None:
    assert _origin("https://Hämeenlinna.fi/päätökset") == _origin(
        "https://xn--hmeenlinna-q5a.fi:443/"
    )
    assert _origin("http://paatos.example.fi/") == _origin("HTTP://paatos.example.fi:80/v1")
    assert _origin("https://paatos.example.fi/") != _origin("http://paatos.example.fi/")
    assert _origin("https://paatos.example.fi/") != _origin("https://paatos.example.fi:8443/")


def test_a_declared_2_gb_body_is_refused_before_reading(http_server: ScriptedServer) -> None:
    http_server.fault("/iso", "huge")
    fetcher = UrllibFetcher(settings=HttpSettings(min_interval=0.0, max_bytes=10 * 1024 * 1024))

    with pytest.raises(SyncTooLarge) as raised:
        fetcher.get_json(http_server.url("/iso"))

    assert "10 Mt" in describe(raised.value)


def test_an_endless_stream_of_lines_is_cut_at_the_limit(http_server: ScriptedServer) -> None:
    http_server.fault("/loputon.jsonl", "endless")
    fetcher = UrllibFetcher(settings=HttpSettings(min_interval=0.0, max_bytes=512 * 1024))

    with pytest.raises(SyncTooLarge):
        for _ in fetcher.get_lines(http_server.url("/loputon.jsonl")):
            pass


def test_invalid_json_says_where(http_server: ScriptedServer) -> None:
    http_server.serve("/a", '{"items": [1, 2,,]}')
    fetcher = UrllibFetcher(source_key="kunta", settings=HttpSettings(min_interval=0.0))

    with pytest.raises(SyncInvalidJson) as raised:
        fetcher.get_json(http_server.url("/a"))

    assert "rivillä 1" in describe(raised.value, "fi")
    assert "line 1" in describe(raised.value, "en")


def test_secrets_never_appear_in_reprs_errors_or_shown_urls(http_server: ScriptedServer) -> None:
    http_server.serve("/a", "{}", auth="Bearer oikea")
    credentials = Credentials("bearer", "sihteeri", SECRET)
    fetcher = UrllibFetcher(
        source_key="kunta", credentials=credentials, settings=HttpSettings(min_interval=0.0)
    )
    url = http_server.url(f"/a?api_key={SECRET}&limit=5").replace("://", f"://x:{SECRET}@")

    with pytest.raises(SyncUnauthorized) as raised:
        fetcher.get_json(url)

    error = raised.value
    shown = [
        repr(credentials),
        str(credentials),
        repr(fetcher),
        str(error),
        repr(error),
        describe(error, "fi"),
        describe(error, "sv"),
        describe(error, "en"),
        repr(error.params),
        shown_url(url),
    ]
    assert all(SECRET not in text for text in shown), shown
    assert "limit=5" in shown_url(url) and "api_key=***" in shown_url(url)
    assert "ei hyväksynyt tunnuksia" in describe(error, "fi")


def test_last_modified_alone_makes_an_unchanged_file_a_304(http_server: ScriptedServer) -> None:
    stamp = "Wed, 01 Jan 2025 08:00:00 GMT"
    http_server.serve("/a.jsonl", '{"id": 1}\n', validators=False, last_modified=stamp)
    url = http_server.url("/a.jsonl")
    first = UrllibFetcher(settings=HttpSettings(min_interval=0.0))
    assert list(first.get_lines(url, conditional=True)) == ['{"id": 1}']
    assert first.fresh_validators[url].last_modified == stamp

    again = UrllibFetcher(
        validators=first.fresh_validators, settings=HttpSettings(min_interval=0.0)
    )
    with pytest.raises(NotModified):
        again.get_lines(url, conditional=True)
    assert http_server.headers_seen[-1]["if-modified-since"] == stamp
    assert again.fresh_validators == {}  # nothing new to keep


# -- cancelling while a server stalls ---------------------------------------------------------

PATIENT = 60.0  # the fetcher's time-out: a cancel must not wait for it
WELL_BEFORE = 15.0
LINES = '{"id": 1}\n{"id": 2}\n{"id": 3}\n{"id": 4}\n'


def _cancellable() -> tuple[UrllibFetcher, TaskState]:
    state = TaskState()
    fetcher = UrllibFetcher(
        source_key="kunta",
        settings=HttpSettings(timeout=PATIENT, min_interval=0.0, retries=0),
        check_cancelled=state.check,
    )
    return fetcher, state


def _watchers() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == WATCHER_THREAD_NAME]


def _cancelled_during(state: TaskState, action: Callable[[], object]) -> None:
    """Runs ``action`` with a cancel 0.3 s into it: it must end in Cancelled, long before the
    fetcher's time-out."""
    timer = threading.Timer(0.3, state.cancel)
    started = time.monotonic()
    timer.start()
    try:
        with pytest.raises(Cancelled):
            action()
    finally:
        timer.cancel()
    assert time.monotonic() - started < WELL_BEFORE


@contextlib.contextmanager
def _raw_server(reply: bytes, connections: int = 1, hang_up: bool = False) -> Iterator[str]:
    """A server that answers each connection with ``reply``, then hangs up or holds it open
    until the test ends: http.server cannot send a body cut off or without its end."""
    listener = socket.create_server(("127.0.0.1", 0))
    done = threading.Event()

    def answer() -> None:
        for _ in range(connections):
            connection, _ = listener.accept()
            with connection:
                connection.recv(65536)
                connection.sendall(reply)
                if not hang_up:
                    done.wait(2 * PATIENT)

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/a.jsonl"
    finally:
        done.set()
        listener.close()
        thread.join(timeout=5)


def test_a_cancel_stops_a_request_whose_headers_never_come(http_server: ScriptedServer) -> None:
    http_server.fault("/hidas", "delay", seconds=2 * PATIENT)
    fetcher, state = _cancellable()
    _cancelled_during(state, lambda: fetcher.get_json(http_server.url("/hidas")))
    assert not _watchers()


@pytest.mark.parametrize("how", ["bytes", "lines"])
def test_a_cancel_stops_a_body_that_stalls_halfway(http_server: ScriptedServer, how: str) -> None:
    http_server.serve("/a.jsonl", LINES, "application/x-ndjson", hold_after_lines=2)
    fetcher, state = _cancellable()
    url = http_server.url("/a.jsonl")
    received: list[str] = []
    if how == "bytes":
        _cancelled_during(state, lambda: fetcher.get_bytes(url))
    else:
        _cancelled_during(state, lambda: received.extend(fetcher.get_lines(url, conditional=True)))
    assert http_server.held.is_set()  # the body really stopped halfway
    # the whole lines that came are passed on (the engine keeps them); the file is not taken
    # as read to the end, so its validators are not kept
    assert received == ([] if how == "bytes" else ['{"id": 1}', '{"id": 2}'])
    assert fetcher.fresh_validators == {}
    assert not _watchers()


def test_a_stream_cut_by_a_cancel_is_not_taken_as_complete() -> None:
    """Without a length the body ends only when the connection does: a connection cut by a
    cancel must not be taken for the end of the file."""
    fetcher, state = _cancellable()
    received: list[str] = []
    reply = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\n"
        b'ETag: "v1"\r\nConnection: close\r\n\r\n{"id": 1}\n{"id": 2'
    )
    with _raw_server(reply) as url:
        _cancelled_during(state, lambda: received.extend(fetcher.get_lines(url, conditional=True)))
    assert received == ['{"id": 1}']  # the half line is not passed on as a record
    assert fetcher.fresh_validators == {}


def test_without_a_cancel_the_watcher_comes_and_goes(http_server: ScriptedServer) -> None:
    http_server.serve("/a", '{"ok": true}')
    http_server.serve("/a.jsonl", LINES, "application/x-ndjson", hold_after_lines=2)
    fetcher, _ = _cancellable()
    before = threading.active_count()

    watched: list[int] = []

    def count_watchers_then_release() -> None:
        """While the body is held, the read waiting for it is watched."""
        http_server.held.wait(10)
        deadline = time.monotonic() + 10
        while not _watchers() and time.monotonic() < deadline:
            time.sleep(0.02)
        watched.append(len(_watchers()))
        http_server.release()

    assert fetcher.get_json(http_server.url("/a")) == {"ok": True}
    lines = fetcher.get_lines(http_server.url("/a.jsonl"))
    helper = threading.Thread(target=count_watchers_then_release)
    helper.start()
    assert list(lines) == ['{"id": 1}', '{"id": 2}', '{"id": 3}', '{"id": 4}']
    helper.join()

    assert watched == [1]

    assert not _watchers()
    deadline = time.monotonic() + 5  # the server's own threads end a moment later
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() == before


def test_a_body_shorter_than_announced_is_refused() -> None:
    """http.client would hand the truncated body over as whole; a half record must not pass."""
    fetcher = UrllibFetcher(source_key="kunta", settings=HttpSettings(timeout=10, retries=0))
    reply = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\n"
        b'Content-Length: 100\r\nConnection: close\r\n\r\n{"id": 1}\n{"id": 2'
    )
    received: list[str] = []
    with _raw_server(reply, connections=2, hang_up=True) as url:
        with pytest.raises(SyncCutShort) as raised:
            fetcher.get_bytes(url)
        with pytest.raises(SyncCutShort):
            received.extend(fetcher.get_lines(url))
    assert "kunta" in describe(raised.value, "fi") and "katkesi" in describe(raised.value, "fi")
    assert received == ['{"id": 1}']
