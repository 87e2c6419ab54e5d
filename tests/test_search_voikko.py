"""The optional Voikko backend: dictionary lemmas and compound parts, and life without it.

CI installs libvoikko and voikko-fi, so these run there; on a machine without them the
tests that need the dictionary are skipped with the reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.search import voikko
from desktop_app.search.analysis import finnish_key
from desktop_app.search.service import SearchService
from desktop_app.seed import record_from_json
from desktop_app.storage.database import connect
from desktop_app.storage.decisions import DecisionRepository

needs_voikko = pytest.mark.skipif(
    not voikko.available(), reason="libvoikko with the voikko-fi dictionary is not installed"
)


@needs_voikko
def test_lemmas_and_compound_parts_come_from_the_dictionary() -> None:
    assert voikko.lemmas("kokousajat") == ("kokousaika",)
    assert set(voikko.lemmas("teiden")) >= {"tie"}
    assert voikko.query_lemma("tie") == "tie"
    assert voikko.compound_parts("kokousajat") == ("kokous", "aika")
    parts = voikko.compound_parts("kiinteistöveroprosentit")
    assert {"kiinteistö", "vero", "prosentti", "kiinteistövero", "veroprosentti"} == set(parts)
    # the reading with the fewest parts: "asema" + "kaava", not "ase" + "makaa" ...
    assert set(voikko.compound_parts("asemakaavan")) == {"asema", "kaava"}
    assert set(voikko.compound_parts("yksityistieavustukset")) >= {"tie", "avustus"}


@needs_voikko
def test_unknown_words_fall_back_to_the_rule_based_key() -> None:
    assert voikko.lemmas("xyzzyjen") == (finnish_key("xyzzyjen"),)
    assert voikko.lemmas("2024") == ("2024",)


def test_without_voikko_every_word_gets_the_rule_based_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for cached in (voikko._analyses, voikko.lemmas, voikko.query_lemma, voikko.compound_parts):
        cached.cache_clear()
    monkeypatch.setattr(voikko, "_handle", lambda: None)
    try:
        assert not voikko.available()
        assert voikko.lemmas("kokousajat") == (finnish_key("kokousajat"),)
        assert voikko.compound_parts("kokousajat") == ()
    finally:
        for cached in (voikko._analyses, voikko.lemmas, voikko.query_lemma, voikko.compound_parts):
            cached.cache_clear()


@needs_voikko
def test_a_voikko_index_finds_irregular_forms_and_compound_parts(tmp_path: Path) -> None:
    db_path = tmp_path / "db.sqlite3"
    connection = connect(db_path)
    DecisionRepository(connection).upsert_many(
        [
            record_from_json({"id": "meetings", "title": "Lautakunnan kokousajat", "text": "x"}),
            record_from_json(
                {"id": "grants", "title": "Yksityistieavustukset 2025", "text": "Jaetaan."}
            ),
            record_from_json({"id": "other", "title": "Uimahallin urakka", "text": "y"}),
        ]
    )
    connection.close()
    with SearchService.open(
        tmp_path / "index", db_path, analyzer="voikko", check_in_background=False
    ) as service:
        assert [h.source_id for h in service.search("kokousaika").hits] == ["meetings"]
        assert [h.source_id for h in service.search("avustus").hits] == ["grants"]
        assert [h.source_id for h in service.search("tie").hits] == ["grants"]
