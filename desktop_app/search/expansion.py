"""What a plain query word is looked up as beyond its own key.

People type without ä and ö, swap two letters, or write in Swedish. Each word of the query
(a group of field terms, see :mod:`desktop_app.search.ranking`) is extended, always at a
lower weight than the word as typed, so the exact form keeps its precision:

- typed without umlauts: its folded key in the folded fields, which hold the folded keys of
  the words that have ä, ö or å ("paivakoti" finds "päiväkodin");
- not a known word, or one of very few decisions (at least five letters): the known words
  within one or two edits ("kiinteistövreo" finds "kiinteistövero"), and the best of them is
  offered back as "Tarkoititko: …";
- when the index holds Swedish decisions: its Snowball Swedish stem in their fields;
- the compounds of the text that end in it, or hold its parts in order ("ministeriö" finds
  "valtiovarainministeriölle", "erityisopettaja" finds "erityisluokanopettajien"), from
  the index's vocabulary (:mod:`desktop_app.search.compounds`), at a low weight;
- with an index of compound parts of the whole text: its key among those parts.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.search.analysis import (
    SWEDISH_STOP_WORDS,
    finnish_key,
    fold_umlauts,
    has_umlauts,
    swedish_key,
)
from desktop_app.search.compounds import MIN_PART
from desktop_app.search.ranking import FieldTerm, Word
from desktop_app.search.spelling import Vocabulary, damerau_distance

FOLDED_WEIGHT = 0.8
# "ministeriö" in "valtiovarainministeriölle" deep in the text says less than the word itself
BODY_PARTS_WEIGHT = 0.3
# The same for a compound of the text found through the vocabulary. A compound is rarer
# than its last part, so its idf is higher: its weight is also scaled down to the query
# word's idf, so one compound never counts for more than the word itself would.
COMPOUND_WEIGHT = 0.3
# The ranker reads every posting of every term: the compounds of a common word
# ("lautakunta": ympäristölautakunta, sivistyslautakunta …) had 18,000 postings at 20,000
# decisions. This many bound what a word's compounds add to a query.
COMPOUND_POSTINGS = 2_000
# A word found in fewer decisions than this is also looked up by its near spellings.
TYPO_MAX_DOCS = 3
TYPO_MIN_LETTERS = 5
# The closest known word stands in for a misspelt one almost fully (the typed word itself
# matched nothing, or next to nothing); others as close count half as much.
TYPO_WEIGHTS = {1: 0.9, 2: 0.6}
OTHER_CANDIDATE = 0.5
TYPO_CANDIDATES = 3
# A pasted paragraph is not typed: its unknown words are names and codes, and looking up
# near spellings for a hundred of them would take seconds (and their compounds, a hundred
# more posting lists, would find nothing its own words do not).
MAX_CORRECTED_QUERY_WORDS = 8
SWEDISH_BOOSTS = {"sv_title": 3.0, "sv_text": 1.0}
_EXACT_FIELDS = ("title", "text")
_FOLDED_FIELDS = {"title": "folded_title", "text": "folded"}


@dataclass
class Expansion:
    words: list[Word]
    # typed word -> the known key it was corrected to, for the "did you mean" suggestion
    corrections: dict[str, str] = field(default_factory=dict)


def expand(
    words: Sequence[Word],
    typed: Sequence[str],
    reader: Any,
    vocabulary: Callable[[], Vocabulary],
) -> Expansion:
    """``words`` with their folded, corrected and Swedish forms added (see the module)."""
    schema = reader.schema
    folded = "folded" in schema
    body_parts = "text_parts" in schema
    swedish = "sv_text" in schema and reader.doc_frequency("lang", "sv") > 0
    typed_of = {finnish_key(word): word for word in typed}
    result = Expansion([])
    for word in words:
        boosts = {term.field: term.boost for term in word if term.field in _EXACT_FIELDS}
        if "text" not in boosts:  # "title:word": the user asked for that field only
            result.words.append(word)
            continue
        key = next(term.text for term in word if term.field == "text")
        extra: list[FieldTerm] = []
        if body_parts:
            extra.append(FieldTerm("text_parts", key, boosts["text"] * BODY_PARTS_WEIGHT))
        elif len(words) <= MAX_CORRECTED_QUERY_WORDS:  # a pasted text has words enough
            extra.extend(_compounds(key, boosts["text"], reader, vocabulary))
        if folded and not has_umlauts(key):
            extra.extend(
                FieldTerm(_FOLDED_FIELDS[name], fold_umlauts(key), boost * FOLDED_WEIGHT)
                for name, boost in boosts.items()
            )
        surface = typed_of.get(key, "")
        if swedish and surface and surface not in SWEDISH_STOP_WORDS:
            stem = swedish_key(surface)
            extra.extend(FieldTerm(name, stem, boost) for name, boost in SWEDISH_BOOSTS.items())
        # the word's own forms only: compound parts of a misspelt word are often common
        own = [t for t in word + tuple(extra) if t.text in (key, fold_umlauts(key))]
        if swedish and surface:
            own.append(FieldTerm("sv_text", swedish_key(surface)))
        if len(words) <= MAX_CORRECTED_QUERY_WORDS and _needs_correction(surface, own, reader):
            near = vocabulary().near(key, 2 if len(key) >= 7 else 1)
            if near:
                # the compound parts of a misspelt word are noise ("hallinotsääntö" would
                # bring every "sääntö"); the closest known words replace them
                word = tuple(t for t in word if t.field not in _EXACT_FIELDS or t.text == key)
                # every field the key itself is looked up in (title, text, compound parts)
                fields = {t.field: t.boost for t in word + tuple(extra) if t.text == key}
                closest = near[0][1]
                for rank, (known, distance, _) in enumerate(near[:TYPO_CANDIDATES]):
                    if distance > closest:
                        break
                    weight = TYPO_WEIGHTS[distance] * (1.0 if rank == 0 else OTHER_CANDIDATE)
                    extra.extend(
                        FieldTerm(name, known, boost * weight) for name, boost in fields.items()
                    )
                result.corrections[surface] = near[0][0]
        result.words.append(word + tuple(extra))
    return result


def _compounds(
    key: str, boost: float, reader: Any, vocabulary: Callable[[], Vocabulary]
) -> list[FieldTerm]:
    """The compounds of the text that ``key`` is part of, as terms of the text field.

    The commonest come first; those that would take the word past
    :data:`COMPOUND_POSTINGS` are left out.
    """
    if len(key) < MIN_PART or not key.isalpha():
        return []
    compounds = vocabulary().compounds.expansions(key)
    if not compounds:
        return []
    count = reader.doc_count_all()
    own = _idf(reader.doc_frequency("text", key), count)
    terms: list[FieldTerm] = []
    postings = 0
    for compound, docs in compounds:
        if postings + docs > COMPOUND_POSTINGS:
            continue
        postings += docs
        weight = COMPOUND_WEIGHT * min(1.0, own / _idf(docs, count))
        terms.append(FieldTerm("text", compound, boost * weight))
    return terms


def _idf(docs: int, count: int) -> float:
    """Whoosh's idf (``WeightingModel.idf``), which the ranker's BM25F uses."""
    return math.log(max(1, count) / (docs + 1)) + 1


def _needs_correction(surface: str, terms: Sequence[FieldTerm], reader: Any) -> bool:
    if len(surface) < TYPO_MIN_LETTERS or not surface.isalpha():
        return False
    found = max((reader.doc_frequency(term.field, term.text) for term in terms), default=0)
    return found < TYPO_MAX_DOCS


def suggestion(query: str, corrections: dict[str, str], texts: Sequence[str]) -> str:
    """The query with each corrected word replaced by how ``texts`` write it.

    The index holds keys, not words; the texts of the best hits show how the corrected word
    is really written ("kiinteistövero"). Of its forms there, the one nearest the typed word
    wins (the typed case ending was meant), then the commonest. "" when no corrected word is
    found in the texts.
    """
    if not corrections:
        return ""
    counts: dict[str, dict[str, int]] = {typed: {} for typed in corrections}
    wanted = {known: typed for typed, known in corrections.items()}
    for text in texts:
        for raw in text.split():
            word = raw.strip(".,;:!?()[]\"'«»”“").lower()
            if len(word) < 3 or not word.isalpha():
                continue
            typed = wanted.get(finnish_key(word))
            if typed is not None:
                counts[typed][word] = counts[typed].get(word, 0) + 1
    replaced = query
    changed = False
    for typed, forms in counts.items():
        if not forms:
            continue
        # the written form closest to what was typed: its case ending too was meant
        wanted_form = fold_umlauts(typed)
        best = min(
            forms,
            key=lambda form: (
                damerau_distance(wanted_form, fold_umlauts(form), len(form)),
                -forms[form],
                len(form),
            ),
        )
        replaced = _replace_word(replaced, typed, best)
        changed = True
    return replaced if changed else ""


def _replace_word(text: str, old: str, new: str) -> str:
    lowered = text.lower()
    start = lowered.find(old)
    while start >= 0:
        end = start + len(old)
        before_ok = start == 0 or not lowered[start - 1].isalnum()
        after_ok = end == len(text) or not lowered[end].isalnum()
        if before_ok and after_ok:
            return text[:start] + new + text[end:]
        start = lowered.find(old, start + 1)
    return text
