"""The JSON Schemas of the records, and a validator that really checks their formats.

``jsonschema`` checks a ``format`` only when a checker for it is registered, and its
``date-time`` checker needs an optional package: without the checkers below a record with
``"modified_at": "eilen"`` would pass. The schemas refer to each other by file name
(``action.json`` embeds ``content.json``), resolved from the bundled folder.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from desktop_app.resources import resource_path

RESOURCES = ("organization", "event", "case", "action", "content", "attachment")
"""The record types written, one file each, in the order a loader needs them."""

SCHEMA_NAMES = (*RESOURCES, "meta")  # one schema file each under resources/opendata/schema
_INT64 = (-(2**63), 2**63 - 1)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")

formats = FormatChecker(formats=())


@formats.checks("date")
def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True  # a format says nothing of other types; "type" does
    if not _DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


@formats.checks("date-time")
def is_date_time(value: object) -> bool:
    """RFC 3339: a date, a time and the offset from UTC; a time without its zone is none."""
    if not isinstance(value, str):
        return True
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@formats.checks("int64")
def _is_int64(value: object) -> bool:
    if not isinstance(value, int) or isinstance(value, bool):
        return True
    return _INT64[0] <= value <= _INT64[1]


@formats.checks("uri")
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and not any(c.isspace() for c in value)


def schema(name: str) -> dict[str, Any]:
    """The bundled schema of ``name`` (a resource type, or ``meta``)."""
    return dict(_schemas()[name])


@cache
def _schemas() -> dict[str, dict[str, Any]]:
    folder = resource_path("opendata", "schema")
    loaded = {}
    for name in SCHEMA_NAMES:
        with (folder / f"{name}.json").open(encoding="utf-8") as handle:
            loaded[name] = json.load(handle)
    return loaded


@cache
def _registry() -> Registry:
    resources = [
        (str(document["$id"]), Resource.from_contents(document)) for document in _schemas().values()
    ]
    return Registry().with_resources(resources)


@cache
def validator(name: str) -> Draft202012Validator:
    document = _schemas()[name]
    Draft202012Validator.check_schema(document)
    return Draft202012Validator(document, registry=_registry(), format_checker=formats)


def problems(name: str, record: object) -> list[str]:
    """Every way ``record`` breaks the schema ``name``, each with where: empty when valid."""
    found = []
    for error in sorted(validator(name).iter_errors(record), key=lambda e: list(e.path)):
        where = "/".join(str(part) for part in error.absolute_path)
        found.append(f"{where}: {error.message}" if where else error.message)
    return found
