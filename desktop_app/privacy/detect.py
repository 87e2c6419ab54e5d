"""Finding personal data in plain text before a document goes on the web.

Pure functions over plain text (the section text of ``richtext.html_to_text``): the offsets
of a :class:`Detection` index that text, so a confirmed finding becomes a mark directly.
:func:`detect` looks at the normalised text (``privacy.normalize``: invisible format
characters gone, every dash look-alike a "-", spaces or tabs inside a code joined), because a code
typed with a non-breaking hyphen is the same personal data; its offsets and ``text`` are
mapped back to the original characters, invisible ones included.

The rules, and why:

* **Henkilötunnus** — every century sign (``+``, ``-``, ``Y X W V U``, ``A B C D E F``), a
  real date, and the mod-31 check character (validated by ``stdnum.fi.hetu``): all correct
  → *varma*. A code with the shape but a wrong check character, an impossible date or the
  unused individual numbers 000–001 is *todennäköinen* and still flagged, because a typo in
  a code is still personal data.
  Temporary codes (individual number 900–999) are personal data like any other. A code
  after a "/" (inside a Dno) counts; one followed by "/" only when its check is right.
* **IBAN** — ``FI`` and 16 digits, spaces or hyphens allowed between them; valid by
  ``stdnum.iban`` → *varma*.
* **Phone numbers** — Finnish mobile and landline numbers in national and ``+358`` forms
  (not task classes "02 08 01", business ids, amounts, or numbers after "tunnus"/"numero").
  A number is an *official contact* when it stands on a line with an official's title or a
  service word (asiakaspalvelu, vaihde …), in a contact block (a ``Lisätiedot`` /
  ``Valmistelija`` heading a few lines above, a list of "Name, puh. …" lines, an authority's
  "Puhelinnumero:" label), or in the state authorities' 029 range. Officials' work contact
  details are not private data (Kuntalaki 140 §; HL 44 § even requires them), so such a
  detection is returned with ``official=True`` and never blocks publishing or gets redacted.
* **E-mail** — addresses in the workspace's own domains (meta ``privacy.own_domains``),
  courts' and state authorities' domains, role addresses (``kirjaamo@`` …) and addresses in
  a contact block are official; the rest are private.
* **Street addresses** — a street name (-katu, -tie, -kuja, -polku, -väylä, -ranta, -rinne
  …, or abbreviated: "Rauhank. 5") with a number, a range ("15–17") and an apartment ("A 3",
  "b 7", "as. 12"), or a postcode with its town; a street without such an ending
  ("Pohjoisesplanadi 5", "Kauppatori 5") only with its postcode and town or right after an
  address word. It is a finding when it stands within a few characters after a capitalised
  name pair; after a word that makes it a home ("kotiosoite", "asuu", "asunut") in the same
  sentence; after the address with a possessive ("hänen osoitteensa", "osoitteesi",
  "osoitteemme") or the label "Osoite:" in a sentence not about a property or a body; after
  "osoite"/"osoitteessa" in a sentence about a person ("hakija", "naapuri" …) that is not
  about a property, a school or an office; in the same sentence after a marked name ("Matti
  Meikäläinen, joka on asunut alueella vuodesta 1990, Kotikatu 5"); or on the 1–2 lines right
  under a line that is a name, marked or not (a letter's address block in the parties or the
  Tiedoksi field). The address of a property, an office or a unit ("Palvelukeskus …",
  "Lautakuntasali …") is not flagged (in the real minutes "osoitteessa" names schools, meeting
  rooms and building sites far more often than homes); a person's home address is.
* **Names** — no general name recognition (it would bury the real findings in noise); the
  names the secretary has marked once are found again everywhere (``known_names``), each of
  their parts in its inflected forms too (``privacy.names``).

The words these rules look for (titles, labels, street endings, cue words) are data,
``resources/privacy/vocabulary.toml``, read once at import.
"""

from __future__ import annotations

import enum
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from stdnum import iban as stdnum_iban
from stdnum.fi import hetu as stdnum_hetu

from desktop_app.privacy.names import find_name_spans
from desktop_app.privacy.normalize import Normalised, normalise_text, normalised
from desktop_app.resources import resource_path


