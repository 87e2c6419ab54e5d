"""Shared test set-up: offscreen Qt, isolated folders, the real corpus location."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.workspace import Workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PAATOSPAJA_LANG"] = "fi"

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO_ROOT.parent / "shared" / "corpus"
CORPUS_FILE = CORPUS_DIR / "decisions-fi.jsonl"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by what they need, so a plain clone of the repository still passes.

    Tests that use qtbot get the ``gui`` marker, so ``-m "not gui"`` is the fast loop. Tests
    that use ``corpus_path`` (directly or through another fixture) get the ``corpus`` marker;
    the real decisions live beside the repository, not in it, so without them those tests
    are skipped with the missing path as the reason instead of failing.
    """
    missing_corpus = (
        None
        if CORPUS_FILE.is_file()
        else pytest.mark.skip(
            reason=f"needs the real decisions in ../shared/corpus: {CORPUS_FILE} is missing"
        )
    )
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures:
            item.add_marker(pytest.mark.gui)
        if "corpus_path" in fixtures:
            item.add_marker(pytest.mark.corpus)
        if missing_corpus is not None and item.get_closest_marker("corpus") is not None:
            item.add_marker(missing_corpus)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test touches the real user folders or the developer's keyring."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("PAATOSPAJA_HOME", raising=False)
    yield


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def workspace(workspace_dir: Path) -> Iterator[Workspace]:
    """A new workspace (seeded as on a first start) in the test's folder, closed afterwards."""
    opened = Workspace.open(workspace_dir)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    """The real decisions; a test that asks for them is marked ``corpus`` and skipped without."""
    return CORPUS_FILE
