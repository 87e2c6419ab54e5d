"""Finnish text analysis for the decision index.

Snowball alone leaves the same word with several stems ("päätös" / "päätöks", "kaava" /
"asemakaav", "tie" / "tien"), so a base-form query misses inflected forms. :func:`finnish_key`
folds the Snowball stem further (trailing vowels, -ks-, the commonest consonant gradations,
-nen and -uus words, one-syllable words, a few irregular stems) so that the base form and its
inflections meet on one key. ``bench/key_consistency.py`` measures how often they do, with
Voikko's dictionary as the judge.

Compounds are the other half of Finnish recall: "kaava" should find "asemakaavan" and
"liikenneturvallisuus" should find "liikenneturvallisuustyö". Without a dictionary we cannot
know where a compound splits, but it splits at a syllable boundary or where a part ending in
a consonant meets one starting with a vowel ("kokous|aika"), so a separate ``parts`` field
holds, for each word, the tails of its key and the keys of its heads that start or end at
such a boundary, and the tails of those heads (the middle parts: "myyntilupa" in
"vähittäismyyntilupahakemus"). Queries look their plain keys up in that field too.
``bench/search_quality.py`` measured the variants in :data:`ANALYZERS` on the real corpus;
the default takes compound parts from titles only, which measured as well as taking them
from the whole text and builds a smaller index faster. ``fi-body-parts`` adds the tails of
the text's words in a field that queries weigh low ("ministeriö" finds
"valtiovarainministeriölle"); it measured no better on the query set and costs a third more
index and twice the query time, so it is not the default: the others find the compounds
of the text through the index's vocabulary at query time
(:mod:`desktop_app.search.compounds`). Every keyed index holds the compounds of coordinated
phrases ("Alue- ja kuntavaalit": aluevaalit) as words of the text.

People type without ä and ö: words that have them also get folded keys (ä → a, ö → o,
å → a) in fields of their own, which a query typed without them searches at a lower weight,
so one typed with them keeps its precision. Decisions in Swedish are analysed with Snowball
Swedish and Swedish stop words, in their own fields (:func:`detect_language`).

The letters, endings and words these rules name are data, ``resources/language/fi_search.toml``
and ``sv_search.toml``, read once at import: a change there changes the index keys, so it
needs a new index format like a change of the code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from whoosh.analysis import (
    Filter,
    LanguageAnalyzer,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
)
from whoosh.analysis.analyzers import Analyzer
from whoosh.lang import stopwords_for_language
from whoosh.lang.snowball.finnish import FinnishStemmer
from whoosh.lang.snowball.swedish import SwedishStemmer

from desktop_app.resources import resource_path


@cache
def _language(code: str) -> dict[str, Any]:
    """The word lists and endings of one language's rules, read once from the resources."""
    with resource_path("language", f"{code}_search.toml").open("rb") as handle:
        return tomllib.load(handle)


_FI = _language("fi")
_SV = _language("sv")
_FI_ENDINGS: dict[str, Any] = _FI["endings"]
_FI_MONOSYLLABLE: dict[str, Any] = _FI["monosyllable"]

VOWELS = frozenset(_FI["vowels"])
_DIPHTHONGS = frozenset(_FI["diphthongs"])
_GRADATION_ENDINGS: tuple[tuple[str, str], ...] = tuple(
    (strong, weak) for strong, weak in _FI["gradation_endings"]
)
_STEMMER = FinnishStemmer()
STOP_WORDS = frozenset(stopwords_for_language("fi"))
TOKEN_PATTERN = r"\w+(\.?\w+)*"
MIN_KEY = 3
# Longer "words" are not Finnish compounds (lähiliikennelippujärjestelmäuudistuksen: 39)
# but codes, URLs or pasted junk; splitting them costs time quadratic in their length.
MAX_COMPOUND = 48


