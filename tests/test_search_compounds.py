"""Compounds of the body text reached by their parts: "ministeriö" → valtiovarainministeriölle."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.search.analysis import finnish_key
from desktop_app.search.compounds import CompoundIndex
from desktop_app.search.service import SearchService
from desktop_app.search.snippets import make_snippet
from tests.search_decisions import SIVI, _decision, write_archive

DECISIONS = [
    _decision(
        "vm",
        "Lausunto luonnoksesta",
        "Kunta antaa lausunnon valtiovarainministeriölle määräajassa. Lausunto lähetetään "
        "valtiovarainministeriön kirjaamoon, ja valtiovarainministeriö julkaisee sen.",
    ),
    _decision(
        "ministerio",
        "Vastaus kyselyyn",
        "Kunta vastaa kyselyyn, jonka ministeriö lähetti kunnille. Valtion varat riittävät.",
    ),
    _decision(
        "ministerio-2",
        "Ministeriön kysely",
        "Ministeriö kysyy kunnilta tietoja valtion avustuksista. Varat haetaan keväällä.",
    ),
    _decision("muu", "Lausunto kaavasta", "Kunta antaa lausunnon asemakaavasta."),
    _decision(
        "opettajakunta", "Lukuvuoden alku", "Koulun opettajakunta kokoontuu elokuussa.", body=SIVI
    ),
    _decision(
        "erityis",
        "Opetuksen järjestäminen syksyllä",
        "Sivistyslautakunta päätti erityisluokanopettajien tehtävistä lähikoulussa.",
        body=SIVI,
    ),
    _decision(
        "opettaja",
        "Viran täyttäminen",
        "Kouluun valitaan opettaja. Opettajan tehtäviin kuuluu erityinen tuki.",
        body=SIVI,
    ),
    _decision(
        "opettajat",
        "Opettajien kokous",
        "Opettajat kokoontuvat elokuussa. Erityisen tuen oppilaat otetaan huomioon.",
        body=SIVI,
    ),
]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    folder = tmp_path_factory.mktemp("compounds")
    write_archive(folder / "db.sqlite3", DECISIONS)
    with SearchService.open(
        folder / "index", folder / "db.sqlite3", check_in_background=False
    ) as opened:
        yield opened


def ranked(service: SearchService, query: str) -> list[str]:
    return [hit.source_id for hit in service.search(query, snippets=False).hits]


def test_a_word_finds_the_compound_it_ends(service: SearchService) -> None:
    assert "vm" in ranked(service, "ministeriö")


def test_a_compound_finds_a_compound_holding_its_parts_in_order(service: SearchService) -> None:
    assert "erityis" in ranked(service, "erityisopettaja")


def test_an_exact_match_ranks_above_a_compound_part_match(service: SearchService) -> None:
    # "vm" says its compound three times; "ministerio" says the word once, in the text only
    found = ranked(service, "ministeriö")
    assert found.index("ministerio") < found.index("vm")
    assert found.index("ministerio-2") < found.index("vm")


def test_the_compound_is_marked_in_the_snippet(service: SearchService) -> None:
    hit = next(hit for hit in service.search("ministeriö").hits if hit.source_id == "vm")
    assert "<b>valtiovarainministeriölle</b>" in hit.snippet_html


def test_a_three_letter_fragment_never_matches(service: SearchService) -> None:
    # "var" is the key of "varat", a word of two decisions, and "valtiovarain" holds it,
    # but a three-letter part is a fragment, not a word
    assert finnish_key("varat") == "var"
    assert "vm" not in ranked(service, "var")
    # nor a word whose key has three letters: "kunta" is "kun", and "opettajakunta" ends in it
    assert finnish_key("kunta") == "kun"
    assert "opettajakunta" not in ranked(service, "kunta")


def test_a_word_that_is_not_a_known_part_expands_to_nothing(service: SearchService) -> None:
    # (the title "Ministeriön kysely" is found: titles are split into their parts)
    assert "vm" not in ranked(service, "ministe")


def test_compound_index_parts_must_be_known_words() -> None:
    index = CompoundIndex(
        [
            ("ministeriö", 1),  # the keys here are words, as tests of keys go
            ("minister", 5),
            ("valtiovarainminister", 1),
            ("läpileikkaav", 1),
            ("kaav", 9),
            ("asemakaav", 4),
            ("asem", 3),
            ("ministe", 1),
        ]
    )
    assert index.expansions("minister") == []  # "valtiovarain" is no known word here
    assert index.expansions("kaav") == [("asemakaav", 4)]  # "läpileik" is none either
    assert index.expansions("asemakaav") == []  # never the word itself
    assert index.expansions("ministe") == []
    assert index.expansions("asem") == []  # a first part: only last parts are looked up
    with_valtio = CompoundIndex([("valt", 2), ("minister", 2), ("valtiovarainminister", 1)])
    assert with_valtio.expansions("minister") == [("valtiovarainminister", 1)]
    assert with_valtio.expansions("mini") == []


def test_many_compounds_do_not_crowd_the_query_word_out_of_the_snippet() -> None:
    # a common word is expanded to many compounds; the word itself, last here, is still
    # looked for (a pattern of the first forty terms would miss it)
    heads = [chr(97 + i // 26) + chr(97 + i % 26) + "alue" for i in range(60)]
    terms = [f"{head}minister" for head in heads] + ["minister"]
    snippet = make_snippet("Ministeriö vastaa kyselyyn.", terms, finnish_key)
    assert snippet.startswith("<b>Ministeriö</b>")
