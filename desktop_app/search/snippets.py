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
from functools import lru_cache

from desktop_app.search.analysis import fold_umlauts

SNIPPET_CHARS = 220
SCAN_CHARS = 60_000
# A snippet comes from where the words first gather; scanning a whole long decision for it
# cost ~10 ms a hit. Marking a whole decision (mark_all) still scans SCAN_CHARS.
SNIPPET_SCAN_CHARS = 20_000


# A pasted page makes hundreds of terms; Python's regular expressions try every alternative at
# every position, so a snippet would take tens of milliseconds. Forty mark a snippet well.
_MAX_PATTERN_TERMS = 40


def _candidate_pattern(terms: Collection[str]) -> re.Pattern[str] | None:
    """One expression for the beginnings of the terms, to run over the folded text.

    Folding keeps every character's position, so a folded key ("paivakot") also finds the
    words written with umlauts ("päiväkodin") while the pattern stays plain literals.
    """
    return _pattern_of(frozenset(terms))


@lru_cache(maxsize=32)
def _pattern_of(terms: frozenset[str]) -> re.Pattern[str] | None:
    """The pattern of one search's terms (the same for each of its hits).

    A match is widened to its whole word, so a beginning that holds a shorter one adds
    nothing: the compounds a query word was expanded to ("valtiovarainministe…" beside
    "ministe…") would only crowd the query's own words out of the forty.
    """
    stems = [fold_umlauts(t[: max(3, len(t) - 1)]).lower() for t in terms if len(t) >= 2]
    needed: set[str] = set()
    for stem in sorted(set(stems), key=len):
        if not any(shorter in stem for shorter in needed):
            needed.add(stem)
    chosen = list(dict.fromkeys(stem for stem in stems if stem in needed))[:_MAX_PATTERN_TERMS]
    if not chosen:
        return None
    alternatives = "|".join(re.escape(s) for s in sorted(chosen, key=len, reverse=True))
    return re.compile(alternatives)  # over lower-case text: IGNORECASE is several times slower


def _searchable(text: str) -> str:
    """``text`` folded and in lower case, each character where it was (or as it was)."""
    folded = fold_umlauts(text)
    lowered = folded.lower()
    # a few characters ("İ") grow when lowered; such a text is matched as it is
    return lowered if len(lowered) == len(folded) else folded


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def find_matches(
    text: str,
    terms: Collection[str],
    key_of: Callable[[str], str],
    parts_of: Callable[[str], tuple[str, ...]] | None = None,
    scan_chars: int = SCAN_CHARS,
) -> list[tuple[int, int]]:
    """Character spans of the words in ``text`` whose key or compound part is in ``terms``."""
    pattern = _candidate_pattern(terms)
    if pattern is None:
        return []
    limit = min(len(text), scan_chars)
    spans: list[tuple[int, int]] = []
    last_end = -1
    for found in pattern.finditer(_searchable(text[:limit]), 0, limit):
        start, end = found.span()
        if start < last_end:
            continue
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        while end < limit and _is_word_char(text[end]):
            end += 1
        last_end = end
        word = text[start:end].lower()
        key = key_of(word)
        if (
            key in terms
            or fold_umlauts(key) in terms
            or (parts_of is not None and any(p in terms for p in parts_of(word)))
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
    matches = find_matches(text, terms, key_of, parts_of, SNIPPET_SCAN_CHARS)
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
