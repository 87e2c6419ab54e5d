"""Ranking of plain-word queries one posting list at a time.

Whoosh scores a query document by document through a tree of matchers: a four-word query
over three fields is a tree of twelve leaves, and every visit to a document climbs it in pure
Python (45 ms for "Kottaraisen korttelin asemakaavan muutos" over 20,000 decisions). Most
searches are a few plain words, and for those adding up each term's contribution list by
list is three to six times faster. It also lets a document's score count how many of the
query's *words* it contains: Whoosh's coordination bonus counts field matches, and the
parser's OR groups lose it when the query is normalised.

The per-term scores are Whoosh's own BM25F (its idf, average field lengths, B and K1), so
without coordination both paths rank alike; ``tests/test_ranking.py`` holds them to that.
The postings are read block by block through Whoosh's W3 codec internals (pinned version),
with the generic matcher interface as the fallback for any other matcher, and scored as
NumPy arrays: a Python loop over each posting took 60 % of a search at 100,000 decisions.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length, length_to_byte

from desktop_app.search.ranking import Word
from desktop_app.search.store import length_codes

# A document with k of the n query words gets (k / n) ** COORDINATION_POWER of its score:
# "tontin myynti" should put documents about selling plots above those that mention
# selling often but plots never. bench/search_quality.py chose the power.
COORDINATION_POWER = 1.0
# Fields that only some decisions have (those written in Swedish): their average length is
# taken over those decisions (see Ranker._average_length).
SPARSE_FIELDS = frozenset({"sv_title", "sv_text"})


@dataclass(frozen=True)
class Ranked:
    hits: list[tuple[int, float]]  # (document number, score), best first
    total: int  # all matching documents, not only the hits


class Ranker:
    """Ranks plain-word queries over one searcher; make a new one when the searcher changes.

    The scores live in one NumPy array per search: adding a term's postings, counting the
    words each document has and picking the best are array operations, so a common word
    (in half of 100,000 decisions) costs its block reads and little else. The scores are
    Whoosh's BM25F up to rounding (``tests/test_ranking.py``).

    Not thread-safe: the search service calls it under its lock.
    """

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        weighting = searcher.weighting
        self._k1 = float(weighting.K1) if isinstance(weighting, BM25F) else 1.2
        self._b = float(weighting.B) if isinstance(weighting, BM25F) else 0.75
        self._field_b: dict[str, float] = (
            dict(weighting._field_B) if isinstance(weighting, BM25F) else {}
        )
        self._leaves: list[tuple[Any, int]] = [
            (sub.reader(), offset) for sub, offset in searcher.leaf_searchers()
        ]
        self._doc_count = searcher.doc_count_all()
        self._norms: dict[tuple[int, str], np.ndarray] = {}
        self._live: np.ndarray | None = None

    def rank(
        self,
        words: Sequence[Word],
        limit: int,
        *,
        allowed: Collection[int] | None = None,
        coordinate: bool = True,
    ) -> Ranked:
        """The ``limit`` best documents for ``words`` (restricted to ``allowed`` if given)."""
        if self._doc_count == 0:  # Whoosh's idf divides by the document count
            return Ranked([], 0)
        scores = np.zeros(self._doc_count)
        matched = np.zeros(self._doc_count, dtype=bool)
        counts = (
            np.zeros(self._doc_count, dtype=np.int32) if coordinate and len(words) > 1 else None
        )
        for word in words:
            docs = self._add_word(word, scores)
            if counts is not None:
                counts += docs
            matched |= docs
        matched &= self._live_docs()
        if allowed is not None:
            permitted = np.zeros(self._doc_count, dtype=bool)
            permitted[np.fromiter(allowed, dtype=np.int64, count=len(allowed))] = True
            matched &= permitted
        candidates = np.flatnonzero(matched)
        final = scores[candidates]
        if counts is not None:
            n = len(words)
            factor = np.array([(k / n) ** COORDINATION_POWER for k in range(n + 1)])
            final = final * factor[counts[candidates]]
        return Ranked(_best(candidates, final, limit), len(candidates))

    # -- internals -----------------------------------------------------------------------

    def _add_word(self, word: Word, scores: np.ndarray) -> np.ndarray:
        """Adds the word's contributions to ``scores``; returns which documents it matched."""
        searcher = self.searcher
        k1 = self._k1
        found = np.zeros(self._doc_count, dtype=bool)
        for term in word:
            if term.field not in searcher.schema or not searcher.schema[term.field].scorable:
                continue
            idf = searcher.idf(term.field, term.text)
            factor = idf * (k1 + 1) * term.boost
            for leaf_index, (reader, offset) in enumerate(self._leaves):
                try:
                    matcher = reader.postings(term.field, term.text)
                except TermNotFound:
                    continue
                ids, weights = _postings(matcher)
                norms = self._field_norms(leaf_index, reader, term.field)
                contributions = factor * weights / (weights + norms[ids])
                if offset:
                    ids = ids + offset
                scores[ids] += contributions  # a term lists each document once
                found[ids] = True
        return found

    def _field_norms(self, leaf_index: int, reader: Any, field: str) -> np.ndarray:
        """k1 · (1 − b + b · length / average length) for every document of one segment."""
        key = (leaf_index, field)
        found = self._norms.get(key)
        if found is None:
            average = self._average_length(field)
            b = self._field_b.get(field, self._b)
            table = np.array(
                [self._k1 * ((1 - b) + b * byte_to_length(code) / average) for code in range(256)]
            )
            found = table[np.frombuffer(_length_codes(reader, field), dtype=np.uint8)]
            self._norms[key] = found
        return found

    def _average_length(self, field: str) -> float:
        """Whoosh's average field length, except for the fields of a few decisions only.

        Whoosh divides by every document of the index: for the Swedish fields, which ten
        decisions in two thousand have, the average came out 200 times too short and those
        decisions ranked below any Finnish one.
        """
        if field not in SPARSE_FIELDS:
            return float(self.searcher.avg_field_length(field) or 1.0)
        having = sum(
            len(codes) - codes.count(0)
            for codes in (_length_codes(reader, field) for reader, _ in self._leaves)
        )
        return float(self.searcher.field_length(field) or 1.0) / max(1, having)

    def _live_docs(self) -> np.ndarray:
        """True for each document that is not deleted."""
        if self._live is None:
            live = np.ones(self._doc_count, dtype=bool)
            for reader, offset in self._leaves:
                if reader.has_deletions():
                    for docnum in range(reader.doc_count_all()):
                        if reader.is_deleted(docnum):
                            live[docnum + offset] = False
            self._live = live
        return self._live


