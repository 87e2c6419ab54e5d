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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_LOWER = "a-zäöåüéè"
_VOWELS = "aeiouyäö"

_CASES = (
    "n|a|ä|ta|tä|na|nä|ksi|kse|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|tta|ttä|ne|t|s|"
    "en|ten|den|tten|in|an|än|on|un|yn|ön|seen|hin|ihin|ia|iä|ja|jä|ita|itä|ille|illa|illä|"
    "ilta|iltä|issa|issä|ista|istä|iin|ina|inä|iksi|ineen"
)
_POSSESSIVES = rf"ni|si|mme|nne|nsa|nsä|(?<=[{_VOWELS}])[{_VOWELS}]n"
_CLITICS = "kin|kaan|kään|han|hän|ko|kö|pa|pä"
ENDINGS = rf"(?:{_CASES})?(?:{_POSSESSIVES})?(?:{_CLITICS})?"
"""Case, possessive and clitic, each optional: "Matille" + "en" + "kin"; the vowel + n
possessive only after a vowel, so "Mattinen" is not "Matti" + "n" + "en"."""

_GRADATION = {
    "tt": "t", "kk": "k", "pp": "p", "nt": "nn", "nk": "ng", "mp": "mm", "lt": "ll",
    "rt": "rr", "ht": "hd",
}  # fmt: skip
_SINGLE_GRADATION = {"t": "d", "p": "v", "k": ""}
"""A single consonant between vowels weakens as well: Räty → Rädyn, Hepo → Hevon, Mäki →
Mäen. The k that disappears leaves a stem of at least three letters only ("Aki" keeps its k:
"Ae-" would match far too much)."""
_E_STEM_GRADATION = {"lk": "lj", "rk": "rj"}  # Jälki → Jäljen, Särki → Särjen

COMMON_WORDS = frozenset(
    {
        "aalto", "aamos", "aamu", "aarre", "ahde", "aho", "aikio", "aino", "ainoa", "aitta", "ala",
        "alanko", "alho", "anna", "armas", "arvo", "asema", "aura", "berg", "dahl", "haapa",
        "haavisto", "halla", "harju", "havu", "heikki", "heinä", "helmi", "hento", "herra",
        "hiekka", "hilja", "holm", "huhta", "hyvä", "ilma", "ilo", "ilta", "into", "jalo",
        "johtaja", "joki", "jousi", "järvi", "kaarna", "kallio", "kangas", "karhu", "kari", "katu",
        "kauko", "kaunis", "kaupunki", "kello", "kesä", "kiiski", "kirkko", "kivi", "koivu",
        "korpi", "koski", "koulu", "kumpu", "kuningas", "kunta", "kuusi", "kylä", "laakso", "lahja",
        "lahti", "laine", "laki", "lampi", "lehto", "leino", "lepo", "lilja", "linna", "lintu",
        "lumi", "lund", "lähde", "länsi", "maa", "maija", "marja", "meri", "metsä", "mieli", "mäki",
        "mänty", "neiti", "niemi", "niitty", "nuoli", "nurmi", "oikeus", "oja", "onni", "paju",
        "pappi", "pelto", "perä", "pihlaja", "puisto", "puro", "päivä", "raita", "ranta", "rauha",
        "rinne", "rouva", "ruusu", "saari", "salmi", "salo", "satu", "selkä", "sievä", "sihteeri",
        "silta", "sini", "sointu", "sten", "strand", "suo", "suvi", "taimi", "talvi", "tammi",
        "tapio", "tie", "toivo", "tuisku", "tuomari", "tuomi", "tuuli", "tyyni", "usko", "uuno",
        "valo", "vesa", "virta", "voima", "vuori", "välke", "yö"
    }
)  # fmt: skip
"""Words that are names as well: alone they are searched for only as part of the full name."""


def stems(word: str) -> list[str]:
    """The stems a name part takes before its case endings."""
    lower = word.casefold()
    found = [word]
    if lower.endswith("nen") and len(word) > 4:
        found += [word[:-3] + "se", word[:-3] + "s"]
        return found
    if lower[-1:] and lower[-1] in _VOWELS:
        body, vowel = word[:-1], word[-1]
        bodies = [body]
        pair = body[-2:].casefold()
        if pair in _GRADATION:
            bodies.append(body[:-2] + _GRADATION[pair])
        elif _single_consonant(body):
            bodies.append(body[:-1] + _SINGLE_GRADATION[body[-1].casefold()])
        for base in bodies:
            if not (vowel.casefold() == "i" and base[-1:].casefold() in _VOWELS):
                found.append(base + vowel)  # not "Mäi-": Mäki weakens only as Mäen
            if vowel.casefold() == "i":
                found.append(base + "e")  # Koski → Kosken, Lahti → Lahden
        if vowel.casefold() == "i" and pair in _E_STEM_GRADATION:
            found.append(body[:-2] + _E_STEM_GRADATION[pair] + "e")
        return list(dict.fromkeys(found))
    if lower.endswith("s") and len(word) > 3:
        found += [word[:-1] + "kse"]  # Markus → Markuksen
    found.append(word + "i")  # Mikael → Mikaelin
    return list(dict.fromkeys(found))


def _single_consonant(body: str) -> bool:
    """A t, p or k between two vowels: "Rät" of Räty, "Mäk" of Mäki (not "Mark" or "Att")."""
    lower = body.casefold()
    return (
        len(lower) >= 2
        and lower[-1] in _SINGLE_GRADATION
        and lower[-2] in _VOWELS
        and (lower[-1] != "k" or len(lower) >= 3)
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
