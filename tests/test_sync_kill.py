"""A sync process killed mid-way: the next sync ends with exactly the server's documents."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from desktop_app.sources.manage import Sources
from desktop_app.sources.secret_store import MemorySecrets
from desktop_app.sources.sync import SyncInputs, run
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace
from tests.http_server import (
    ScriptedServer,
    http_server_fixture,  # noqa: F401
)
from tests.paged_adapter import PagedAdapter, page
from tests.sync_support import FAST, add_source, decision, from_source, jsonl, sync

REPO = Path(__file__).resolve().parent.parent

# Syncs every source of the workspace (argv[1]); with "paged" the test's paged adapter
# speaks for the open_decision kind.
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop_app.sources.secret_store import MemorySecrets
    from desktop_app.sources.sync import SyncInputs, run
    from desktop_app.tasks import TaskState
    from tests.paged_adapter import PagedAdapter
    from tests.sync_support import FAST

    adapters = {"open_decision": PagedAdapter()} if sys.argv[2] == "paged" else None
    run(SyncInputs(Path(sys.argv[1]), secrets=MemorySecrets(), http=FAST, adapters=adapters),
        TaskState())
    print("done", flush=True)
    """
)


def _source_rows(db: Path, key: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(
            connection.execute(
                "SELECT COUNT(*) FROM decisions WHERE source_key = ?", (key,)
            ).fetchone()[0]
        )
    finally:
        connection.close()


def _kill_when_held(db: Path, mode: str, server: ScriptedServer, key: str, rows: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), mode],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (server.held.is_set() and _source_rows(db, key) >= rows):
            assert child.poll() is None, "the child ended before it could be killed"
            assert time.monotonic() < deadline, "the child never reached the held body"
            time.sleep(0.05)
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()


def test_killed_jsonl_sync_then_sync_again_gives_exactly_the_servers_documents(
    workspace: Workspace, http_server: ScriptedServer
) -> None:
    body = jsonl(decision(n) for n in range(300))
    http_server.serve("/kaikki.jsonl", body, hold_after_lines=250)
    db = workspace.database_path
    add_source(db, "kunta", "jsonl_url", http_server.url("/kaikki.jsonl"))

    _kill_when_held(db, "jsonl", http_server, "kunta", rows=200)

    assert 200 <= _source_rows(db, "kunta") < 300  # whole batches, then the kill
    http_server.serve("/kaikki.jsonl", body)
    report = sync(db)
    assert report.sources[0].ok, report.sources[0].error
    assert set(from_source(db, "kunta")) == {f"kunta:d{n}" for n in range(300)}
    assert _source_rows(db, "kunta") == 300
    assert report.sources[0].pending_removals == []


def test_killed_paged_sync_resumes_from_its_checkpoint(
    workspace: Workspace, http_server: ScriptedServer
) -> None:
    items = [
        {"id": f"a{n}", "title": f"Asia {n}", "text": f"Päätösteksti {n}", "v": "1"}
        for n in range(12)
    ]
    pages = [items[0:4], items[4:8], items[8:12]]
    urls = [http_server.url(f"/sivu/{n}") for n in (1, 2, 3)]
    for number, chunk in enumerate(pages):
        following = urls[number + 1] if number + 1 < len(urls) else None
        body = json.dumps(page(chunk, following), indent=1)
        http_server.serve(f"/sivu/{number + 1}", body, hold_after_lines=2 if number == 2 else 0)
    db = workspace.database_path
    sources = add_source(db, "rajapinta", "open_decision", urls[0])

    _kill_when_held(db, "paged", http_server, "rajapinta", rows=8)

    assert _source_rows(db, "rajapinta") == 8
    assert sources.status("rajapinta").resume == urls[2]
    http_server.serve("/sivu/3", json.dumps(page(pages[2], None)))
    http_server.counts.clear()
    inputs = SyncInputs(
        db, secrets=MemorySecrets(), http=FAST, adapters={"open_decision": PagedAdapter()}
    )
    again = run(inputs, TaskState()).sources[0]

    assert again.ok, again.error
    assert http_server.counts["/sivu/1"] == 0 and http_server.counts["/sivu/3"] == 1
    assert set(from_source(db, "rajapinta")) == {f"rajapinta:a{n}" for n in range(12)}
    assert Sources(db, MemorySecrets()).status("rajapinta").resume == ""