@cache
def vocabulary() -> dict[str, Any]:
    """The words personal data is recognised by, read once from the resources."""
    with resource_path("privacy", "vocabulary.toml").open("rb") as handle:
        return tomllib.load(handle)


def _alternatives(section: str, name: str) -> str:
    """A list of the vocabulary as the alternatives of a regular expression, in its order."""
    return "|".join(vocabulary()[section][name])


_PHONE_WORDS: dict[str, Any] = vocabulary()["phone"]
_EMAIL_WORDS: dict[str, Any] = vocabulary()["email"]
_ADDRESS_WORDS: dict[str, Any] = vocabulary()["address"]


class Kind(enum.StrEnum):
    HETU = "henkilotunnus"
    IBAN = "iban"
    PHONE = "puhelin"
    EMAIL = "sahkoposti"
    ADDRESS = "osoite"
    NAME = "nimi"


class Certainty(enum.StrEnum):
    CERTAIN = "varma"
    LIKELY = "todennäköinen"


@dataclass(frozen=True)
class Detection:
    """One hit: ``start``/``end`` index the plain text the detector was given."""

    kind: Kind
    start: int
    end: int
    text: str
    certainty: Certainty
    official: bool = False
    note: str = ""  # why it was flagged, as codes ("temporary_number"): for diagnostics

    @property
    def fingerprint(self) -> str:
        """Stable across edits that move the text: kind and the normalised matched text."""
        return fingerprint(self.kind, self.text)

    @property
    def needs_confirmation(self) -> bool:
        return not self.official


def normalise(kind: Kind | str, text: str) -> str:
    """The matched text without the formatting that varies between writings of one value."""
    kind = Kind(kind)
    text = normalised(text)
    if kind in (Kind.PHONE, Kind.IBAN):
        compact = re.sub(r"[\s\-().]", "", text).upper()
        return "0" + compact[4:] if compact.startswith("+358") else compact
    if kind == Kind.HETU:
        return "".join(text.split()).upper()
    if kind == Kind.EMAIL:
        return text.strip().lower()
    return " ".join(text.split()).casefold()


def fingerprint(kind: Kind | str, text: str) -> str:
    return f"{Kind(kind).value}:{normalise(kind, text)}"


# --- henkilötunnus -------------------------------------------------------------------------

HETU_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_SIGNS = {
    "+": 1800,
    "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}  # fmt: skip

_HETU = re.compile(
    r"(?<![0-9A-Za-z\-+.])"
    r"(?P<dd>[0-3]\d)(?P<mm>[01]\d)(?P<yy>\d\d)"
    r"(?P<sign>[-+ABCDEFUVWXYabcdefuvwxy])"
    r"(?P<nnn>\d{3})(?P<check>[0-9A-Za-z])"
    r"(?![0-9A-Za-z]|-\d)"
)


def hetu_check_char(digits: str) -> str:
    """The check character of the nine digits ``DDMMYYNNN``: for building examples only.

    Validation goes through ``stdnum.fi.hetu`` (:func:`hetu_is_valid`).
    """
    return HETU_CHECK_CHARS[int(digits) % 31]


def hetu_birth_date(code: str) -> date | None:
    """The date of birth a code names, or ``None`` when it names no real date."""
    code = code.upper()
    century = CENTURY_SIGNS.get(code[6:7])
    if century is None or len(code) != 11 or not code[:6].isdigit():
        return None
    try:
        return date(century + int(code[4:6]), int(code[2:4]), int(code[0:2]))
    except ValueError:
        return None


def hetu_is_valid(code: str) -> bool:
    """A real date, a known century sign, an individual number ≥ 002 and the right check.

    Temporary codes (900–999) are valid codes of a person too.
    """
    compact = "".join(normalised(code).split()).upper()
    return bool(stdnum_hetu.is_valid(compact, allow_temporary=True))


def find_hetu(text: str) -> list[Detection]:
    found = []
    for match in _HETU.finditer(text):
        if not (1 <= int(match["dd"]) <= 31 and 1 <= int(match["mm"]) <= 12):
            continue
        code = match.group(0)
        valid = hetu_is_valid(code)
        if text.startswith("/", match.end()) and not valid:
            continue  # "viite 120585-123A/2026": part of a reference, not a code
        notes = []
        if int(match["nnn"]) >= 900:
            notes.append("temporary_number")
        if not valid:
            notes.append("check_character_mismatch")
        found.append(
            Detection(
                Kind.HETU,
                match.start(),
                match.end(),
                code,
                Certainty.CERTAIN if valid else Certainty.LIKELY,
                note=", ".join(notes),
            )
        )
    return found


# --- IBAN --------------------------------------------------------------------------------

_IBAN = re.compile(r"(?<![0-9A-Za-z])FI[\s\-]?\d\d(?:[\s\-]?\d){14}(?![\s\-]?\d)", re.IGNORECASE)


def iban_is_valid(code: str) -> bool:
    return bool(stdnum_iban.is_valid(re.sub(r"[\s\-]", "", normalised(code))))


def find_iban(text: str) -> list[Detection]:
    return [
        Detection(
            Kind.IBAN,
            match.start(),
            match.end(),
            match.group(0),
            Certainty.CERTAIN if iban_is_valid(match.group(0)) else Certainty.LIKELY,
        )
        for match in _IBAN.finditer(text)
    ]


# --- official context ----------------------------------------------------------------------

_CONTACT_HEADINGS = re.compile(
    rf"\b({_alternatives('official', 'contact_headings')})\b", re.IGNORECASE
)
_OFFICIAL_TITLE = re.compile(rf"\w*({_alternatives('official', 'title_endings')})\b", re.IGNORECASE)
_SERVICE_WORDS = re.compile(_alternatives("official", "service_words"), re.IGNORECASE)
_BLOCK_LINES = 4
_LIST_LINES = 30
_CONTACT_LIST_LINE = re.compile(
    rf"^[^.\n]{{3,60}},\s*({_alternatives('official', 'contact_list_labels')})\s*[+(\d]", re.I
)


def _line_around(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)]


