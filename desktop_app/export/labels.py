"""Document wording per language, kept as data in ``resources/house_style/labels.toml``."""

from __future__ import annotations

import tomllib
from functools import cache

from desktop_app.resources import resource_path


@cache
def _all() -> dict[str, dict[str, str]]:
    with resource_path("house_style", "labels.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {lang: {str(k): str(v) for k, v in table.items()} for lang, table in data.items()}


def labels(language: str) -> dict[str, str]:
    """The wording for ``language``; Finnish fills whatever a language lacks."""
    tables = _all()
    return tables["fi"] | tables.get(language, {})


def language_tag(language: str) -> str:
    return {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}.get(language, "fi-FI")
