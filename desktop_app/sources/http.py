"""The sync engine's only way to the network: polite, bounded, and quiet about secrets.

Standard library only (urllib), so nothing new is installed on a municipality's locked-down
workstation. Every request says who is asking (User-Agent), waits its turn (a minimum
interval between requests), gives up after a time-out, and retries 429 and 503 after the
time the server asks for (Retry-After, capped) or an exponential back-off. Bodies are read in
chunks and refused once they pass the size limit, so a 2 GB answer never sits in memory.
A cancelled sync stops within a fraction of a second even when a server has stalled: while a
request is open a watcher shuts its socket down, instead of waiting out the time-out.
Every failure becomes one typed error of :mod:`desktop_app.sources.errors`; none of them,
and no ``repr``, contains the secret or the query values of a URL that may carry one.
"""

from __future__ import annotations

import base64
import codecs
import contextlib
import email.utils
import functools
import http.client
import json
import re
import socket
import ssl
import threading
import time
import unicodedata
import urllib.error
import urllib.request
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.client import HTTPException, HTTPResponse
from typing import IO, Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from desktop_app import __version__
from desktop_app.errors import PaatospajaError
from desktop_app.messages import Text, text
from desktop_app.sources.config import DEFAULT_API_KEY_HEADER
from desktop_app.sources.contract import NotModified, Validators
from desktop_app.sources.errors import (
    SyncBusy,
    SyncCutShort,
    SyncError,
    SyncHttpStatus,
    SyncInvalidJson,
    SyncNotFound,
    SyncRedirectLoop,
    SyncTimeout,
    SyncTls,
    SyncTooLarge,
    SyncUnauthorized,
    SyncUnreachable,
)

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
DEFAULT_MIN_INTERVAL_S = 0.5
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF_S = 1.0
MAX_RETRY_WAIT_S = 120.0
MAX_REDIRECTS = 10
CHUNK = 64 * 1024
RETRY_STATUSES = frozenset({429, 503})
CANCEL_POLL_S = 0.2
WATCHER_THREAD_NAME = "sync-cancel-watcher"
_SECRET_PARAMS = re.compile(r"key|token|secret|pass|auth|sig", re.IGNORECASE)


def user_agent(contact: str = "") -> str:
    """``Paatospaja/<version> (+contact)``: a server's operator can tell who asks and whom to ask.

    The contact is the source's ``contact`` option or the workspace's municipality. Header
    values must be plain ASCII, so ``Hämeenlinna`` is sent as ``Hameenlinna``.
    """
    folded = unicodedata.normalize("NFKD", contact).encode("ascii", "ignore").decode("ascii")
    folded = re.sub(r"[^\x20-\x7e]|[()]", "", folded).strip()
    return f"Paatospaja/{__version__} (+{folded})" if folded else f"Paatospaja/{__version__}"


def shown_url(url: str) -> str:
    """``url`` fit for a message or a log: no user information, secret-looking values hidden."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "?"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    query = "&".join(
        f"{name}=***" if _SECRET_PARAMS.search(name) else f"{name}={value}"
        for name, _, value in (pair.partition("=") for pair in parts.query.split("&") if pair)
    )
    return urlunsplit((parts.scheme, host, parts.path, query, ""))


def request_url(url: str) -> str:
    """``url`` as HTTP sends it: ASCII only, and without user information.

    A secretary types ``https://hämeenlinna.fi/päätökset.jsonl``; the host goes out in IDNA
    and the rest percent-encoded. A ``user:password@`` part is dropped: credentials travel
    only as the source's authentication says, never inside an address that gets logged.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").encode("idna").decode("ascii")
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    safe = "/:@!$&'()*+,;=%~-._"
    path = quote(parts.path, safe=safe)
    query = quote(parts.query, safe=safe + "?")
    return urlunsplit((parts.scheme, host, path, query, ""))


