"""A search right after opening shares the first read of the known words, never repeats it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from desktop_app.search import service as service_module
from desktop_app.search.service import SearchResults, SearchService
from tests.search_decisions import FINNISH, write_archive


def test_a_search_during_the_first_read_of_the_known_words_waits_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    reading = threading.Event()
    release = threading.Event()
    real_read = service_module._read_vocabulary

    def held_read(reader: Any) -> Any:
        """The real read, held open until the test lets it finish."""
        reads.append(threading.current_thread().name)
        reading.set()
        release.wait(30)
        return real_read(reader)

    monkeypatch.setattr(service_module, "_read_vocabulary", held_read)
    write_archive(tmp_path / "db.sqlite3", FINNISH)
    service = SearchService.open(
        tmp_path / "index", tmp_path / "db.sqlite3", check_in_background=False
    )
    try:
        assert reading.wait(30)  # the writer thread reads the known words
        answers: list[SearchResults] = []
        searching = threading.Thread(
            target=lambda: answers.append(service.search("kiinteistövreo"))  # misspelt
        )
        searching.start()
        searching.join(0.5)  # time enough to start a second read, were one made
        release.set()
        searching.join(30)
        assert not searching.is_alive()
        assert len(reads) == 1 and reads[0].startswith("search-index")
        # the misspelt word was corrected with the keys of that one read
        assert "kiinteistövero" in answers[0].suggestion
        assert answers[0].hits
    finally:
        release.set()
        service.close()
