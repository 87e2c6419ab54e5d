"""Refresh the Swedish and English UI translations from the Finnish source strings.

Run from the repository root after changing UI text:

    uv run python resources/translations/update_translations.py

lupdate keeps every existing translation and adds new strings as unfinished, so a
translator only has to fill in what is new; lrelease then rebuilds the .qm files that
ui.app.install_translators loads. Both the .ts and the .qm files are committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
LANGUAGES = {"sv": "sv_FI", "en": "en_GB"}
SOURCE_LANGUAGE = "fi_FI"


def find_tool(name: str) -> str:
    """The tool beside the running interpreter first: that is the project's own PySide6."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; run with `uv run` so the project's PySide6 is used")
    return found


def ui_sources() -> list[Path]:
    return sorted((REPO_ROOT / "ui").glob("*.py"))


def ts_path(language: str) -> Path:
    return HERE / f"paatospaja_{language}.ts"


def update(language: str) -> None:
    sources = [str(path.relative_to(REPO_ROOT)) for path in ui_sources()]
    subprocess.run(
        [
            find_tool("pyside6-lupdate"),
            *sources,
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            LANGUAGES[language],
            "-locations",
            "relative",
            "-ts",
            str(ts_path(language)),
        ],
        cwd=REPO_ROOT,
        check=True,
    )


def release(language: str) -> None:
    ts = ts_path(language)
    subprocess.run(
        [find_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        cwd=REPO_ROOT,
        check=True,
    )


def main() -> int:
    for language in LANGUAGES:
        update(language)
        release(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
