"""The own ranker of plain-word queries against Whoosh's matchers on a real index on disk."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.index import Index
from whoosh.matching.wrappers import FilterMatcher
from whoosh.searching import Searcher

from desktop_app.search.analysis import ANALYZERS, DEFAULT_ANALYZER
from desktop_app.search.bulk import index_fields
from desktop_app.search.query import QueryBuilder
from desktop_app.search.ranker import Ranker, _best, _undelta
from desktop_app.search.ranking import FieldTerm, plain_words
from desktop_app.search.service import SearchService
from desktop_app.search.store import file_storage, open_searcher
from desktop_app.seed import record_from_json
from desktop_app.storage.database import connect
from desktop_app.storage.decisions import DecisionRepository

CHOICE = ANALYZERS[DEFAULT_ANALYZER]
QUERIES = [
    "päätös",
    "asemakaava muutos",
    "Kottaraisen korttelin asemakaavan muutos",
    "talousarvio toteutuminen",
    "tontin myynti",
    "title:avustus",
]
FIRST_DECISION = 600  # line of the corpus the indexed decisions start from
SEGMENT_DOCS = 150
WHOOSH_BLOCK_POSTINGS = 128  # the W3 codec's block size


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, corpus_path: Path) -> Iterator[Index]:
    """Three segments written without merging, with deleted documents in the first.

    450 consecutive real decisions from a stretch of the corpus where they are of ordinary
    length (the first hundreds include the longest, which only make indexing slow): enough
    that "päätös" has a posting list of more than one block in every segment.
    """
    from desktop_app.search.store import build_schema

    folder = tmp_path_factory.mktemp("ranking-index")
    ix = file_storage(folder).create_index(build_schema(CHOICE))
    with corpus_path.open(encoding="utf-8") as handle:
        records = [
            record_from_json(json.loads(line))
            for i, line in enumerate(handle)
            if FIRST_DECISION <= i < FIRST_DECISION + 3 * SEGMENT_DOCS
        ]
    for start in range(0, 3 * SEGMENT_DOCS, SEGMENT_DOCS):
        writer = ix.writer()
        for record in records[start : start + SEGMENT_DOCS]:
            writer.add_document(**index_fields(record, CHOICE))
        writer.commit(merge=False)
    writer = ix.writer()
    for record in records[0:SEGMENT_DOCS:3]:
        writer.delete_by_term("source_id", record.source_id)
    writer.commit(merge=False)
    yield ix
    ix.close()


@pytest.fixture
def searcher(index: Index) -> Iterator[Searcher]:
    searcher = open_searcher(index)
    yield searcher
    searcher.close()


@pytest.mark.slow
def test_the_index_has_several_segments_and_deletions(searcher: Searcher) -> None:
    leaves = [sub.reader() for sub, _ in searcher.leaf_searchers()]
    assert len(leaves) == 3
    assert leaves[0].has_deletions()
    # the ranker reads postings block by block: a common word must span several blocks
    for leaf in leaves:
        assert leaf.doc_frequency("text", "päätös") > WHOOSH_BLOCK_POSTINGS
        assert _blocks(leaf, "text", "päätös") > 1


def _blocks(reader: Any, field: str, text: str) -> int:
    """How many W3 blocks the posting list is stored in (through the pinned codec's internals)."""
    matcher = reader.postings(field, text)
    if type(matcher) is FilterMatcher:  # a segment with deletions filters its postings
        matcher = matcher.child
    assert type(matcher) is W3LeafMatcher
    blocks = 0
    while matcher.is_active():
        blocks += 1
        matcher._next_block()
    return blocks


@pytest.mark.slow
@pytest.mark.parametrize("text", QUERIES)
def test_without_coordination_the_ranking_is_whooshs(searcher: Searcher, text: str) -> None:
    query = QueryBuilder(CHOICE).parse(text).query
    assert query is not None
    words = plain_words(query, searcher.schema)
    assert words is not None
    ours = Ranker(searcher).rank(words, 20, coordinate=False)
    theirs = searcher.search(query, limit=20)
    assert ours.total == len(theirs) > 0
    assert [docnum for docnum, _ in ours.hits] == [hit.docnum for hit in theirs]
    assert [score for _, score in ours.hits] == pytest.approx([hit.score for hit in theirs])


@pytest.mark.slow
def test_deleted_documents_never_come_back(searcher: Searcher) -> None:
    deleted = {
        docnum + offset
        for sub, offset in searcher.leaf_searchers()
        for docnum in range(sub.reader().doc_count_all())
        if sub.reader().is_deleted(docnum)
    }
    words = [(FieldTerm("text", "päätös"),)]
    ranked = Ranker(searcher).rank(words, 10_000, coordinate=False)
    assert deleted and ranked.hits
    assert not deleted & {docnum for docnum, _ in ranked.hits}


@pytest.mark.slow
def test_allowed_documents_restrict_hits_and_total(searcher: Searcher) -> None:
    words = [(FieldTerm("text", "päätös"),)]
    ranker = Ranker(searcher)
    everything = ranker.rank(words, 10_000)
    allowed = {docnum for docnum, _ in everything.hits[::2]}
    restricted = ranker.rank(words, 10_000, allowed=allowed)
    assert restricted.total == len(allowed) < everything.total
    assert {docnum for docnum, _ in restricted.hits} == allowed


def test_plain_words_group_fields_and_refuse_other_queries() -> None:
    builder = QueryBuilder(CHOICE)
    query = builder.parse("tontin myynti").query
    assert query is not None
    words = plain_words(query, builder.schema)
    assert words is not None
    assert [sorted(term.field for term in word) for word in words] == [
        ["parts", "text", "title"],
        ["parts", "text", "title"],
    ]
    for text in ('"tontin myynti"', "tontti AND myynti", "tontti NOT myynti", "tont*"):
        parsed = builder.parse(text).query
        assert parsed is not None
        assert plain_words(parsed, builder.schema) is None, text
    assert plain_words(wq.Every(), builder.schema) is None
    # unscored fields are Whoosh's to match
    assert plain_words(wq.Term("case_id", "HEL 2021-1"), builder.schema) is None
    mixed = wq.Or([wq.Term("date", "2022-01-07"), wq.Term("text", "avustus")])
    assert plain_words(mixed, builder.schema) is None


def write_decisions(db_path: Path, texts: dict[str, tuple[str, str]]) -> None:
    connection = connect(db_path)
    DecisionRepository(connection).upsert_many(
        [
            record_from_json({"id": key, "title": title, "text": text, "date": "2024-01-01"})
            for key, (title, text) in texts.items()
        ]
    )
    connection.close()


def test_documents_with_all_words_come_first(tmp_path: Path) -> None:
    """One document repeats "myynti"; the other has both words once, and "tontti" is common.

    Without coordination the repetition wins, so the test tells the two apart.
    """
    filler = " ".join(f"sana{i}" for i in range(30))
    texts = {
        "repeats": ("Asia", f"myynti myynti myynti myynti myynti {filler}"),
        "both": ("Asia", f"tontin myynti {filler}"),
    }
    texts.update({f"other-{i}": ("Muu", f"tontti tekstiä {i} {filler}") for i in range(20)})
    db_path = tmp_path / "db.sqlite3"
    write_decisions(db_path, texts)
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        hits = service.search("tontti myynti", limit=2, snippets=False).hits
        assert [hit.source_id for hit in hits] == ["both", "repeats"]
        searcher = service._searcher
        assert searcher is not None
        words = plain_words(
            service._builder.parse("tontti myynti").query or wq.NullQuery, searcher.schema
        )
        assert words is not None
        plain = Ranker(searcher).rank(words, 2, coordinate=False)
        assert [searcher.stored_fields(d)["source_id"] for d, _ in plain.hits] == [
            "repeats",
            "both",
        ]


def test_rare_compounds_are_also_found_by_their_parts(tmp_path: Path) -> None:
    texts = {
        "parts-1": ("Asiakaskeskuksen sulkeminen", "Kulttuurin asiakaskeskus suljetaan."),
        "parts-2": ("Kulttuurin keskus", "Kulttuurin toimialan keskuksen käyttö."),
        "rooms": ("Keskus", "Keskuksen vuokraus."),
        "unrelated": ("Liikuntapaikat", "Uimahallin aukioloajat."),
    }
    texts.update(
        {f"vero-{i}": ("Kiinteistövero", f"Kiinteistöveron määrä {i}.") for i in range(25)}
    )
    texts.update(
        {f"kiinteisto-{i}": ("Kiinteistö", f"Kiinteistön ja veron asiat {i}.") for i in range(5)}
    )
    db_path = tmp_path / "db.sqlite3"
    write_decisions(db_path, texts)
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        rare = service.search("kulttuurikeskuksen sulkeminen", limit=10, snippets=False)
        assert {"parts-1", "parts-2"} <= {hit.source_id for hit in rare.hits}
        assert "unrelated" not in {hit.source_id for hit in rare.hits}
        common = service.search("kiinteistövero", limit=50, snippets=False)
        assert common.total == 25
        assert all(hit.source_id.startswith("vero-") for hit in common.hits)


def test_id_fields_and_an_empty_index_keep_working(tmp_path: Path) -> None:
    db_path = tmp_path / "db.sqlite3"
    write_decisions(db_path, {})
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        empty = service.search("avustus")
        assert empty.hits == [] and empty.warning == ""
    write_decisions(
        db_path, {"case-1": ("Avustus", "Avustus yhdistykselle."), "case-2": ("Muu", "x")}
    )
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as service:
        found = service.search("source_id:case-1")
        assert [hit.source_id for hit in found.hits] == ["case-1"] and not found.warning


def test_equal_scores_keep_the_lower_document_first() -> None:
    """Ties at the cut are decided by document number, as Whoosh's own order does."""
    candidates = np.array([9, 2, 5, 7, 4])
    scores = np.array([1.0, 2.0, 1.0, 1.0, 0.5])
    assert _best(candidates, scores, 2) == [(2, 2.0), (5, 1.0)]
    assert _best(candidates, scores, 10) == [(2, 2.0), (5, 1.0), (7, 1.0), (9, 1.0), (4, 0.5)]
    assert _best(candidates, scores, 0) == []


def test_block_ids_are_decoded_per_block() -> None:
    """Whoosh codes each block's ids as deltas from zero, not from the block before."""
    deltas = np.array([3, 1, 2, 5, 1, 0, 4])
    assert _undelta(deltas, [0, 3, 5]).tolist() == [3, 4, 6, 5, 6, 0, 4]
    assert _undelta(deltas[:3], [0]).tolist() == [3, 4, 6]