_LABEL_LINE = re.compile(rf"^({_alternatives('official', 'label_lines')})\s*:?\s*$", re.IGNORECASE)


_CONTACT_LINE = re.compile(
    rf"\s*({_alternatives('official', 'contact_line_labels')})\b", re.IGNORECASE
)


_HEADING_ONLY = re.compile(
    rf"^(?:{_CONTACT_HEADINGS.pattern})(?:\s*/\s*(?:{_CONTACT_HEADINGS.pattern}))*\s*:?$",
    re.IGNORECASE,
)


def _is_heading_line(line: str) -> bool:
    """Whether the line is a lone "Lisätiedot" or an authority's "Puhelinnumero:" label."""
    return bool(_LABEL_LINE.match(line.strip()) or _HEADING_ONLY.match(line.strip()))


def in_official_context(text: str, start: int, end: int) -> bool:
    """True for contact details in a contact block or on a line with an official's title.

    The block is the hit's line and the lines just above it up to a blank line; a lone
    heading line ("Lisätiedot") just above that blank line opens the block too, as in the
    Ahjo layout. Prose further down the text is not covered by a heading far above it.
    """
    own = _line_around(text, start, end)
    if _OFFICIAL_TITLE.search(own) or _CONTACT_HEADINGS.search(text[:start][-80:].split("\n")[-1]):
        return True
    above = text[: text.rfind("\n", 0, start) + 1].split("\n")[:-1]
    seen = walked = 0
    while above and seen < _BLOCK_LINES:
        line = above.pop()
        if not line.strip():
            while above and not above[-1].strip():
                above.pop()
            if not above:
                return False
            listed = _CONTACT_LIST_LINE.match(own) and _CONTACT_LIST_LINE.match(above[-1])
            if listed and walked < _LIST_LINES:
                walked += 1
                continue  # a list of "Name, puh. …" lines is one contact block
            title_above = _OFFICIAL_TITLE.search(above[-1]) and len(above[-1].split()) <= 10
            return _is_heading_line(above[-1]) or bool(title_above and _CONTACT_LINE.match(own))
        if not (_CONTACT_LIST_LINE.match(own) and _CONTACT_LIST_LINE.match(line)):
            seen += 1
        if (
            _OFFICIAL_TITLE.search(line)
            or _CONTACT_HEADINGS.match(line.strip())
            or _SERVICE_WORDS.search(line)
            or (seen == 1 and _LABEL_LINE.match(line.strip()))
        ):
            return True
    return False


# --- phone numbers -------------------------------------------------------------------------

