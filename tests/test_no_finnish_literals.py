"""No wording in the code: every sentence the user reads comes from a catalog.

The core and the command line produce codes and parameters; the wording lives in
``resources/messages/*.toml`` (core and command line), in Qt's .ts files (the window: the
source texts of ``tr()``) and in the document-content data files under ``resources/``. A
Finnish (or Swedish) string literal in a .py file is wording that the Swedish and English
user would see in Finnish, so this test reads every module's string constants with ``ast``
and fails on those that look like Finnish wording.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ROOTS = ("desktop_app", "ui")

# Explicit exceptions: (file, reason, the literals allowed there or None for the whole file).
ALLOWED: dict[str, tuple[str, frozenset[str] | None]] = {
    # Codes, not wording: the certainty and the mark kind are stored in privacy_marks and
    # name their catalog keys (privacy.certainty.todennäköinen); renaming needs a migration.
    "desktop_app/privacy/detect.py": ("a stored certainty code", frozenset({"todennäköinen"})),
    "desktop_app/privacy/marks.py": ("a stored mark kind code", frozenset({"henkilötieto"})),
    # Codes, not wording: stored in meeting_participants.role and used as the house style's
    # label keys (role_jäsen); renaming them needs a data migration. Their wording is in
    # labels.toml and in the window's .ts files.
    "desktop_app/meetings/model.py": (
        "stored ParticipantRole codes",
        frozenset({"jäsen", "varajäsen", "esittelijä"}),
    ),
    # Stored data, not wording: what overrides held before schema 14, which the migration
    # turns into codes. Old databases hold these very words, whatever the catalog says now.
    "desktop_app/storage/migrations.py": (
        "the place words old databases hold",
        frozenset(
            {
                "Kokouksen tiedot: Alkamisaika",
                "Kokouksen tiedot: Pöytäkirjantarkastajat",
                "Kokouksen tiedot: Tarkastettu",
                "Kokouksen tiedot: Yleisesti nähtävänä alkaen",
                "Kunnan tiedot: Hallinto-oikeus",
            }
        ),
    ),
    # A character set (the letters and signs a Nordic text in Windows-1252 really has, used
    # to tell such a file from garbage), not wording.
    "desktop_app/importing/extract.py": (
        "the character set of Nordic text in legacy encodings",
        frozenset({"äöåÄÖÅéÉèüÜáàíóúñçß§€–—‘’‚“”„…•·°½¼¾×´«»\xa0"}),
    ),
}

# The product's name is a name in every language.
PROPER_NAMES = ("Päätöspaja",)
NORDIC_LETTERS = re.compile("[äöåÄÖÅ]")
# Words that are wording wherever they stand, even alone: never an identifier in this code.
ALWAYS_WORDING = frozenset({"klo", "kello", "ja", "tai", "sekä", "eikä", "ynnä"})
# Common Finnish function words and words of the domain without ä/ö. Checked in literals
# shaped like wording (several words, or a capitalised word); a lower-case single word is
# an identifier or a stored code ("valmis", "luonnos") and is left alone. Words that are
# also English ("on", "asia", "vain") are left out so that SQL and English log lines pass.
# fmt: off
FINNISH_WORDS = frozenset({
    "ei", "ole", "oli", "ovat", "kun", "jos", "etta", "mutta", "joka", "jonka", "jota", "niin",
    "kuin", "eli", "myos", "seka", "tallennettu", "tallenna", "tallennetaan", "tallennettiin",
    "tallentaa", "tallennus", "valmis", "valmiina", "virhe", "virheellinen", "virheen", "tiedosto",
    "tiedoston", "tiedostoa", "tiedostot", "kansio", "kansion", "kansiota", "puuttuu", "puuttuvat",
    "puuttui", "hakemisto", "hakemistoa", "hakemiston", "haku", "hakusanat", "tuonti", "tuodaan",
    "tuotu", "tuo", "vie", "viety", "vienti", "poista", "poistettu", "poistettiin", "pohja",
    "pohjaa", "pohjan", "pohjat", "kunta", "kunnan", "kunnanhallitus", "valtuusto", "lautakunta",
    "liite", "liitteet", "liitteen", "esityslista", "esityslistan", "kohta", "kohdan", "kohtaa",
    "numero", "vuosi", "nimi", "otsikko", "selostus", "perustelut", "ehdotus", "kokous",
    "kokouksen", "kokoukseen", "kokousta", "asiaa", "asian", "asiat", "keskeytetty",
    "keskeytettiin", "odotetaan", "uudelleen", "hetken", "kuluttua", "tarkista", "tarkistettu",
    "tarkastettu", "julkaise", "julkaistu", "julkaisu", "julkaisuversio", "versio", "muutettu",
    "muutos", "toisaalla", "osumia", "tulos", "tulokset", "tiedot", "tietoa", "ohje", "tuntematon",
    "arvo", "arvoa", "sallittu", "liian", "pieni", "suuri", "uusi", "uusia", "kaikki", "ilman",
    "kanssa", "mukaan", "alkaen", "saakka", "tyhja", "tyhjaa", "jaa", "hylattiin", "hyvaksyttiin",
    "esittelija", "sihteeri", "puheenjohtaja", "toimielin", "toimielimen",
    "viranhaltija", "valitus", "oikaisuvaatimus", "muutoksenhaku",
})
# fmt: on
# Regular expressions: their character classes ([A-ZÅÄÖ]) are sets of letters, not words.
_REGEX_SIGNS = re.compile(r"\\[sdbwSDBW]|\(\?|\[\^|\\\.")
_CHARACTER_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_.:/-]*")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Literal:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text[:80]!r}"


def looks_finnish(text: str) -> bool:
    """True for a string constant that reads as Finnish (or Swedish) wording."""
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    if _REGEX_SIGNS.search(text):
        text = _CHARACTER_CLASS.sub(" ", text)
    if NORDIC_LETTERS.search(text):
        return True
    words = [word.casefold() for word in _WORD.findall(text)]
    if any(word in ALWAYS_WORDING for word in words):
        return True
    stripped = text.strip()
    if not words or _IDENTIFIER.fullmatch(stripped):
        return False  # an identifier, a code, a key: "valmis", "privacy.kind.nimi"
    shaped_like_wording = len(words) > 1 or stripped[:1].isupper() or stripped != text
    return shaped_like_wording and any(word in FINNISH_WORDS for word in words)


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                found.add(id(first.value))
    return found


def _translation_sources(tree: ast.AST) -> set[int]:
    """The arguments of tr()/QCoreApplication.translate: the Qt catalog's source texts."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if name in ("tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"):
            for argument in node.args:
                found.update(id(inner) for inner in ast.walk(argument))
    return found


