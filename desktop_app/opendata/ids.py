"""Identifiers that stay the same whenever the same meeting is exported.

An open decision API keeps what it has loaded: a record exported again must replace the one
loaded before, never stand beside it. So an id is derived from what the record is (the body,
the meeting's number and year, the § number, the Dno), never from the order of an export
or from the time. The origin id says the same in words; the numeric id (``int64`` in the
specification) is its hash, kept below 2**48 so that JavaScript reads it exactly too.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_ID_BYTES = 6


def stable_id(resource: str, origin_id: str) -> int:
    digest = hashlib.sha256(f"{resource}\n{origin_id}".encode()).digest()
    return int.from_bytes(digest[:_ID_BYTES], "big") or 1


def resource_url(base_url: str, resource: str, identifier: int) -> str:
    """The record's address in the API, as the specification's paths have it."""
    return f"{base_url.rstrip('/')}/{resource}/{identifier}/"


def data_source(municipality: str) -> str:
    """The municipality's name as an identifier ("Esimerkkilä" → "esimerkkila")."""
    plain = unicodedata.normalize("NFKD", municipality.casefold())
    ascii_only = "".join(c for c in plain if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    return slug or "paatospaja"


def compact_register_id(dno: str) -> str:
    """A Dno with its spacing normalised: "KH  100/00.01.02/2026" is "KH 100/00.01.02/2026"."""
    return " ".join(dno.split())