_SEP = r"[ \u00a0\-]"
_PHONE = re.compile(
    r"(?<![\w+/.,\-])(?<!\d\s)"
    r"(?:"
    rf"(?P<intl>(?:\+|00)358{_SEP}?(?:\(0\){_SEP}?)?[1-9](?:{_SEP}?\d){{5,10}})"
    rf"|(?P<nat>\(?0(?:1[03-9]|[235689]|4\d|50|7[05])\)?(?:{_SEP}?\d){{5,9}})"
    r")"
    r"(?![\w\-]|[.,]\d)"
)
_CLASS_CODE = re.compile(r"\d\d(?: \d\d){2,}")  # task classes "02 08 01 00", not numbers
_NOT_AFTER_PHONE_LABEL = "".join(f"(?<!{head})" for head in _PHONE_WORDS["phone_label_heads"])
_ID_LABEL_BEFORE = re.compile(
    rf"{_NOT_AFTER_PHONE_LABEL}({_alternatives('phone', 'identifier_labels')})\.?\s*:?\s*$", re.I
)
_BUSINESS_ID = re.compile(r"\d{7}-\d")  # Y-tunnus
_STATE_PREFIXES = ("029", "358295", "00358295")  # the state authorities' shared number range
_AFTER_AMOUNT = re.compile(rf"\s?({_alternatives('phone', 'units_after_amount')})", re.I)


def find_phones(text: str) -> list[Detection]:
    found = []
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if match["intl"]:
            national = digits[5:] if digits.startswith("00") else digits[3:]
            if not 6 <= len(national) <= 10:
                continue
        elif not 7 <= len(digits) <= 11:
            continue
        number = match.group(0)
        if _ID_LABEL_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue  # "Kaavatunnus 07053-336", "laskunumero 0401…": an identifier
        if _AFTER_AMOUNT.match(text, match.end()) or (
            _CLASS_CODE.fullmatch(number) or _BUSINESS_ID.fullmatch(number.strip("()"))
        ):
            continue
        official = (
            digits.startswith(_STATE_PREFIXES)
            or bool(_SERVICE_WORDS.search(_line_around(text, match.start(), match.end())))
            or in_official_context(text, match.start(), match.end())
        )
        found.append(
            Detection(
                Kind.PHONE,
                match.start(),
                match.end(),
                match.group(0),
                Certainty.LIKELY,
                official=official,
                note="official_contact" if official else "",
            )
        )
    return found


# --- e-mail --------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
ROLE_LOCAL_PARTS = frozenset(_EMAIL_WORDS["role_local_parts"])
PUBLIC_AUTHORITY_DOMAINS = frozenset(_EMAIL_WORDS["public_authority_domains"])
"""Courts and state authorities named in appeal instructions: their addresses are official."""


@dataclass(frozen=True)
class DetectorSettings:
    """What the workspace tells the detector about itself."""

    own_domains: frozenset[str] = field(default_factory=frozenset)
    role_local_parts: frozenset[str] = ROLE_LOCAL_PARTS


def _own_domain(domain: str, own: frozenset[str]) -> bool:
    domain = domain.lower()
    return any(domain == d or domain.endswith("." + d) for d in own)


def find_emails(text: str, settings: DetectorSettings | None = None) -> list[Detection]:
    settings = settings or DetectorSettings()
    found = []
    for match in _EMAIL.finditer(text):
        address = match.group(0).rstrip(".")
        local, _, domain = address.partition("@")
        official = (
            _own_domain(domain, settings.own_domains | PUBLIC_AUTHORITY_DOMAINS)
            or local.lower() in settings.role_local_parts
            or in_official_context(text, match.start(), match.end())
        )
        found.append(
            Detection(
                Kind.EMAIL,
                match.start(),
                match.start() + len(address),
                address,
                Certainty.LIKELY if official else Certainty.CERTAIN,
                official=official,
                note="official_contact" if official else "",
            )
        )
    return found


# --- street addresses next to a name ----------------------------------------------------------

