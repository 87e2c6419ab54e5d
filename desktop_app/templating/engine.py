"""A placeholder substitution that cannot run code.

Only ``{{ name }}`` with a plain lower-case name from a fixed list is replaced. Anything else
between braces — attribute access, calls, filters, ``{% %}`` blocks — is not evaluated: it
stays in the text exactly as written and is reported, so a template author sees the mistake
and a hostile template gets nothing but its own text back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

PLACEHOLDERS = frozenset(
    {
        "body",
        "body_sv",
        "municipality",
        "presenter",
        "preparer",
        "title",
        "dno",
        "year",
        "meeting_date",
        "period_days",
        "appeal_authority",
        "address",
        "court",
        "court_address",
        "law",
        "checkers",
    }
)

_ANY_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_SAFE_TAG = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}")


@dataclass
class Rendered:
    text: str
    unsafe: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def find_problems(text: str) -> tuple[list[str], list[str]]:
    """Placeholders that will stay literal: (not a plain name, an unknown name)."""
    unsafe: list[str] = []
    unknown: list[str] = []
    for match in _ANY_TAG.finditer(text):
        tag = match.group(0)
        safe = _SAFE_TAG.fullmatch(tag)
        if safe is None:
            unsafe.append(tag)
        elif safe.group(1) not in PLACEHOLDERS:
            unknown.append(tag)
    return unsafe, unknown


def render(text: str, values: Mapping[str, object]) -> Rendered:
    """Replace known placeholders with ``values``; everything else stays as written."""
    unsafe, unknown = find_problems(text)

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in PLACEHOLDERS and name in values:
            return str(values[name])
        return match.group(0)

    return Rendered(_SAFE_TAG.sub(substitute, text), unsafe, unknown)
