"""Two processes on one workspace's index: a command-line import or reindex while another runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.search.service import SearchService
from desktop_app.workspace import Workspace


@pytest.mark.slow
def test_two_reindex_commands_at_once_both_finish(tmp_path: Path, corpus_path: Path) -> None:
    # Enough decisions for both builds to overlap; the whole corpus only made the wait longer.
    lines = corpus_path.read_text(encoding="utf-8").splitlines()
    subset = tmp_path / "subset.jsonl"
    chosen = [line for line in lines if "kiinteistöveroprosentti" in line][:20] + lines[:400]
    subset.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    assert main(["import", str(subset), "--workspace", str(workspace)]) == 0
    command = [sys.executable, "-m", "ui.launcher", "reindex", "--workspace", str(workspace)]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outcomes = [run.communicate(timeout=240) for run in runs]
    for run, (out, err) in zip(runs, outcomes, strict=True):
        assert run.returncode == 0, err
        assert "Traceback" not in err
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
