"""Reading the appeal data files: the bundled one, or the workspace's own copy of it.

A municipality corrects a court's address or adds a law in its workspace's ``appeal``
folder; a file of the same name there replaces the bundled one whole, as the appeal
instructions do.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from desktop_app.errors import TemplateSyntaxError
from desktop_app.resources import resource_path

#: The data files beside the instructions; they are not instructions themselves.
DATA_FILES = frozenset({"rules.toml", "courts.toml", "laws.toml"})


def load_data(name: str, user_dir: Path | None = None) -> dict[str, Any]:
    """The parsed ``name``; a broken workspace copy is passed over for the bundled one."""
    if user_dir is not None:
        own = user_dir / name
        if own.is_file():
            try:
                return tomllib.loads(own.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                pass
    bundled = resource_path("appeal", name)
    try:
        return tomllib.loads(bundled.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise TemplateSyntaxError(str(error), path=str(bundled)) from error


def localized(table: object, language: str) -> str:
    """``{"fi": …, "sv": …}`` in ``language``, Finnish where that language is missing."""
    if isinstance(table, dict):
        return str(table.get(language) or table.get("fi") or "")
    return str(table or "")
