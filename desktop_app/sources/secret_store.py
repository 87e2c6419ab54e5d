"""Where the sync engine gets a source's secret: a small protocol, the keyring by default.

The engine and the command line take any object with these three methods, so tests pass a
dictionary-backed one and the window may pass one that asks the user when the keyring has
no usable backend. The default reaches :mod:`desktop_app.secrets` only when first used.
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol

from desktop_app.sources.errors import SecretStoreUnavailable


class SecretStore(Protocol):
    def get_secret(self, source_key: str) -> str | None: ...

    def set_secret(self, source_key: str, value: str) -> object:
        """Keep the secret; may answer where (see :func:`kept_for_session_only`)."""
        ...

    def delete_secret(self, source_key: str) -> None: ...


class MemorySecrets:
    """Secrets held only for this process (no usable keyring, or a test)."""

    def __init__(self, values: dict[str, str] | None = None) -> None:
        self._values = dict(values or {})

    def get_secret(self, source_key: str) -> str | None:
        return self._values.get(source_key)

    def set_secret(self, source_key: str, value: str) -> object:
        self._values[source_key] = value
        return None

    def delete_secret(self, source_key: str) -> None:
        self._values.pop(source_key, None)

    def __repr__(self) -> str:
        return f"MemorySecrets({len(self._values)} kept)"


class KeyringSecrets:
    """:mod:`desktop_app.secrets` (the operating system's keyring), imported on first use."""

    def _module(self) -> Any:
        try:
            return importlib.import_module("desktop_app.secrets")
        except ImportError as error:
            raise SecretStoreUnavailable(type(error).__name__) from None

    def get_secret(self, source_key: str) -> str | None:
        value = self._module().get_secret(source_key)
        if value is None:
            return None
        reveal = getattr(value, "reveal", None)  # a masked Secret: the one way out
        return str(reveal()) if callable(reveal) else str(value)

    def set_secret(self, source_key: str, value: str) -> object:
        return self._module().set_secret(source_key, value)

    def session_notice(self) -> str:
        """Why a secret is kept for this run only ("" when the keyring keeps it)."""
        status = self._module().backend_status()
        return str(status.session_notice()) if not status.usable else ""

    def delete_secret(self, source_key: str) -> None:
        self._module().delete_secret(source_key)

    def __repr__(self) -> str:
        return "KeyringSecrets()"


def kept_for_session_only(answer: object) -> bool:
    """Whether :meth:`SecretStore.set_secret` kept the secret in memory only (no keyring)."""
    return getattr(answer, "value", answer) == "session"


def default_store() -> SecretStore:
    return KeyringSecrets()