def _best(candidates: np.ndarray, scores: np.ndarray, limit: int) -> list[tuple[int, float]]:
    """The ``limit`` highest scores, best first; of equal scores the lower document first."""
    if limit <= 0 or not len(candidates):
        return []
    if len(candidates) > limit:
        cut = len(scores) - limit
        keep = scores >= np.partition(scores, cut)[cut]  # ties at the cut are all kept
        candidates, scores = candidates[keep], scores[keep]
    order = np.lexsort((candidates, -scores))[:limit]
    return [(int(candidates[i]), float(scores[i])) for i in order]


def _length_codes(reader: Any, field: str) -> bytes:
    """The one-byte length code of ``field`` for each document of a segment."""
    count = reader.doc_count_all()
    codes = length_codes(reader, field)
    if codes is not None and len(codes) == count:
        return codes
    return bytes(
        length_to_byte(reader.doc_field_length(docnum, field, 0) or 0) for docnum in range(count)
    )


def _postings(matcher: Any) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, weights) of a whole posting list, as arrays.

    Reads Whoosh's W3 blocks as they are stored (ids as deltas from the block's start,
    weights as a tuple, one number or nothing) and decodes them in one go. A segment with
    deletions wraps its postings in a filter; the ranker drops deleted documents itself, so
    the filter is taken off to reach the block reader.
    """
    if type(matcher) is FilterMatcher:
        matcher = matcher.child
    if type(matcher) is not W3LeafMatcher:
        ids: list[int] = []
        weights: list[float] = []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
    raw: list[int] = []
    raw_weights: list[float] = []
    starts: list[int] = []  # where each block of delta-coded ids begins in ``raw``
    while matcher.is_active():
        if matcher._data is None:
            matcher._read_data()
        block_ids, block_weights = matcher._data[0], matcher._data[1]
        count = matcher._blocklength
        if not matcher._byteids:
            starts.append(len(raw))
        raw.extend(block_ids)
        if block_weights is None:
            raw_weights.extend(itertools.repeat(1.0, count))
        elif isinstance(block_weights, float):
            raw_weights.extend(itertools.repeat(block_weights, count))
        else:
            raw_weights.extend(block_weights)
        matcher._next_block()
    ids_array = np.array(raw, dtype=np.int64)
    if starts:
        ids_array = _undelta(ids_array, starts)
    return ids_array, np.array(raw_weights, dtype=np.float64)


def _undelta(deltas: np.ndarray, starts: list[int]) -> np.ndarray:
    """Absolute ids of blocks whose ids are each coded as deltas from zero."""
    running = np.cumsum(deltas)
    bounds = np.array([*starts, len(deltas)])
    before = np.concatenate(([0], running[bounds[1:-1] - 1]))
    return running - np.repeat(before, np.diff(bounds))