_UPPER: str = vocabulary()["upper_letters"]
_LOWER: str = vocabulary()["lower_letters"]
_STREET_SUFFIX = _alternatives("address", "street_suffixes")
_HOUSE = (
    r"\d{1,4}(?:\s?-\s?\d{1,4})?"  # "Kalevankatu 15-17" (any dash is "-" by then)
    r"(?:\s?[A-Ha-h]\b(?:\s?\d{1,3})?)?"  # "5 A 3", "5 b 7", "5a"
    rf"(?:,?\s+{_ADDRESS_WORDS['apartment']}\s?\d{{1,4}})?"  # "5 as. 12"
)
_POSTCODE_AFTER = rf"(?:,?\s+\d{{5}}(?:\s+[{_UPPER}][{_LOWER}]+)?)"
_ADDRESS = re.compile(
    rf"\b[{_UPPER}][{_LOWER}\-]+"
    rf"(?:(?:{_STREET_SUFFIX})\s+|(?<=[{_LOWER}]{{3}}[kt])\.\s?)"  # "Rauhank. 5", "Hämeent. 5"
    rf"{_HOUSE}{_POSTCODE_AFTER}?"
)
_PLAIN_STREET = re.compile(rf"[{_UPPER}][{_LOWER}\-]{{3,}}\s+{_HOUSE}(?![\w:])")
"""A street without a street ending ("Pohjoisesplanadi 5", "Kauppatori 5"): an address
only with its postcode and town beside it or right after an address word."""
_PLAIN_STREET_POSTCODE = re.compile(
    rf"\b[{_UPPER}][{_LOWER}\-]{{3,}}\s+{_HOUSE}(?:,\s*|\s+)\d{{5}}\s+[{_UPPER}][{_LOWER}]+"
)
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_NAME_PAIR_BEFORE = re.compile(
    rf"(?P<pair>{_NAME_WORD}\s+{_NAME_WORD})"
    rf"(?P<gap>[\s,:;(–\-]{{1,4}}(?:{_alternatives('address', 'labels_after_name')})?[\s,:]*)$"
)
_NOT_NAMES = frozenset(_ADDRESS_WORDS["not_names"])


_PERSON_ROLES = frozenset(_ADDRESS_WORDS["person_roles"])


_HOME_CUE = _alternatives("address", "home_cues")
_OWN_CUE = _alternatives("address", "own_cues")
"""The address word with a possessive suffix: "his address", "your address", "our address"."""
_ADDRESS_CUE = re.compile(
    rf"(?<![\w\-])(?:(?P<home>{_HOME_CUE})|(?P<own>{_OWN_CUE})"
    rf"|(?P<label>{_ADDRESS_WORDS['label_cue']})"
    rf"|{_alternatives('address', 'address_cues')})(?![\w])",
    re.IGNORECASE,
)
_NOT_HOME_BEFORE_CUE = re.compile(
    rf"({_alternatives('address', 'not_home_owners')})\s*$", re.IGNORECASE
)
_INSTITUTION = re.compile(_alternatives("address", "institution_words"), re.IGNORECASE)
"""Words that make the address a place of a body or a property, not someone's home."""
_PERSON_IN_SENTENCE = re.compile(
    rf"\b({_alternatives('address', 'person_words')})\b", re.IGNORECASE
)
"""Who an address belongs to when the sentence says it with a word, not a name."""
_POSTCODE_TOWN = re.compile(rf"(?<![\w\-.,])\d{{5}}\s+[{_UPPER}][{_LOWER}]+(?:\s+\d)?")
_CUE_REACH = 80
_NAME_REACH = 160
_SENTENCE_END = re.compile(rf"[.!?]\s+(?=[{_UPPER}])|\n")


