"""Import and index as one task: what it imported is searchable, by the cheaper of two ways."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.importing.importer import JSONL_BATCH, ImportInputs
from desktop_app.importing.indexed import import_and_index, rebuild_pays
from desktop_app.messages import message
from desktop_app.search.service import INTERACTIVE_WRITER_MB, SearchService
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace


def write_decisions(path: Path, prefix: str, count: int, word: str) -> Path:
    """``count`` small decisions, all of which mention ``word``."""
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            decision = {
                "id": f"{prefix}-{number}",
                "title": f"Avustus yhdistykselle {number}",
                "text": f"Kunnanhallitus myöntää {word}avustuksen yhdistykselle {number}.",
                "date": "2025-03-04",
                "body_org": "Kunnanhallitus",
            }
            handle.write(json.dumps(decision, ensure_ascii=False) + "\n")
    return path


def found(service: SearchService, word: str) -> set[str]:
    return {hit.source_id for hit in service.search(word, limit=10_000, snippets=False).hits}


@pytest.fixture
def service(workspace: Workspace) -> Iterator[SearchService]:
    """The window's kind of service: opened with a checked index, small writer runs."""
    opened = SearchService.open(
        workspace.index_dir,
        workspace.database_path,
        check_in_background=False,
        writer_mb=INTERACTIVE_WRITER_MB,
    )
    yield opened
    opened.close()


def test_rebuild_pays_only_when_most_of_the_index_changes() -> None:
    assert rebuild_pays(2157, 2157)
    assert rebuild_pays(500, 1000)
    assert not rebuild_pays(499, 1000)
    assert not rebuild_pays(3, 20_000)
    assert not rebuild_pays(0, 0)


def test_a_first_big_import_builds_a_new_index_generation(
    workspace: Workspace, service: SearchService, tmp_path: Path
) -> None:
    before = service.store.current_dir()
    jsonl = write_decisions(tmp_path / "uudet.jsonl", "uusi", 40, "kulttuuri")
    state = TaskState()
    report = import_and_index(ImportInputs([jsonl], workspace.database_path), service, state)
    assert len(report.imported) == 40
    assert service.store.current_dir() != before
    assert found(service, "kulttuuriavustus") == {f"uusi-{n}" for n in range(40)}


def test_a_few_decisions_into_a_big_index_are_added_in_place(
    workspace: Workspace, service: SearchService, tmp_path: Path
) -> None:
    inputs = ImportInputs(
        [write_decisions(tmp_path / "vanhat.jsonl", "vanha", 60, "liikunta")],
        workspace.database_path,
    )
    import_and_index(inputs, service, TaskState())
    generation = service.store.current_dir()
    more = write_decisions(tmp_path / "lisaa.jsonl", "lisa", 5, "nuoriso")
    report = import_and_index(ImportInputs([more], workspace.database_path), service, TaskState())
    assert len(report.imported) == 5
    assert service.store.current_dir() == generation
    assert found(service, "nuorisoavustus") == {f"lisa-{n}" for n in range(5)}
    assert found(service, "liikuntaavustus") == {f"vanha-{n}" for n in range(60)}


def test_the_command_line_service_gets_its_index_built_first(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A service not yet opened (as the command line makes it) ends with a checked index."""
    jsonl = write_decisions(tmp_path / "uudet.jsonl", "uusi", 3, "kulttuuri")
    with SearchService(workspace.index_dir, workspace.database_path) as fresh:
        import_and_index(ImportInputs([jsonl], workspace.database_path), fresh, TaskState())
        assert found(fresh, "kulttuuriavustus") == {"uusi-0", "uusi-1", "uusi-2"}


def test_a_cancelled_import_keeps_what_came_in_and_the_index_catches_up(
    workspace: Workspace, service: SearchService, tmp_path: Path
) -> None:
    messages: list[str] = []

    def cancel_after_first_batch(_done: int, _total: int, message: str) -> None:
        messages.append(message)
        state.cancel()

    state = TaskState(cancel_after_first_batch)
    total = JSONL_BATCH * 3 + 10
    jsonl = write_decisions(tmp_path / "paljon.jsonl", "iso", total, "kulttuuri")
    report = import_and_index(ImportInputs([jsonl], workspace.database_path), service, state)
    assert report.cancelled
    assert JSONL_BATCH <= len(report.imported) < total
    assert service.wait_ready(timeout=120)
    assert found(service, "kulttuuriavustus") == set(report.imported)
    assert not any("hakemisto" in m.lower() for m in messages)  # no index step was reported


def test_cancelled_while_indexing_the_decisions_stay_and_become_searchable(
    workspace: Workspace, service: SearchService, tmp_path: Path
) -> None:
    indexing = message("import.indexing")

    def cancel_when_indexing(_done: int, _total: int, text: str) -> None:
        if text == indexing:
            state.cancel()

    state = TaskState(cancel_when_indexing)
    jsonl = write_decisions(tmp_path / "uudet.jsonl", "uusi", 250, "kulttuuri")
    report = import_and_index(ImportInputs([jsonl], workspace.database_path), service, state)
    assert report.cancelled
    assert len(report.imported) == 250
    assert service.wait_ready(timeout=120)
    assert found(service, "kulttuuriavustus") == {f"uusi-{n}" for n in range(250)}
