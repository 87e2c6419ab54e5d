"""Speed-ups that must not change results: the parallel rebuild, preloaded field lengths."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.search import bulk
from desktop_app.search import service as service_module
from desktop_app.search.service import INTERACTIVE_WRITER_MB, SearchService
from desktop_app.search.store import open_searcher
from desktop_app.tasks import Cancelled, TaskState
from tests.test_search_service import QUERIES, load_subset


def full_results(service: SearchService) -> dict[str, dict[str, float]]:
    return {
        q: {h.source_id: round(h.score, 4) for h in service.search(q, limit=1000).hits}
        for q in [*QUERIES, '"asemakaavan muutos"', "title:talousarvio"]
    }


@pytest.fixture
def small_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make a 300-decision database take the parallel path in three segments."""
    monkeypatch.setattr(bulk, "PARALLEL_MIN_DOCS", 10)
    monkeypatch.setattr(service_module, "REBUILD_SEGMENT_DOCS", 120)


@pytest.mark.slow
def test_parallel_rebuild_matches_serial(
    tmp_path: Path, corpus_path: Path, small_ranges: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # half the decisions in three ranges of half the size: still three segments written by
    # the workers, each with real decisions, whose scores must equal the serial build's
    monkeypatch.setattr(service_module, "REBUILD_SEGMENT_DOCS", 60)
    db_path = tmp_path / "db.sqlite3"
    ids = load_subset(corpus_path, db_path, step=14)
    assert 120 < len(ids) <= 180
    with SearchService(tmp_path / "serial", db_path, writer_mb=INTERACTIVE_WRITER_MB) as serial:
        report = serial.rebuild()
        expected = full_results(serial)
    assert report.indexed == len(ids)
    with SearchService(tmp_path / "parallel", db_path) as parallel:
        report = parallel.rebuild()
        assert report.indexed == len(ids)
        assert parallel._ix is not None
        segments = parallel._ix._segments()
        assert len(segments) == 3
        assert parallel._ix.doc_count() == len(ids)
        assert full_results(parallel) == expected
        assert all(expected.values())
        # incremental updates keep working on an index the workers wrote
        assert parallel.index_decisions(ids[:5]).indexed == 0


def test_cancelled_parallel_rebuild_leaves_no_generation(
    tmp_path: Path, corpus_path: Path, small_ranges: None
) -> None:
    db_path = tmp_path / "db.sqlite3"
    load_subset(corpus_path, db_path)
    state = TaskState()
    state.cancel()
    index_dir = tmp_path / "index"
    with SearchService(index_dir, db_path) as service, pytest.raises(Cancelled):
        service.rebuild(state)
    assert not [p for p in index_dir.iterdir() if p.name.startswith("gen-")]


def test_preloaded_field_lengths_equal_the_stored_ones(tmp_path: Path, corpus_path: Path) -> None:
    db_path = tmp_path / "db.sqlite3"
    load_subset(corpus_path, db_path, step=11)
    with SearchService(tmp_path / "index", db_path) as service:
        service.rebuild()
        assert service._ix is not None
        plain = service._ix.searcher()
        preloaded = open_searcher(service._ix)
        try:
            names = [n for n, f in plain.schema.items() if f.scorable]
            assert {"title", "text", "parts"} <= set(names)
            for docnum in range(plain.doc_count_all()):
                for name in names:
                    assert preloaded.reader().doc_field_length(docnum, name) == (
                        plain.reader().doc_field_length(docnum, name)
                    )
            assert any(
                isinstance(value, bytes)
                for reader, _ in preloaded.reader().leaf_readers()
                for value in reader._perdoc._readers.values()
            )
        finally:
            plain.close()
            preloaded.close()