def _same_sentence(between: str) -> bool:
    """No line break and no full stop that ends a sentence between a cue and the address."""
    return _SENTENCE_END.search(between) is None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``start``–``end``, at most a few hundred characters of it."""
    before = text[max(0, start - 300) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    after = text[end : end + 120]
    stop = _SENTENCE_END.search(after)
    head = before[ends[-1] if ends else 0 :]
    return head + text[start:end] + after[: stop.start() if stop else None]


def _cue_before(text: str, start: int, end: int) -> bool:
    """An address word in the same sentence that makes the address someone's home.

    "kotiosoite", "asuu", "asunut" say so themselves; "osoite", "osoitteessa" only in a
    sentence about a person (a role word such as "hakija" or "naapuri") that is not about a
    property, a school, an office or a meeting room.
    """
    window_start = max(0, start - _CUE_REACH)
    for cue in _ADDRESS_CUE.finditer(text, window_start, start):
        if not _same_sentence(text[cue.end() : start]):
            continue
        if _NOT_HOME_BEFORE_CUE.search(text[max(0, cue.start() - 30) : cue.start()]):
            continue
        if cue.group("home"):
            return True
        sentence = _sentence(text, cue.start(), end)
        if _INSTITUTION.search(sentence):
            continue  # "Rakennuspaikka sijaitsee osoitteessa …": a property's address
        if cue.group("own") or cue.group("label") or _PERSON_IN_SENTENCE.search(sentence):
            return True  # "osoitteensa", "Osoite:" without a body or a property: someone's
    return False


_AFTER_CUE = re.compile(
    r"[\s:,]*(?:" + "|".join(rf"{verb}\s+" for verb in _ADDRESS_WORDS["verbs_after_cue"]) + r")?"
)
_CUE_LETTERS = tuple(_ADDRESS_WORDS["address_cue_letters"])


def _streets_after_cues(text: str) -> list[tuple[int, int]]:
    """Streets without a street ending that stand right after an address word.

    The address words are looked up with ``str.find`` first: a case-insensitive regular
    expression over every text would take as long as the rest of the detection.
    """
    found = []
    for needle in _CUE_LETTERS:
        at = text.find(needle)
        while at >= 0:
            start = at
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            cue = _ADDRESS_CUE.match(text, start)
            if cue:
                gap = _AFTER_CUE.match(text, cue.end())
                street = _PLAIN_STREET.match(text, gap.end() if gap else cue.end())
                if street:
                    found.append((street.start(), street.end()))
            at = text.find(needle, at + len(needle))
    return found


_NAME_LINE = re.compile(
    rf"\s*(?:[{_UPPER}][{_LOWER}]+\s*:\s*)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
    r"\s*[,;]?\s*"
)
_PLACE_ENDINGS = tuple(_ADDRESS_WORDS["place_endings"])
"""How the first word of a unit's or a place's name ends (a service centre, a care unit, a
meeting hall): a capitalised pair, not a person."""
_LABEL_STARTS = tuple(_ADDRESS_WORDS["label_starts"])


def _names_a_place(pair: str) -> bool:
    first = pair.split()[0].casefold() if pair.split() else ""
    return first.endswith(_PLACE_ENDINGS) or first.startswith(_LABEL_STARTS)


_ADDRESS_LINES = 2
_PARENTHESIS = re.compile(r"\s*\([^()\n]*\)\s*$")


def _is_name_line(line: str, start: int, name_spans: Iterable[tuple[int, int]]) -> bool:
    """A line that is a person's name: a marked name that ends it, or a capitalised pair.

    ``start`` is where the line begins in the text the spans index.
    """
    stripped = line.rstrip(" ,;:.")
    end = start + len(stripped)
    if any(start <= first and last == end for first, last in name_spans):
        return True
    match = _NAME_LINE.fullmatch(_PARENTHESIS.sub("", line))  # "Testi Hakija (hetu …)"
    if match is None:
        return False
    words = {word.casefold() for word in match["name"].split()}
    return not (words & _NOT_NAMES or _names_a_place(match["name"]))


def _under_a_name(text: str, start: int, name_spans: Iterable[tuple[int, int]]) -> bool:
    """The address begins one of the 1-2 lines right under a name: a letter's address block.

    "Matti Meikäläinen⏎Kotikatu 5⏎00100 Helsinki" in the parties or the Tiedoksi field; the
    line between the name and the address may only be another line of the address.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    above_end = line_start - 1
    for _ in range(_ADDRESS_LINES):
        if above_end < 0:
            return False
        above_start = text.rfind("\n", 0, above_end) + 1
        line = text[above_start:above_end]
        if _is_name_line(line, above_start, name_spans):
            return True
        if not (re.search(r"\d", line) and len(line) <= 60):
            return False
        above_end = above_start - 1
    return False


def _name_before(text: str, start: int, name_spans: Iterable[tuple[int, int]]) -> bool:
    return any(
        0 <= start - end <= _NAME_REACH and _same_sentence(text[end:start]) for _, end in name_spans
    )


