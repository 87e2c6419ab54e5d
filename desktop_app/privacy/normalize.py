"""One spelling for text that can be typed many ways, with the way back to the original.

Word and web pages put invisible characters into text: a soft hyphen where a long word may
break, a zero-width space after a pasted link, a non-breaking hyphen (U+2011) or an en dash
where a henkilötunnus has its "-", a minus sign from a spreadsheet, a space the author typed
inside a code ("131052 -308T"). To the reader the code is the same; to a regular expression it
is not. Detection and the leak check therefore look at the normalised text, and every
character of it remembers which characters of the original it came from, so that a finding
marks (and redaction removes) the original characters, invisible ones included.

The normalisation: NFKC (full-width digits, ligatures, no-break spaces become plain ones);
soft hyphen and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) removed; the dashes
U+2010–U+2015 and the minus sign U+2212 become "-"; the spaces inside a code with the shape
of a henkilötunnus are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

REMOVED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212")

_SPECIAL = re.compile("([" + "".join(sorted(REMOVED | DASHES)) + "])")

# A henkilötunnus with a space typed somewhere inside: "131052 -308T", "131052- 308T",
# "131052-308 T". Only its own shape is joined; a date range "120526 -130526" is not.
_SPACED_HETU = re.compile(
    r"(?<![0-9A-Za-z])"
    r"(?P<date>[0-3]\d[01]\d\d\d)(?P<s1> ?)(?P<sign>[-+A-FU-Y])(?P<s2> ?)"
    r"(?P<nnn>\d{3})(?P<s3> ?)(?P<check>[0-9A-Y])"
    r"(?![0-9A-Za-z]|-\d)"
)


@dataclass(frozen=True)
class Normalised:
    """The normalised ``text`` and, per character of it, the original span it came from."""

    original: str
    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that the normalised span ``start``–``end`` came from."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        first, last = self.span(start, end)
        return self.original[first:last]


def _has_spaced_code(text: str) -> bool:
    return any(
        match.group("s1") or match.group("s2") or match.group("s3")
        for match in _SPACED_HETU.finditer(text)
    )


def _is_plain(text: str) -> bool:
    return (
        unicodedata.is_normalized("NFKC", text)
        and _SPECIAL.search(text) is None
        and not _has_spaced_code(text)
    )


@lru_cache(maxsize=8192)
def _normal_form(cluster: str) -> str:
    """What one character (with its combining marks) becomes."""
    if cluster in REMOVED:
        return ""
    if cluster in DASHES:
        return "-"
    out = "".join(ch for ch in unicodedata.normalize("NFKC", cluster) if ch not in REMOVED)
    return "".join("-" if ch in DASHES else ch for ch in out)


_WORDS = re.compile(r"(\s+)")


def _normalise_slowly(
    segment: str, offset: int, chars: list[str], starts: list[int], ends: list[int]
) -> None:
    """Character by character, a base character together with its combining marks."""
    first, length = 0, len(segment)
    while first < length:
        last = first + 1
        while last < length and unicodedata.combining(segment[last]):
            last += 1
        for ch in _normal_form(segment[first:last]):
            chars.append(ch)
            starts.append(offset + first)
            ends.append(offset + last)
        first = last


def normalise_text(text: str) -> Normalised:
    """The text as detection sees it, with the map back to ``text``."""
    if _is_plain(text):
        return Normalised(text, text, range(len(text)), range(1, len(text) + 1))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for segment in _SPECIAL.split(text):
        if len(segment) == 1 and (segment in REMOVED or segment in DASHES):
            if segment in DASHES:
                chars.append("-")
                starts.append(position)
                ends.append(position + 1)
        else:
            at = position
            for word in _WORDS.split(segment):  # only the words that change go slowly
                if unicodedata.is_normalized("NFKC", word):
                    chars.append(word)
                    starts.extend(range(at, at + len(word)))
                    ends.extend(range(at + 1, at + len(word) + 1))
                else:
                    _normalise_slowly(word, at, chars, starts, ends)
                at += len(word)
        position += len(segment)
    joined = "".join(chars)
    drop = {
        match.start(group)
        for match in _SPACED_HETU.finditer(joined)
        for group in ("s1", "s2", "s3")
        if match.group(group)
    }
    if drop:
        keep = [i for i in range(len(joined)) if i not in drop]
        joined = "".join(joined[i] for i in keep)
        starts = [starts[i] for i in keep]
        ends = [ends[i] for i in keep]
    return Normalised(text, joined, tuple(starts), tuple(ends))


def normalised(text: str) -> str:
    """Only the normalised text, for comparing two writings of one value."""
    return normalise_text(text).text
