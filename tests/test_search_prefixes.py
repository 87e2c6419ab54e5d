"""``body:``, ``type:`` and date prefixes restrict the results; free words stay OR-ranked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from desktop_app.search.prefixes import date_span, split_prefixes
from desktop_app.search.service import SearchFilters, SearchService
from tests.search_decisions import FINNISH, write_archive


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    folder = tmp_path_factory.mktemp("prefixes")
    write_archive(folder / "db.sqlite3", FINNISH)
    with SearchService.open(
        folder / "index", folder / "db.sqlite3", check_in_background=False
    ) as opened:
        yield opened


def ids(service: SearchService, query: str, **options: object) -> set[str]:
    results = service.search(query, limit=50, snippets=False, **options)  # type: ignore[arg-type]
    return {hit.source_id for hit in results.hits}


def test_prefixes_are_taken_out_with_their_dangling_operators() -> None:
    rest, filters = split_prefixes('päiväkoti AND body:kunnanhallitus type:"pöytäkirjan"')
    assert rest == "päiväkoti"
    assert filters.bodies == ("kunnanhallitus",) and filters.doc_types == ("pöytäkirjan",)
    rest, filters = split_prefixes("toimielin:Sivistyslautakunta pvm:2023 tilat")
    assert rest == "tilat"
    assert filters.bodies == ("Sivistyslautakunta",)
    assert (filters.date_from, filters.date_to) == (date(2023, 1, 1), date(2023, 12, 31))
    assert split_prefixes("title:kaava")[0] == "title:kaava"  # a word field, not a filter


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2024-12", (date(2024, 12, 1), date(2024, 12, 31))),
        ("5.3.2024", (date(2024, 3, 5), date(2024, 3, 5))),
        ("3.2024", (date(2024, 3, 1), date(2024, 3, 31))),  # a month as Finns write it
        ("13.2024", None),
        ("2023..2024-03", (date(2023, 1, 1), date(2024, 3, 31))),
        ("..2023", (None, date(2023, 12, 31))),
        ("31.2.2024", None),
        ("eilen", None),
    ],
)
def test_date_values(value: str, span: tuple[date | None, date | None] | None) -> None:
    assert date_span(value) == span


def test_body_prefix_filters_with_and_or_without_the_operator(service: SearchService) -> None:
    everywhere = ids(service, "päiväkoti")
    assert {"pk-kh", "pk-sivi"} <= everywhere
    assert ids(service, "päiväkoti AND body:kunnanhallitus") == {"pk-kh"}
    assert ids(service, "päiväkoti body:kunnanhallitus") == {"pk-kh"}
    assert ids(service, "body:sivistyslautakunta päiväkoti") == {"pk-sivi"}


def test_free_words_stay_or_ranked_inside_the_filter(service: SearchService) -> None:
    found = ids(service, "päiväkoti tilinpäätös body:kunnanhallitus")
    assert {"pk-kh", "kh-talous"} <= found  # either word, both boards' decisions only
    assert "pk-sivi" not in found


def test_type_and_date_prefixes_filter_and_combine(service: SearchService) -> None:
    assert ids(service, "päiväkoti type:viranhaltija") == {"pk-sivi"}
    assert ids(service, "päiväkoti pvm:2024") == {"pk-kh"}
    assert ids(service, "päiväkoti date:..2023-12") == {"pk-sivi"}
    assert ids(service, "päiväkoti body:kunnanhallitus date:2023") == set()
    assert ids(service, "tilinpäätös alkaen:2024-04-01") == {"kh-talous"}
    assert ids(service, "tilinpäätös ennen:2024-03-31") == set()


def test_prefixes_combine_with_the_panel_filters(service: SearchService) -> None:
    panel = SearchFilters(date_from=date(2024, 1, 1))
    assert ids(service, "päiväkoti body:sivistyslautakunta", filters=panel) == set()
    assert ids(service, "päiväkoti body:kunnanhallitus", filters=panel) == {"pk-kh"}


def test_a_prefix_alone_lists_its_decisions_and_sorts_by_date(service: SearchService) -> None:
    assert ids(service, "body:sivistyslautakunta") == {"pk-sivi"}
    newest = service.search("body:kunnanhallitus", sort="date", limit=50, snippets=False)
    dates = [hit.date for hit in newest.hits]
    assert len(dates) >= 3 and dates == sorted(dates, reverse=True)  # type: ignore[type-var]


def test_a_prefix_value_that_is_not_understood_is_said(service: SearchService) -> None:
    results = service.search("päiväkoti pvm:eilen", limit=50)
    assert results.warning == "search.query_simplified"
    assert {"pk-kh", "pk-sivi"} <= {hit.source_id for hit in results.hits}