_CONSONANTS = f"[^{_FI['vowels']}]*"
_LONG = "|".join(_FI_MONOSYLLABLE["long_vowels"])
_MONOSYLLABLE = re.compile(
    rf"({_CONSONANTS})({_LONG})({'|'.join(_FI_MONOSYLLABLE['singular_endings'])})"
)
# The plural stem of a long-vowel monosyllable shortens its vowel: teiden, töissä, maita.
_PLURAL_VOWELS: dict[str, str] = dict(_FI_MONOSYLLABLE["plural_vowels"])
_MONOSYLLABLE_PLURAL = re.compile(
    rf"({_CONSONANTS})({'|'.join(_PLURAL_VOWELS)})({'|'.join(_FI_MONOSYLLABLE['plural_endings'])})"
)
_AMBIGUOUS_PLURAL: str = _FI_MONOSYLLABLE["ambiguous_plural"]
_AMBIGUOUS_PLURAL_ENDINGS = tuple(_FI_MONOSYLLABLE["ambiguous_plural_endings"])
_SI_GENITIVE: str = _FI_MONOSYLLABLE["si_genitive"]
_SI_KEY_ENDING: str = _FI_MONOSYLLABLE["si_key_ending"]
_LONG_L_AND_S_STEMS = frozenset(_FI_MONOSYLLABLE["l_and_s_stems"])
_NEN_WORD = re.compile(_FI_ENDINGS["nen_word"])
_NEN_STEM: str = _FI_ENDINGS["nen_stem"]
_LONG_S_WORD = re.compile(_FI_ENDINGS["long_s_word"])
_LONG_S_KEY_ENDING: str = _FI_ENDINGS["long_s_key_ending"]
_PA_CLITICS = tuple(_FI_ENDINGS["pa_clitics"])
_PLURAL_PARTITIVES = tuple(_FI_ENDINGS["plural_partitives"])
_VUOSI_KEYS = tuple(_FI_ENDINGS["vuosi_keys"])
_VUOSI_KEY_ENDING: str = _FI_ENDINGS["vuosi_key_ending"]
_VUOSI_NOT_WORD_ENDING: str = _FI_ENDINGS["vuosi_not_word_ending"]
_AIKA_TAIL = re.compile(_FI_ENDINGS["aika_tail"])
_AIKA_TAIL_KEY: str = _FI_ENDINGS["aika_tail_key"]
_AIKA_WEAK_KEY: str = _FI_ENDINGS["aika_weak_key"]
_AIKA_KEY: str = _FI_ENDINGS["aika_key"]
_VIRKA_KEY: str = _FI_ENDINGS["virka_key"]
_VERBAL_NOUNS: dict[str, str] = dict(_FI_ENDINGS["verbal_nouns"])
_KEPT_WHOLE = tuple(_FI_ENDINGS["kept_whole"])
# Word classes whose stem changes between the base form and the inflected forms (laki /
# lain, ehdokas / ehdokkaan, toimielin / toimielimen, vesi / veden): a whole-word pattern
# whose first group is kept, and what the key puts after it.
_WORD_CLASSES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(word_class["pattern"]), word_class["key_ending"])
    for word_class in _FI["word_classes"]
)


@lru_cache(maxsize=200_000)
def finnish_key(word: str) -> str:
    """The index key of one lower-case word: its Snowball stem folded further.

    Where Snowball leaves one word with several stems, the rules below were each measured
    against Voikko's lemmas of the real corpus (share of words whose key is not the main
    key of their lemma, and share whose key mostly belongs to another lemma).
    """
    short = _monosyllable_key(word)
    if short is not None:
        return short
    special = _word_class_key(word)
    if special is not None:
        return special
    if len(word) > 5 and _NEN_WORD.fullmatch(word[-4:]):
        return _gradation_key(word, word[:-3] + _NEN_STEM)  # tekninen / teknisen / teknistä
    if len(word) > 4 and _LONG_S_WORD.fullmatch(word[-3:]):
        return word[:-1] + _LONG_S_KEY_ENDING  # oikeus / oikeuden / oikeutta
    key = _STEMMER.stem(word)
    if not key.isalpha():
        return key
    if key == word[:-2] and word[-2:] in _PA_CLITICS and len(word) > 5:
        # Snowball takes the "-pa" of "lupa" for the clitic of "onpa": "myyntilupa" would
        # become "myyntilu" while "myyntiluvan" keeps its "v". The clitic is rare in
        # decisions; compounds of "lupa" are everywhere.
        key = word[:-1]
    if len(key) < MIN_KEY <= len(word):
        key = word  # Snowball cut a short word to nothing: "asiaa" -> "as"
    key = _fold(key)
    if len(key) > 5 and key[-2:] in _PLURAL_PARTITIVES:
        key = _fold(key[:-1])  # a plural partitive: tontteja, kiinteistöjä
    if key.endswith(_VUOSI_KEYS) and not word.endswith(_VUOSI_NOT_WORD_ENDING):  # not "vuoksi"
        key = key[:-1] + _VUOSI_KEY_ENDING  # vuosi / vuoden / vuonna
    elif len(key) > 5 and _AIKA_TAIL.search(key):
        # kokousajat -> kokousaika; agent nouns (-ttaja) are not hit
        key = key[:-1] + _AIKA_TAIL_KEY
    return _gradation_key(word, key)


