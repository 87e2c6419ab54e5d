"""The sample decisions: marked as samples, gone with the first real import, and the demo."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.first_start import welcome_needed
from desktop_app.importing.importer import ImportInputs
from desktop_app.importing.importer import run as run_import
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.paths import default_workspace
from desktop_app.samples import (
    demo_workspace_dir,
    has_samples,
    prepare_demo_workspace,
    remove_samples,
    window_command,
)
from desktop_app.search.service import SearchService
from desktop_app.seed import SAMPLE_SOURCE, sample_decisions, sample_ids
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace

REAL = [
    {
        "id": "kh-2025-17",
        "title": "Vesihuoltolaitoksen taksan tarkistaminen",
        "text": "Kunnanhallitus päätti tarkistaa vesihuoltolaitoksen perusmaksut.",
        "date": "2025-02-03",
        "body_org": "Kunnanhallitus",
    },
    {
        "id": "kh-2025-18",
        "title": "Kirjastoauton hankinta",
        "text": "Kunnanhallitus päätti hankkia uuden kirjastoauton yhteishankintana.",
        "date": "2025-02-03",
        "body_org": "Kunnanhallitus",
    },
]


def write_real(folder: Path) -> Path:
    target = folder / "paatokset.jsonl"
    target.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in REAL), encoding="utf-8"
    )
    return target


def sample_hits(service: SearchService) -> set[str]:
    """Every sample's own title searched for: which samples the index still finds."""
    found: set[str] = set()
    for record in sample_decisions():
        found.update(
            h.source_id
            for h in service.search(record.title, limit=50, snippets=False).hits
            if h.source_id.startswith("esim-")
        )
    return found


def test_seeded_samples_are_marked(workspace: Workspace) -> None:
    bundled = [r.source_id for r in sample_decisions()]
    assert len(bundled) == 41
    assert sorted(sample_ids(workspace.db)) == sorted(bundled)
    sources = {row[0] for row in workspace.db.execute("SELECT source FROM decisions")}
    assert sources == {SAMPLE_SOURCE}


def test_an_older_workspace_recognises_its_unmarked_samples(workspace: Workspace) -> None:
    workspace.db.execute("UPDATE decisions SET source = ''")  # seeded before the marking
    workspace.db.execute(
        "INSERT INTO decisions (source_id, title, text, source, imported)"
        " VALUES ('real-1', 'Oikea', 'x', '', 'y'), ('esim-oma', 'Oma', 'x', 'arkisto', 'y')"
    )
    found = sample_ids(workspace.db)
    assert len(found) == 41
    assert "real-1" not in found and "esim-oma" not in found  # a real source is real


def test_real_import_removes_samples_from_archive_and_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ws"
    workspace = Workspace.open(folder)
    with SearchService(workspace.index_dir, workspace.database_path) as service:
        service.ensure_index()
        assert len(sample_hits(service)) == 41  # the samples are searchable before
    workspace.close()

    assert main(["import", str(write_real(tmp_path)), "--workspace", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Esimerkkipäätökset poistettiin: 41" in out

    workspace = Workspace.open(folder)
    try:
        assert sample_ids(workspace.db) == []
        assert workspace.decisions.count() == 2
        with SearchService(workspace.index_dir, workspace.database_path) as service:
            service.ensure_index()  # opens the index the import updated; rebuilds nothing
            assert sample_hits(service) == set()
            hits = service.search("kirjastoauto").hits
            assert [h.source_id for h in hits] == ["kh-2025-18"]
    finally:
        workspace.close()
    # the next import finds no samples and says nothing about them
    assert main(["import", str(write_real(tmp_path)), "--workspace", str(folder)]) == 0
    assert "Esimerkki" not in capsys.readouterr().out


def test_an_import_that_brings_nothing_keeps_the_samples(
    workspace: Workspace, tmp_path: Path
) -> None:
    report = run_import(
        ImportInputs([tmp_path / "puuttuu.jsonl"], workspace.database_path), TaskState()
    )
    assert report.failed and report.samples_removed == []
    assert len(sample_ids(workspace.db)) == 41


def test_a_cancelled_import_keeps_the_samples(workspace: Workspace, tmp_path: Path) -> None:
    states: list[TaskState] = []
    state = TaskState(lambda done, total, text: states[0].cancel())
    states.append(state)
    folder = tmp_path / "kansio"
    folder.mkdir()
    for n in range(3):
        (folder / f"p{n}.txt").write_text(f"Päätös numero {n}", encoding="utf-8")
    report = run_import(ImportInputs([folder], workspace.database_path), state)
    assert report.cancelled and report.samples_removed == []
    assert len(sample_ids(workspace.db)) == 41


def test_a_real_file_with_a_sample_id_is_kept(workspace: Workspace, tmp_path: Path) -> None:
    own = tmp_path / "oma.jsonl"
    own.write_text(
        json.dumps({"id": "esim-tela-2024-88", "title": "Oma versio", "text": "Oma teksti"}) + "\n",
        encoding="utf-8",
    )
    report = run_import(ImportInputs([own], workspace.database_path), TaskState())
    assert len(report.samples_removed) == 40
    assert "esim-tela-2024-88" in report.changed_ids
    kept = workspace.decisions.get("esim-tela-2024-88")
    assert kept is not None and kept.title == "Oma versio"


def test_samples_remove_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path / "ws")
    assert main(["samples", "remove", "--workspace", folder]) == 0
    assert "Esimerkkipäätökset poistettiin: 41" in capsys.readouterr().out
    monkeypatch.setenv("PAATOSPAJA_LANG", "sv")
    assert main(["samples", "remove", "--workspace", folder]) == 0
    assert "Arbetsytan har inga exempelbeslut" in capsys.readouterr().out
    workspace = Workspace.open(folder)
    try:
        assert workspace.decisions.count() == 0
        with SearchService(workspace.index_dir, workspace.database_path) as service:
            service.ensure_index()
            assert sample_hits(service) == set()
    finally:
        workspace.close()


def test_remove_samples_updates_an_index_already_built(workspace: Workspace) -> None:
    with SearchService(workspace.index_dir, workspace.database_path) as service:
        service.ensure_index()
        assert has_samples(workspace)
        assert len(remove_samples(workspace, service)) == 41
        assert sample_hits(service) == set()
        assert not has_samples(workspace)
        assert remove_samples(workspace, service) == []


def test_demo_workspace_beside_the_default_one() -> None:
    folder = prepare_demo_workspace()
    assert folder == demo_workspace_dir()
    assert folder.parent == default_workspace().parent and folder != default_workspace()
    prepare_demo_workspace()  # a second opening adds no second meeting
    workspace = Workspace.open(folder)
    try:
        assert len(sample_ids(workspace.db)) == 41
        meetings = MeetingRepository(workspace.db).all()
        assert len(meetings) == 1
        assert not welcome_needed(workspace.db)
    finally:
        workspace.close()


def test_window_command_opens_the_given_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "demo"
    program, arguments = window_command(folder)
    assert program == sys.executable and arguments[-2:] == ["--workspace", str(folder)]
    # the same arguments with a command after them run that command on the workspace
    done = subprocess.run(
        [program, *arguments, "info", "--json"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["workspace"] == str(folder)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert window_command(folder) == (sys.executable, ["--workspace", str(folder)])