@dataclass(frozen=True)
class Credentials:
    """How to log in to one source; the secret never shows in ``repr`` or ``str``."""

    kind: str = "none"  # none, basic, api_key, bearer
    user: str = ""
    secret: str = field(default="", repr=False)
    api_key_header: str = DEFAULT_API_KEY_HEADER

    def headers(self) -> dict[str, str]:
        if self.kind == "basic":
            pair = f"{self.user}:{self.secret}".encode()
            return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
        if self.kind == "bearer":
            return {"Authorization": f"Bearer {self.secret}"}
        if self.kind == "api_key":
            return {self.api_key_header: self.secret}
        return {}

    def __str__(self) -> str:
        return repr(self)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects, refuses a loop, and never carries credentials to another host."""

    def __init__(self, secret_headers: frozenset[str], source_key: str) -> None:
        self._secret_headers = secret_headers
        self._source_key = source_key

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        visited: dict[str, int] = getattr(req, "redirect_dict", {})
        if newurl == req.full_url or newurl in visited or len(visited) >= MAX_REDIRECTS:
            with contextlib.suppress(Exception):
                fp.close()
            raise SyncRedirectLoop(
                "redirect loop", source=self._source_key, url=shown_url(req.full_url)
            )
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and _origin(newurl) != _origin(req.full_url):
            for name in self._secret_headers:
                new.remove_header(name.capitalize())
                new.remove_header(name)
        return new


class _CancelWatch:
    """Aborts a fetcher's connections once its task is cancelled.

    A read blocked on a stalled server hears of a cancel only at its time-out, half a minute
    later. While a request is open or a body is read, a daemon thread asks the task every
    :data:`CANCEL_POLL_S` seconds and, on a cancel, shuts the connections' sockets down: the
    blocked read returns at once and the fetcher reports the cancel. The thread lives only
    while something is being watched, so an idle fetcher holds none.
    """

    def __init__(self, check: Callable[[], None]) -> None:
        self._check = check
        self._lock = threading.Lock()
        # weak: a socket leaves the set once its response is closed and dropped
        self._sockets: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._depth = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def attach(self, sock: socket.socket) -> None:
        """Watch a freshly connected socket; a cancel that came while connecting stops here."""
        with self._lock:
            self._sockets.add(sock)
        self._check()

    @contextlib.contextmanager
    def watching(self) -> Iterator[None]:
        with self._lock:
            self._depth += 1
            if self._thread is None:
                self._stop = threading.Event()
                self._thread = threading.Thread(
                    target=self._run, args=(self._stop,), name=WATCHER_THREAD_NAME, daemon=True
                )
                self._thread.start()
        try:
            yield
        finally:
            ended: tuple[threading.Event, threading.Thread] | None = None
            with self._lock:
                self._depth -= 1
                if self._depth == 0 and self._thread is not None:
                    ended = (self._stop, self._thread)
                    self._thread = None
            if ended is not None:
                ended[0].set()
                ended[1].join()

    def _run(self, stop: threading.Event) -> None:
        while not stop.wait(CANCEL_POLL_S):
            try:
                self._check()
            except Exception:  # the task's way of saying it was cancelled
                self._abort()
                return  # sockets connected from now on are stopped by attach()

    def _abort(self) -> None:
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            # the plain socket's shutdown, also for TLS: the SSL object stays the reader's own
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _WatchedHTTPConnection(http.client.HTTPConnection):
    """A connection that hands its socket to the cancel watch as soon as it is connected."""

    def __init__(self, *args: Any, watch: _CancelWatch, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._watch = watch

    def connect(self) -> None:
        super().connect()  # for HTTPS (below in the order) this includes the TLS handshake
        self._watch.attach(self.sock)


class _WatchedHTTPSConnection(_WatchedHTTPConnection, http.client.HTTPSConnection):
    pass


class _WatchedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watch: _CancelWatch) -> None:
        super().__init__()
        self._watch = watch

    def http_open(self, req: urllib.request.Request) -> HTTPResponse:
        return self.do_open(functools.partial(_WatchedHTTPConnection, watch=self._watch), req)


class _WatchedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, context: ssl.SSLContext, watch: _CancelWatch) -> None:
        super().__init__(context=context)
        self._ssl_context = context
        self._watch = watch

    def https_open(self, req: urllib.request.Request) -> HTTPResponse:
        connection = functools.partial(
            _WatchedHTTPSConnection, context=self._ssl_context, watch=self._watch
        )
        return self.do_open(connection, req)


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port as a browser compares them.

    ``https://Hämeenlinna.fi`` and ``https://xn--hmeenlinna-q5a.fi:443/`` are one origin.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:  # a port that is not a number: no origin matches it
        port = -1
    return scheme, host, port


@dataclass(frozen=True)
class HttpSettings:
    """How patient and how polite the fetcher is; the defaults suit a municipal server."""

    timeout: float = DEFAULT_TIMEOUT_S
    max_bytes: int = DEFAULT_MAX_BYTES
    min_interval: float = DEFAULT_MIN_INTERVAL_S
    retries: int = DEFAULT_RETRIES
    backoff: float = DEFAULT_BACKOFF_S
    max_retry_wait: float = MAX_RETRY_WAIT_S
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)


class UrllibFetcher:
    """:class:`desktop_app.sources.contract.HttpFetcher` on urllib.

    ``validators`` are the ETag / Last-Modified kept from the last successful sync (URL ->
    :class:`Validators`); ``fresh_validators`` collects those of bodies read to the end in
    this sync, for the engine to keep once the sync has succeeded.
    """

    def __init__(
        self,
        *,
        source_key: str = "",
        credentials: Credentials | None = None,
        validators: Mapping[str, Validators] | None = None,
        settings: HttpSettings | None = None,
        contact: str = "",
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        check_cancelled: Callable[[], None] | None = None,
        home: str = "",
    ) -> None:
        settings = settings or HttpSettings()
        self.source_key = source_key
        self._credentials = credentials or Credentials()
        self._home = _origin(home) if home else None
        self.validators: dict[str, Validators] = dict(validators or {})
        self.fresh_validators: dict[str, Validators] = {}
        self.timeout = settings.timeout
        self.max_bytes = settings.max_bytes
        self.min_interval = settings.min_interval
        self.retries = settings.retries
        self.backoff = settings.backoff
        self.max_retry_wait = settings.max_retry_wait
        ssl_context = settings.ssl_context
        self.user_agent = user_agent(contact)
        self.requests_made = 0
        self._sleep = sleep
        self._clock = clock
        self._check_cancelled = check_cancelled
        self._last_request: float | None = None
        auth_headers = self._credentials.headers()
        self._secret_headers = frozenset(name.lower() for name in auth_headers)
        context = ssl_context or ssl.create_default_context()
        redirects = _Redirects(self._secret_headers, source_key)
        self._watch = _CancelWatch(check_cancelled) if check_cancelled is not None else None
        if self._watch is None:
            self._opener = urllib.request.build_opener(
                redirects, urllib.request.HTTPSHandler(context=context)
            )
        else:
            self._opener = urllib.request.build_opener(
                redirects,
                _WatchedHTTPHandler(self._watch),
                _WatchedHTTPSHandler(context, self._watch),
            )

    def __repr__(self) -> str:
        return (
            f"UrllibFetcher(source_key={self.source_key!r}, auth={self._credentials.kind!r},"
            f" requests_made={self.requests_made})"
        )

    # -- the contract -------------------------------------------------------------------

    def get_json(self, url: str, params: Mapping[str, str] | None = None) -> object:
        if params:
            url = f"{url}{'&' if '?' in url else '?'}{urlencode(dict(params))}"
        with self._guarded(url):
            response = self._open(url, {"Accept": "application/json"})
            try:
                body = self._read_all(response, url)
            finally:
                response.close()
        try:
            return json.loads(body)
        except ValueError as error:
            raise self._scrubbed(
                SyncInvalidJson(
                    "invalid json",
                    source=self.source_key,
                    url=shown_url(url),
                    reason=_json_problem(error),
                )
            ) from None

    def get_bytes(self, url: str) -> bytes:
        """A file's body (an OParl resolution as PDF or DOCX), within the same size limit."""
        with self._guarded(url):
            response = self._open(url, {"Accept": "*/*"})
            try:
                return self._read_all(response, url)
            finally:
                response.close()

    def get_lines(self, url: str, *, conditional: bool = False) -> Iterator[str]:
        headers = {"Accept": "application/x-ndjson, application/jsonl, text/plain, */*"}
        known = self.validators.get(url) if conditional else None
        if known is not None and known.etag:
            headers["If-None-Match"] = known.etag
        if known is not None and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        with self._guarded(url):
            response = self._open(url, headers)
        return self._lines(response, url)

    # -- requests -----------------------------------------------------------------------

    def _open(self, url: str, headers: Mapping[str, str]) -> HTTPResponse:
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            raise SyncUnreachable("scheme", source=self.source_key, url=shown_url(url))
        url = request_url(url)
        attempt = 0
        while True:
            self._wait_turn()
            request = urllib.request.Request(
                url,
                headers={
                    "User-Agent": self.user_agent,
                    **headers,
                    **self._credentials_for(url),
                },
            )
            self.requests_made += 1
            try:
                response: HTTPResponse = self._opener.open(request, timeout=self.timeout)
            except urllib.error.HTTPError as error:
                status = error.code
                retry_after = error.headers.get("Retry-After") if error.headers else None
                error.close()
                if status == 304:
                    raise NotModified(shown_url(url)) from None
                if status in RETRY_STATUSES and attempt < self.retries:
                    self._pause(self._retry_wait(retry_after, attempt))
                    attempt += 1
                    continue
                raise self._status_error(status, url, attempts=attempt + 1) from None
            self._refuse_if_too_large(response, url)
            return response

    def _credentials_for(self, url: str) -> dict[str, str]:
        """The login headers, for the source's own address only.

        A listing's "next" page or a file may point to another host; the password or token
        of this source must not travel there (a redirect drops them likewise, see above).
        """
        if self._home is not None and _origin(url) != self._home:
            return {}
        return self._credentials.headers()

    def _status_error(self, status: int, url: str, attempts: int) -> SyncError:
        params = {"source": self.source_key, "url": shown_url(url), "status": status}
        if status in (401, 403):
            return SyncUnauthorized(f"HTTP {status}", **params)
        if status in (404, 410):
            return SyncNotFound(f"HTTP {status}", **params)
        if status in RETRY_STATUSES:
            return SyncBusy(f"HTTP {status}", attempts=attempts, **params)
        return SyncHttpStatus(f"HTTP {status}", **params)

    def _retry_wait(self, retry_after: str | None, attempt: int) -> float:
        asked = _retry_after_seconds(retry_after)
        wait = asked if asked is not None else self.backoff * (2**attempt)
        return max(0.0, min(wait, self.max_retry_wait))

    def _wait_turn(self) -> None:
        """Keep at least ``min_interval`` between the starts of two requests."""
        if self._last_request is not None:
            self._pause(self._last_request + self.min_interval - self._clock())
        self._last_request = self._clock()

    def _pause(self, seconds: float) -> None:
        """Sleep in short steps, so a cancel is heard while waiting for a busy server."""
        end = self._clock() + seconds
        while True:
            if self._check_cancelled is not None:
                self._check_cancelled()
            left = end - self._clock()
            if left <= 0:
                return
            self._sleep(min(left, 0.25))

    def _watching(self) -> contextlib.AbstractContextManager[None]:
        return self._watch.watching() if self._watch is not None else contextlib.nullcontext()

    def _heard_cancel(self) -> None:
        """Raise :class:`Cancelled` if the task was cancelled.

        Asked before a failure or the end of a body is believed: after the watcher has shut a
        socket down, a read fails or simply ends, and a truncated body must not pass as whole.
        The cut connection's own error is not chained: its text may name the address.
        """
        if self._check_cancelled is None:
            return
        try:
            self._check_cancelled()
        except Exception as cancelled:
            raise cancelled from None

    # -- bodies -------------------------------------------------------------------------

    def _refuse_if_too_large(self, response: HTTPResponse, url: str) -> None:
        declared = response.headers.get("Content-Length")
        if declared and declared.strip().isdigit() and int(declared) > self.max_bytes:
            response.close()
            raise self._too_large(url)

    def _refuse_unfinished(self, response: HTTPResponse, url: str) -> None:
        """At the end of a body: a cancel, or a body cut off on the way, is no whole file.

        A socket the watcher shut down reads as an ordinary end; and http.client hands a
        body that ended before its Content-Length over as if it were whole. A truncated PDF
        or a JSON Lines file missing its end must fail the sync instead of entering the
        archive.
        """
        self._heard_cancel()
        missing = response.length
        if missing:
            raise SyncCutShort(
                f"{missing} bytes missing", source=self.source_key, url=shown_url(url)
            )

    def _too_large(self, url: str) -> SyncTooLarge:
        return SyncTooLarge(
            f"more than {self.max_bytes} bytes",
            source=self.source_key,
            url=shown_url(url),
            limit_mb=max(1, round(self.max_bytes / (1024 * 1024))),
        )

    def _read_all(self, response: HTTPResponse, url: str) -> bytes:
        parts: list[bytes] = []
        total = 0
        while True:
            chunk = response.read(CHUNK)
            if not chunk:
                self._refuse_unfinished(response, url)
                return b"".join(parts)
            total += len(chunk)
            if total > self.max_bytes:
                raise self._too_large(url)
            parts.append(chunk)

    def _lines(self, response: HTTPResponse, url: str) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        pending = ""
        total = 0
        try:
            with self._guarded(url):
                while True:
                    chunk = response.read(CHUNK)
                    if not chunk:
                        self._refuse_unfinished(response, url)
                    total += len(chunk)
                    if total > self.max_bytes:
                        raise self._too_large(url)
                    pending += decoder.decode(chunk, final=not chunk)
                    *complete, pending = pending.split("\n")
                    yield from complete
                    if not chunk:
                        break
            if pending:
                yield pending
            found = Validators(
                response.headers.get("ETag") or "", response.headers.get("Last-Modified") or ""
            )
            if found.etag or found.last_modified:
                self.fresh_validators[url] = found
        finally:
            response.close()

    # -- errors -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _guarded(self, url: str) -> Iterator[None]:
        """Network and TLS failures as typed errors; and no secret in any of them.

        What runs inside is a request being opened or read, so the cancel watch (see
        :class:`_CancelWatch`) looks on meanwhile.
        """
        with self._watching():
            try:
                yield
            except PaatospajaError as error:
                raise self._scrubbed(error) from None
            except NotModified:
                raise
            except (TimeoutError, urllib.error.URLError, OSError, HTTPException) as error:
                self._heard_cancel()  # the watcher cut the connection: a cancel, not a failure
                raise self._scrubbed(self._network_error(error, url)) from None
            except (ValueError, UnicodeError):  # an address http.client refuses; its text
                # may hold the whole request line, so none of it is kept
                self._heard_cancel()
                raise SyncUnreachable(
                    "invalid address", source=self.source_key, url=shown_url(url)
                ) from None

    def _network_error(self, error: BaseException, url: str) -> SyncError:
        reason: object = error.reason if isinstance(error, urllib.error.URLError) else error
        params = {"source": self.source_key, "url": shown_url(url)}
        if isinstance(reason, TimeoutError):
            return SyncTimeout("timeout", seconds=round(self.timeout), **params)
        if isinstance(reason, ssl.SSLCertVerificationError):
            return SyncTls(reason.verify_message or "certificate", **params)
        if isinstance(reason, ssl.SSLError):
            return SyncTls(reason.reason or type(reason).__name__, **params)
        if isinstance(reason, OSError):
            return SyncUnreachable(reason.strerror or type(reason).__name__, **params)
        return SyncUnreachable(str(reason)[:200], **params)

    def _scrubbed(self, error: PaatospajaError) -> PaatospajaError:
        """The same error with the secret cut out of its text and parameters."""
        secret = self._credentials.secret
        if not secret:
            return error
        error.detail = error.detail.replace(secret, "***")
        error.args = tuple(
            arg.replace(secret, "***") if isinstance(arg, str) else arg for arg in error.args
        )
        for name, value in list(error.params.items()):
            if isinstance(value, str):
                error.params[name] = value.replace(secret, "***")
        return error


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _json_problem(error: ValueError) -> Text:
    line = getattr(error, "lineno", None)
    column = getattr(error, "colno", None)
    if line is not None and column is not None:
        return text("sync.json_at", line=line, column=column)
    return text("sync.json_undecodable")
