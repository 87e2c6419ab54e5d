"""Credentials of the archive's sources, kept in the operating system's keyring only.

A source on the network may need a password, an API key or a bearer token. It is stored with
``keyring`` under :data:`SERVICE`, with the source's key as the user name: Windows Credential
Manager on Windows, the Keychain on macOS, the Secret Service (GNOME Keyring, KWallet) on
Linux. Nothing else ever receives the secret: not the workspace (a shared network folder),
not a settings file, not a log line, not an exception text, not the command line's output.

A keyring that does not really keep secrets is refused: keyring's own ``fail`` and ``null``
backends store nothing, and ``keyrings.alt`` keeps passwords in files (plain, or encrypted
with a password asked on a terminal a desktop user never sees). A real keyring that fails
(no D-Bus session, a locked collection whose unlocking was refused) is not usable either.
Then a secret the user types is kept in this process's memory for this run only
(:class:`SessionSecrets`), :meth:`SecretStore.set` answers :attr:`StoredIn.SESSION` and
:func:`backend_status` says why, so the user interface can say so and ask again at the next
start instead of writing the secret somewhere weaker.

Secrets travel as :class:`Secret`, whose ``repr`` and ``str`` are masked, so a source's
settings can be logged or shown without the value; :meth:`Secret.reveal` is the one way out.
"""

from __future__ import annotations

import enum
import hmac
import logging
import threading
from dataclasses import dataclass
from typing import Any

from desktop_app.errors import (
    SecretEmpty,
    SecretsBackendFailed,
    SecretsInsecureBackend,
    SecretsLocked,
    SecretsNoBackend,
    SecretsUnavailable,
    SecretTooLong,
)
from desktop_app.messages import describe, message

log = logging.getLogger(__name__)

#: The service name under which every secret of the application is stored.
SERVICE = "Paatospaja"

#: Windows Credential Manager keeps at most 2,560 bytes of a credential
#: (CRED_MAX_CREDENTIAL_BLOB_SIZE) and keyring stores the text as UTF-16, so a longer token
#: would fail there with "The stub received bad data". The same limit applies on every
#: system: a token accepted on one workstation must also fit on the municipality's Windows.
MAX_SECRET_BYTES = 2560

#: What is shown wherever a secret would otherwise appear.
MASK = "********"

#: Read at detection to find out whether the keyring answers (and to let it ask for its
#: unlocking then rather than in the middle of a sync); never written.
_PROBE_KEY = "paatospaja-probe"

#: Backends that do not keep a secret at all: keyring's ``fail`` raises, ``null`` forgets.
_NO_STORAGE = ("keyring.backends.fail.Keyring", "keyring.backends.null.Keyring")

#: keyrings.alt keeps secrets in files of its own: plain text, or encrypted with a password
#: asked on a terminal; neither is the operating system's protected store.
_INSECURE_PACKAGE = "keyrings.alt"


class Secret:
    """A password or token that does not show itself by accident.

    ``repr``, ``str`` and formatting give :data:`MASK`; ``json.dumps`` refuses it. Two
    secrets compare in constant time. It is deliberately not a ``str``: string operations
    and serialisers would see the value.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("a secret is text")
        self._value = value

    def reveal(self) -> str:
        """The value itself, for the one place that needs it (an Authorization header)."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    def __str__(self) -> str:
        return MASK

    def __format__(self, spec: str) -> str:
        return format(MASK, spec)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(_utf8(self._value), _utf8(other._value))

    __hash__ = None  # type: ignore[assignment]  # equal by value, so not a dictionary key


class StoredIn(enum.Enum):
    """Where :meth:`SecretStore.set` put the secret: the caller tells the user which."""

    KEYRING = "keyring"
    SESSION = "session"  # in memory until the program ends; asked again at the next start


