"""What every kind of source gives the sync engine, whatever protocol it speaks.

A source adapter (folder, JSON Lines URL, Open Decision API, OParl) turns its protocol into
a stream of :class:`RemoteDecision` items and a final :class:`Listing`; the sync engine alone
decides what reaches the archive. Adapters never touch SQLite, so a source that returns
garbage can only fail its own sync, never damage decisions already kept.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from desktop_app.domain.model import DecisionRecord
from desktop_app.errors import PaatospajaError
from desktop_app.tasks import TaskState


@dataclass(frozen=True)
class RemoteDecision:
    """One decision as the source has it now.

    ``record.source_id`` is the archive key: the adapter prefixes the source's own id with the
    source's key (``"<source key>:<remote id>"``) so two sources never collide. ``version`` is
    whatever the source offers to tell a change (``modified_at``, an ETag, a content hash).
    """

    remote_id: str
    record: DecisionRecord
    link: str = ""
    version: str = ""


@dataclass(frozen=True)
class Checkpoint:
    """A point the adapter can resume from after an interruption (a page URL, a timestamp).

    The engine stores it only after every decision yielded before it has been committed, so a
    kill between two checkpoints repeats a page at worst and never skips one.
    """

    cursor: str


@dataclass(frozen=True)
class Listing:
    """The end of a pull: whether the adapter saw the whole collection.

    ``complete`` is true only for a full listing (not an incremental one); only then may the
    engine compare what it saw with what the archive holds and propose removals, which the
    user confirms. ``seen`` holds the remote ids of a complete listing.
    """

    complete: bool
    seen: frozenset[str] = field(default_factory=frozenset)
    cursor: str = ""  # where the next incremental pull starts (e.g. the newest modified_at)


@dataclass(frozen=True)
class Skipped:
    """An item the adapter could not read; the sync counts it as failed and goes on.

    ``error`` is a :class:`desktop_app.errors.PaatospajaError` (usually
    ``desktop_app.sources.errors.SyncBadRecord``). A pull with skipped items should not end
    in a complete listing: the unread item may be a decision that is still there.
    """

    remote_id: str
    error: PaatospajaError


Event = RemoteDecision | Checkpoint | Listing | Skipped


@dataclass(frozen=True)
class Validators:
    """What an HTTP server said identifies the body it sent (for a conditional request)."""

    etag: str = ""
    last_modified: str = ""


class NotModified(Exception):
    """A conditional request found the resource as it was at the last successful sync (304).

    Not a failure: the adapter ends its pull with a listing of what it already knows.
    """


@dataclass(frozen=True)
class PullRequest:
    """What the engine asks of an adapter for one sync."""

    source_key: str
    location: str  # folder path, URL of the API root or of the JSON Lines file
    options: Mapping[str, str]
    cursor: str = ""  # from the last successful sync; empty for a first or full pull
    resume: str = ""  # from the last checkpoint of an interrupted sync
    # remote id -> version of every decision of this source the archive holds now; an
    # adapter may skip fetching or yielding an item whose version is unchanged (it still
    # belongs in a complete listing's ``seen``)
    known: Mapping[str, str] = field(default_factory=dict)


class Adapter(Protocol):
    """One protocol. ``pull`` yields events and ends with exactly one :class:`Listing`."""

    kind: str

    def pull(
        self, request: PullRequest, http: HttpFetcher, state: TaskState
    ) -> Iterator[Event]: ...


class HttpFetcher(Protocol):
    """The only way an adapter reaches the network: polite, bounded, with credentials applied.

    ``get_json`` raises a :class:`desktop_app.errors.PaatospajaError` subclass with a code in
    the ``sync.`` namespace for every failure (time-out, HTTP status, invalid JSON, a body over
    the size limit, a redirect loop, TLS, 401); it retries 429/503 honouring Retry-After.
    ``requests_made`` counts requests actually sent, so tests can prove a sync is incremental.
    """

    requests_made: int

    def get_json(self, url: str, params: Mapping[str, str] | None = None) -> object: ...

    def get_lines(self, url: str, *, conditional: bool = False) -> Iterator[str]:
        """A streamed text body, line by line (JSON Lines), within the same size limit.

        ``conditional``: send the ETag / Last-Modified kept from the last successful sync
        and raise :class:`NotModified` on 304. The new validators are kept only when the
        sync that read the whole body succeeds, so an interrupted sync reads it again.
        """
        ...
