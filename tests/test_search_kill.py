"""A process killed while indexing: on restart the index reopens or is rebuilt, same results."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.search.service import SearchService
from desktop_app.seed import record_from_json
from desktop_app.storage.database import connect
from desktop_app.storage.decisions import DecisionRepository

QUERIES = ["päätös", "asemakaava", "talousarvio toteutuminen", "tontti", "avustus", "koulu"]

# Indexes in a child process and prints a line for every progress report, so the test can
# kill it while it is really writing.
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop_app.search.service import SearchService
    from desktop_app.tasks import TaskState

    index_dir, db_path, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]

    def report(done, total, message):
        print(f"progress {done} {total}", flush=True)

    service = SearchService(index_dir, db_path)
    state = TaskState(report)
    if mode == "rebuild":
        service.rebuild(state)
    else:
        service.ensure_index(state)
    print("done", flush=True)
    service.close()
    """
)


def load(corpus_path: Path, db_path: Path, keep: Callable[[int], bool]) -> None:
    connection = connect(db_path)
    with corpus_path.open(encoding="utf-8") as handle:
        records = [record_from_json(json.loads(line)) for i, line in enumerate(handle) if keep(i)]
    DecisionRepository(connection).upsert_many(records)
    connection.close()


def ranking(service: SearchService) -> dict[str, list[str]]:
    return {q: [h.source_id for h in service.search(q, limit=10).hits] for q in QUERIES}


def kill_while_indexing(index_dir: Path, db_path: Path, mode: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(index_dir), str(db_path), mode],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("progress"):
            done = int(line.split()[1])
            if done > 0:
                break
        assert not line.startswith("done"), "the child finished before it could be killed"
    process.kill()
    process.wait()
    process.stdout.close()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["rebuild", "incremental"])
def test_killed_indexing_recovers_to_a_clean_build(
    tmp_path: Path, corpus_path: Path, mode: str
) -> None:
    db_path = tmp_path / "db.sqlite3"
    index_dir = tmp_path / "index"
    load(corpus_path, db_path, lambda i: i % 21 == 0)
    with SearchService.open(index_dir, db_path, check_in_background=False):
        pass
    # More decisions arrive in SQLite; the child starts indexing them and is killed.
    load(corpus_path, db_path, lambda i: i % 21 == 3 or i % 33 == 5)
    kill_while_indexing(index_dir, db_path, mode)

    with SearchService.open(index_dir, db_path, check_in_background=False) as reopened:
        after_kill = ranking(reopened)
    with SearchService.open(tmp_path / "clean", db_path, check_in_background=False) as clean:
        expected = ranking(clean)
    assert after_kill == expected
    assert all(expected.values())
