"""Two processes on one workspace's index: a command-line import or reindex while another runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.cli import main
from desktop_app.search.service import SearchService
from desktop_app.workspace import Workspace


def test_two_reindex_commands_at_once_both_finish(tmp_path: Path, corpus_path: Path) -> None:
    workspace = tmp_path / "ws"
    assert main(["import", str(corpus_path), "--workspace", str(workspace)]) == 0
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
