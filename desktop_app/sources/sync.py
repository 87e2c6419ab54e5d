"""The sync task: ``run(SyncInputs, TaskState) -> SyncReport``.

The engine alone writes what adapters yield: in small transactions tagged with the source's
key, a checkpoint stored only after everything before it is committed, the cursor and the
HTTP validators only once the whole pull has succeeded. So a killed sync repeats a page at
worst and never skips one, and an unreachable source or a garbage answer changes nothing
but the source's "last error". Decisions the source no longer has become *pending*
removals, applied only by :func:`confirm_removals` after the user has seen them.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import PaatospajaError
from desktop_app.messages import describe
from desktop_app.seed import delete_samples
from desktop_app.sources import secret_store
from desktop_app.sources.adapters import adapter_for
from desktop_app.sources.config import API_KEY_HEADER_OPTION, DEFAULT_API_KEY_HEADER, SourceConfig
from desktop_app.sources.contract import (
    Adapter,
    Checkpoint,
    HttpFetcher,
    Listing,
    PullRequest,
    RemoteDecision,
    Skipped,
    Validators,
)
from desktop_app.sources.errors import SyncError, SyncIncomplete, SyncSecretMissing
from desktop_app.sources.http import Credentials, HttpSettings, UrllibFetcher
from desktop_app.sources.secret_store import SecretStore
from desktop_app.sources.store import SourceRepository, SyncCounts
from desktop_app.storage.database import connect
from desktop_app.storage.decisions import INSERTED, UPDATED
from desktop_app.tasks import Cancelled, TaskState

log = logging.getLogger(__name__)

BATCH = 100

#: (source, credentials, validators kept from the last sync, task) -> the fetcher to use
FetcherFactory = Callable[
    [SourceConfig, Credentials, Mapping[str, Validators], TaskState], HttpFetcher
]


@dataclass(frozen=True)
class SyncInputs:
    db_path: Path
    source_keys: Sequence[str] = ()  # empty: every enabled source
    secrets: SecretStore | None = None  # None: the operating system's keyring
    full: bool = False  # ignore the cursor: a complete listing, so removals can be proposed
    http: HttpSettings = field(default_factory=HttpSettings)
    contact: str = ""  # who runs this workstation, for the User-Agent
    adapters: Mapping[str, Adapter] | None = None  # kind -> adapter, to replace the built-in
    fetcher_factory: FetcherFactory | None = None


@dataclass(frozen=True)
class ItemFailure:
    remote_id: str
    code: str
    message: str  # in the user's language


@dataclass
class SourceReport:
    source_key: str
    new: list[str] = field(default_factory=list)  # source ids
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    failed: list[ItemFailure] = field(default_factory=list)
    pending_removals: list[str] = field(default_factory=list)  # source ids, not yet removed
    error_code: str = ""  # "" when the sync completed
    error: str = ""  # the sentence for the user
    cancelled: bool = False
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.error_code and not self.cancelled

    @property
    def counts(self) -> SyncCounts:
        return SyncCounts(
            len(self.new),
            len(self.changed),
            self.unchanged,
            len(self.pending_removals),
            len(self.failed),
        )


@dataclass
class SyncReport:
    sources: list[SourceReport] = field(default_factory=list)
    cancelled: bool = False
    # the bundled sample decisions, removed when the first real decisions came in
    samples_removed: list[str] = field(default_factory=list)

    @property
    def changed_ids(self) -> list[str]:
        """What the search index must update."""
        ids = [sid for source in self.sources for sid in (*source.new, *source.changed)]
        return [*ids, *self.samples_removed]

    @property
    def failed_sources(self) -> list[SourceReport]:
        return [source for source in self.sources if source.error_code]


def run(inputs: SyncInputs, state: TaskState) -> SyncReport:
    report = SyncReport()
    connection = connect(inputs.db_path)
    try:
        repository = SourceRepository(connection)
        configs = (
            [repository.get(key) for key in inputs.source_keys]
            if inputs.source_keys
            else [config for config in repository.all() if config.enabled]
        )
        secrets = inputs.secrets
        for done, config in enumerate(configs):
            state.progress(done, len(configs), config.key)
            entry = SourceReport(config.key)
            report.sources.append(entry)
            if secrets is None and config.needs_secret:
                secrets = secret_store.default_store()
            try:
                _sync_source(connection, config, inputs, secrets, state, entry)
            except Cancelled:
                entry.cancelled = report.cancelled = True
                break
        arrived = [sid for source in report.sources for sid in (*source.new, *source.changed)]
        if arrived:  # real decisions now: the samples must not be mistaken for them
            report.samples_removed = delete_samples(connection, keep=arrived)
        state.progress(len(configs), len(configs), "")
    finally:
        connection.close()
    return report


def _sync_source(
    connection: sqlite3.Connection,
    config: SourceConfig,
    inputs: SyncInputs,
    secrets: SecretStore | None,
    state: TaskState,
    entry: SourceReport,
) -> None:
    repository = SourceRepository(connection)
    fetcher: HttpFetcher | None = None
    try:
        credentials = credentials_for(config, secrets)
        validators = {} if inputs.full else repository.validators(config.key)
        if inputs.fetcher_factory is not None:
            fetcher = inputs.fetcher_factory(config, credentials, validators, state)
        else:
            fetcher = UrllibFetcher(
                source_key=config.key,
                credentials=credentials,
                validators=validators,
                settings=inputs.http,
                contact=config.options.get("contact", "") or inputs.contact,
                check_cancelled=state.check,
                home=config.location,
            )
        adapter = (inputs.adapters or {}).get(config.kind) or adapter_for(config.kind)
        status = repository.status(config.key)
        request = PullRequest(
            source_key=config.key,
            location=config.location,
            options=config.options,
            cursor="" if inputs.full else status.cursor,
            resume="" if inputs.full else status.resume,
            known=repository.known(config.key),
        )
        listing, yielded = _pull(repository, adapter, request, fetcher, state, entry)
        seen = listing.seen | yielded if listing.complete else frozenset()
        if listing.complete:
            proposed = repository.propose_removals(config.key, seen)
            entry.unchanged += len(seen - yielded)
        else:
            proposed = repository.pending(config.key)
        entry.pending_removals = [removal.source_id for removal in proposed]
        fresh = getattr(fetcher, "fresh_validators", {})
        repository.record_success(config.key, listing.cursor, entry.counts, fresh)
    except Cancelled:
        raise
    except PaatospajaError as error:
        _failed(repository, entry, error)
    except Exception as error:  # an adapter tripped over an answer it did not expect
        log.warning("sync of %s failed", config.key, exc_info=True)
        _failed(repository, entry, SyncError(type(error).__name__, source=config.key))
    finally:
        if fetcher is not None:
            entry.requests = fetcher.requests_made


def _pull(
    repository: SourceRepository,
    adapter: Adapter,
    request: PullRequest,
    fetcher: HttpFetcher,
    state: TaskState,
    entry: SourceReport,
) -> tuple[Listing, frozenset[str]]:
    """Write what the adapter yields; the listing it ended with and the ids it yielded."""
    key = request.source_key
    batch: list[RemoteDecision] = []
    yielded: set[str] = set()

    def flush() -> None:
        if not batch:
            return
        for source_id, outcome in repository.write(key, batch).items():
            if outcome == INSERTED:
                entry.new.append(source_id)
            elif outcome == UPDATED:
                entry.changed.append(source_id)
            else:
                entry.unchanged += 1
        batch.clear()

    try:
        for event in adapter.pull(request, fetcher, state):
            if isinstance(event, RemoteDecision):
                batch.append(_owned(key, event))
                yielded.add(event.remote_id)
                if len(batch) >= BATCH:
                    flush()
            elif isinstance(event, Checkpoint):
                flush()  # the checkpoint promises that everything before it is kept
                repository.save_resume(key, event.cursor)
            elif isinstance(event, Skipped):
                entry.failed.append(
                    ItemFailure(event.remote_id, event.error.code, describe(event.error))
                )
            elif isinstance(event, Listing):
                flush()
                return event, frozenset(yielded)
    except Cancelled:
        flush()  # what arrived is whole; the checkpoint lets the next sync go on
        raise
    raise SyncIncomplete("no listing", source=key)


def _owned(key: str, item: RemoteDecision) -> RemoteDecision:
    """The item with the archive key ``<source key>:<remote id>``, whatever the adapter set.

    Two sources can then never overwrite each other's decisions, nor a file import's.
    """
    wanted = f"{key}:{item.remote_id}"
    if item.record.source_id != wanted:
        item.record.source_id = wanted
    return item


def credentials_for(config: SourceConfig, secrets: SecretStore | None) -> Credentials:
    if not config.needs_secret:
        return Credentials()
    secret = secrets.get_secret(config.key) if secrets is not None else None
    if not secret:
        raise SyncSecretMissing("no secret", source=config.key)
    return Credentials(
        kind=config.auth_kind,
        user=config.user_name,
        secret=secret,
        api_key_header=config.options.get(API_KEY_HEADER_OPTION, "") or DEFAULT_API_KEY_HEADER,
    )


def _failed(repository: SourceRepository, entry: SourceReport, error: PaatospajaError) -> None:
    entry.error_code = error.code
    entry.error = describe(error)
    try:
        repository.record_failure(entry.source_key, error.code)
    except PaatospajaError:  # the database refuses even that: the report still tells
        log.warning("could not record the failure of %s", entry.source_key, exc_info=True)


# -- removals -------------------------------------------------------------------------------


def confirm_removals(
    db_path: Path, source_key: str, remote_ids: Iterable[str] | None = None
) -> list[str]:
    """Remove the decisions the user confirmed as gone; their source ids, for the index."""
    connection = connect(db_path)
    try:
        return SourceRepository(connection).confirm_removals(source_key, remote_ids)
    finally:
        connection.close()


def keep_removed(db_path: Path, source_key: str, remote_ids: Iterable[str] | None = None) -> int:
    """Keep decisions the source dropped: they stay in the archive, detached from it."""
    connection = connect(db_path)
    try:
        return SourceRepository(connection).keep_removed(source_key, remote_ids)
    finally:
        connection.close()
