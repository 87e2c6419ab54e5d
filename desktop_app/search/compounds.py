"""Compounds of the text that end in a query word: "ministeriö" → valtiovarainministeriölle.

The text field holds one key per word, so the key of "valtiovarainministeriölle" meets
neither "ministeriö" nor "valtiovarain". Indexing every word's compound parts as well
(the ``fi-body-parts`` analyzer) measured a third more index and twice the query time for
no gain on the judged queries. The index's vocabulary holds every compound once, however
many decisions use it, so the parts are found there instead, at query time: each key of
the text field is split once wherever what follows is itself a known key of four letters
or more, and a map from that last part (folded, ä → a) to the compounds ending in it is
kept with the other known keys of the index generation
(:class:`desktop_app.search.spelling.Vocabulary`), which the search service reads again on
its writer thread after each change to the index.

A query word is then looked up as the compounds whose last part it is ("-ministeriölle"
for "ministeriö", the commonest first), and a compound query word as the compounds that
hold its parts in order ("erityisluokanopettajien" for "erityisopettaja"). Only known
words are parts: a word of at least :data:`MIN_PART` letters found in at least two
decisions, so neither a three-letter fragment nor a word the archive does not have
("ministe") reaches anything. What precedes the last part must be a known word too, or
begin with one followed by four letters or more ("valtiovarain": valtio + varain), so a
word that merely ends like a known one is no compound of it.

The wrong joins that the index keeps for coordinated phrases ("opetusriministeriö" beside
"opetusministeriö" for "Opetus- ja kulttuuriministeriö", see
:func:`desktop_app.search.analysis.coordinated_compounds`) are words of the text too and
may be among the expansions; they find no decision the right join does not, though they
add to its score and take places under :data:`MAX_EXPANSIONS`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from desktop_app.search.analysis import MAX_COMPOUND, MIN_KEY, finnish_key, fold_umlauts

# Shorter parts are fragments, not words (see desktop_app.search.ranking.MIN_PART).
MIN_PART = 4
MIN_DOCS = 2  # a part must be a word of at least this many decisions
# A common word ends a few hundred compounds ("päätös": viranhaltijapäätös, tilinpäätös …);
# each is one more posting list to read, and the rarest say least about the query.
MAX_EXPANSIONS = 16


class CompoundIndex:
    """The compounds of one index generation's text keys, by their last part."""

    def __init__(self, keys: Iterable[tuple[str, int]]) -> None:
        entries = [(key, docs) for key, docs in keys if key.isalpha()]
        # three-letter keys too: a written part has four letters or more, its key may not
        # ("varain": var)
        self._known: frozenset[str] = frozenset(
            fold_umlauts(key) for key, docs in entries if docs >= MIN_DOCS and len(key) >= MIN_KEY
        )
        by_tail: dict[str, list[tuple[int, str]]] = defaultdict(list)
        known = self._known
        for key, docs in entries:
            if not 2 * MIN_PART <= len(key) <= MAX_COMPOUND:
                continue
            folded = fold_umlauts(key)
            for start in range(MIN_PART, len(folded) - MIN_PART + 1):
                tail = folded[start:]
                if tail in known:
                    by_tail[tail].append((-docs, key))
        # commonest first: a lookup takes the first few that pass the head check
        self._by_tail: dict[str, tuple[tuple[str, int], ...]] = {
            tail: tuple((key, -negated) for negated, key in sorted(found))
            for tail, found in by_tail.items()
        }
        self.links = sum(len(found) for found in self._by_tail.values())

    def __len__(self) -> int:
        return len(self._by_tail)

    def expansions(self, key: str, limit: int | None = None) -> list[tuple[str, int]]:
        """(key, decisions) of compounds of the text that ``key`` (a query word's key) is part of.

        First those ending in ``key`` itself, then, for a compound ``key``, those holding
        its parts in order; at most ``limit`` (:data:`MAX_EXPANSIONS`). Never ``key``. The
        counts are those of the index generation the map was built from.
        """
        limit = MAX_EXPANSIONS if limit is None else limit
        folded = fold_umlauts(key)
        if limit <= 0 or len(folded) < MIN_PART or not folded.isalpha():
            return []
        found: dict[str, int] = {}
        if folded in self._known:
            self._collect(key, folded, "", found, limit)
        for start in range(MIN_PART, len(folded) - MIN_PART + 1):
            if len(found) >= limit:
                break
            tail = folded[start:]
            if tail in self._known and self._known_head(key[:start]):
                self._collect(key, tail, folded[:start], found, limit)
        return list(found.items())

    def _collect(self, key: str, tail: str, head: str, found: dict[str, int], limit: int) -> None:
        """Compounds ending in ``tail`` whose first part is known and holds ``head``."""
        for compound, docs in self._by_tail.get(tail, ()):
            if len(found) >= limit:
                return
            if compound == key or compound in found:
                continue
            before = compound[: len(compound) - len(tail)]
            if head and head not in fold_umlauts(before):
                continue
            if self._known_head(before):
                found[compound] = docs

    def _known_head(self, head: str) -> bool:
        """Whether ``head`` is a known word, or begins with one followed by another word.

        "valtiovarain" is valtio + varain and "erityisluokan" erityis + luokan; the second
        need not be known, since a small archive knows few words.
        """
        return self._known_word(head) or any(
            self._known_word(head[:split]) for split in range(MIN_PART, len(head) - MIN_PART + 1)
        )

    def _known_word(self, text: str) -> bool:
        """Whether ``text`` (a word as written, or a key) is a known word."""
        if len(text) < MIN_PART or not text.isalpha():
            return False
        known = self._known
        return fold_umlauts(text) in known or fold_umlauts(finnish_key(text)) in known
