"""SearchService on a real index of 300 real decisions: queries, filters, repair, threads."""

from __future__ import annotations

import json
import re
import shutil
import threading
from datetime import date
from pathlib import Path

import pytest

from desktop_app.search import store as store_module
from desktop_app.search.analysis import finnish_key
from desktop_app.search.service import SMALL_SEGMENT_DOCS, SearchFilters, SearchService
from desktop_app.search.store import POINTER_NAME
from desktop_app.seed import record_from_json
from desktop_app.storage.database import connect
from desktop_app.storage.decisions import DecisionRepository
from desktop_app.tasks import Cancelled, TaskState

QUERIES = ["päätös", "asemakaava", "talousarvio toteutuminen", "tontti", "avustus"]


def load_subset(corpus_path: Path, db_path: Path, step: int = 7) -> list[str]:
    connection = connect(db_path)
    with corpus_path.open(encoding="utf-8") as handle:
        records = [
            record_from_json(json.loads(line)) for i, line in enumerate(handle) if i % step == 0
        ]
    DecisionRepository(connection).upsert_many(records)
    connection.close()
    return [r.source_id for r in records]


def ranking(service: SearchService) -> dict[str, list[str]]:
    return {q: [h.source_id for h in service.search(q, limit=10).hits] for q in QUERIES}


@pytest.fixture
def db_path(tmp_path: Path, corpus_path: Path) -> Path:
    path = tmp_path / "db.sqlite3"
    load_subset(corpus_path, path)
    return path


@pytest.fixture
def built(tmp_path: Path, db_path: Path) -> tuple[Path, dict[str, list[str]]]:
    """An index built and closed, with the rankings it gave."""
    index_dir = tmp_path / "index"
    with SearchService.open(index_dir, db_path, check_in_background=False) as service:
        expected = ranking(service)
    assert all(expected.values())
    return index_dir, expected


def current_generation(index_dir: Path) -> Path:
    return index_dir / (index_dir / POINTER_NAME).read_text().strip()


def test_results_are_relevant_with_escaped_snippets(tmp_path: Path, db_path: Path) -> None:
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        results = service.search("asemakaava", limit=5)
        assert results.hits and not results.warning
        assert results.total >= len(results.hits)
        for hit in results.hits:
            assert "<b>" in hit.snippet_html
            stripped = hit.snippet_html.replace("<b>", "").replace("</b>", "")
            assert "<" not in stripped and ">" not in stripped
        scores = [h.score for h in results.hits]
        assert scores == sorted(scores, reverse=True)


def test_snippet_escapes_markup_from_the_text(tmp_path: Path) -> None:
    db_path = tmp_path / "db.sqlite3"
    connection = connect(db_path)
    DecisionRepository(connection).upsert_many(
        [
            record_from_json(
                {
                    "id": "x",
                    "title": "Kaavoitus",
                    "text": "<script>alert(1)</script> asemakaavan & muu teksti",
                }
            )
        ]
    )
    connection.close()
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        (hit,) = service.search("kaava").hits
        assert "&lt;script&gt;" in hit.snippet_html
        assert "<b>asemakaavan</b>" in hit.snippet_html
        assert "&amp;" in hit.snippet_html


def test_filters_and_date_sort(tmp_path: Path, db_path: Path) -> None:
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        facets = service.facets()
        body = "Kaupunginhallitus"
        assert body in facets["body_org"]
        filters = SearchFilters(body_orgs=(body,), date_from=date(2025, 1, 1))
        results = service.search("", filters, sort="date", limit=30)
        assert results.hits
        assert all(h.body_org == body for h in results.hits)
        dates = [h.date for h in results.hits]
        assert all(d is not None and d >= date(2025, 1, 1) for d in dates)
        assert dates == sorted(dates, reverse=True)
        narrowed = service.search("talousarvio", SearchFilters(date_to=date(2022, 12, 31)))
        assert all(h.date is not None and h.date <= date(2022, 12, 31) for h in narrowed.hits)


def test_query_syntax_phrases_fields_and_operators(tmp_path: Path, db_path: Path) -> None:
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        titled = service.search("title:talousarvio", limit=50).hits
        assert titled and all("talousarvio" in h.title.lower() for h in titled)
        plans = [h.title.lower() for h in service.search("title:kaava", limit=200).hits]
        assert plans and all("kaav" in title for title in plans)
        assert any("asemakaava" in title for title in plans)
        body_only = service.search("body:ympäristölautakunta kaava", limit=50).hits
        assert body_only
        excluded = service.search("talousarvio NOT toteutuminen", limit=50).hits
        for hit in excluded:
            document = service.document(hit.source_id)
            assert document is not None
            words = re.findall(r"\w+", (document.title + " " + document.text).lower())
            assert finnish_key("toteutuminen") not in {finnish_key(w) for w in words}
        phrase = service.search('"talousarvion toteutuminen"', limit=10).hits
        assert phrase
        # a phrase or NOT search that finds fewer than the page holds counts them exactly
        for query in ('"talousarvion toteutuminen"', "talousarvio NOT toteutuminen"):
            few = service.search(query, limit=200)
            assert few.total_exact and few.total == len(few.hits) < 200


