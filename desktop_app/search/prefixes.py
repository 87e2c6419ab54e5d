"""Field prefixes in a query (``body:``, ``type:``, dates) taken out as filters.

A secretary who types ``päiväkoti body:kunnanhallitus`` means "päiväkoti, in the decisions
of the municipal board", not "either". So these prefixes never go to the word parser, where
they would be one more OR-ed word: they restrict the results, combined with AND with each
other and with the filters of the search panel, while the remaining free words keep their
OR ranking. Several values of one prefix widen that restriction (``type:a type:b``: either).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache

from desktop_app.resources import resource_path


@cache
def _prefix_names() -> dict[str, tuple[str, ...]]:
    """Each kind of prefix and the names it may be typed with, read once from the resources."""
    with resource_path("language", "query_prefixes.toml").open("rb") as handle:
        return {kind: tuple(names) for kind, names in tomllib.load(handle)["filters"].items()}


_VALUE = r"(?:\"([^\"]*)\"|([^\s\"()]+))"
_PREFIXES = _prefix_names()
_ALIAS = {alias: kind for kind, aliases in _PREFIXES.items() for alias in aliases}
_PREFIX = re.compile(
    r"(?i)(?<![\w:])(" + "|".join(sorted(_ALIAS, key=len, reverse=True)) + r")\s*:" + _VALUE
)
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_FINNISH = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_FINNISH_MONTH = re.compile(r"(\d{1,2})\.(\d{4})")  # "3.2024": March, as Finns write it


@dataclass(frozen=True)
class PrefixFilters:
    """The restrictions typed into a query; empty tuples and None mean "any"."""

    bodies: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    bad_values: tuple[str, ...] = ()  # prefixes whose value was not understood (ignored)

    def is_empty(self) -> bool:
        return not (self.bodies or self.doc_types or self.date_from or self.date_to)


def split_prefixes(text: str) -> tuple[str, PrefixFilters]:
    """The query without its filter prefixes, and the filters they asked for.

    Operators left dangling where a prefix was taken out ("päiväkoti AND") go too.
    """
    bodies: list[str] = []
    doc_types: list[str] = []
    starts: list[date] = []
    ends: list[date] = []
    bad: list[str] = []

    def take(found: re.Match[str]) -> str:
        kind = _ALIAS[found.group(1).lower()]
        value = (found.group(2) if found.group(2) is not None else found.group(3)).strip()
        if not value:
            bad.append(found.group(0))
        elif kind == "body":
            bodies.append(value)
        elif kind == "type":
            doc_types.append(value)
        else:
            span = date_span(value)
            if span is None:
                bad.append(found.group(0))
            else:
                first, last = span
                if kind in ("date", "after") and first is not None:
                    starts.append(first)
                if kind in ("date", "before") and last is not None:
                    ends.append(last)
        return " "

    rest = _tidy_operators(_PREFIX.sub(take, text))
    return rest, PrefixFilters(
        tuple(bodies),
        tuple(doc_types),
        max(starts) if starts else None,
        min(ends) if ends else None,
        tuple(bad),
    )


def date_span(value: str) -> tuple[date | None, date | None] | None:
    """The first and last day a date value means: a year, a month, a day or a range ``a..b``.

    None when the value is not a date.
    """
    if ".." in value:
        first_text, _, last_text = value.partition("..")
        first = date_span(first_text) if first_text else (None, None)
        last = date_span(last_text) if last_text else (None, None)
        if first is None or last is None:
            return None
        return first[0], last[1]
    try:
        if (found := _FINNISH.fullmatch(value)) is not None:
            day = date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
            return day, day
        if (found := _FINNISH_MONTH.fullmatch(value)) is not None:
            value = f"{found.group(2)}-{found.group(1)}"
        if (found := _ISO.fullmatch(value)) is not None:
            year = int(found.group(1))
            if found.group(3):
                day = date(year, int(found.group(2)), int(found.group(3)))
                return day, day
            if found.group(2):
                month = int(found.group(2))
                following = date(year + month // 12, month % 12 + 1, 1)
                return date(year, month, 1), date.fromordinal(following.toordinal() - 1)
            return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # 31.2.2024, month 13
        return None
    return None


def _tidy_operators(text: str) -> str:
    """Drop operators that no longer stand between two things."""
    tokens = text.split()
    kept: list[str] = []
    for token in tokens:
        if token in _OPERATORS and (not kept or kept[-1] in _OPERATORS):
            if token == "NOT" and (not kept or kept[-1] != "NOT"):
                kept.append(token)
            continue
        kept.append(token)
    while kept and kept[-1] in _OPERATORS:
        kept.pop()
    return " ".join(kept)
