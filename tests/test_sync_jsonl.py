"""A JSON Lines URL source: first sync, an unchanged file (one 304), a change, removals."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.search.service import SearchService
from desktop_app.sources.indexing import index_changes
from desktop_app.workspace import Workspace
from tests.http_server import (
    ScriptedServer,
    http_server_fixture,  # noqa: F401
)
from tests.sync_support import add_source, archive, decision, from_source, jsonl, sync

PATH = "/paatokset.jsonl"


def test_first_sync_imports_and_search_shows_where_from(
    workspace: Workspace, http_server: ScriptedServer
) -> None:
    http_server.serve(PATH, jsonl(decision(n) for n in range(40)), "application/x-ndjson")
    db = workspace.database_path
    add_source(db, "kunta", "jsonl_url", http_server.url(PATH))

    report = sync(db)

    [entry] = report.sources
    assert entry.ok, entry.error
    assert len(entry.new) == 40 and not entry.changed and not entry.failed
    kept = from_source(db, "kunta")
    assert set(kept) == {f"kunta:d{n}" for n in range(40)}
    assert kept["kunta:d7"][1] == "https://paatokset.example.fi/d7"
    index_changes(report.changed_ids, index_dir=workspace.index_dir, db_path=db)
    with SearchService.open(workspace.index_dir, db, check_in_background=False) as service:
        hits = service.search("katuvalaistuksen", limit=50).hits
    found = {hit.source_id: hit for hit in hits}
    assert "kunta:d7" in found
    assert found["kunta:d7"].source_key == "kunta"
    assert found["kunta:d7"].link == "https://paatokset.example.fi/d7"


def test_unchanged_file_costs_one_request_and_a_change_only_the_change(
    workspace: Workspace, http_server: ScriptedServer
) -> None:
    records = [decision(n) for n in range(30)]
    http_server.serve(PATH, jsonl(records))
    db = workspace.database_path
    add_source(db, "kunta", "jsonl_url", http_server.url(PATH))
    first = sync(db)
    assert len(first.sources[0].new) == 30
    before = archive(db)

    http_server.counts.clear()
    second = sync(db)
    assert second.sources[0].ok
    assert http_server.counts[PATH] == 1 and second.sources[0].requests == 1
    assert http_server.headers_seen[-1].get("if-none-match")  # a conditional request: 304
    assert not second.sources[0].new and not second.sources[0].changed
    assert second.sources[0].unchanged == 30
    assert archive(db) == before

    records[3] = decision(3, title="Päätös 3: katuvalaistus siirtyy ensi vuoteen")
    records.append(decision(99))
    http_server.serve(PATH, jsonl(records))
    http_server.counts.clear()
    third = sync(db)
    entry = third.sources[0]
    assert http_server.counts[PATH] == 1
    assert entry.changed == ["kunta:d3"] and entry.new == ["kunta:d99"]
    after = archive(db)
    changed = {sid for sid in after if after[sid] != before.get(sid)}
    assert changed == {"kunta:d3", "kunta:d99"}


def test_removed_records_are_pending_until_confirmed(
    workspace: Workspace, http_server: ScriptedServer
) -> None:
    http_server.serve(PATH, jsonl(decision(n) for n in range(10)))
    db = workspace.database_path
    sources = add_source(db, "kunta", "jsonl_url", http_server.url(PATH))
    sync(db)
    http_server.serve(PATH, jsonl(decision(n) for n in range(10) if n not in (2, 5)))

    report = sync(db)

    entry = report.sources[0]
    assert sorted(entry.pending_removals) == ["kunta:d2", "kunta:d5"]
    assert "kunta:d2" in from_source(db, "kunta")  # proposed, not applied
    assert sources.status("kunta").counts.pending_removals == 2
    assert [p.remote_id for p in sources.pending("kunta")] == ["d2", "d5"]

    removed = sources.confirm_removals("kunta", ["d2"])
    assert removed == ["kunta:d2"]
    assert "kunta:d2" not in from_source(db, "kunta")
    assert "kunta:d5" in from_source(db, "kunta")
    assert [p.remote_id for p in sources.pending("kunta")] == ["d5"]

    http_server.serve(PATH, jsonl(decision(n) for n in range(10) if n != 2))
    back = sync(db)  # d5 came back: no longer proposed
    assert back.sources[0].pending_removals == []
    assert sources.pending("kunta") == []


def test_bad_lines_are_skipped_with_a_reason_and_block_removals(
    workspace: Workspace, http_server: ScriptedServer
) -> None:
    db = workspace.database_path
    add_source(db, "kunta", "jsonl_url", http_server.url(PATH))
    http_server.serve(PATH, jsonl(decision(n) for n in range(5)))
    sync(db)
    body = jsonl(decision(n) for n in range(3)) + "{tämä ei ole json\n" + jsonl([decision(4)])
    http_server.serve(PATH, body)

    report = sync(db)

    entry = report.sources[0]
    assert entry.ok
    [failure] = entry.failed
    assert failure.code == "sync.bad_record"
    assert "rivi 4" in failure.message and "JSON" in failure.message
    assert entry.pending_removals == []  # d3 may be on the unreadable line
    assert "kunta:d3" in from_source(db, "kunta")


def test_real_decisions_sync_and_are_found(
    workspace: Workspace, http_server: ScriptedServer, corpus_path: Path
) -> None:
    with corpus_path.open(encoding="utf-8") as handle:
        lines = [line for _, line in zip(range(60), handle, strict=False)]
    http_server.serve(PATH, "".join(lines))
    db = workspace.database_path
    add_source(db, "helsinki", "jsonl_url", http_server.url(PATH))

    report = sync(db)

    entry = report.sources[0]
    assert entry.ok and len(entry.new) == len({json.loads(line)["id"] for line in lines})
    first = json.loads(lines[0])
    index_changes(report.changed_ids, index_dir=workspace.index_dir, db_path=db)
    with SearchService.open(workspace.index_dir, db, check_in_background=False) as service:
        hits = service.search(f'"{first["title"]}"', limit=5).hits
    assert f"helsinki:{first['id']}" in [hit.source_id for hit in hits]
    assert all(hit.source_key == "helsinki" for hit in hits)
