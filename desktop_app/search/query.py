"""From what the user typed to a Whoosh query, never raising on odd input.

Plain words are OR-grouped: one missing word should not empty the list, and
:mod:`desktop_app.search.ranking` puts the documents that have more of the words first (a
secretary types "tontin myynti" and expects both words to count). Quoted phrases,
AND/OR/NOT, ``title:`` and ``body:`` work as in Whoosh. Anything the parser cannot make
sense of falls back to a query of the plain words, and the caller is told so. ``body:``,
``type:`` and the date prefixes are filters, not words (:mod:`desktop_app.search.prefixes`).
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
import tomllib
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.qparser import MultifieldParser, OrGroup
from whoosh.searching import Searcher

from desktop_app.resources import resource_path
from desktop_app.search.analysis import AnalyzerChoice
from desktop_app.search.prefixes import PrefixFilters, split_prefixes
from desktop_app.search.store import build_schema

FIELD_BOOSTS = {"title": 3.0, "text": 1.0, "parts": 2.0}


def _field_names() -> dict[str, list[str]]:
    """Each field and the names a query may give it, from ``resources/language``."""
    with resource_path("language", "query_fields.toml").open("rb") as handle:
        return {
            str(field): [str(name) for name in names]
            for field, names in tomllib.load(handle).items()
        }


_FIELD_NAMES = _field_names()
_FIELD_ALIASES = tuple(
    (re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, names))})\s*:"), f"{field}:")
    for field, names in _FIELD_NAMES.items()
)
_KNOWN_FIELDS = ("title:", "text:", "body:")
# "title:kaava" should find "Asemakaavan muutos" as a plain search does: a title word with a
# prefix also looks in the compound parts of titles.
_TITLE_WORD = re.compile(r"(?<![\w:])title:([^\s\"()\[\]]+)")
_WORD = re.compile(r"\w+")
SIMPLIFIED = "search.query_simplified"
_OPERATOR_WORDS = frozenset({"AND", "OR", "NOT"})
# The field words dropped from a query's plain words ("body" by its own name only).
_FIELD_WORDS = frozenset({*_FIELD_NAMES["title"], *_FIELD_NAMES["text"], "body"})


@dataclass(frozen=True)
class ParsedQuery:
    query: wq.Query | None
    warning: str = ""
    filters: PrefixFilters = dataclasses.field(default_factory=PrefixFilters)
    # the free words as typed (lower case), for the analyses that need the word and not its
    # key: the folded, misspelt and Swedish forms
    words: tuple[str, ...] = ()


MAX_QUERY_CHARS = 1_000


class QueryBuilder:
    def __init__(self, choice: AnalyzerChoice) -> None:
        self.choice = choice
        self.schema = build_schema(choice)
        fields = ["title", "text"] + (["parts"] if "parts" in self.schema else [])
        self.fields = fields
        self._title_parts = "parts" in self.schema and choice.parts_from_title_only
        self.parser = MultifieldParser(
            fields,
            self.schema,
            fieldboosts={f: FIELD_BOOSTS[f] for f in fields},
            group=OrGroup,
        )

    def parse(self, text: str) -> ParsedQuery:
        # A pasted page is not a query: its first words are plenty, and the rest would only
        # cost seconds of parsing and matching.
        free, filters = split_prefixes(text[:MAX_QUERY_CHARS])
        cleaned = _normalize(free)
        words = tuple(
            dict.fromkeys(
                w.lower()
                for w in _WORD.findall(cleaned)
                if w not in _OPERATOR_WORDS and w.lower() not in _FIELD_WORDS
            )
        )
        if not _WORD.search(cleaned):
            return ParsedQuery(None, SIMPLIFIED if filters.bad_values else "", filters)
        warning = ""
        if _looks_malformed(cleaned):
            query, warning = self.plain(cleaned), SIMPLIFIED
        else:
            try:
                query = self._finish(self.parser.parse(self._with_title_parts(cleaned)))
            except Exception:  # the Whoosh parser fails in many ways on odd input
                query, warning = self.plain(cleaned), SIMPLIFIED
        if query is None or query is wq.NullQuery:
            query, warning = self.plain(cleaned), SIMPLIFIED
        if filters.bad_values:
            warning = SIMPLIFIED
        return ParsedQuery(query, warning, filters, words)

    def _with_title_parts(self, text: str) -> str:
        if not self._title_parts:
            return text
        return _TITLE_WORD.sub(r"(title:\1 OR parts:\1)", text)

    def plain(self, text: str) -> wq.Query | None:
        """The words of ``text`` only, all operators and fields ignored."""
        words = [w for w in _WORD.findall(text) if w.upper() not in _OPERATOR_WORDS]
        words = [w for w in words if w.lower() not in _FIELD_WORDS]
        if not words:
            return None
        try:
            return self._finish(self.parser.parse(" ".join(words)))
        except Exception:  # last resort: no query rather than a traceback
            return None

    def _finish(self, query: wq.Query) -> wq.Query:
        query = query.accept(self._adjust)
        return query.normalize()

    def _adjust(self, node: wq.Query) -> wq.Query:
        if isinstance(node, wq.Or):
            return _exclude_negations(node)
        fieldname = getattr(node, "fieldname", None)
        if fieldname == "parts" and not isinstance(node, wq.Term):
            return wq.NullQuery
        if (
            self.choice.prefix_query
            and isinstance(node, wq.Term)
            and fieldname in ("title", "text")
            and len(str(node.text)) >= 3
        ):
            return wq.Prefix(fieldname, node.text, boost=node.boost)
        return node


def _exclude_negations(node: wq.Or) -> wq.Query:
    """Turn "a NOT b" into "a, but not b".

    In an OR group Whoosh reads it as "a, or anything without b", which nobody means.
    """
    negated = [child.query for child in node.subqueries if isinstance(child, wq.Not)]
    if not negated:
        return node
    positives = [child for child in node.subqueries if not isinstance(child, wq.Not)]
    if not positives:
        return node
    kept = copy.copy(node)
    kept.subqueries = positives
    excluded = negated[0] if len(negated) == 1 else wq.Or(negated)
    return wq.AndNot(kept, excluded)


def query_terms(query: wq.Query | None) -> set[str]:
    """The analysed words of a query, for highlighting."""
    if query is None:
        return set()
    found: set[str] = set()
    for fieldname, text in query.iter_all_terms(phrases=True):
        if fieldname in ("title", "text", "parts"):
            found.add(text.decode("utf-8") if isinstance(text, bytes) else str(text))
    return found


def expand_for_highlight(query: wq.Query | None, searcher: Searcher) -> set[str]:
    """Terms plus what prefix queries matched, so prefix searches highlight too."""
    terms = query_terms(query)
    if query is None:
        return terms
    try:
        for node in query.leaves():
            if isinstance(node, wq.Prefix | wq.Wildcard) and node.fieldname in ("title", "text"):
                for i, term in enumerate(node._btexts(searcher.reader())):
                    if i > 50:
                        break
                    terms.add(term.decode("utf-8") if isinstance(term, bytes) else str(term))
    except Exception:  # highlighting is a nicety; never let it fail a search
        return terms
    return terms


def _normalize(text: str) -> str:
    text = text.replace("\u201d", '"').replace("\u201c", '"').replace("\u00bb", '"')
    for pattern, replacement in _FIELD_ALIASES:
        text = pattern.sub(replacement, text)
    return text.strip()


def _looks_malformed(text: str) -> bool:
    """Input the Whoosh parser would silently turn into nonsense rather than an error."""
    if text.count('"') % 2 or text.count("(") != text.count(")"):
        return True
    for field in _KNOWN_FIELDS:
        for found in re.finditer(re.escape(field), text):
            rest = text[found.end() :]
            if not rest or rest[0].isspace() or rest[0] in ")":
                return True
    tokens = text.split()
    operators = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
    if tokens and (tokens[-1] in operators or tokens[0] in operators - {"NOT"}):
        return True
    return any(a in operators and b in operators - {"NOT"} for a, b in itertools.pairwise(tokens))
