"""One spelling for text that can be typed many ways, with the way back to the original.

Word and web pages put invisible characters into text: a soft hyphen where a long word may
break, a zero-width space after a pasted link, a non-breaking hyphen (U+2011) or an en dash
where a henkilötunnus has its "-", a minus sign from a spreadsheet, a space the author typed
inside a code ("131052 -308T"). To the reader the code is the same; to a regular expression it
is not. Detection and the leak check therefore look at the normalised text, and every
character of it remembers which characters of the original it came from, so that a finding
marks (and redaction removes) the original characters, invisible ones included.

The normalisation: NFKC (full-width digits, ligatures, no-break spaces become plain ones);
every invisible format character removed (Unicode category Cf: the soft hyphen, zero-width
spaces and joiners, the left-to-right and right-to-left marks U+200E/U+200F that text pasted
from a web page or an e-mail carries, the invisible operators U+2061–U+2064, the byte order
mark …) together with U+034F and U+180E, which are invisible too; every character that looks
like a "-" (the dashes of category Pd, the minus signs U+2212, U+2796 and U+02D7, the hyphen
bullet U+2043 …) becomes "-"; spaces and tabs inside a code with the shape of a henkilötunnus
are dropped, and a run of spaces or tabs inside an IBAN or a phone number counts as one
space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

FORMAT_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
    (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)  # fmt: skip
"""The format characters (category Cf) of Unicode 15.1, as data: scanning the whole code
space for them at every start of the program would cost more than the detection itself."""

REMOVED = frozenset(
    {chr(code) for first, last in FORMAT_RANGES for code in range(first, last + 1)}
    | {"\u034f", "\u180e"}  # combining grapheme joiner, Mongolian vowel separator
)
DASHES = frozenset(
    "\u058a\u05be\u1400\u1806\u2010\u2011\u2012\u2013\u2014\u2015\u2e17\u2e1a\u2e3a\u2e3b"
    "\u2e40\u2e5d\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d\U00010ead"  # category Pd but "-"
    "\u2212\u207b\u208b\u2796\u02d7\u2043\u23af\u2500\u2501\u2574\u2576\u2578\u257a"
)
"""Everything drawn as a short horizontal stroke: the dashes of category Pd (not the wave
dashes U+301C and U+3030), the minus signs (U+2212, its super- and subscript forms, the heavy
minus U+2796, the modifier letter minus U+02D7), the hyphen bullet U+2043 and the horizontal
lines of the box-drawing and technical blocks."""


def _char_class(chars: frozenset[str]) -> str:
    """The characters as a regular-expression class of ranges (a long list is slow)."""
    runs: list[list[int]] = []
    for code in sorted(ord(ch) for ch in chars):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(
        re.escape(chr(first)) + ("" if first == last else "-" + re.escape(chr(last)))
        for first, last in runs
    )


_SPECIAL = re.compile("([" + _char_class(REMOVED | DASHES) + "])")
_SPECIAL_BMP = re.compile(
    "([" + _char_class(frozenset(c for c in REMOVED | DASHES if c <= "\uffff")) + "])"
)
"""The same for a text without characters beyond U+FFFF (nearly every text): three times
faster, since the class then fits the regular-expression engine's bitmap."""


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _special(text: str) -> re.Pattern[str]:
    return _SPECIAL if _ASTRAL.search(text) else _SPECIAL_BMP


# A henkilötunnus with spaces or tabs typed somewhere inside: "131052 -308T", "131052- 308T",
# "131052-308 T", "131052\t-308T". Only its own shape is joined; a date range "120526 -130526"
# is not.
_SPACED_HETU = re.compile(
    r"(?P<date>[0-3](?<![0-9A-Za-z][0-3])\d[01]\d\d\d)"
    r"(?P<s1>[ \t]*)(?P<sign>[-+A-FU-Y])(?P<s2>[ \t]*)"
    r"(?P<nnn>\d{3})(?P<s3>[ \t]*)(?P<check>[0-9A-Y])"
    r"(?![0-9A-Za-z]|-\d)"
)
# An IBAN with a run of spaces or tabs between its groups ("FI21  1234 5600 0007 85"): the
# run counts as the one space the detector allows there.
_SPACED_IBAN = re.compile(  # each look-behind after the first character: a faster scan
    r"[Ff][Ii](?<![0-9A-Za-z][Ff][Ii])(?:[ \t]*-?[ \t]*\d){16}(?![ \t]*\d)"
)
# A phone number with a run of spaces or tabs between its groups ("040  765 4321",
# "040\t765\t4321"). The shortest number that is not followed by a space and a digit: a tab
# after a complete number is a column (a page number, a price) and stays out of it.
_SPACED_PHONE = re.compile(
    r"(?<![\w+])(?:\+358[ \t]*|0)\d{1,2}(?:[ \t]*-?[ \t]*\d){5,9}?(?! *\d)"
)
_SPACED_NUMBERS = (_SPACED_IBAN, _SPACED_PHONE)
_RUN = re.compile(r"[ \t]{2,}|\t")


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


def _spaces_in_codes(text: str) -> dict[int, str]:
    """What becomes of the spaces that a code's shape says were typed into it by mistake.

    Inside a henkilötunnus every space or tab goes (""); inside an IBAN or a phone number a
    run of them keeps its first character as a plain space (" ") and loses the rest.
    """
    changes = {
        index: ""
        for match in _SPACED_HETU.finditer(text)
        for group in ("s1", "s2", "s3")
        for index in range(match.start(group), match.end(group))
    }
    if "\t" in text or "  " in text:
        matches = (match for pattern in _SPACED_NUMBERS for match in pattern.finditer(text))
        for match in matches:
            for run in _RUN.finditer(text, match.start(), match.end()):
                if run.start() in changes:
                    continue  # a henkilötunnus's own spaces: dropped, not joined
                changes[run.start()] = " "
                changes.update(dict.fromkeys(range(run.start() + 1, run.end()), ""))
    return changes


def _has_spaced_code(text: str) -> bool:
    if "\t" in text or "  " in text:
        for pattern in _SPACED_NUMBERS:
            if any(_RUN.search(match.group(0)) for match in pattern.finditer(text)):
                return True
    return any(
        match.group("s1") or match.group("s2") or match.group("s3")
        for match in _SPACED_HETU.finditer(text)
    )


def _is_plain(text: str) -> bool:
    return (
        unicodedata.is_normalized("NFKC", text)
        and _special(text).search(text) is None
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
    for segment in _special(text).split(text):
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
    changes = _spaces_in_codes(joined)
    if changes:
        # the dropped characters lie inside the span of their neighbours, so a finding over
        # the code still covers them in the original
        keep = [i for i in range(len(joined)) if changes.get(i) != ""]
        joined = "".join(changes.get(i, joined[i]) for i in keep)
        starts = [starts[i] for i in keep]
        ends = [ends[i] for i in keep]
    return Normalised(text, joined, tuple(starts), tuple(ends))


def normalised(text: str) -> str:
    """Only the normalised text, for comparing two writings of one value."""
    return normalise_text(text).text


def compact(text: str) -> str:
    """The normalised text without any whitespace, case-folded: what two typings share.

    Used to recognise the neighbours of a dismissed occurrence in the field and in the
    printed document, whatever line breaks, spaces or capitals stand between.
    """
    return "".join(normalised(text).split()).casefold()
