"""A source as the user configured it: where the decisions are and how to log in there.

The secret itself (password, API key, token) is never part of it: it lives in the operating
system's keyring under the source's key (see :mod:`desktop_app.sources.secret_store`), so
nothing in the workspace, a backup of it or a log line can leak it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from desktop_app.sources.errors import (
    SourceBadAuth,
    SourceBadKey,
    SourceBadKind,
    SourceBadLocation,
    SourceNeedsUser,
)

KINDS = ("folder", "jsonl_url", "open_decision", "oparl")
HTTP_KINDS = frozenset({"jsonl_url", "open_decision", "oparl"})
AUTH_KINDS = ("none", "basic", "api_key", "bearer")
#: The header an API key travels in unless the source's options name another.
DEFAULT_API_KEY_HEADER = "X-Api-Key"
API_KEY_HEADER_OPTION = "api_key_header"

_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


@dataclass(frozen=True)
class SourceConfig:
    key: str  # short slug; prefixes the source ids of the source's decisions
    kind: str
    location: str  # folder path (also \\server\share) or URL
    options: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    auth_kind: str = "none"
    user_name: str = ""
    enabled: bool = True

    @property
    def needs_secret(self) -> bool:
        return self.auth_kind != "none"

    @property
    def is_http(self) -> bool:
        return self.kind in HTTP_KINDS


def validate(config: SourceConfig) -> None:
    """Refuse a configuration that cannot work before it is stored."""
    params = {"source": config.key}
    if not _KEY.fullmatch(config.key):
        raise SourceBadKey("key", **params)
    if config.kind not in KINDS:
        raise SourceBadKind("kind", value=config.kind, kinds=", ".join(KINDS), **params)
    if config.auth_kind not in AUTH_KINDS:
        raise SourceBadAuth("auth", value=config.auth_kind, kinds=", ".join(AUTH_KINDS), **params)
    location = config.location.strip()
    if not location or (
        config.is_http and not location.lower().startswith(("http://", "https://"))
    ):
        raise SourceBadLocation("location", value=location, kind=config.kind, **params)
    if not config.is_http and config.auth_kind != "none":
        raise SourceBadAuth("auth", value=config.auth_kind, kinds="none", **params)
    if config.auth_kind == "basic" and not config.user_name:
        raise SourceNeedsUser("user", **params)
