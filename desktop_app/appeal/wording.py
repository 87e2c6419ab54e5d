"""The appeal instruction's small words per language, kept as data.

The words around a court's address and the way a body is named with its municipality are
document text; they live in ``resources/house_style/appeal_wording.toml``.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from desktop_app.resources import resource_path


@cache
def _all() -> dict[str, dict[str, Any]]:
    with resource_path("house_style", "appeal_wording.toml").open("rb") as handle:
        return tomllib.load(handle)


def appeal_wording(language: str) -> dict[str, Any]:
    """The wording for ``language``; Finnish fills whatever a language lacks."""
    tables = _all()
    return tables["fi"] | tables.get(language, {})
