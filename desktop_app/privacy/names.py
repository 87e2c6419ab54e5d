"""A marked name found again in the forms Finnish grammar gives it.

Once the secretary has marked "Matti Meikäläinen", the text may go on with "Meikäläisen
perhe", "Matille lähetetty kirje" or "Meikäläisiä kuultiin": every part of the name inflects
on its own once it stands alone. Each part of a marked name is therefore searched in its case
forms, built from the stems Finnish names actually take:

* -nen names: Meikäläinen → Meikäläise- (Meikäläisen, Meikäläiselle, Meikäläiseen) and
  Meikäläis- (Meikäläistä, Meikäläisten, Meikäläisiä);
* consonant gradation before the last vowel: tt/t (Matti → Matin), kk/k (Pekka → Pekan),
  pp/p (Seppo → Sepon), and the rarer nt/nn, nk/ng, mp/mm, lt/ll, rt/rr, ht/hd; a single
  consonant between vowels too: t/d (Räty → Rädyn, Satu → Sadun), p/v (Hepo → Hevon), k/–
  (Mäki → Mäen), and lk/lj, rk/rj before the e-stem (Jälki → Jäljen);
* -i names with an e-stem (Koski → Kosken, Lahti → Lahden) besides the i-stem (Matti → Matin);
* names ending in a consonant (Mikael → Mikaelin) and -s names (Markus → Markuksen);

followed by a case ending, a possessive suffix and a clitic ("Matilleen", "Meikäläisenkin").
Only the endings Finnish has are accepted, not any letters, so "Mattila" is not taken for a
form of "Matti".

A full name is searched with every part in its forms ("Heikin Kosken", "Mikon Lehdon"), in
capitalised or all-capital letters ("MATIN MEIKÄLÄISEN"). A part alone is searched only when
it is at least three letters long, starts with a capital and is not also an ordinary word
("Koski", "Mäki", "Rauha"): the ordinary word would be removed from every sentence it stands
in. Such a part is still found within the full name. A part alone in capitals counts only
among other words in capitals (a heading), not as an acronym ("MATTI-tietojärjestelmä").

The endings, stems, gradations and ordinary words are data, ``resources/privacy/names.toml``,
read once at import.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from desktop_app.resources import resource_path


@cache
def _grammar() -> dict[str, Any]:
    """The endings, stems and gradations of Finnish names, read once from the resources."""
    with resource_path("privacy", "names.toml").open("rb") as handle:
        return tomllib.load(handle)


_ENDINGS: dict[str, Any] = _grammar()["endings"]
_STEMS: dict[str, Any] = _grammar()["stems"]
_LOWER: str = _grammar()["lower_letters"]
_VOWELS: str = _grammar()["vowels"]

_CASES = "|".join(_ENDINGS["cases"])
_POSSESSIVES = "|".join(_ENDINGS["possessives"]) + rf"|(?<=[{_VOWELS}])[{_VOWELS}]n"
_CLITICS = "|".join(_ENDINGS["clitics"])
ENDINGS = rf"(?:{_CASES})?(?:{_POSSESSIVES})?(?:{_CLITICS})?"
"""Case, possessive and clitic, each optional: "Matille" + "en" + "kin"; the vowel + n
possessive only after a vowel, so "Mattinen" is not "Matti" + "n" + "en"."""

_GRADATION: dict[str, str] = dict(_grammar()["gradation"]["pairs"])
_SINGLE_GRADATION: dict[str, str] = dict(_grammar()["gradation"]["single"])
"""A single consonant between vowels weakens as well (t/d, p/v, k/–). The consonant that
disappears leaves a stem of at least three letters only: a two-letter stem would match far
too much."""
_VANISHING: str = _grammar()["gradation"]["vanishing"]
_E_STEM_GRADATION: dict[str, str] = dict(_grammar()["gradation"]["e_stem"])  # Jälki → Jäljen

_NEN_ENDING: str = _STEMS["nen_ending"]
_NEN_STEMS: tuple[str, ...] = tuple(_STEMS["nen_stems"])
_S_ENDING: str = _STEMS["s_ending"]
_S_STEM: str = _STEMS["s_stem"]
_I_VOWEL: str = _STEMS["i_vowel"]
_E_VOWEL: str = _STEMS["e_vowel"]
_CONSONANT_STEM_VOWEL: str = _STEMS["consonant_stem_vowel"]

COMMON_WORDS = frozenset(_grammar()["common_words"]["words"])
"""Words that are names as well: alone they are searched for only as part of the full name."""


def stems(word: str) -> list[str]:
    """The stems a name part takes before its case endings."""
    lower = word.casefold()
    found = [word]
    if lower.endswith(_NEN_ENDING) and len(word) > 4:
        found += [word[: -len(_NEN_ENDING)] + stem for stem in _NEN_STEMS]
        return found
    if lower[-1:] and lower[-1] in _VOWELS:
        body, vowel = word[:-1], word[-1]
        bodies = [body]
        pair = body[-2:].casefold()
        if pair in _GRADATION:
            bodies.append(body[:-2] + _GRADATION[pair])
        elif _single_consonant(body):
            bodies.append(body[:-1] + _SINGLE_GRADATION[body[-1].casefold()])
        i_name = vowel.casefold() == _I_VOWEL
        for base in bodies:
            if not (i_name and base[-1:].casefold() in _VOWELS):
                found.append(base + vowel)  # not "Mäi-": Mäki weakens only as Mäen
            if i_name:
                found.append(base + _E_VOWEL)  # Koski → Kosken, Lahti → Lahden
        if i_name and pair in _E_STEM_GRADATION:
            found.append(body[:-2] + _E_STEM_GRADATION[pair] + _E_VOWEL)
        return list(dict.fromkeys(found))
    if lower.endswith(_S_ENDING) and len(word) > 3:
        found += [word[: -len(_S_ENDING)] + _S_STEM]  # Markus → Markuksen
    found.append(word + _CONSONANT_STEM_VOWEL)  # Mikael → Mikaelin
    return list(dict.fromkeys(found))


def _single_consonant(body: str) -> bool:
    """A t, p or k between two vowels: "Rät" of Räty, "Mäk" of Mäki (not "Mark" or "Att")."""
    lower = body.casefold()
    return (
        len(lower) >= 2
        and lower[-1] in _SINGLE_GRADATION
        and lower[-2] in _VOWELS
        and (lower[-1] != _VANISHING or len(lower) >= 3)
    )


def part_pattern(word: str) -> str:
    """A regular expression for one name part in any of its forms, capitalised."""
    alternatives = "|".join(re.escape(stem[1:]) for stem in sorted(stems(word), key=len))
    return rf"{re.escape(word[0].upper())}(?:{alternatives})(?::[{_LOWER}]{{1,4}}|{ENDINGS})"


def searchable_alone(part: str, text: str = "") -> bool:
    """Whether a part of a name may be searched on its own in ``text``.

    Not a short word, not an ordinary word of the list, and not a word the text itself uses
    in lower case ("koski" in "kosken rannalla" tells that the word is ordinary here).
    """
    bare = part.strip(".,:;")
    if len(bare) < 3 or not bare[:1].isupper() or not bare.replace("-", "").isalpha():
        return False
    lower = bare.casefold()
    if lower in COMMON_WORDS:
        return False
    return not (text and re.search(rf"(?<![\w]){re.escape(lower)}", text))


@lru_cache(maxsize=2048)
def _heads(word: str) -> tuple[str, ...]:
    """The first letters of every form of ``word``: lower case, capitalised and in capitals.

    A text without any of them cannot hold the word, and ``in`` is far faster than a
    case-insensitive regular expression.
    """
    folded = [stem.casefold() for stem in stems(word)]
    head = folded[0][:3]
    while not all(stem.startswith(head) for stem in folded):
        head = head[:-1]
    return tuple(dict.fromkeys((head.capitalize(), head.upper(), head)))


def _may_hold(text: str, word: str) -> bool:
    return any(head in text for head in _heads(word))


@lru_cache(maxsize=512)
def _full_name(name: str) -> re.Pattern[str]:
    words = [part_pattern(word) for word in name.split()]
    return re.compile(r"(?<![\w])" + r"\s+".join(words) + r"(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=2048)
def _part_alone(part: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The part as written (capitalised) and in any case, the latter for all-capital text."""
    pattern = rf"(?<![\w]){part_pattern(part)}(?![\w])"
    return re.compile(pattern), re.compile(pattern, re.IGNORECASE)