@dataclass(frozen=True)
class BackendStatus:
    """Whether secrets survive this run, which backend keeps them, and if not, why not.

    ``code`` is empty when usable, otherwise the ``secrets.*`` code of ``error``.
    """

    usable: bool
    backend: str
    code: str = ""
    error: SecretsUnavailable | None = None

    def describe(self, language: str | None = None) -> str:
        """Why secrets are not kept, in the user's language ("" when they are)."""
        return describe(self.error, language) if self.error is not None else ""

    def session_notice(self, language: str | None = None) -> str:
        """The sentence the user sees when a secret is kept for this run only."""
        if self.error is None:
            return ""
        return message("secrets.session_only", language, reason=self.describe(language))


class SessionSecrets:
    """Secrets typed in during this run when no keyring can keep them: memory only."""

    def __init__(self) -> None:
        self._values: dict[str, Secret] = {}
        self._lock = threading.Lock()

    def get(self, source_key: str) -> Secret | None:
        with self._lock:
            return self._values.get(source_key)

    def set(self, source_key: str, value: Secret) -> None:
        with self._lock:
            self._values[source_key] = value

    def delete(self, source_key: str) -> None:
        with self._lock:
            self._values.pop(source_key, None)

    def __repr__(self) -> str:
        with self._lock:
            return f"SessionSecrets(keys={sorted(self._values)!r})"


def check_secret(value: str) -> None:
    """Refuse a secret no keyring would keep, before any backend sees it.

    The size is what Windows Credential Manager counts: UTF-16 bytes (a character outside
    the Basic Multilingual Plane takes four).
    """
    if not value:
        raise SecretEmpty("empty secret")
    size = len(value.encode("utf-16-le", "surrogatepass"))
    if size > MAX_SECRET_BYTES:
        raise SecretTooLong(f"{size} > {MAX_SECRET_BYTES} bytes", size=size, limit=MAX_SECRET_BYTES)


