"""Highlighted snippets: a short window of the decision text around the matched words.

Whoosh's highlighter only marks words that equal a query term in the same field, so it would
miss compound matches ("asemakaavan" for "kaava"). This one compares each candidate word's
key and compound parts with the query's keys, and escapes everything except its own ``<b>``
marks. Candidates are found first with one regular expression over the text (words that
contain the beginning of a query key), so long decisions cost little.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Collection

SNIPPET_CHARS = 220
SCAN_CHARS = 60_000


def _candidate_pattern(terms: Collection[str]) -> re.Pattern[str] | None:
    stems = {t[: max(3, len(t) - 1)] for t in terms if len(t) >= 2}
    if not stems:
        return None
    alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(alternatives, re.IGNORECASE)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def find_matches(
    text: str,
    terms: Collection[str],
    key_of: Callable[[str], str],
    parts_of: Callable[[str], tuple[str, ...]] | None = None,
) -> list[tuple[int, int]]:
    """Character spans of the words in ``text`` whose key or compound part is in ``terms``."""
    pattern = _candidate_pattern(terms)
    if pattern is None:
        return []
    limit = min(len(text), SCAN_CHARS)
    spans: list[tuple[int, int]] = []
    last_end = -1
    for found in pattern.finditer(text, 0, limit):
        start, end = found.span()
        if start < last_end:
            continue
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        while end < limit and _is_word_char(text[end]):
            end += 1
        last_end = end
        word = text[start:end].lower()
        if key_of(word) in terms or (
            parts_of is not None and any(p in terms for p in parts_of(word))
        ):
            spans.append((start, end))
    return spans


def make_snippet(
    text: str,
    terms: Collection[str],
    key_of: Callable[[str], str],
    parts_of: Callable[[str], tuple[str, ...]] | None = None,
    width: int = SNIPPET_CHARS,
) -> str:
    """HTML: an escaped part of ``text`` with the words matching ``terms`` in ``<b>``."""
    matches = find_matches(text, terms, key_of, parts_of)
    if not matches:
        return html.escape(" ".join(_clip(text, 0, width).split()))
    start = _best_window(matches, width)
    begin = max(0, start - width // 4)
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    end = min(len(text), begin + width)
    while end < len(text) and not text[end].isspace() and end - begin < width + 30:
        end += 1
    marked = _mark_spans(text, matches, begin, end, "<b>", "</b>")
    clipped = ("…" if begin > 0 else "") + marked + ("…" if end < len(text) else "")
    return " ".join(clipped.split())


def mark_all(
    text: str,
    terms: Collection[str],
    key_of: Callable[[str], str],
    parts_of: Callable[[str], tuple[str, ...]] | None = None,
    open_tag: str = "<b>",
    close_tag: str = "</b>",
) -> str:
    """HTML: all of ``text`` escaped, with every word matching ``terms`` between the tags."""
    matches = find_matches(text, terms, key_of, parts_of)
    return _mark_spans(text, matches, 0, len(text), open_tag, close_tag)


def _mark_spans(
    text: str,
    spans: list[tuple[int, int]],
    begin: int,
    end: int,
    open_tag: str,
    close_tag: str,
) -> str:
    """``text[begin:end]`` escaped, the spans inside it between the tags."""
    parts: list[str] = []
    position = begin
    for start, stop in spans:
        if start < begin or stop > end:
            continue
        parts.append(html.escape(text[position:start]))
        parts.append(open_tag + html.escape(text[start:stop]) + close_tag)
        position = stop
    parts.append(html.escape(text[position:end]))
    return "".join(parts)


def _best_window(matches: list[tuple[int, int]], width: int) -> int:
    """Start of the window of ``width`` characters holding the most matches."""
    best_start, best_count, j = matches[0][0], 0, 0
    for i, (start, _) in enumerate(matches):
        j = max(j, i)
        while j < len(matches) and matches[j][1] <= start + width:
            j += 1
        if j - i > best_count:
            best_start, best_count = start, j - i
    return best_start


def _clip(text: str, start: int, width: int) -> str:
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace() and end - start < width + 30:
        end += 1
    return text[start:end] + ("…" if end < len(text) else "")