def find_name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the names in ``text``: full names and parts alone, neighbours joined."""
    spans: list[tuple[int, int]] = []
    cleaned = sorted({" ".join(n.split()) for n in names if n.strip()}, key=len, reverse=True)
    for name in cleaned:
        parts = [part for part in name.split() if _may_hold(text, part)]
        if len(parts) == len(name.split()):
            spans += [(m.start(), m.end()) for m in _full_name(name).finditer(text)]
        for part in parts:
            if not searchable_alone(part, text):
                continue
            written, any_case = _part_alone(part)
            spans += [(m.start(), m.end()) for m in written.finditer(text)]
            if _heads(part)[0].upper() in text:  # in capitals: "MEIKÄLÄISEN PERHE"
                spans += [
                    (m.start(), m.end())
                    for m in any_case.finditer(text)
                    if m[0].isupper() and _in_capitals(text, m.start(), m.end())
                ]
    return _joined(text, spans)


_WORD_BEFORE = re.compile(r"(\w+)[^\w\n]{1,3}$")
_WORD_AFTER = re.compile(r"[^\w\n]{1,3}(\w+)")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """A word next to it is in capitals too: a heading or a name block, not an acronym.

    "MEIKÄLÄISEN PERHE" is the name in a heading; "MATTI-tietojärjestelmä" is a system.
    """
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    return any(
        word is not None and len(word[1]) > 1 and word[1].isupper() for word in (before, after)
    )


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one, and parts separated only by a space ("Matin Meikäläisen")."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or _only_space(text[merged[-1][1] : start])):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _only_space(gap: str) -> bool:
    return 0 < len(gap) <= 2 and not gap.strip() and "\n" not in gap
