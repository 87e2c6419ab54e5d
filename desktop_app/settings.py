"""The municipality's own facts that documents need, kept in the workspace database.

Stored as ``meta`` rows so that a copied workspace carries them along; paths to a house
style or logo outside the workspace are kept as given (a UNC network path works too).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.privacy.marks import OWN_DOMAINS_META_KEY
from desktop_app.storage.database import transaction
from desktop_app.storage.meta import get_meta, set_meta

_KEYS = {
    "municipality": "municipality",
    "municipality_sv": "municipality_sv",
    "address": "address",
    "own_domains": OWN_DOMAINS_META_KEY,
    "house_style": "export.house_style",
    "logo": "export.logo",
    "administrative_court": "appeal.administrative_court",
}


@dataclass
class WorkspaceSettings:
    municipality: str = ""
    municipality_sv: str = ""
    address: str = ""  # the registry (kirjaamo) where appeals are sent
    own_domains: str = ""  # the municipality's e-mail domains: not private addresses
    house_style: str = ""
    logo: str = ""
    # The id of the municipality's administrative court (resources/appeal/courts.toml):
    # appeal instructions name it with its address instead of "Hallinto-oikeus".
    administrative_court: str = ""

    @property
    def house_style_path(self) -> Path | None:
        return Path(self.house_style) if self.house_style.strip() else None

    @property
    def logo_path(self) -> Path | None:
        return Path(self.logo) if self.logo.strip() else None


def load_settings(connection: sqlite3.Connection) -> WorkspaceSettings:
    return WorkspaceSettings(**{name: get_meta(connection, key) for name, key in _KEYS.items()})


def save_settings(connection: sqlite3.Connection, settings: WorkspaceSettings) -> None:
    with transaction(connection):
        for name, key in _KEYS.items():
            set_meta(connection, key, str(getattr(settings, name)).strip())