def _word_class_key(word: str) -> str | None:
    """The key of a word whose class Snowball mistakes: laki, -kas, jäsen, -elin words."""
    for pattern, key_ending in _WORD_CLASSES:
        if (found := pattern.fullmatch(word)) is not None:
            return found.group(1) + key_ending
    if word.endswith(_KEPT_WHOLE):
        return word  # Snowball takes "-en" for a genitive: jäsen -> "jäs"
    return None


def _gradation_key(word: str, key: str) -> str:
    """Stems that change inside the word: aika / ajan, virka / viran, varaus / varaaminen."""
    if key == _AIKA_WEAK_KEY:
        return _AIKA_KEY  # ajan, ajat, ajassa: forms of "aika" (the verb "ajaa" is rare here)
    if key.endswith(_VIRKA_KEY):
        return key[:-1]  # virka, virkaa -> "vir", as viran, virat
    if len(key) > 6 and key[-5:] in _VERBAL_NOUNS:
        # varaaminen is the verbal noun of "varata", whose other noun is "varaus"
        return key[:-5] + _VERBAL_NOUNS[key[-5:]]
    return key


def _fold(key: str) -> str:
    """Trailing vowels, -ks- and the commonest consonant gradations of a Snowball stem."""
    while len(key) > MIN_KEY and key[-1] in VOWELS:
        key = key[:-1]
    if key.endswith("ks") and len(key) > MIN_KEY + 1:
        key = key[:-2] + "s"
    for ending, replacement in _GRADATION_ENDINGS:
        if key.endswith(ending) and len(key) > MIN_KEY + 1:
            key = key[: -len(ending)] + replacement
            break
    if len(key) >= MIN_KEY and key[-1] == "d" and key[-2] in VOWELS:
        key = key[:-1] + "t"
    elif len(key) >= MIN_KEY and key[-1] == "v" and key[-2] in VOWELS and key[-3] not in VOWELS:
        key = key[:-1] + "p"  # the p/v gradation after a short vowel: luvan -> lupa
    return key


def _monosyllable_key(word: str) -> str | None:
    """The key of a case form of a one-syllable word (tie, työ, maa), which Snowball leaves.

    Its stem is too short for Snowball to strip an ending, so "tie", "tien" and "tiellä"
    would have three keys; the plural stem's vowel goes back to the singular's (teiden).
    """
    if len(word) <= 3:
        return word if len(word) >= 2 and word[-1] in VOWELS and word[-2] in VOWELS else None
    if (found := _MONOSYLLABLE.fullmatch(word)) is not None:
        onset, vowels, ending = found.groups()
        if onset + vowels + ending[0] in _LONG_L_AND_S_STEMS:
            return None  # kieltä is kieli + tä, not kie + ltä: Snowball's to handle
        # vuoden, uuden: the genitive of a -si word (vuosi), whose other forms key to "vuot"
        return onset + vowels + (_SI_KEY_ENDING if ending == _SI_GENITIVE else "")
    if (found := _MONOSYLLABLE_PLURAL.fullmatch(word)) is not None:
        onset, vowels, ending = found.groups()
        if vowels == _AMBIGUOUS_PLURAL and ending not in _AMBIGUOUS_PLURAL_ENDINGS:
            return None  # lain, laissa: "laki", not a plural of a long vowel
        return onset + _PLURAL_VOWELS[vowels]
    return None


def _syllable_starts(key: str) -> Iterator[int]:
    """Positions where a Finnish syllable starts.

    That is before a consonant followed by a vowel, or between two vowels that make neither
    a diphthong nor a long vowel.
    """
    for i in range(1, len(key) - 1):
        here, after, before = key[i], key[i + 1], key[i - 1]
        if (here not in VOWELS and after in VOWELS) or (
            here in VOWELS and before in VOWELS and before + here not in _DIPHTHONGS
        ):
            yield i


