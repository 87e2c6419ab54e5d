"""A folder source: new, changed and removed files; removals wait for confirmation."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from desktop_app.sources.secret_store import MemorySecrets
from desktop_app.sources.sync import SyncInputs, confirm_removals, run
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace
from tests.sync_support import add_source, archive, from_source, sync


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_new_changed_and_removed_files(workspace: Workspace, tmp_path: Path) -> None:
    share = tmp_path / "paatokset"
    _write(share, "kh/2024-01.txt", "Kunnanhallitus 12.1.2024\nTonttien hinnat vahvistettiin.")
    _write(share, "kh/2024-02.txt", "Kunnanhallitus 9.2.2024\nKoulukuljetukset kilpailutetaan.")
    _write(share, "ltk/2024-01.html", "<h1>Lautakunta</h1><p>Avustukset myönnettiin.</p>")
    _write(share, "~$lukko.docx", "Wordin lukkotiedosto ei ole asiakirja")
    db = workspace.database_path
    sources = add_source(db, "arkisto", "folder", str(share))

    first = sync(db).sources[0]

    assert first.ok, first.error
    assert sorted(first.new) == [
        "arkisto:kh/2024-01.txt",
        "arkisto:kh/2024-02.txt",
        "arkisto:ltk/2024-01.html",
    ]
    kept = from_source(db, "arkisto")
    assert kept["arkisto:kh/2024-01.txt"][1].startswith("file://")

    # nothing changed: no file is read again, nothing is written
    before = archive(db)
    assert sync(db).sources[0].unchanged == 3
    assert archive(db) == before

    changed = _write(share, "kh/2024-02.txt", "Kunnanhallitus 9.2.2024\nKuljetukset jatkuvat.")
    os.utime(changed, ns=(1, 1))  # a different mtime also on coarse clocks
    touched = share / "kh/2024-01.txt"
    os.utime(touched, ns=(2, 2))  # touched only: read again, but not rewritten
    _write(share, "kh/2024-03.txt", "Kunnanhallitus 8.3.2024\nUusi päätös.")
    (share / "ltk/2024-01.html").unlink()

    second = sync(db).sources[0]

    assert second.new == ["arkisto:kh/2024-03.txt"]
    assert second.changed == ["arkisto:kh/2024-02.txt"]
    assert second.pending_removals == ["arkisto:ltk/2024-01.html"]
    assert "arkisto:ltk/2024-01.html" in from_source(db, "arkisto")  # not silently removed
    assert [p.remote_id for p in sources.pending("arkisto")] == ["ltk/2024-01.html"]

    removed = confirm_removals(db, "arkisto")

    assert removed == ["arkisto:ltk/2024-01.html"]
    assert set(from_source(db, "arkisto")) == {
        "arkisto:kh/2024-01.txt",
        "arkisto:kh/2024-02.txt",
        "arkisto:kh/2024-03.txt",
    }
    assert sources.pending() == []


def test_a_missing_share_fails_without_proposing_removals(
    workspace: Workspace, tmp_path: Path
) -> None:
    share = tmp_path / "verkkolevy"
    _write(share, "a.txt", "Kunnanhallitus 1.2.2024\nPäätös A.")
    db = workspace.database_path
    sources = add_source(db, "levy", "folder", str(share), MemorySecrets())
    assert sync(db).sources[0].ok
    before = archive(db)
    shutil.rmtree(share)  # the share is not mounted

    entry = sync(db).sources[0]

    assert entry.error_code == "sync.folder_missing"
    assert "Mikään arkistossa jo ollut ei kadonnut" in entry.error
    assert entry.pending_removals == [] and sources.pending() == []
    assert archive(db) == before


def test_an_unreadable_file_is_reported_and_kept(workspace: Workspace, tmp_path: Path) -> None:
    share = tmp_path / "kansio"
    _write(share, "a.txt", "Kunnanhallitus 1.2.2024\nPäätös A.")
    db = workspace.database_path
    add_source(db, "kansio", "folder", str(share))
    sync(db)
    (share / "a.txt").write_bytes(b"")  # emptied: cannot be read any more

    entry = sync(db).sources[0]

    assert [failure.remote_id for failure in entry.failed] == ["a.txt"]
    assert entry.pending_removals == []  # still there, so never proposed for removal
    assert "kansio:a.txt" in from_source(db, "kansio")


def test_cancel_keeps_what_arrived_and_the_next_sync_completes(
    workspace: Workspace, tmp_path: Path
) -> None:
    share = tmp_path / "kansio"
    for number in range(6):
        _write(share, f"{number}.txt", f"Kunnanhallitus 1.2.2024\nPäätös numero {number}.")
    db = workspace.database_path
    add_source(db, "kansio", "folder", str(share))
    state = TaskState(lambda done, total, message: state.cancel() if done == 3 else None)

    report = run(SyncInputs(db, secrets=MemorySecrets()), state)

    assert report.cancelled and report.sources[0].cancelled
    kept = len(from_source(db, "kansio"))
    assert 3 <= kept < 6  # the files read before the cancel are kept
    entry = sync(db).sources[0]
    assert entry.ok and len(entry.new) == 6 - kept and entry.unchanged == kept
    assert len(from_source(db, "kansio")) == 6