def finnish_literals(source: str, path: str) -> list[Literal]:
    tree = ast.parse(source, filename=path)
    skipped = _docstrings(tree)
    if path.startswith("ui/"):
        skipped |= _translation_sources(tree)
    return [
        Literal(path, node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skipped
        and looks_finnish(node.value)
    ]


def _modules() -> list[Path]:
    return sorted(path for root in ROOTS for path in (REPO / root).rglob("*.py"))


def test_no_finnish_wording_in_the_code() -> None:
    found: list[Literal] = []
    for path in _modules():
        relative = path.relative_to(REPO).as_posix()
        reason, literals = ALLOWED.get(relative, ("", frozenset()))
        if reason and literals is None:
            continue
        for literal in finnish_literals(path.read_text(encoding="utf-8"), relative):
            if literals is None or literal.text not in literals:
                found.append(literal)
    assert not found, "Finnish wording in the code; move it to a catalog:\n" + "\n".join(
        str(literal) for literal in found
    )


def test_the_allowed_exceptions_still_exist_and_are_needed() -> None:
    """An exception that no longer matches anything is removed, so the list stays short."""
    for relative, (_reason, literals) in ALLOWED.items():
        path = REPO / relative
        assert path.is_file(), relative
        if literals is not None:
            texts = {lit.text for lit in finnish_literals(path.read_text("utf-8"), relative)}
            assert literals <= texts, (relative, literals - texts)


@pytest.mark.parametrize(
    "text",
    [
        "Tallennettu",
        "Päätös tehty",
        "klo",
        " ja ",
        "Ei osumia.",
        "Hakemisto ajan tasalla",
        "{person} saapui kokoukseen{time}.",
        "Uusi työtila luotiin: ",
        "Ärendet bordlades.",
        r"^\s*(esittelijä|föredragande)\s*:",
        r"(?:klo|kl\.?|kello)",
    ],
)
def test_wording_is_caught(text: str) -> None:
    assert looks_finnish(text)


@pytest.mark.parametrize(
    "text",
    [
        "valmis",  # a stored code
        "privacy.kind.nimi",
        "cli.field.checkers",
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
        r"^\s*[A-ZÅÄÖ][\wåäö-]+( [A-ZÅÄÖ][\wåäö-]+){1,3}\s*$",  # a name's shape
        "Päätöspaja",
        "bundled resources are missing; reinstall Päätöspaja",
        "the workspace is on a network drive",
        "KH-3-2026",
    ],
)
def test_code_is_not_taken_for_wording(text: str) -> None:
    assert not looks_finnish(text)


def test_a_finnish_print_in_a_core_module_fails(tmp_path: Path) -> None:
    source = '"""A module."""\n\n\ndef save() -> None:\n    print("Tallennettu")\n'
    (found,) = finnish_literals(source, "desktop_app/storage/items.py")
    assert (found.line, found.text) == (5, "Tallennettu")
    # a docstring saying the same is documentation, and tr() in the window is the Qt catalog
    assert not finnish_literals('"""Tallennettu."""\n', "desktop_app/x.py")
    assert not finnish_literals('label = self.tr("Tallennettu")\n', "ui/x.py")
    assert finnish_literals('label = self.tr("Tallennettu")\n', "desktop_app/x.py")
