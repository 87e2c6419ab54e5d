"""Where the bundled resources live, in a checkout and in an installed wheel alike."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "resources", package_dir.parent / "resources"):
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("bundled resources are missing; reinstall Päätöspaja")


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
