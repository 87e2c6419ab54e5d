"""Plain-word queries as words, each looked up in one or more fields.

A search of a few plain words is not scored by Whoosh's matchers but added up one posting
list at a time (:mod:`desktop_app.search.ranker`); this module turns a parsed query into
those words and adds the parts of a rare compound to its word. It imports no NumPy, so the
window starts without loading it (the ranker is loaded in the background).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.fields import Schema

from desktop_app.search.analysis import STOP_WORDS, compound_splits

# A query word found in fewer than RARE_COMPOUND_DOCS decisions is also looked up by its
# compound parts, at this weight relative to the word itself ("kulttuuritilojen" finds
# "kulttuurin ... asiakastilojen"). For common compounds the parts only add noise:
# "kiinteistövero" lost 40 % of its recall@10 to decisions about "kiinteistö" alone.
COMPOUND_PART_BOOST = 0.3
RARE_COMPOUND_DOCS = 20
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
