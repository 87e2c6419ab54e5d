"""A marked name found again in the forms Finnish grammar gives it.

Once the secretary has marked "Matti Meikäläinen", the text may go on with "Meikäläisen
perhe", "Matille lähetetty kirje" or "Meikäläisiä kuultiin": every part of the name inflects
on its own once it stands alone. Each part of a marked name is therefore searched in its case
forms, built from the stems Finnish names actually take:

* -nen names: Meikäläinen → Meikäläise- (Meikäläisen, Meikäläiselle, Meikäläiseen) and
  Meikäläis- (Meikäläistä, Meikäläisten, Meikäläisiä);
* consonant gradation before the last vowel: tt/t (Matti → Matin), kk/k (Pekka → Pekan),
  pp/p (Seppo → Sepon), and the rarer nt/nn, nk/ng, mp/mm, lt/ll, rt/rr, ht/hd;
* -i names with an e-stem (Koski → Kosken, Lahti → Lahden) besides the i-stem (Matti → Matin);
* names ending in a consonant (Mikael → Mikaelin) and -s names (Markus → Markuksen);

followed by a case ending, a possessive suffix and a clitic ("Matilleen", "Meikäläisenkin").
Only the endings Finnish has are accepted, not any letters, so "Mattila" is not taken for a
form of "Matti".

A part alone is searched only when it is at least three letters long, starts with a capital
and is not also an ordinary word ("Koski", "Mäki", "Rauha"): the ordinary word would be removed
from every sentence it stands in. Such a part is still found within the full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
        for base in bodies:
            found.append(base + vowel)
            if vowel.casefold() == "i":
                found.append(base + "e")  # Koski → Kosken, Lahti → Lahden
        return list(dict.fromkeys(found))
    if lower.endswith("s") and len(word) > 3:
        found += [word[:-1] + "kse"]  # Markus → Markuksen
    found.append(word + "i")  # Mikael → Mikaelin
    return list(dict.fromkeys(found))


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


def find_name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the names in ``text``: full names and parts alone, neighbours joined."""
    spans: list[tuple[int, int]] = []
    cleaned = sorted({" ".join(n.split()) for n in names if n.strip()}, key=len, reverse=True)
    for name in cleaned:
        *first, last = name.split()
        words = [re.escape(word) for word in first] + [part_pattern(last)]
        full = re.compile(r"(?<![\w])" + r"\s+".join(words) + r"(?![\w])", re.IGNORECASE)
        spans += [(m.start(), m.end()) for m in full.finditer(text)]
        for part in name.split():
            if not searchable_alone(part, text):
                continue
            alone = re.compile(rf"(?<![\w]){part_pattern(part)}(?![\w])")
            spans += [(m.start(), m.end()) for m in alone.finditer(text)]
    return _joined(text, spans)


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
