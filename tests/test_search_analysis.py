"""The Finnish analyzer: base-form queries meet inflected and compound forms."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.search.analysis import (
    DEFAULT_ANALYZER,
    compound_heads,
    compound_middles,
    compound_splits,
    compound_tails,
    finnish_key,
)
from desktop_app.search.service import SearchService
from desktop_app.seed import record_from_json
from desktop_app.storage.database import connect
from desktop_app.storage.decisions import DecisionRepository


@pytest.mark.parametrize(
    ("base", "inflected"),
    [
        ("päätös", "päätöksen"),
        ("päätös", "päätökset"),
        ("päätös", "päätöksestä"),
        ("kaava", "kaavan"),
        ("kielto", "kiellosta"),
        ("tontti", "tontin"),
        ("laurinlahti", "laurinlahden"),
        ("kiinteistöveroprosentti", "kiinteistöveroprosenttien"),
        ("avustus", "avustukset"),
        ("katu", "kadun"),
        ("hallintosääntö", "hallintosäännön"),
        ("asunto", "asunnon"),
        ("ympäristölupa", "ympäristöluvan"),
        ("rakennuslupa", "rakennusluvat"),
        ("tie", "tien"),
        ("tie", "teiden"),
        ("työ", "töiden"),
        ("maa", "maiden"),
        ("tekninen", "teknisen"),
        ("sulkeminen", "sulkemisesta"),
        ("oikeus", "oikeutta"),
        ("vuosi", "vuoden"),
        ("vuosi", "vuonna"),
        ("kokousaika", "kokousajat"),
        ("tontti", "tontteja"),
        ("kiinteistö", "kiinteistöjä"),
        ("asia", "asiaa"),
        ("jäsenet", "jäsenen"),  # the genitive of "jäsen", not a -nen word
        ("kieli", "kieltä"),  # kiel + tä, not kie + ltä
        ("puoli", "puolta"),
        ("tie", "tieltä"),
    ],
)
def test_base_form_and_inflection_share_a_key(base: str, inflected: str) -> None:
    assert finnish_key(base) == finnish_key(inflected)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("vuoksi", "vuosi"),  # "because of", not a form of "vuosi"
        ("lain", "laa"),  # "laki": its "ai" is not the plural stem of a long vowel
        ("mieltä", "meille"),
        ("kuulla", "kuun"),
        ("kolmannen", "kolmas"),
    ],
)
def test_look_alike_forms_keep_their_own_keys(one: str, other: str) -> None:
    assert finnish_key(one) != finnish_key(other)


def test_agent_nouns_are_not_taken_for_compounds_of_aika() -> None:
    assert finnish_key("opettajat") == finnish_key("opettaja")
    assert not finnish_key("opettajat").endswith("aik")
    assert finnish_key("kokousajat").endswith("aik")


def test_a_compound_splits_where_a_consonant_meets_a_vowel() -> None:
    assert finnish_key("kaavoitus") in compound_heads("kaavoitusarkkitehdin")
    assert finnish_key("arkkitehti") in compound_tails(finnish_key("kaavoitusarkkitehdin"))


def test_compound_parts_contain_the_parts_of_the_compound() -> None:
    assert finnish_key("kaava") in compound_tails(finnish_key("asemakaavan"))
    assert finnish_key("avustus") in compound_tails(finnish_key("yksityistieavustukset"))
    assert finnish_key("liikenneturvallisuus") in compound_heads("liikenneturvallisuustyö")
    assert finnish_key("kaavoitus") in compound_heads("kaavoituspäätös")
    assert finnish_key("myyntilupa") in compound_middles("vähittäismyyntilupahakemus")
    assert finnish_key("myyntilupa") not in compound_heads("vähittäismyyntilupahakemus")


def test_compound_splits_offer_the_real_split() -> None:
    assert ("kulttuur", "til") in compound_splits(finnish_key("kulttuuritilojen"))
    assert (finnish_key("kiinteistö"), finnish_key("vero")) in compound_splits(
        finnish_key("kiinteistövero")
    )
    assert compound_splits(finnish_key("talo")) == ()


def test_short_words_have_no_compound_parts() -> None:
    assert compound_tails(finnish_key("talo")) == ()
    assert compound_heads("talo") == ()


@pytest.fixture(scope="module")
def corpus_service(
    tmp_path_factory: pytest.TempPathFactory, corpus_path: Path
) -> Iterator[SearchService]:
    folder = tmp_path_factory.mktemp("analysis")
    db_path = folder / "db.sqlite3"
    connection = connect(db_path)
    with corpus_path.open(encoding="utf-8") as handle:
        records = [
            record_from_json(json.loads(line)) for i, line in enumerate(handle) if i % 7 == 0
        ]
    DecisionRepository(connection).upsert_many(records)
    connection.close()
    service = SearchService(folder / "index", db_path)
    service.rebuild()
    yield service
    service.close()


def test_base_form_query_finds_inflected_forms(corpus_service: SearchService) -> None:
    hits = corpus_service.search("päätös", limit=50).hits
    texts = [corpus_service.document(h.source_id) for h in hits]
    inflected = [d for d in texts if d is not None and "päätöksen" in (d.title + d.text).lower()]
    assert inflected, "no document with 'päätöksen' found by 'päätös'"


def test_kaava_finds_asemakaava_in_titles(corpus_service: SearchService) -> None:
    titles = [h.title.lower() for h in corpus_service.search("kaava", limit=20).hits]
    assert any("asemakaava" in t for t in titles)


def test_snowball_baseline_misses_the_compound(tmp_path: Path) -> None:
    """The reason the default analyzer exists: plain Snowball cannot find 'asemakaavan'."""
    db_path = tmp_path / "db.sqlite3"
    connection = connect(db_path)
    DecisionRepository(connection).upsert_many(
        [record_from_json({"id": "a", "title": "Asemakaavan muutos", "text": "Korttelit 5 ja 6"})]
    )
    connection.close()
    for name, expected in (("snowball", []), (DEFAULT_ANALYZER, ["a"])):
        with SearchService(tmp_path / name, db_path, analyzer=name) as service:
            service.rebuild()
            assert [h.source_id for h in service.search("kaava").hits] == expected, name
