"""Optional Voikko backend: dictionary lemmas and compound parts of Finnish words.

Voikko (libvoikko with the voikko-fi dictionary) knows that "kokousajat" is "kokousaika" made
of "kokous" and "aika", and that "teiden" is a form of "tie", where the rule-based keys of
:mod:`desktop_app.search.analysis` can only guess. It is never required: without the library
the index uses the rule-based keys. Words Voikko does not know (names, codes, Swedish) fall
back to those keys, so both sides of a search always meet.

libvoikko handles are not thread-safe, and the writer thread and the searching threads both
analyse text; one lock serialises the calls (results are cached per word).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.analysis.analyzers import Analyzer

from desktop_app.search.analysis import STOP_WORDS, TOKEN_PATTERN, finnish_key

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_PART = re.compile(r"\+([^+()]*)(?:\(([^()]*)\))?")


@lru_cache(maxsize=1)
def _handle() -> Any | None:
    try:
        import libvoikko  # type: ignore[import-untyped]

        return libvoikko.Voikko("fi")
    except Exception:  # no library, no dictionary, or a broken install: rule-based keys
        log.info("Voikko is not available; the rule-based Finnish keys are used")
        return None


def available() -> bool:
    return _handle() is not None


@lru_cache(maxsize=300_000)
def _analyses(word: str) -> tuple[tuple[str, str], ...]:
    """(base form, word bases) of each analysis of a lower-case word."""
    handle = _handle()
    if handle is None or not word.isalpha():
        return ()
    with _LOCK:
        found = handle.analyze(word)
    result: list[tuple[str, str]] = []
    for analysis in found:
        base = str(analysis.get("BASEFORM") or "").lower()
        if base and (base, str(analysis.get("WORDBASES") or "")) not in result:
            result.append((base, str(analysis.get("WORDBASES") or "")))
    return tuple(result)


def dictionary_base_forms(word: str) -> tuple[str, ...]:
    """The base forms Voikko's dictionary gives ``word``; empty when it does not know it."""
    return tuple(dict.fromkeys(base for base, _ in _analyses(word)))


@lru_cache(maxsize=10_000)
def is_base_form(word: str) -> bool | None:
    """Whether a lower-case word is in its dictionary form; None when Voikko does not know it.

    A nominative singular counts as well as a word that is its own base form: Voikko gives
    "täyttäminen" the verb "täyttää" as its base form, but a secretary types it as a noun.
    """
    handle = _handle()
    if handle is None or not word.isalpha():
        return None
    with _LOCK:
        found = handle.analyze(word)
    if not found:
        return None
    return any(
        str(a.get("BASEFORM") or "").lower() == word
        or (a.get("SIJAMUOTO") == "nimento" and a.get("NUMBER") == "singular")
        for a in found
    )


@lru_cache(maxsize=300_000)
def lemmas(word: str) -> tuple[str, ...]:
    """Every base form of ``word``, or its rule-based key when Voikko does not know it."""
    return dictionary_base_forms(word) or (finnish_key(word),)


@lru_cache(maxsize=300_000)
def query_lemma(word: str) -> str:
    """The one base form a query word stands for: itself if it is one, else the first."""
    bases = lemmas(word)
    return word if word in bases else bases[0]


@lru_cache(maxsize=300_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """Base forms of the parts of a compound and of its runs of parts, without the whole.

    "kiinteistöveroprosentit" gives kiinteistö, vero, prosentti, kiinteistövero and
    veroprosentti. Derivational endings stay on their stem ("avust" + "us" is "avustus").
    """
    found: dict[str, None] = {}
    readings = [(base, _parts_of(wordbases)) for base, wordbases in _analyses(word)]
    readings = [(base, parts) for base, parts in readings if len(parts) >= 2]
    # Of several readings the one with the fewest parts: "asema+kaava", not "ase+makaa+v+a".
    fewest = min((len(parts) for _, parts in readings), default=0)
    for base, parts in readings:
        if len(parts) != fewest:
            continue
        for start in range(len(parts)):
            for end in range(start + 1, len(parts) + 1):
                if end - start == len(parts):
                    continue
                if end - start == 1:
                    found[parts[start][1]] = None
                else:
                    surface = "".join(p[0] for p in parts[start : end - 1]) + parts[end - 1][1]
                    found[surface] = None
        found.pop(base, None)
    return tuple(part for part in found if len(part) >= 3)


def _parts_of(wordbases: str) -> list[tuple[str, str]]:
    """(surface, base form) of each part of a Voikko WORDBASES string."""
    parts: list[tuple[str, str]] = []
    for surface, base in _PART.findall(wordbases):
        surface = surface.lower()
        if base.startswith("+") and parts:  # a derivational ending joins the stem before it
            previous_surface, _ = parts[-1]
            joined = previous_surface + surface
            parts[-1] = (joined, joined)
        elif surface:
            parts.append((surface, (base or surface).lower()))
    return parts


class VoikkoFilter(Filter):
    """Index: a word's base forms, or for the parts field its compound parts. Query: one form.

    All forms of a word keep the word's position, so phrases still match.
    """

    def __init__(self, parts: bool = False) -> None:
        self.parts = parts

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VoikkoFilter) and other.parts == self.parts

    def __hash__(self) -> int:
        return hash((type(self), self.parts))

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if token.stopped:
                if not self.parts:
                    yield token
                continue
            word = token.text
            if token.mode == "query":
                token.text = query_lemma(word)
                yield token
                continue
            for form in compound_parts(word) if self.parts else lemmas(word):
                token.text = form
                yield token


def lemma_analyzer() -> Analyzer:
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=2)
        | VoikkoFilter()
    )


def parts_analyzer() -> Analyzer:
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=2)
        | VoikkoFilter(parts=True)
    )