def _part_starts(word: str) -> list[int]:
    """Where the second part of a compound may start.

    A syllable start, or a vowel after a consonant, since a first part may end in one
    ("kaavoitus|arkkitehti", "kokous|aika").
    """
    starts = set(_syllable_starts(word))
    starts.update(
        i for i in range(1, len(word) - 1) if word[i - 1] not in VOWELS and word[i] in VOWELS
    )
    return sorted(starts)


@lru_cache(maxsize=200_000)
def compound_tails(key: str, min_tail: int = 4, min_head: int = 3) -> tuple[str, ...]:
    """Tails of ``key`` that could be the last part of a compound word."""
    if not min_tail + min_head <= len(key) <= MAX_COMPOUND or not key.isalpha():
        return ()
    return tuple(key[i:] for i in _part_starts(key) if i >= min_head and len(key) - i >= min_tail)


@lru_cache(maxsize=50_000)
def compound_splits(key: str, min_head: int = 4, min_tail: int = 3) -> tuple[tuple[str, str], ...]:
    """(head key, tail key) pairs a compound query word's key might split into.

    "kulttuuritilojen" (key "kulttuuritil") gives ("kulttuur", "til") among others, so a
    search for it can also find "kulttuurin ... asiakastilojen". Which split is real only
    the vocabulary of the index can tell; the caller keeps the splits whose both parts occur.
    """
    if not min_head + min_tail <= len(key) <= MAX_COMPOUND or not key.isalpha():
        return ()
    return tuple((finnish_key(key[:i]), key[i:]) for i in range(min_head, len(key) - min_tail + 1))


