"""Two processes on one workspace's index: a command-line import or reindex while another runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh.util.filelock import FileLock

from desktop_app.cli import main
from desktop_app.messages import message
from desktop_app.search.service import SearchService
from desktop_app.search.store import WRITE_LOCK_NAME
from desktop_app.workspace import Workspace


@pytest.mark.slow
def test_two_reindex_commands_at_once_both_finish(tmp_path: Path, corpus_path: Path) -> None:
    """Both commands wait for the index at once; each builds in turn, one generation stays.

    The index folder is held here until both commands say they are waiting, so they surely
    overlap whatever the machine's speed, and a hundred decisions are enough to build.
    """
    lines = corpus_path.read_text(encoding="utf-8").splitlines()
    subset = tmp_path / "subset.jsonl"
    chosen = [line for line in lines if "kiinteistöveroprosentti" in line][:20] + lines[:100]
    subset.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    assert main(["import", str(subset), "--workspace", str(workspace)]) == 0
    command = [sys.executable, "-m", "ui.launcher", "reindex", "--workspace", str(workspace)]
    waiting = message("search.progress.waiting")
    held = FileLock(str(workspace / "index" / WRITE_LOCK_NAME))
    assert held.acquire(blocking=False)
    try:
        runs = [
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        told = [_read_until(run, waiting) for run in runs]
    finally:
        held.release()
    outcomes = [run.communicate(timeout=240) for run in runs]
    for run, before, (out, err) in zip(runs, told, outcomes, strict=True):
        assert run.returncode == 0, before + err
        assert waiting in before, before + err
        assert "Traceback" not in before + err
        assert "Hakemistossa" in out
    opened = Workspace.open(workspace)
    try:
        with SearchService(opened.index_dir, opened.database_path) as service:
            service.ensure_index()
            hits = service.search("kiinteistöveroprosentti", limit=5).hits
    finally:
        opened.close()
    assert hits
    generations = [p.name for p in (workspace / "index").iterdir() if p.name.startswith("gen-")]
    assert len(generations) == 1, generations


def _read_until(run: subprocess.Popen[str], wanted: str) -> str:
    """The process's stderr up to the line containing ``wanted`` (or all of it, if it ended).

    Read a byte at a time from the pipe itself, so nothing after that line sits in a buffer
    that ``communicate`` would not see.
    """
    assert run.stderr is not None
    seen = bytearray()
    while not seen.endswith(b"\n") or wanted.encode() not in seen.splitlines()[-1]:
        byte = os.read(run.stderr.fileno(), 1)
        if not byte:
            break
        seen += byte
    return seen.decode()


def test_a_decision_indexed_by_another_process_is_not_added_twice(
    tmp_path: Path, corpus_path: Path
) -> None:
    import itertools
    import json as json_lines

    from desktop_app.seed import record_from_json
    from desktop_app.storage.database import connect
    from desktop_app.storage.decisions import DecisionRepository

    db_path = tmp_path / "db.sqlite3"
    with corpus_path.open(encoding="utf-8") as handle:
        records = [
            record_from_json(json_lines.loads(line)) for line in itertools.islice(handle, 50)
        ]
    connection = connect(db_path)
    DecisionRepository(connection).upsert_many(records)
    index_dir = tmp_path / "index"
    window = SearchService.open(index_dir, db_path, check_in_background=False)
    try:
        new = record_from_json({"id": "uusi", "title": "Zorblaxin koulun muistio", "text": "x"})
        DecisionRepository(connection).upsert_many([new])
        with SearchService(index_dir, db_path) as command_line:  # another process, in effect
            command_line.ensure_index()
            command_line.index_decisions(["uusi"])
        window.index_decisions(["uusi"])
        hits = window.search("zorblaxin").hits
    finally:
        window.close()
        connection.close()
    assert [hit.source_id for hit in hits] == ["uusi"]
