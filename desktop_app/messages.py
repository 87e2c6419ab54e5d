"""Turns core errors into sentences in the user's language (Finnish first)."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desktop_app.errors import PaatospajaError
from desktop_app.resources import resource_path

LANGUAGES = ("fi", "sv", "en")


def default_language() -> str:
    """The language chosen with ``--lang`` or PAATOSPAJA_LANG; Finnish otherwise.

    The system locale is not consulted: a Finnish municipality's workstation often runs an
    English Windows, and the documents and the UI must still speak Finnish unless asked.
    """
    code = os.environ.get("PAATOSPAJA_LANG", "")[:2].lower()
    return code if code in LANGUAGES else "fi"


def language_from_arguments(argv: Sequence[str]) -> str | None:
    """The ``--lang`` given anywhere on a command line, so that help texts follow it too.

    Argparse builds its help before it parses, so the language has to be known first.
    """
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        name, equals, value = argument.partition("=")
        if name != "--lang":
            continue
        if not equals:
            value = argv[index + 1] if index + 1 < len(argv) else ""
        return value if value in LANGUAGES else None
    return None


@dataclass(frozen=True)
class Text:
    """A catalog sentence not yet put into words: rendered in the language it is shown in.

    An error's parameter (the reason a record or a style sheet was refused) is given as a
    ``Text``, so the same error reads right in the window's and the command line's language.
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, language: str | None = None) -> str:
        return message(self.code, language, **self.params)

    def __str__(self) -> str:
        return self.render()


def text(code: str, /, **params: Any) -> Text:
    return Text(code, params)


@cache
def _catalog(language: str) -> dict[str, str]:
    with resource_path("messages", f"{language}.toml").open("rb") as handle:
        return {str(k): str(v) for k, v in tomllib.load(handle).items()}


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message(code: str, language: str | None = None, /, **params: Any) -> str:
    lang = language or default_language()
    wording = _catalog(lang).get(code) or _catalog("fi").get(code) or code
    shown = {k: v.render(lang) if isinstance(v, Text) else v for k, v in params.items()}
    return wording.format_map(_Defaulting(shown))


def has_message(code: str) -> bool:
    return code in _catalog("fi")


def describe(error: PaatospajaError, language: str | None = None, /) -> str:
    """The error's sentence; a ``detail`` that is a catalog code is put into words as well.

    The core names a reason by its code ("template.reason.too_large"), never in Finnish, so
    the reason reads in the same language as the sentence around it.
    """
    lang = language or default_language()
    return message(error.code, lang, detail=detail_text(error, lang), **error.params)


def detail_text(error: PaatospajaError, language: str | None = None, /) -> str:
    """The error's detail: a catalog code in words, anything else (a system message) as is."""
    if has_message(error.detail):
        return message(error.detail, language, **error.params)
    return error.detail
