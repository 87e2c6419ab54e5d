"""What the sources dialog and the command line do with sources, in one place.

Every call opens its own short-lived connection, so the window may call from its worker
thread while the GUI thread searches. The secret goes to the :class:`SecretStore` and
nowhere else; what comes back (:class:`SourceView`) says only whether one is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import PaatospajaError
from desktop_app.messages import describe, message
from desktop_app.sources import secret_store
from desktop_app.sources.config import SourceConfig, validate
from desktop_app.sources.contract import NotModified
from desktop_app.sources.errors import SyncFolderMissing
from desktop_app.sources.folder import documents
from desktop_app.sources.http import HttpSettings, UrllibFetcher
from desktop_app.sources.secret_store import SecretStore
from desktop_app.sources.store import PendingRemoval, SourceRepository, SyncStatus
from desktop_app.sources.sync import SyncInputs, credentials_for
from desktop_app.storage.database import connect
from desktop_app.storage.meta import get_meta

#: What is shown where a secret would be.
MASK = "********"


@dataclass(frozen=True)
class SourceView:
    config: SourceConfig
    status: SyncStatus
    secret_stored: bool  # never the secret itself


@dataclass(frozen=True)
class TestResult:
    ok: bool
    message: str  # in the user's language
    code: str = ""  # the error's code when it failed
    requests: int = 0


class Sources:
    def __init__(self, db_path: Path, secrets: SecretStore | None = None) -> None:
        self.db_path = Path(db_path)
        self._secrets = secrets

    @property
    def secrets(self) -> SecretStore:
        if self._secrets is None:
            self._secrets = secret_store.default_store()
        return self._secrets

    @contextmanager
    def _repository(self) -> Iterator[SourceRepository]:
        connection = connect(self.db_path)
        try:
            yield SourceRepository(connection)
        finally:
            connection.close()

    # -- configuration ------------------------------------------------------------------

    def all(self) -> list[SourceView]:
        with self._repository() as repository:
            configs = repository.all()
            statuses = {config.key: repository.status(config.key) for config in configs}
        return [
            SourceView(config, statuses[config.key], self._has_secret(config)) for config in configs
        ]

    def get(self, key: str) -> SourceConfig:
        with self._repository() as repository:
            return repository.get(key)

    def status(self, key: str) -> SyncStatus:
        with self._repository() as repository:
            repository.get(key)
            return repository.status(key)

    def add(self, config: SourceConfig, secret: str | None = None) -> object:
        """Store the source, and its secret in the keyring; returns the store's answer."""
        validate(config)
        answer: object = None
        with self._repository() as repository:
            repository.add(config)
        if config.needs_secret and secret:
            try:
                answer = self.secrets.set_secret(config.key, secret)
            except BaseException:
                with self._repository() as repository:  # no half-configured source
                    repository.remove(config.key)
                raise
        return answer

    def update(self, config: SourceConfig, secret: str | None = None) -> object:
        """Change the source; ``secret`` None keeps the stored one, "" removes it."""
        with self._repository() as repository:
            repository.update(config)
        if secret == "" or not config.needs_secret:
            self._forget_secret(config.key)
            return None
        if secret is not None:
            return self.secrets.set_secret(config.key, secret)
        return None

    def remove(self, key: str) -> None:
        """Forget the source and its secret; its decisions stay in the archive."""
        with self._repository() as repository:
            config = repository.get(key)
            repository.remove(key)
        if config.needs_secret:
            self._forget_secret(key)

    def _forget_secret(self, key: str) -> None:
        with suppress(PaatospajaError):  # no keyring: nothing was kept there either
            self.secrets.delete_secret(key)

    def _has_secret(self, config: SourceConfig) -> bool:
        if not config.needs_secret:
            return False
        try:
            return bool(self.secrets.get_secret(config.key))
        except PaatospajaError:
            return False

    # -- checking -----------------------------------------------------------------------

    def test(self, key: str, settings: HttpSettings | None = None) -> TestResult:
        """One request (or one look into the folder): does the source answer and let us in."""
        config = self.get(key)
        if config.kind == "folder":
            return _test_folder(config)
        fetcher: UrllibFetcher | None = None
        try:
            fetcher = UrllibFetcher(
                source_key=key,
                credentials=credentials_for(config, self.secrets),
                settings=settings or HttpSettings(retries=0, min_interval=0.0),
                contact=config.options.get("contact", "") or self._municipality(),
                home=config.location,
            )
            if config.kind == "jsonl_url":
                lines = fetcher.get_lines(config.location)
                next(iter(lines), None)
                close = getattr(lines, "close", None)
                if callable(close):
                    close()
            else:
                fetcher.get_json(config.location)
        except NotModified:
            pass
        except PaatospajaError as error:
            requests = fetcher.requests_made if fetcher is not None else 0
            return TestResult(False, describe(error), error.code, requests)
        return TestResult(True, message("sources.test_ok", source=key, url=config.location), "", 1)

    # -- removals -----------------------------------------------------------------------

    def pending(self, key: str | None = None) -> list[PendingRemoval]:
        with self._repository() as repository:
            return repository.pending(key)

    def confirm_removals(self, key: str, remote_ids: Iterable[str] | None = None) -> list[str]:
        """Remove what the user confirmed; the removed source ids (give them to the index)."""
        with self._repository() as repository:
            repository.get(key)
            return repository.confirm_removals(key, remote_ids)

    def keep_removed(self, key: str, remote_ids: Iterable[str] | None = None) -> int:
        with self._repository() as repository:
            repository.get(key)
            return repository.keep_removed(key, remote_ids)

    # -- syncing ------------------------------------------------------------------------

    def sync_inputs(self, keys: Iterable[str] = (), *, full: bool = False) -> SyncInputs:
        """Inputs for :func:`desktop_app.sources.sync.run` with this object's secrets."""
        return SyncInputs(
            self.db_path,
            tuple(keys),
            secrets=self._secrets,
            full=full,
            contact=self._municipality(),
        )

    def _municipality(self) -> str:
        connection = connect(self.db_path)
        try:
            return get_meta(connection, "municipality")
        finally:
            connection.close()

    def startup_keys(self) -> list[str]:
        """The sources synced at start: every enabled one, read without asking the keyring.

        Folders and shares are rescanned, network sources pulled incrementally.
        """
        with self._repository() as repository:
            return [c.key for c in repository.all() if c.enabled]


def _test_folder(config: SourceConfig) -> TestResult:
    root = Path(config.location)
    try:
        if not root.is_dir():
            raise SyncFolderMissing("not a folder", source=config.key, path=config.location)
        count = len(documents(root))
    except OSError as error:
        failure = SyncFolderMissing(error.strerror or "", source=config.key, path=config.location)
        return TestResult(False, describe(failure), failure.code)
    except SyncFolderMissing as error:
        return TestResult(False, describe(error), error.code)
    return TestResult(
        True, message("sources.test_folder_ok", source=config.key, count=count), "", 0
    )
