"""Turns core errors into sentences in the user's language (Finnish first)."""

from __future__ import annotations

import os
import tomllib
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


@cache
def _catalog(language: str) -> dict[str, str]:
    with resource_path("messages", f"{language}.toml").open("rb") as handle:
        return {str(k): str(v) for k, v in tomllib.load(handle).items()}


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message(code: str, language: str | None = None, /, **params: Any) -> str:
    lang = language or default_language()
    text = _catalog(lang).get(code) or _catalog("fi").get(code) or code
    return text.format_map(_Defaulting(params))


def describe(error: PaatospajaError, language: str | None = None, /) -> str:
    return message(error.code, language, detail=error.detail, **error.params)
