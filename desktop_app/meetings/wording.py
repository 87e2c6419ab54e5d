"""The meeting record's document wording per language, kept as data.

Vote labels, the clock word, the default decision sentences, the grounds of disqualification
and the parts of suggested file names are document text in the meeting's language; they
live in ``resources/house_style/meeting_wording.toml`` so that a Swedish meeting's minutes
say "kl." and "JA/NEJ/BLANK" and a municipality can adjust the wording without the program.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from desktop_app.resources import resource_path

DOCUMENT_LANGUAGES = ("fi", "sv")


@cache
def _all() -> dict[str, dict[str, Any]]:
    with resource_path("house_style", "meeting_wording.toml").open("rb") as handle:
        return tomllib.load(handle)


def wording(language: str) -> dict[str, Any]:
    """The wording for ``language``; Finnish fills whatever a language lacks (English too)."""
    tables = _all()
    finnish = tables["fi"]
    own = tables.get(language, {})
    merged = finnish | own
    for table in ("vote_sides", "decision", "grounds"):
        merged[table] = finnish[table] | own.get(table, {})
    return merged


def vote_sides(language: str) -> tuple[str, str, str]:
    """The yes, no and blank sides of a vote as the minutes name them."""
    sides = wording(language)["vote_sides"]
    return (str(sides["yes"]), str(sides["no"]), str(sides["blank"]))


def disqualification_grounds(language: str) -> dict[str, str]:
    """Hallintolaki 28 § 1 mom: ground key ("28.1.1") → the ground as the minutes cite it."""
    return {str(k): str(v) for k, v in wording(language)["grounds"].items()}


def clock_word(language: str) -> str:
    return str(wording(language)["clock_word"])


def typed_clock_words() -> str:
    """A regular expression of every clock word a secretary may type, in any language."""
    words = {str(word) for table in _all().values() for word in table.get("typed_clock_words", [])}
    # longer first: "kl." before "kl", "kello" before anything it starts with
    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