class FinnishKeyFilter(Filter):
    """Replaces each token's text with :func:`finnish_key`."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FinnishKeyFilter)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if not token.stopped:
                token.text = finnish_key(token.text)
            yield token


@lru_cache(maxsize=200_000)
def compound_heads(word: str, min_head: int = 5, min_rest: int = 3) -> tuple[str, ...]:
    """Keys of the beginnings of ``word`` that could be the first part of a compound.

    "liikenneturvallisuustyö" gives the key of "liikenneturvallisuus" among others, so the
    base-form query "liikenneturvallisuus" finds it.
    """
    if not min_head + min_rest <= len(word) <= MAX_COMPOUND or not word.isalpha():
        return ()
    heads = {
        finnish_key(word[:i])
        for i in _part_starts(word)
        if i >= min_head and len(word) - i >= min_rest
    }
    heads.discard(finnish_key(word))
    return tuple(sorted(heads))


@lru_cache(maxsize=200_000)
def compound_middles(word: str, min_tail: int = 4) -> tuple[str, ...]:
    """Parts inside a compound: the compound tails of its heads.

    "vähittäismyyntilupahakemus" has the head "vähittäismyyntilupa", whose tail gives the key
    of "myyntilupa", so the query "myyntilupa" finds it.
    """
    middles = {tail for head in compound_heads(word) for tail in compound_tails(head, min_tail)}
    return tuple(sorted(middles))


class CompoundPartsFilter(Filter):
    """At index time emits the possible compound parts of each word; at query time its key.

    The parts go to their own field, so this filter runs only in that field's analyzer.
    """

    def __init__(self, min_tail: int = 4, heads: bool = False) -> None:
        self.min_tail = min_tail
        self.heads = heads

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, CompoundPartsFilter)
            and other.min_tail == self.min_tail
            and other.heads == self.heads
        )

    def __hash__(self) -> int:
        return hash((type(self), self.min_tail, self.heads))

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if token.stopped:
                continue
            word = token.text
            key = finnish_key(word)
            if token.mode == "query":
                token.text = key
                yield token
                continue
            parts = compound_tails(key, self.min_tail)
            if self.heads:
                parts = parts + compound_heads(word) + compound_middles(word, self.min_tail)
            for part in parts:
                token.text = part
                yield token


_CONJUNCTIONS = "|".join(_FI["coordinating_conjunctions"] + _SV["coordinating_conjunctions"])
_COORDINATED = re.compile(rf"((?:\b\w{{2,}}-,?\s+)+)(?:{_CONJUNCTIONS})\s+(\w{{4,}})")
_COORDINATED_HEAD = re.compile(r"(\w{2,})-")


def coordinated_compounds(text: str, limit: int = 200) -> list[str]:
    """The compounds a coordinated phrase stands for: "Alue- ja kuntavaalit" → aluevaalit.

    Where the last word splits is not known, so each head is joined with each tail of it
    that starts a syllable and has four letters or more ("kuntavaalit": "tavaalit",
    "vaalit"); the wrong joins are words nobody searches for.
    """
    found: list[str] = []
    for match in _COORDINATED.finditer(text):
        last = match.group(2).lower()
        if not last.isalpha() or len(last) > MAX_COMPOUND:
            continue
        tails = [last[i:] for i in _syllable_starts(last) if i >= 3 and len(last) - i >= 4]
        for head in _COORDINATED_HEAD.findall(match.group(1)):
            found.extend(head.lower() + tail for tail in tails)
        if len(found) >= limit:
            break
    return found[:limit]


_UMLAUT_FOLDS: tuple[tuple[str, str], ...] = tuple(
    (umlaut, plain) for umlaut, plain in _FI["umlaut_folds"]
)
_UMLAUTS = "".join(umlaut for umlaut, _ in _UMLAUT_FOLDS)


def fold_umlauts(text: str) -> str:
    """ä → a, ö → o, å → a: how a word looks typed on a keyboard without them.

    Each character keeps its position. One ``replace`` call after another, because ``str.translate``
    takes its slow path on non-ASCII text: 5 ms against 0.1 ms for a 60,000-character
    decision, which every snippet scans.
    """
    for umlaut, plain in _UMLAUT_FOLDS:
        text = text.replace(umlaut, plain)
    return text


def has_umlauts(text: str) -> bool:
    return any(char in _UMLAUTS for char in text)


@lru_cache(maxsize=200_000)
def folded_keys(word: str) -> tuple[str, ...]:
    """The keys a word of the text gets in the folded field (none without ä, ö or å).

    Snowball reads "-ssa" and "-ssä" alike but not every rule survives folding, so both the
    folded key of the word and the key of the folded word are kept: a query typed without
    umlauts meets one of them.
    """
    if not has_umlauts(word):
        return ()
    return tuple(dict.fromkeys((fold_umlauts(finnish_key(word)), finnish_key(fold_umlauts(word)))))


class FoldedKeyFilter(Filter):
    """Replaces each word that has ä, ö or å with its folded keys; drops the others.

    Words without them are already in the exact fields under the same key, so the folded
    field stays small.
    """

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FoldedKeyFilter)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if token.stopped:
                continue
            if token.mode == "query":
                token.text = fold_umlauts(finnish_key(token.text))
                yield token
                continue
            for key in folded_keys(token.text):
                token.text = key
                yield token


def folded_analyzer() -> Analyzer:
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=2)
        | FoldedKeyFilter()
    )


SWEDISH_STOP_WORDS = frozenset(stopwords_for_language("sv"))
_SWEDISH_STEMMER = SwedishStemmer()
_SWEDISH_MARKERS = frozenset(_SV["language_markers"])
_FINNISH_MARKERS = frozenset(_FI["language_markers"])
_DEFINITE_NEUTER: str = _SV["definite_neuter_ending"]


@lru_cache(maxsize=100_000)
def swedish_key(word: str) -> str:
    """The Snowball Swedish stem of one lower-case word, without a definite "-et".

    Snowball leaves the neuter definite ending: "bygglovet", "beslutet" and "protokollet"
    would not meet "bygglov", "beslut" and "protokoll". Words whose base form ends in "-et"
    (kvalitet, budget) lose it in every form alike, so they still meet themselves.
    """
    stem = str(_SWEDISH_STEMMER.stem(word))
    ending = _DEFINITE_NEUTER
    if len(stem) >= 6 and stem.endswith(ending) and stem[-len(ending) - 1] not in VOWELS:
        stem = stem[: -len(ending)]
    return stem


class SwedishKeyFilter(Filter):
    """Replaces each token's text with :func:`swedish_key`."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SwedishKeyFilter)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if not token.stopped:
                token.text = swedish_key(token.text)
            yield token


