"""The sync engine's only way to the network: polite, bounded, and quiet about secrets.

Standard library only (urllib), so nothing new is installed on a municipality's locked-down
workstation. Every request says who is asking (User-Agent), waits its turn (a minimum
interval between requests), gives up after a time-out, and retries 429 and 503 after the
time the server asks for (Retry-After, capped) or an exponential back-off. Bodies are read in
chunks and refused once they pass the size limit, so a 2 GB answer never sits in memory.
Every failure becomes one typed error of :mod:`desktop_app.sources.errors`; none of them,
and no ``repr``, contains the secret or the query values of a URL that may carry one.
"""

from __future__ import annotations

import base64
import codecs
import contextlib
import email.utils
import json
import re
import ssl
import time
import unicodedata
import urllib.error
import urllib.request
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


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, parts.hostname or "", parts.port


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
    ) -> None:
        settings = settings or HttpSettings()
        self.source_key = source_key
        self._credentials = credentials or Credentials()
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
        self._opener = urllib.request.build_opener(
            _Redirects(self._secret_headers, source_key),
            urllib.request.HTTPSHandler(context=ssl_context or ssl.create_default_context()),
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
                    **self._credentials.headers(),
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

    # -- bodies -------------------------------------------------------------------------

    def _refuse_if_too_large(self, response: HTTPResponse, url: str) -> None:
        declared = response.headers.get("Content-Length")
        if declared and declared.strip().isdigit() and int(declared) > self.max_bytes:
            response.close()
            raise self._too_large(url)

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
        """Network and TLS failures as typed errors; and no secret in any of them."""
        try:
            yield
        except PaatospajaError as error:
            raise self._scrubbed(error) from None
        except NotModified:
            raise
        except (TimeoutError, urllib.error.URLError, OSError, HTTPException) as error:
            raise self._scrubbed(self._network_error(error, url)) from None
        except (ValueError, UnicodeError):  # an address http.client refuses; its text may
            # hold the whole request line, so none of it is kept
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