def backend_name(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def refusal(backend: object) -> SecretsUnavailable | None:
    """Why this backend must not keep secrets, judged by what it is (None: it may)."""
    name = backend_name(backend)
    if name in _NO_STORAGE:
        return SecretsNoBackend(name, backend=name)
    if name == _INSECURE_PACKAGE or name.startswith(_INSECURE_PACKAGE + "."):
        return SecretsInsecureBackend(name, backend=name)
    return None


def choose_backend(backend: Any) -> tuple[Any, SecretsUnavailable | None]:
    """The one backend that will keep the secrets, or the reason there is none.

    keyring's chainer writes to the first backend that accepts a secret, which may be a
    refused one; so the best acceptable backend in the chain is used directly instead.
    """
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        for candidate in chained:
            if refusal(candidate) is None:
                return candidate, None
        if chained:
            return chained[0], refusal(chained[0])
        return backend, SecretsNoBackend(backend_name(backend), backend=backend_name(backend))
    return backend, refusal(backend)


def _utf8(value: str) -> bytes:
    return value.encode("utf-8", "surrogatepass")


def _failure(name: str, error: BaseException, *hidden: str) -> SecretsUnavailable:
    """The typed error for a backend that raised, with no secret in its text."""
    from keyring.errors import InitError, KeyringLocked, NoKeyringError

    # keyring's own texts end in a period (some in two): the sentence around it adds one
    detail = f"{type(error).__name__}: {error}".strip().rstrip(":. ")
    for value in hidden:
        if value:
            detail = detail.replace(value, MASK)
    if isinstance(error, KeyringLocked | InitError):
        return SecretsLocked(detail, backend=name)
    if isinstance(error, NoKeyringError):
        return SecretsNoBackend(detail, backend=name)
    return SecretsBackendFailed(detail, backend=name)


class SecretStore:
    """The application's secrets: in the keyring when it works, else for this run only.

    The backend is detected once (:meth:`detect`); a backend that fails later is treated
    as unusable for the rest of the run, so one run never mixes the two places.
    """

    def __init__(self, backend: Any = None, service: str = SERVICE) -> None:
        self.service = service
        self.session = SessionSecrets()
        self._given = backend
        self._backend: Any = None
        self._status: BackendStatus | None = None
        self._lock = threading.Lock()

    def detect(self) -> BackendStatus:
        """Find the backend and ask it once whether it answers."""
        try:
            import keyring

            found = self._given if self._given is not None else keyring.get_keyring()
        except Exception as error:  # a broken keyring configuration must not stop the app
            return self._unusable("keyring", _failure("keyring", error))
        backend, refused = choose_backend(found)
        name = backend_name(backend)
        if refused is not None:
            return self._unusable(name, refused)
        try:
            backend.get_password(self.service, _PROBE_KEY)
        except Exception as error:
            return self._unusable(name, _failure(name, error))
        status = BackendStatus(usable=True, backend=name)
        with self._lock:
            self._backend, self._status = backend, status
        log.info("secrets are kept in %s", name)
        return status

    def status(self) -> BackendStatus:
        with self._lock:
            known = self._status
        return known if known is not None else self.detect()

    def get(self, source_key: str) -> Secret | None:
        """The source's secret; None when there is none (then the user is asked)."""
        _check_key(source_key)
        backend = self._usable_backend()
        if backend is None:
            return self.session.get(source_key)
        try:
            value = backend.get_password(self.service, source_key)
        except Exception as error:
            self._unusable(backend_name(backend), _failure(backend_name(backend), error))
            return self.session.get(source_key)
        return Secret(value) if value else None

    def set(self, source_key: str, value: str | Secret) -> StoredIn:
        """Store or replace the source's secret; the answer says whether it survives the run."""
        _check_key(source_key)
        secret = value if isinstance(value, Secret) else Secret(value)
        plain = secret.reveal()
        check_secret(plain)
        backend = self._usable_backend()
        if backend is not None:
            try:
                backend.set_password(self.service, source_key, plain)
            except Exception as error:
                name = backend_name(backend)
                self._unusable(name, _failure(name, error, plain))
            else:
                self.session.delete(source_key)
                return StoredIn.KEYRING
        self.session.set(source_key, secret)
        return StoredIn.SESSION

    def delete(self, source_key: str) -> None:
        """Forget the source's secret; forgetting one that is not there is no error.

        A keyring that refuses the removal raises: the user asked for the secret to go
        and must hear that it is still kept.
        """
        _check_key(source_key)
        self.session.delete(source_key)
        backend = self._usable_backend()
        if backend is None:
            return
        from keyring.errors import PasswordDeleteError

        try:
            backend.delete_password(self.service, source_key)
        except PasswordDeleteError:
            return  # there was none
        except Exception as error:
            name = backend_name(backend)
            failure = _failure(name, error)
            self._unusable(name, failure)
            raise failure from None

    def _usable_backend(self) -> Any:
        status = self.status()
        with self._lock:
            return self._backend if status.usable else None

    def _unusable(self, name: str, error: SecretsUnavailable) -> BackendStatus:
        status = BackendStatus(usable=False, backend=name, code=error.code, error=error)
        with self._lock:
            self._backend, self._status = None, status
        # info, not warning: the caller tells the user through the status, once
        log.info("secrets are kept for this run only: %s (%s: %s)", name, error.code, error.detail)
        return status

    def __repr__(self) -> str:
        return f"SecretStore(service={self.service!r}, status={self._status!r})"


def _check_key(source_key: str) -> None:
    if not isinstance(source_key, str) or not source_key.strip():
        raise ValueError("a secret belongs to a source: its key must not be empty")


_default: SecretStore | None = None
_default_lock = threading.Lock()


def default_store() -> SecretStore:
    """The store of this process (created on first use, like keyring's own backend)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = SecretStore()
        return _default


def backend_status() -> BackendStatus:
    """Detects the keyring on first call: call it at start so the user hears it early."""
    return default_store().status()


def get_secret(source_key: str) -> Secret | None:
    return default_store().get(source_key)


def set_secret(source_key: str, value: str | Secret) -> StoredIn:
    return default_store().set(source_key, value)


def delete_secret(source_key: str) -> None:
    default_store().delete(source_key)