def swedish_analyzer() -> Analyzer:
    """Snowball Swedish with Swedish stop words, for decisions written in Swedish."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=SWEDISH_STOP_WORDS, minsize=2)
        | SwedishKeyFilter()
    )


def detect_language(declared: str, text: str) -> str:
    """The language of a decision, "sv" or "fi": as declared, unless plainly Swedish.

    Imported decisions often carry no language at all and default to Finnish; counting the
    commonest function words of the first few thousand characters tells the two apart.
    """
    if declared == "sv":
        return "sv"
    words = re.findall(r"\w+", text[:4000].lower())
    swedish = sum(word in _SWEDISH_MARKERS for word in words)
    finnish = sum(word in _FINNISH_MARKERS for word in words)
    return "sv" if swedish >= 5 and swedish > 3 * finnish else "fi"


def snowball_analyzer() -> Analyzer:
    """Whoosh's own ``LanguageAnalyzer('fi')``: the baseline the benchmarks compare with."""
    return LanguageAnalyzer("fi")


def key_analyzer() -> Analyzer:
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=2)
        | FinnishKeyFilter()
    )


def parts_analyzer(min_tail: int = 4, heads: bool = False) -> Analyzer:
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=2)
        | CompoundPartsFilter(min_tail, heads)
    )


@dataclass(frozen=True)
class AnalyzerChoice:
    """One way of analysing Finnish text that the index can be built with."""

    name: str
    description: str
    folded_keys: bool
    compound_min_tail: int | None  # None: no compound-tail field
    prefix_query: bool = False
    compound_heads: bool = False
    parts_from_title_only: bool = False
    # Plain-word queries ranked by desktop_app.search.ranking (word coordination) instead of
    # Whoosh's matcher tree; the baseline keeps Whoosh's own ranking.
    own_ranking: bool = True
    # Lemmas and compound parts from Voikko (desktop_app.search.voikko), when installed.
    voikko: bool = False
    # Decisions written in Swedish go to their own fields, analysed with Swedish rules.
    swedish: bool = True
    # Compound tails of the whole text in a field of their own, at a low weight (besides
    # the parts of titles).
    body_parts: bool = False

    def main_analyzer(self) -> Analyzer:
        if self.voikko:
            from desktop_app.search import voikko

            return voikko.lemma_analyzer()
        return key_analyzer() if self.folded_keys else snowball_analyzer()

    def parts_analyzer(self) -> Analyzer | None:
        if self.compound_min_tail is None:
            return None
        if self.voikko:
            from desktop_app.search import voikko

            return voikko.parts_analyzer()
        return parts_analyzer(self.compound_min_tail, self.compound_heads)


ANALYZERS: dict[str, AnalyzerChoice] = {
    choice.name: choice
    for choice in (
        AnalyzerChoice(
            "snowball",
            "LanguageAnalyzer('fi') (Snowball)",
            False,
            None,
            own_ranking=False,
            swedish=False,
        ),
        AnalyzerChoice(
            "snowball-prefix",
            "Snowball + prefix expansion of query words",
            False,
            None,
            prefix_query=True,
        ),
        AnalyzerChoice("fi-keys", "Snowball + folded keys", True, None),
        AnalyzerChoice("fi-compound", "folded keys + compound tails (≥ 4)", True, 4),
        AnalyzerChoice("fi-compound3", "folded keys + compound tails (≥ 3)", True, 3),
        AnalyzerChoice(
            "fi-parts",
            "folded keys + compound tails and heads",
            True,
            4,
            compound_heads=True,
        ),
        AnalyzerChoice(
            "fi-parts-title",
            "as fi-parts, compound parts of titles only (smaller, faster index)",
            True,
            4,
            compound_heads=True,
            parts_from_title_only=True,
        ),
        AnalyzerChoice(
            "fi-parts-title-wr",
            "as fi-parts-title, ranked by Whoosh's matchers (no word coordination)",
            True,
            4,
            compound_heads=True,
            parts_from_title_only=True,
            own_ranking=False,
        ),
        AnalyzerChoice(
            "fi-body-parts",
            "as fi-parts-title, plus compound tails of the whole text at a low weight",
            True,
            4,
            compound_heads=True,
            parts_from_title_only=True,
            body_parts=True,
        ),
        AnalyzerChoice(
            "voikko",
            "Voikko lemmas + Voikko compound parts of titles (needs libvoikko and voikko-fi)",
            False,
            4,
            parts_from_title_only=True,
            voikko=True,
        ),
        AnalyzerChoice(
            "fi-parts-prefix",
            "folded keys + compound tails and heads + prefix expansion of query words",
            True,
            4,
            prefix_query=True,
            compound_heads=True,
        ),
    )
}
DEFAULT_ANALYZER = "fi-parts-title"
