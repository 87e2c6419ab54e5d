"""Stem changes the index keys must see through: gradation and word classes.

Each pair was missed before: the base form and the inflected form had different keys, so a
base-form query did not find "Vesilain mukainen …" or "ehdokkaan".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.search.analysis import finnish_key
from desktop_app.search.service import SearchService
from tests.search_decisions import FINNISH, write_archive


@pytest.mark.parametrize(
    ("base", "inflected"),
    [
        ("laki", "lain"),
        ("laki", "laissa"),
        ("laki", "lait"),
        ("kuntalaki", "kuntalain"),
        ("kuntalaki", "kuntalaissa"),
        ("hankintalaki", "hankintalain"),
        ("vesilaki", "vesilain"),
        ("ehdokas", "ehdokkaan"),
        ("ehdokas", "ehdokkaat"),
        ("ehdokas", "ehdokkaiden"),
        ("asiakas", "asiakkaan"),
        ("asiakas", "asiakkaille"),
        ("asukas", "asukkaan"),
        ("asukas", "asukkaat"),
        ("jäsen", "jäsenen"),
        ("jäsen", "jäseniä"),
        ("valtuustonjäsen", "valtuustonjäsenet"),
        ("toimielin", "toimielimen"),
        ("toimielin", "toimielintä"),
        ("toimielin", "toimielimissä"),
        ("vesi", "veden"),
        ("vesi", "vettä"),
        ("vesi", "vesien"),
        ("jätevesi", "jäteveden"),
        ("virka", "viran"),
        ("virka", "virat"),
        ("varaus", "varaaminen"),
        ("varaus", "varaamiseksi"),
        ("aika", "ajan"),
    ],
)
def test_base_form_and_changed_stem_share_a_key(base: str, inflected: str) -> None:
    assert finnish_key(base) == finnish_key(inflected)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("selain", "laki"),  # a head of two letters is no compound of "laki"
        ("koululaista", "koululaki"),  # the partitive of "koululainen"
        ("vesa", "vesi"),
        ("vesistö", "vesi"),
        ("virkistys", "virka"),
    ],
)
def test_look_alikes_keep_their_own_keys(one: str, other: str) -> None:
    assert finnish_key(one) != finnish_key(other)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    folder = tmp_path_factory.mktemp("stems")
    write_archive(folder / "db.sqlite3", FINNISH)
    with SearchService.open(
        folder / "index", folder / "db.sqlite3", check_in_background=False
    ) as opened:
        yield opened


def test_vesilaki_finds_vesilain_and_no_three_letter_fragments(service: SearchService) -> None:
    """ "ves" + "lak" once reached the first name Vesa and the company Lakea Oy."""
    found = [hit.source_id for hit in service.search("vesilaki", limit=20).hits]
    assert found == ["vesilaki"]
    assert "lakea" not in {hit.source_id for hit in service.search("vesilakeja").hits}


def test_a_rare_compound_is_not_split_into_short_fragments(service: SearchService) -> None:
    # neither part of "vesalakea" is a known word of four letters or more
    assert service.search("vesalakea", limit=20).hits == []