def test_a_field_prefixed_rare_compound_stays_in_its_field(tmp_path: Path) -> None:
    """Plain words also look for the parts of a rare compound; "title:" asks for the word."""
    titles = {
        "a": "Kiinteistöveroprosenttien vahvistaminen",
        "b": "Kiinteistö Oy Sahanplassi",
        "c": "Kiinteistön kunnossapito",
        "d": "Veroprosentin muutos",
        "e": "Veroprosentit ennallaan",
    }
    db_path = tmp_path / "db.sqlite3"
    connection = connect(db_path)
    DecisionRepository(connection).upsert_many(
        [record_from_json({"id": i, "title": t, "text": t + " päätös"}) for i, t in titles.items()]
    )
    connection.close()
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        plain = [h.source_id for h in service.search("kiinteistöveroprosentti").hits]
        titled = [h.source_id for h in service.search("title:kiinteistöveroprosentti").hits]
    assert plain[0] == "a" and len(plain) > 1
    assert titled == ["a"]


def test_results_mark_the_matched_words_of_a_whole_decision(tmp_path: Path, db_path: Path) -> None:
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        results = service.search("asemakaava", limit=1)
        assert results.terms
        record = service.document(results.hits[0].source_id)
        assert record is not None
        marked = service.mark_html(record.text + " <script>", results.terms, "[", "]")
        assert re.search(r"\[\w*[Aa]semakaava\w*\]", marked)
        assert "&lt;script&gt;" in marked


@pytest.mark.parametrize(
    "query",
    ["title:", "AND OR", '"unclosed', "((", "body:", ")", "NOT", "*", "a:b:c", "\\", "[a TO"],
)
def test_malformed_queries_never_raise(tmp_path: Path, db_path: Path, query: str) -> None:
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        results = service.search(query)
        assert isinstance(results.hits, list)


def test_simplified_title_query_searches_only_the_typed_words() -> None:
    from desktop_app.search.analysis import ANALYZERS, DEFAULT_ANALYZER
    from desktop_app.search.query import QueryBuilder

    parsed = QueryBuilder(ANALYZERS[DEFAULT_ANALYZER]).parse('title:kaava "muutos')
    assert parsed.warning and parsed.query is not None
    assert {text for _, text in parsed.query.iter_all_terms()} == {"kaav", "muutos"}


def test_malformed_query_falls_back_to_words_and_says_so(tmp_path: Path, db_path: Path) -> None:
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        results = service.search('"talousarvio (toteutuminen')
        assert results.warning == "search.query_simplified"
        assert results.hits


def test_similar_finds_decisions_like_a_draft(tmp_path: Path, db_path: Path) -> None:
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        some = service.search("talousarvio toteutuminen", limit=1).hits[0]
        document = service.document(some.source_id)
        assert document is not None
        draft = f"{document.title}\n{document.text[:1500]}"
        similar = service.similar(draft, limit=5)
        assert some.source_id in [h.source_id for h in similar]
        excluded = service.similar(draft, limit=5, exclude={some.source_id})
        assert some.source_id not in [h.source_id for h in excluded]
        assert service.similar("", limit=5) == []


def test_deleted_index_files_are_rebuilt_in_background(
    db_path: Path, built: tuple[Path, dict[str, list[str]]]
) -> None:
    index_dir, expected = built
    for path in current_generation(index_dir).iterdir():
        path.unlink()
    service = SearchService.open(index_dir, db_path)
    try:
        assert service.wait_ready(timeout=120)
        assert ranking(service) == expected
    finally:
        service.close()


