"""Searches typed the way people type: without ä and ö, with two letters swapped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.search.analysis import fold_umlauts, folded_keys
from desktop_app.search.expansion import suggestion
from desktop_app.search.service import SearchService
from desktop_app.search.spelling import Vocabulary, damerau_distance
from tests.search_decisions import FINNISH, write_archive


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    folder = tmp_path_factory.mktemp("typing")
    write_archive(folder / "db.sqlite3", FINNISH)
    with SearchService.open(
        folder / "index", folder / "db.sqlite3", check_in_background=False
    ) as opened:
        yield opened


def ranked(service: SearchService, query: str, limit: int = 20) -> list[str]:
    return [hit.source_id for hit in service.search(query, limit=limit, snippets=False).hits]


def test_folding() -> None:
    assert fold_umlauts("Päiväkoti Åland öljy") == "Paivakoti Aland oljy"
    assert folded_keys("lautakunta") == ()  # nothing to fold: the exact field has it
    assert "paivakot" in folded_keys("päiväkodin")


@pytest.mark.parametrize(
    ("one", "other", "distance"),
    [
        ("kiinteistövero", "kiinteistövreo", 1),  # a transposition is one edit
        ("rakennuslupa", "rakennuslpua", 1),
        ("kissa", "kassa", 1),
        ("kissa", "kisa", 1),
        ("kissa", "ksisa", 1),
        ("abcd", "badc", 2),
        ("kunta", "kuntalaki", 3),  # over the limit: limit + 1
    ],
)
def test_damerau_distance(one: str, other: str, distance: int) -> None:
    assert damerau_distance(one, other, 2) == min(distance, 3)
    assert damerau_distance(other, one, 2) == min(distance, 3)


def test_vocabulary_prefers_close_and_common_words() -> None:
    vocabulary = Vocabulary([("kiinteistöver", 30), ("kiinteistövar", 2), ("kalja", 1)])
    assert len(vocabulary) == 2  # a word of one decision is no correction
    near = vocabulary.near("kiinteistövr", 2)
    assert [key for key, _, _ in near] == ["kiinteistöver", "kiinteistövar"]
    assert vocabulary.near("kiinteistöver", 2)[0][0] == "kiinteistövar"  # never itself


def test_without_umlauts_finds_the_decisions_with_them(service: SearchService) -> None:
    assert set(ranked(service, "paivakoti")) == {"pk-kh", "pk-sivi"}
    assert set(ranked(service, "paivakoti")) == set(ranked(service, "päiväkoti"))
    results = service.search("paivakoti", limit=5)
    assert all("<b>" in hit.snippet_html for hit in results.hits)  # päiväkodin is marked


def test_folded_compound_ranks_its_own_decisions_first(service: SearchService) -> None:
    found = ranked(service, "ymparistolautakunta")
    assert set(found[:3]) == {"ymp-0", "ymp-1", "ymp-2"}
    assert not any(sid.startswith("lauta-") for sid in found)  # not every "lautakunta"


def test_one_wrong_umlaut_does_not_split_into_junk(service: SearchService) -> None:
    """ "päivakoti" once split into "päiv" + "kot" and found hundreds of decisions."""
    assert set(ranked(service, "päivakoti")) == {"pk-kh", "pk-sivi"}


@pytest.mark.parametrize(
    ("typed", "expected", "corrected"),
    [
        ("kiinteistövreo", "vero-", "kiinteistövero"),
        ("rakennuslpua", "lupa-", "rakennuslupa"),
        ("kiinteistovreo", "vero-", "kiinteistövero"),  # no umlauts either
    ],
)
def test_a_typo_finds_its_decisions_and_is_corrected(
    service: SearchService, typed: str, expected: str, corrected: str
) -> None:
    results = service.search(typed, limit=10)
    assert results.hits and all(hit.source_id.startswith(expected) for hit in results.hits)
    assert results.suggestion == corrected


def test_a_known_word_gets_no_suggestion(service: SearchService) -> None:
    results = service.search("kiinteistövero", limit=10)
    assert results.hits and results.suggestion == ""


def test_the_exact_word_outranks_its_near_spellings(tmp_path: Path) -> None:
    decisions = (
        [
            {"id": f"sata-{i}", "title": f"Satamamaksut {i}", "text": "Satamamaksut vahvistetaan."}
            for i in range(3)
        ]
        + [
            {"id": f"satama-{i}", "title": f"Satama {i}", "text": "Sataman laituri korjataan."}
            for i in range(3)
        ]
        + [{"id": "typo", "title": "Satamaa", "text": "Satmaa kunnostetaan."}]
    )
    write_archive(tmp_path / "db.sqlite3", decisions)
    with SearchService.open(
        tmp_path / "index", tmp_path / "db.sqlite3", check_in_background=False
    ) as opened:
        results = opened.search("satmaa", limit=10, snippets=False)
        found = [hit.source_id for hit in results.hits]
        assert found[0] == "typo"  # the word as typed is there: first
        assert {"satama-0", "satama-1", "satama-2"} <= set(found)  # one decision is little
        satama_last = max(found.index(f"satama-{i}") for i in range(3))
        assert all(  # the word itself before the compounds it starts
            found.index(sid) > satama_last for sid in found if sid.startswith("sata-")
        )


def test_suggestion_uses_the_commonest_written_form() -> None:
    texts = ["Kiinteistöveron tuotto. Kiinteistövero on tärkeä.", "Kiinteistövero nousee."]
    assert (
        suggestion("Kiinteistövreo 2025", {"kiinteistövreo": "kiinteistöver"}, texts)
        == "kiinteistövero 2025"
    )
    assert suggestion("x", {"abcde": "zzzzz"}, texts) == ""


def test_coordinated_compounds_are_expanded(service: SearchService) -> None:
    from desktop_app.search.analysis import coordinated_compounds

    assert "aluevaalit" in coordinated_compounds("Alue- ja kuntavaalit")
    assert "kuntavaalit" in coordinated_compounds("Kunta- ja aluevaalit")
    assert coordinated_compounds("Alue ja kuntavaalit") == []  # no hyphen, no compound
    assert ranked(service, "aluevaalit") == ["vaalit"]


def test_with_body_parts_a_compound_deep_in_the_text_is_found(tmp_path: Path) -> None:
    decisions = [
        {
            "id": "vm",
            "title": "Lausunto luonnoksesta",
            "text": "Kunta antaa lausunnon valtiovarainministeriölle määräajassa.",
        },
        {
            "id": "ministerio",
            "title": "Ministeriön kysely",
            "text": "Ministeriö kysyy kunnilta tietoja.",
        },
        {"id": "muu", "title": "Lausunto kaavasta", "text": "Kunta antaa lausunnon."},
    ]
    write_archive(tmp_path / "db.sqlite3", decisions)
    with SearchService.open(
        tmp_path / "index",
        tmp_path / "db.sqlite3",
        analyzer="fi-body-parts",  # not the default: see desktop_app.search.analysis
        check_in_background=False,
    ) as opened:
        assert [hit.source_id for hit in opened.search("ministeriö").hits] == ["ministerio", "vm"]


def test_words_of_newly_indexed_decisions_become_corrections(tmp_path: Path) -> None:
    import time

    from tests.search_decisions import _decision

    db_path = tmp_path / "db.sqlite3"
    write_archive(db_path, FINNISH)
    with SearchService.open(tmp_path / "index", db_path, check_in_background=False) as opened:
        assert opened.search("kiinteistövreo").suggestion == "kiinteistövero"
        added = [
            _decision(f"auto-{i}", f"Kirjastoauton reitit {i}", "Kirjastoauto kulkee kylissä.")
            for i in range(3)
        ]
        write_archive(db_path, added)
        opened.index_decisions([d["id"] for d in added])
        deadline = time.monotonic() + 30
        results = opened.search("kirjatsoauto")
        while not results.suggestion and time.monotonic() < deadline:
            time.sleep(0.1)  # the known words are read again on the writer thread
            results = opened.search("kirjatsoauto")
        assert results.suggestion == "kirjastoauto"
        assert {hit.source_id for hit in results.hits} == {"auto-0", "auto-1", "auto-2"}
