"""The language data files the search analysis and the personal-data detector are built from.

A typo in one of them does not fail loudly: an empty list makes an alternation that matches
nothing (or everything), a pair with one element breaks a table only when that rule is hit.
So every file is checked as a whole here, and the modules are checked to read them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.privacy import detect, marks, names
from desktop_app.resources import resource_dir, resource_path
from desktop_app.search import analysis, prefixes

DATA_FILES = (
    ("language", "fi_search.toml"),
    ("language", "sv_search.toml"),
    ("language", "query_prefixes.toml"),
    ("privacy", "vocabulary.toml"),
    ("privacy", "names.toml"),
)


def load(folder: str, name: str) -> dict[str, Any]:
    with resource_path(folder, name).open("rb") as handle:
        return tomllib.load(handle)


def values(data: Any, where: str) -> Iterator[tuple[str, Any]]:
    """Every value of a parsed file with a readable path to it, nested tables included."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from values(value, f"{where}.{key}")
    elif isinstance(data, list) and data and all(isinstance(entry, dict) for entry in data):
        for index, entry in enumerate(data):
            yield from values(entry, f"{where}[{index}]")
    else:
        yield where, data


@pytest.mark.parametrize(("folder", "name"), DATA_FILES)
def test_every_list_has_words_and_every_word_is_text(folder: str, name: str) -> None:
    data = load(folder, name)
    assert data, f"{name} is empty"
    for where, value in values(data, name):
        if isinstance(value, list):
            assert value, f"{where} is an empty list"
            for entry in value:
                if isinstance(entry, list):  # a table row: [from, to]
                    assert len(entry) == 2, f"{where}: {entry!r} is not a pair"
                    assert all(isinstance(part, str) for part in entry), where
                    assert entry[0], f"{where}: {entry!r} replaces nothing"
                else:
                    assert isinstance(entry, str) and entry.strip() == entry != "", (
                        f"{where}: {entry!r} is not a word"
                    )
        else:
            assert isinstance(value, str), f"{where}: {value!r} is not text"


@pytest.mark.parametrize(("folder", "name"), DATA_FILES)
def test_every_word_and_fragment_is_a_valid_regular_expression(folder: str, name: str) -> None:
    """Lists become alternations; a fragment that does not compile would break its pattern."""
    for where, value in values(load(folder, name), name):
        for entry in value if isinstance(value, list) else [value]:
            for text in entry if isinstance(entry, list) else [entry]:
                try:
                    re.compile(text)
                except re.error as error:
                    pytest.fail(f"{where}: {text!r} is not a regular expression ({error})")


def test_word_classes_keep_their_stem_in_the_first_group() -> None:
    for word_class in load("language", "fi_search.toml")["word_classes"]:
        assert re.compile(word_class["pattern"]).groups >= 1, word_class["name"]


def test_query_prefix_names_belong_to_one_kind_only() -> None:
    seen: dict[str, str] = {}
    for kind, aliases in load("language", "query_prefixes.toml")["filters"].items():
        assert aliases[0] == kind, f"{kind}: its own name comes first"
        for alias in aliases:
            assert alias not in seen, f"{alias!r} is both {seen[alias]} and {kind}"
            seen[alias] = kind


def test_the_data_files_ship_with_the_resources() -> None:
    """The wheel and the installer take resources/ as a whole, so these must live in it."""
    for folder, name in DATA_FILES:
        path = resource_path(folder, name)
        assert path.is_file()
        assert Path(resource_dir()) in path.resolve().parents


def test_the_modules_are_built_from_the_data() -> None:
    """What the files say is what the rules use: one word from each file reaches its rule."""
    fi = load("language", "fi_search.toml")
    assert set(fi["language_markers"]) == analysis._FINNISH_MARKERS
    assert set(load("language", "sv_search.toml")["language_markers"]) == analysis._SWEDISH_MARKERS
    assert "|".join(fi["monosyllable"]["long_vowels"]) in analysis._MONOSYLLABLE.pattern
    vocabulary = load("privacy", "vocabulary.toml")
    assert frozenset(vocabulary["email"]["role_local_parts"]) == detect.ROLE_LOCAL_PARTS
    assert detect._OFFICIAL_TITLE.search("rakennustarkastaja")
    assert marks.is_organisation("Asunto Oy Esimerkki")
    assert frozenset(load("privacy", "names.toml")["common_words"]["words"]) == names.COMMON_WORDS
    assert prefixes.split_prefixes("kaava pvm:2024")[1].date_from is not None
