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
from the whole text and builds a smaller index faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
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

VOWELS = frozenset("aeiouyäöå")
_DIPHTHONGS = frozenset(
    [
        "ai",
        "ei",
        "oi",
        "ui",
        "yi",
        "äi",
        "öi",
        "au",
        "eu",
        "iu",
        "ou",
        "ey",
        "iy",
        "äy",
        "öy",
        "ie",
        "uo",
        "yö",
        "aa",
        "ee",
        "ii",
        "oo",
        "uu",
        "yy",
        "ää",
        "öö",
    ]
)
_GRADATION_ENDINGS = (
    ("lt", "l"),
    ("nt", "n"),
    ("mp", "m"),
    ("hd", "ht"),
    ("ng", "nk"),
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("ll", "l"),
    ("nn", "n"),
    ("mm", "m"),
    ("ss", "s"),
    ("rr", "r"),
)
_STEMMER = FinnishStemmer()
STOP_WORDS = frozenset(stopwords_for_language("fi"))
TOKEN_PATTERN = r"\w+(\.?\w+)*"
MIN_KEY = 3
# Longer "words" are not Finnish compounds (lähiliikennelippujärjestelmäuudistuksen: 39)
# but codes, URLs or pasted junk; splitting them costs time quadratic in their length.
MAX_COMPOUND = 48


_LONG = "ie|uo|yö|aa|ää|ee|ii|oo|uu|yy|öö"
_MONOSYLLABLE = re.compile(
    rf"([^aeiouyäöå]*)({_LONG})(n|t|ta|tä|lla|llä|ssa|ssä|sta|stä|lle|lta|ltä|h[aeiouyäö]n|den)"
)
# The plural stem of a long-vowel monosyllable shortens its vowel: teiden, töissä, maita.
_MONOSYLLABLE_PLURAL = re.compile(
    r"([^aeiouyäöå]*)(ei|öi|ui|ai)(den|tä|ta|lle|llä|lla|ssä|ssa|stä|sta|hin|ltä|lta)"
)
_PLURAL_VOWELS = {"ei": "ie", "öi": "yö", "ai": "aa", "ui": "uu"}
# One-syllable stems ending in l or s (kieli, puoli, kuusi, kuulla), whose case forms look
# like a long vowel with an ending beginning with l or s.
_LONG_L_AND_S_STEMS = frozenset(
    ["kiel", "miel", "puol", "huol", "tuul", "suol", "tuol", "kuul", "kuus", "uus", "juos", "viis"]
)
_NEN_WORD = re.compile(r"[aäoöiuy]nen")  # not jäsenen (jäsen) nor kolmannen (kolmas)
_LONG_S_WORD = re.compile(r"(uu|yy|eu)s")
_AIKA_TAIL = re.compile(r"(?<=[säoyeöu])aj$")


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
    if len(word) > 5 and _NEN_WORD.fullmatch(word[-4:]):
        return word[:-3] + "s"  # tekninen / teknisen / teknistä
    if len(word) > 4 and _LONG_S_WORD.fullmatch(word[-3:]):
        return word[:-1] + "t"  # oikeus / oikeuden / oikeutta
    key = _STEMMER.stem(word)
    if not key.isalpha():
        return key
    if key == word[:-2] and word[-2:] in ("pa", "pä") and len(word) > 5:
        # Snowball takes the "-pa" of "lupa" for the clitic of "onpa": "myyntilupa" would
        # become "myyntilu" while "myyntiluvan" keeps its "v". The clitic is rare in
        # decisions; compounds of "lupa" are everywhere.
        key = word[:-1]
    if len(key) < MIN_KEY <= len(word):
        key = word  # Snowball cut a short word to nothing: "asiaa" -> "as"
    key = _fold(key)
    if len(key) > 5 and key[-2:] in ("ej", "öj", "oj"):
        key = _fold(key[:-1])  # a plural partitive: tontteja, kiinteistöjä
    if key.endswith(("vuos", "vuon")) and not word.endswith("ksi"):  # not "vuoksi"
        key = key[:-1] + "t"  # vuosi / vuoden / vuonna
    elif len(key) > 5 and _AIKA_TAIL.search(key):
        key = key[:-1] + "ik"  # kokousajat -> kokousaika; agent nouns (-ttaja) are not hit
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
        return onset + vowels + ("t" if ending == "den" else "")
    if (found := _MONOSYLLABLE_PLURAL.fullmatch(word)) is not None:
        onset, vowels, ending = found.groups()
        if vowels == "ai" and ending not in ("den", "ta", "hin"):
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
            "snowball", "LanguageAnalyzer('fi') (Snowball)", False, None, own_ranking=False
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
