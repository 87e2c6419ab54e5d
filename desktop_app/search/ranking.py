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
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.fields import Schema
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length, length_to_byte

from desktop_app.search.analysis import STOP_WORDS, compound_splits
from desktop_app.search.store import length_codes

# A query word found in fewer than RARE_COMPOUND_DOCS decisions is also looked up by its
# compound parts, at this weight relative to the word itself ("kulttuuritilojen" finds
# "kulttuurin ... asiakastilojen"). For common compounds the parts only add noise:
# "kiinteistövero" lost 40 % of its recall@10 to decisions about "kiinteistö" alone.
COMPOUND_PART_BOOST = 0.3
RARE_COMPOUND_DOCS = 20
# A document with k of the n query words gets (k / n) ** COORDINATION_POWER of its score:
# "tontin myynti" should put documents about selling plots above those that mention
# selling often but plots never. bench/search_quality.py chose the power.
COORDINATION_POWER = 1.0
# Fields that only some decisions have (those written in Swedish): their average length is
# taken over those decisions (see Ranker._average_length).
SPARSE_FIELDS = frozenset({"sv_title", "sv_text"})
# Shorter parts are fragments, not words: "vesilaki" split as "ves" + "lak" found the first
# name Vesa and the company Lakea Oy.
MIN_PART = 4


@dataclass(frozen=True)
class FieldTerm:
    field: str
    text: str
    boost: float = 1.0


Word = tuple[FieldTerm, ...]
"""One word of the query: its analysed form looked up in one or more fields."""

_PART_FIELDS = ("title", "text")


@dataclass(frozen=True)
class Ranked:
    hits: list[tuple[int, float]]  # (document number, score), best first
    total: int  # all matching documents, not only the hits


def plain_words(query: wq.Query, schema: Schema) -> list[Word] | None:
    """The query as words when it is a plain OR of terms in scored fields, otherwise None.

    Terms with the same text in different fields are one word ("kaava" in the title, the
    text and the compound parts). A term in an unscored field (``case_id:``, ``date:``) is
    Whoosh's to match, so such a query is not plain.
    """
    if type(query) is wq.Term:
        leaves: Sequence[wq.Query] = [query]
    elif type(query) is wq.Or and not query.minmatch:
        leaves = query.subqueries
    else:
        return None
    groups: dict[str, list[FieldTerm]] = {}
    for leaf in leaves:
        if type(leaf) is not wq.Term:
            return None
        if leaf.fieldname not in schema or not schema[leaf.fieldname].scorable:
            return None
        text = leaf.text.decode("utf-8") if isinstance(leaf.text, bytes) else str(leaf.text)
        groups.setdefault(text, []).append(FieldTerm(leaf.fieldname, text, float(leaf.boost)))
    return [tuple(terms) for terms in groups.values()] or None


def with_compound_parts(
    words: Sequence[Word], doc_frequency: Callable[[str, str], int]
) -> list[Word]:
    """Each word with, at a lower weight, the parts of a rare compound among its keys.

    The index's vocabulary is the dictionary: a split counts when both parts are keys of at
    least :data:`MIN_PART` letters found in at least two decisions; of several, the one
    whose shorter part is longest wins.
    """
    extended: list[Word] = []
    for word in words:
        if not any(term.field == "text" for term in word):
            extended.append(word)  # "title:word": the user asked for that word in that field
            continue
        extra: list[FieldTerm] = []
        for key in {term.text for term in word if term.field in _PART_FIELDS}:
            if doc_frequency("text", key) >= RARE_COMPOUND_DOCS:
                continue
            found = [
                (head, tail)
                for head, tail in compound_splits(key)
                if len(head) >= MIN_PART
                and len(tail) >= MIN_PART
                and head not in STOP_WORDS
                and tail not in STOP_WORDS
                and doc_frequency("text", head) >= 2
                and doc_frequency("text", tail) >= 2
            ]
            if not found:
                continue
            head, tail = max(found, key=lambda split: min(len(split[0]), len(split[1])))
            boosts = {term.field: term.boost for term in word if term.field in _PART_FIELDS}
            extra.extend(
                FieldTerm(field, part, boost * COMPOUND_PART_BOOST)
                for part in (head, tail)
                for field, boost in boosts.items()
            )
        extended.append(word + tuple(extra))
    return extended


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