@pytest.mark.parametrize(
    "damage",
    ["truncate_segment", "garbage_toc", "garbage_pointer", "missing_pointer", "garbage_stamp"],
)
def test_damaged_index_is_detected_and_rebuilt(
    db_path: Path, built: tuple[Path, dict[str, list[str]]], damage: str
) -> None:
    index_dir, expected = built
    generation = current_generation(index_dir)
    if damage == "truncate_segment":
        segment = max(generation.glob("*.seg"), key=lambda p: p.stat().st_size)
        with segment.open("r+b") as handle:
            handle.truncate(segment.stat().st_size // 2)
    elif damage == "garbage_toc":
        for toc in generation.glob("*.toc"):
            toc.write_bytes(b"\x80\x04garbage" * 10)
    elif damage == "garbage_pointer":
        (index_dir / POINTER_NAME).write_bytes(b"\x00\xff../../etc")
    elif damage == "missing_pointer":
        (index_dir / POINTER_NAME).unlink()
    else:
        (generation / "stamp.json").write_text("{not json")
    service = SearchService.open(index_dir, db_path)
    try:
        service.wait_ready(timeout=120)
        assert ranking(service) == expected
        assert current_generation(index_dir) != generation
    finally:
        service.close()


def test_stale_index_catches_up_with_sqlite(
    db_path: Path, built: tuple[Path, dict[str, list[str]]]
) -> None:
    index_dir, _ = built
    connection = connect(db_path)
    DecisionRepository(connection).upsert_many(
        [record_from_json({"id": "new-1", "title": "Zyxwv-hankkeen päätös", "text": "Uusi asia"})]
    )
    DecisionRepository(connection).delete_many(["new-1-not-there"])
    connection.close()
    with SearchService.open(index_dir, db_path, check_in_background=False) as service:
        assert [h.source_id for h in service.search("zyxwv").hits] == ["new-1"]


def test_index_decisions_adds_updates_and_removes(tmp_path: Path, corpus_path: Path) -> None:
    # among a few dozen real decisions: what is indexed around them does not need hundreds
    db_path = tmp_path / "db.sqlite3"
    assert len(load_subset(corpus_path, db_path, step=50)) >= 40
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        connection = connect(db_path)
        repository = DecisionRepository(connection)
        repository.upsert_many([record_from_json({"id": "n1", "title": "Qwerty", "text": "a b"})])
        report = service.index_decisions(["n1"])
        assert report.indexed == 1
        assert [h.source_id for h in service.search("qwerty").hits] == ["n1"]
        repository.upsert_many([record_from_json({"id": "n1", "title": "Asdfg", "text": "a b"})])
        service.index_decisions(["n1"])
        assert service.search("qwerty").hits == []
        assert [h.source_id for h in service.search("asdfg").hits] == ["n1"]
        repository.delete_many(["n1"])
        assert service.index_decisions(["n1"]).removed == 1
        assert service.search("asdfg").hits == []
        connection.close()


def test_old_generation_that_cannot_be_deleted_is_tolerated(
    db_path: Path, built: tuple[Path, dict[str, list[str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir, expected = built
    old = current_generation(index_dir)
    real_rmtree = shutil.rmtree

    def locked_rmtree(path: object, *args: object, **kwargs: object) -> None:
        if Path(str(path)) == old:
            raise PermissionError(32, "The process cannot access the file", str(path))
        real_rmtree(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_module.shutil, "rmtree", locked_rmtree)
    with SearchService.open(index_dir, db_path, check_in_background=False) as service:
        report = service.rebuild()
        assert old in report.left_old_folders
        assert old.exists()
        assert ranking(service) == expected
        monkeypatch.setattr(store_module.shutil, "rmtree", real_rmtree)
        assert service.ensure_index().left_old_folders == []
    assert not old.exists()


def test_cancelled_rebuild_keeps_the_old_index(
    db_path: Path, built: tuple[Path, dict[str, list[str]]]
) -> None:
    index_dir, expected = built
    old = current_generation(index_dir)
    state = TaskState(lambda done, total, message: state.cancel())
    with SearchService.open(index_dir, db_path, check_in_background=False) as service:
        with pytest.raises(Cancelled):
            service.rebuild(state)
        assert current_generation(index_dir) == old
        assert ranking(service) == expected
    assert [p.name for p in index_dir.glob("gen-*")] == [old.name]


@pytest.mark.slow
def test_searches_from_threads_while_the_writer_commits(tmp_path: Path, corpus_path: Path) -> None:
    """Three readers search while eight commits land, some of which merge every segment.

    While the index is small all its segments are, so every few commits rewrite the whole
    index while the readers hold searchers on it. A few dozen real decisions make those
    merges as real as hundreds would, in a fraction of the time.
    """
    db_path = tmp_path / "db.sqlite3"
    assert 40 <= len(load_subset(corpus_path, db_path, step=50)) < SMALL_SEGMENT_DOCS
    errors: list[BaseException] = []
    stop = threading.Event()
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:

        def reader() -> None:
            try:
                while not stop.is_set():
                    service.search("talousarvio", limit=5)
                    service.similar("talousarvion toteutuminen kuukausiraportti", limit=3)
            except BaseException as error:  # collected and asserted below
                errors.append(error)

        threads = [threading.Thread(target=reader) for _ in range(3)]
        for thread in threads:
            thread.start()
        connection = connect(db_path)
        repository = DecisionRepository(connection)
        for round_number in range(8):
            records = [
                record_from_json(
                    {
                        "id": f"t{round_number}-{i}",
                        "title": f"Uusi {round_number}",
                        "text": "talousarvio",
                    }
                )
                for i in range(10)
            ]
            repository.upsert_many(records)
            service.index_decisions([r.source_id for r in records])
        stop.set()
        for thread in threads:
            thread.join()
        connection.close()
        assert not errors
        assert service.search("talousarvio", limit=200).total >= 80
