"""Decisions written in Swedish are analysed with Swedish rules and found by Swedish queries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.search.analysis import detect_language
from desktop_app.search.service import SearchService
from tests.search_decisions import FINNISH, SWEDISH, write_archive


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    folder = tmp_path_factory.mktemp("swedish")
    write_archive(folder / "db.sqlite3", FINNISH + SWEDISH)
    with SearchService.open(
        folder / "index", folder / "db.sqlite3", check_in_background=False
    ) as opened:
        yield opened


def ranked(service: SearchService, query: str) -> list[str]:
    return [hit.source_id for hit in service.search(query, limit=20).hits]


def test_language_is_declared_or_detected() -> None:
    assert detect_language("sv", "") == "sv"
    assert detect_language("fi", SWEDISH[2]["text"]) == "sv"
    assert detect_language("fi", FINNISH[0]["text"]) == "fi"
    assert detect_language("fi", "Bygglov, detaljplan.") == "fi"  # too little to tell


def test_swedish_queries_find_swedish_decisions(service: SearchService) -> None:
    assert set(ranked(service, "bygglov detaljplan")) == {"sv-bygglov", "sv-detaljplan"}
    assert ranked(service, "bygglov detaljplan")[0] == "sv-bygglov"  # both words
    assert set(ranked(service, "detaljplanen")) == {"sv-bygglov", "sv-detaljplan"}
    assert ranked(service, "protokolljusterare") == ["sv-undetected"]  # found by detection


def test_swedish_hits_have_their_titles_and_marked_snippets(service: SearchService) -> None:
    hit = service.search("bygglovet", limit=5).hits[0]
    assert hit.title == "Bygglov för ett enfamiljshus"
    assert "<b>bygglov</b>" in hit.snippet_html.lower()


def test_finnish_queries_still_find_only_finnish_decisions(service: SearchService) -> None:
    found = ranked(service, "päiväkoti")
    assert set(found) == {"pk-kh", "pk-sivi"}
    assert ranked(service, "för och att") == []  # Swedish stop words


def test_the_corpus_swedish_decisions(tmp_path: Path, corpus_path: Path) -> None:
    with corpus_path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    swedish = [r for r in records if r.get("lang") == "sv"]
    assert swedish, "the corpus has Swedish decisions"
    finnish = [r for r in records if r.get("lang") != "sv"][:600]
    write_archive(tmp_path / "db.sqlite3", swedish + finnish)  # ten among six hundred
    with SearchService.open(
        tmp_path / "index", tmp_path / "db.sqlite3", check_in_background=False
    ) as opened:
        ids = {r["id"] for r in swedish}
        for query in (
            "protokolljusterare",
            "sammanträdets laglighet",
            "meddelanden",
            "antagning till svenskspråkig grundläggande utbildning",
        ):
            hits = opened.search(query, limit=10, snippets=False).hits
            assert hits and hits[0].source_id in ids, query