def _name_pair_before(text: str, start: int) -> str:
    """The capitalised name pair just before the address (the old rule), or ""."""
    window = text[max(0, start - 60) : start]
    pair = _NAME_PAIR_BEFORE.search(window)
    if pair is None or "\n" in pair.group(0):
        return ""
    lead = window[: pair.start()].rstrip(" ")
    previous_word = lead.split()[-1].casefold().rstrip(":") if lead.split() else ""
    if lead and lead[-1] not in ":;(,\n" and previous_word not in _PERSON_ROLES:
        return ""  # "erityisasumisenkohde Helsingin Myllypuro, …": not a person's name
    if {word.casefold() for word in pair["pair"].split()} & _NOT_NAMES:
        return ""
    if _names_a_place(pair["pair"]):
        return ""  # "Kokouspaikka: Lautakuntasali Horisontti, Työpajankatu 8"
    return pair["pair"]


def find_addresses(text: str, name_spans: Iterable[tuple[int, int]] = ()) -> list[Detection]:
    """Home addresses: by a name pair, after an address word, or after a marked name."""
    spans = list(name_spans)
    streets = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    postcodes = [(m.start(), m.end()) for m in _POSTCODE_TOWN.finditer(text)]
    plain = (
        [(m.start(), m.end()) for m in _PLAIN_STREET_POSTCODE.finditer(text)] if postcodes else []
    )
    for start, end in plain + _streets_after_cues(text):
        if not any(s < end and start < e for s, e in streets):
            streets.append((start, end))
    matches = list(streets)
    for start, end in postcodes:
        if not any(s <= start < e for s, e in streets):
            matches.append((start, end))
    found = []
    for start, end in sorted(matches):
        is_street = (start, end) in streets
        pair = _name_pair_before(text, start) if is_street else ""
        if pair:
            note = f"beside_name:{pair.split()[0][0]}"
        elif _cue_before(text, start, end):
            note = "address_cue"
        elif _name_before(text, start, spans):
            note = "near_marked_name"
        elif _under_a_name(text, start, spans):
            note = "under_a_name"
        else:
            continue
        if in_official_context(text, start, end):
            continue  # a contact block's office address
        found.append(
            Detection(Kind.ADDRESS, start, end, text[start:end], Certainty.LIKELY, note=note)
        )
    return found


# --- remembered names --------------------------------------------------------------------------


def find_names(text: str, known_names: Iterable[str]) -> list[Detection]:
    """Occurrences of names the secretary has marked, each part in its inflected forms too."""
    return [
        Detection(Kind.NAME, start, end, text[start:end], Certainty.CERTAIN)
        for start, end in find_name_spans(text, known_names)
    ]


# --- everything ----------------------------------------------------------------------------------

_PRIORITY = {
    Kind.HETU: 0,
    Kind.IBAN: 1,
    Kind.EMAIL: 2,
    Kind.ADDRESS: 3,
    Kind.NAME: 4,
    Kind.PHONE: 5,
}


def _in_original(hit: Detection, norm: Normalised) -> Detection:
    start, end = norm.span(hit.start, hit.end)
    return Detection(
        hit.kind,
        start,
        end,
        norm.original[start:end],
        hit.certainty,
        official=hit.official,
        note=hit.note,
    )


def detect(
    text: str,
    settings: DetectorSettings | None = None,
    known_names: Iterable[str] = (),
) -> list[Detection]:
    """All findings in ``text``, ordered by position; a hit inside a stronger one is dropped.

    The detectors run over the normalised text; the offsets returned index ``text``.
    """
    norm = normalise_text(text)
    plain = norm.text
    names = find_names(plain, known_names)
    candidates = [
        *find_hetu(plain),
        *find_iban(plain),
        *find_emails(plain, settings),
        *find_addresses(plain, [(n.start, n.end) for n in names]),
        *names,
        *find_phones(plain),
    ]
    candidates.sort(key=lambda d: (_PRIORITY[d.kind], d.start))
    kept: list[Detection] = []
    for candidate in candidates:
        overlaps = [k for k in kept if candidate.start < k.end and k.start < candidate.end]
        weak = candidate.kind in (Kind.PHONE, Kind.NAME)
        inside = any(k.start <= candidate.start and candidate.end <= k.end for k in overlaps)
        if overlaps and (weak or inside):
            continue
        kept.append(candidate)
    kept.sort(key=lambda d: (d.start, d.end))
    if norm.text == norm.original:
        return kept
    return [_in_original(hit, norm) for hit in kept]
