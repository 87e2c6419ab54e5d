"""Words of the index near a misspelt query word: "kiinteistövreo" → kiinteistövero.

Whoosh's own ``reader.terms_within`` walks the term list of every segment with a Levenshtein
automaton in pure Python and ignores the first-letter shortcut unless asked; on the index
keys of 20,000 decisions it measured several times slower than this (see
``bench/search_bench.py``), and it has no way to prefer a frequent word. Here the keys of
the text field found in at least two decisions are grouped once per searcher by their
(folded) first letter and length, and long ones also by their first and last three
letters, so a lookup compares a query key with a few hundred candidates, each with a
distance computation that gives up as soon as it exceeds the limit. A misspelling rarely
hits the first letter, so only words that start with the same letter are compared.
Transposing two neighbouring letters counts as one edit (Damerau).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from desktop_app.search.analysis import fold_umlauts, has_umlauts
from desktop_app.search.compounds import CompoundIndex

MIN_DOCS = 2  # a word of one decision is as likely a typo itself as a correction
LONG_KEY = 8  # from this length on, candidates are found by their first or last letters
_END = 3


def damerau_distance(one: str, other: str, limit: int) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment).

    Anything above ``limit`` comes back as ``limit + 1``: the caller only wants close words,
    so only the diagonal band of width ``2 * limit + 1`` is computed and the computation
    stops at the first row that is all above the limit.
    """
    if abs(len(one) - len(other)) > limit:
        return limit + 1
    if one == other:
        return 0
    over = limit + 1
    width = len(other)
    previous_previous: list[int] = []
    previous = [j if j <= limit else over for j in range(width + 1)]
    for i in range(1, len(one) + 1):
        char = one[i - 1]
        low, high = max(1, i - limit), min(width, i + limit)
        current = [over] * (width + 1)
        if i <= limit:
            current[0] = i
        row_best = current[0]
        for j in range(low, high + 1):
            other_char = other[j - 1]
            value = previous[j - 1] + (char != other_char)
            if previous[j] + 1 < value:
                value = previous[j] + 1
            if current[j - 1] + 1 < value:
                value = current[j - 1] + 1
            if (
                i > 1
                and j > 1
                and char == other[j - 2]
                and one[i - 2] == other_char
                and previous_previous[j - 2] + 1 < value
            ):
                value = previous_previous[j - 2] + 1
            current[j] = value if value < over else over
            if value < row_best:
                row_best = value
        if row_best > limit:
            return over
        previous_previous, previous = previous, current
    return min(previous[width], over)


def read_keys(reader: Any) -> list[tuple[str, int]]:
    """The keys of the text field and how many decisions have each, segment by segment.

    Whoosh's reader of several segments merges their term lists one term at a time in
    Python: 5.3 s for the 32,000 keys of 20,000 decisions, against 0.8 s read one segment
    at a time and added up.
    """
    counts: Counter[bytes] = Counter()
    for leaf, _ in reader.leaf_readers():
        for term, info in leaf.iter_field("text"):
            counts[term] += info.doc_frequency()
    return [(term.decode("utf-8"), docs) for term, docs in counts.items()]


class Vocabulary:
    """The known keys of one index generation, ready for near-match lookups.

    Its ``compounds`` come from the same keys (:mod:`desktop_app.search.compounds`), so
    the index's term list is read once for both, on the same schedule.
    """

    def __init__(self, keys: Iterable[tuple[str, int]]) -> None:
        self._buckets: dict[tuple[str, int], list[tuple[str, str, int]]] = defaultdict(list)
        self._ends: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        self._size = 0
        every = list(keys)
        self.compounds = CompoundIndex(every)
        for key, docs in every:
            if docs < MIN_DOCS or not key.isalpha():
                continue
            folded = fold_umlauts(key)
            entry = (key, folded, docs)
            self._buckets[(folded[0], len(folded))].append(entry)
            if len(folded) >= LONG_KEY - 2:
                self._ends["<" + folded[:_END]].append(entry)
                self._ends[">" + folded[-_END:]].append(entry)
            self._size += 1

    def __len__(self) -> int:
        return self._size

    def _candidates(self, wanted: str, max_distance: int) -> Iterator[tuple[str, str, int]]:
        """Known keys that may be near ``wanted``: same first letter, about the same length.

        A long key keeps its first or its last three letters through one or two edits
        (unless one falls in each end), so only the keys sharing one of those are compared.
        """
        lengths = range(len(wanted) - max_distance, len(wanted) + max_distance + 1)
        if len(wanted) < LONG_KEY:
            for length in lengths:
                yield from self._buckets.get((wanted[0], length), ())
            return
        seen: set[str] = set()
        for end in ("<" + wanted[:_END], ">" + wanted[-_END:]):
            for entry in self._ends.get(end, ()):
                if len(entry[1]) in lengths and entry[0] not in seen:
                    seen.add(entry[0])
                    yield entry

    def near(self, key: str, max_distance: int) -> list[tuple[str, int, int]]:
        """(known key, distance, decisions) within ``max_distance`` of ``key``, closest first.

        Keys are compared folded, so a missing umlaut costs nothing on top of a typo; a
        wrong one ("päivakoti") counts as one edit.
        """
        if not key:
            return []
        typed_umlauts = has_umlauts(key)
        wanted = fold_umlauts(key)
        found: list[tuple[str, int, int]] = []
        for known, folded, docs in self._candidates(wanted, max_distance):
            if known == key:
                continue
            distance = damerau_distance(wanted, folded, max_distance)
            if distance == 0:
                if not typed_umlauts:
                    continue  # the folded fields already find it
                distance = 1  # "päivakoti": one umlaut wrong
            if distance <= max_distance:
                found.append((known, distance, docs))
        # A swap or a wrong letter keeps the length; of equally close words, those are
        # likelier than a dropped or doubled letter ("slita": silta before siten).
        found.sort(key=lambda item: (item[1], len(item[0]) != len(key), -item[2], item[0]))
        return found
