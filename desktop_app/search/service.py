"""The search API the GUI and the CLI use: queries from any thread, one writer thread.

Every change to the index runs on the service's own single worker thread, so there is never
more than one Whoosh writer. Readers share one searcher under a lock; the writer closes it
before a commit (Windows cannot replace segment files that are open) and opens a fresh one
after, so a search sees either the old or the new state, never a half-written one. A
missing, damaged or differently built index is rebuilt from SQLite in the background into a
new generation folder and swapped in; searches meanwhile get an empty result with
``warning="index.building"`` instead of an error.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import query as wq
from whoosh.index import Index
from whoosh.searching import Searcher

from desktop_app.domain.model import DecisionRecord
from desktop_app.messages import message
from desktop_app.search import bulk
from desktop_app.search.analysis import (
    ANALYZERS,
    DEFAULT_ANALYZER,
    AnalyzerChoice,
    compound_heads,
    compound_middles,
    compound_tails,
    finnish_key,
    fold_umlauts,
    swedish_key,
)
from desktop_app.search.expansion import expand, suggestion
from desktop_app.search.prefixes import PrefixFilters
from desktop_app.search.query import SIMPLIFIED, QueryBuilder, expand_for_highlight
from desktop_app.search.ranking import FieldTerm, Word, plain_words, with_compound_parts
from desktop_app.search.snippets import make_snippet, mark_all
from desktop_app.search.spelling import Vocabulary, read_keys
from desktop_app.search.store import (
    IndexBroken,
    IndexStore,
    Stamp,
    open_index,
    open_searcher,
    quiet_leaks,
    write_stamp,
)
from desktop_app.storage.decisions import DecisionRepository
from desktop_app.storage.pool import ReaderPool
from desktop_app.tasks import TaskState

if TYPE_CHECKING:  # loaded lazily: NumPy takes a third of a second to import
    from desktop_app.search.ranker import Ranker

log = logging.getLogger(__name__)

COMMIT_EVERY = 500  # bounds how long a commit keeps searches waiting
# A rebuild writes one segment per this many documents: each segment's postings then sort in
# memory instead of spilling to temporary files, which is most of Whoosh's build time.
REBUILD_SEGMENT_DOCS = 10000
SMALL_SEGMENT_DOCS = 2000
INDEX_BUILDING = "search.index_building"
INDEX_UNAVAILABLE = "search.index_unavailable"
BULK_WRITER_MB = 256
# Whoosh sorts each in-memory posting run with one C-level sorted() that holds the GIL. With
# 256 MB runs an import froze the GUI thread for ~0.5 s; 2 MB runs keep every pause under
# ~35 ms for full builds about 30 % longer. The window asks for this; the CLI and the
# benchmarks keep the bulk size.
INTERACTIVE_WRITER_MB = 2
INTERACTIVE_PARALLEL_MIN_DOCS = 1000
SUGGESTION_HITS = 3  # the texts of this many best hits show how a corrected word is written
FIRST_VOCABULARY_WAIT_S = 60.0


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions from the search panel; empty tuples and None mean "any"."""

    body_orgs: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    classifications: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None

    def is_empty(self) -> bool:
        return not (
            self.body_orgs
            or self.doc_types
            or self.classifications
            or self.date_from
            or self.date_to
        )


@dataclass(frozen=True)
class Hit:
    source_id: str
    title: str
    date: date | None
    body_org: str
    doc_type: str
    classification: str
    case_id: str
    score: float
    snippet_html: str  # escaped text; only the <b>…</b> marks are markup
    # where a synced decision came from (read from SQLite, not the index); "" for others
    source_key: str = ""
    link: str = ""


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: list[Hit]
    total: int
    total_exact: bool = True
    # "" or a message code: search.query_simplified, search.index_building,
    # search.index_unavailable (render with desktop_app.messages.message)
    warning: str = ""
    # the index keys the hits matched on, for marking them in a whole decision (mark_html)
    terms: frozenset[str] = frozenset()
    # the query with a misspelt word corrected ("Tarkoititko: …"), or ""
    suggestion: str = ""


@dataclass
class IndexReport:
    rebuilt: bool = False
    indexed: int = 0
    removed: int = 0
    left_old_folders: list[Path] = field(default_factory=list)


class SearchService:
    def __init__(
        self,
        index_dir: Path,
        db_path: Path,
        analyzer: str = DEFAULT_ANALYZER,
        *,
        writer_mb: int = BULK_WRITER_MB,
    ) -> None:
        self.choice: AnalyzerChoice = ANALYZERS[analyzer]
        self._writer_mb = writer_mb
        self.store = IndexStore(Path(index_dir), self.choice)
        self.db_path = Path(db_path)
        self._builder = QueryBuilder(self.choice)
        self._lock = threading.RLock()
        self._ix: Index | None = None
        self._searcher: Searcher | None = None
        self._current_ranker: Ranker | None = None
        # The known keys for near-spelling lookups: reading them takes about a second at
        # 20,000 decisions, so after a commit the previous ones serve (a correction needs
        # no exact counts) while the writer thread reads the new ones.
        self._vocabulary_cache: Vocabulary | None = None
        self._vocabulary_stale = True
        self._vocabulary_refreshing = False
        # The first read after opening: a search arriving meanwhile waits for it rather than
        # reading the keys a second time (both at once took 10-20 s at 20,000 decisions).
        self._first_vocabulary_reading = threading.Event()
        self._first_vocabulary_done = threading.Event()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-index")
        self._running_states: set[TaskState] = set()
        self._readers = ReaderPool(self.db_path)
        self._background: Future[IndexReport] | None = None
        self._background_state: TaskState | None = None
        self._folder: Path | None = None
        self._closed = False

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        index_dir: Path,
        db_path: Path,
        *,
        analyzer: str = DEFAULT_ANALYZER,
        check_in_background: bool = True,
        writer_mb: int = BULK_WRITER_MB,
    ) -> SearchService:
        """Open quickly for searching; checking and repairing the index runs in the background.

        With ``check_in_background=False`` the caller gets a checked, up-to-date index (the
        CLI wants that); the GUI keeps the default and may call :meth:`wait_ready`.
        """
        service = cls(index_dir, db_path, analyzer, writer_mb=writer_mb)
        if check_in_background:
            # Opening reads every field length (0.4 s at 20,000 decisions): not on the
            # caller's (the GUI's) thread. The writer thread runs it before the check.
            service._writer.submit(service._quick_open)
        else:
            service._quick_open()
        future = service.ensure_index_in_background()
        if not check_in_background:
            future.result()
        return service

    def close(self) -> None:
        """Stop background work (a running rebuild is cancelled) and release the files."""
        self._closed = True
        if self._background_state is not None:
            self._background_state.cancel()
        for state in list(self._running_states):  # also one waiting for another process
            state.cancel()
        self._writer.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            self._close_index()
        self._readers.close()

    def __enter__(self) -> SearchService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def ready(self) -> bool:
        """True when searches use a checked index (no rebuild or check pending)."""
        return self._searcher is not None and (self._background is None or self._background.done())

    def wait_ready(self, timeout: float | None = None) -> bool:
        background = self._background
        if background is not None:
            background.result(timeout)
        return self._searcher is not None

    # -- writing (always on the writer thread) -------------------------------------------

    def ensure_index(self, state: TaskState | None = None) -> IndexReport:
        """Check the index, rebuild it if unusable, bring it up to date with SQLite."""
        return self._writer.submit(self._locked(self._ensure), state or TaskState()).result()

    def ensure_index_in_background(self, state: TaskState | None = None) -> Future[IndexReport]:
        """Like :meth:`ensure_index` without waiting; :meth:`close` cancels it."""
        self._background_state = state or TaskState()
        self._background = self._writer.submit(self._locked(self._ensure), self._background_state)
        with self._lock:  # the window's first misspelt word should not wait for them
            if self._vocabulary_cache is None and not self._vocabulary_refreshing:
                self._vocabulary_refreshing = True
                self._writer.submit(self._refresh_vocabulary)
        return self._background

    def rebuild(self, state: TaskState | None = None) -> IndexReport:
        return self._writer.submit(self._locked(self._rebuild), state or TaskState()).result()

    def index_decisions(
        self, source_ids: Iterable[str], state: TaskState | None = None
    ) -> IndexReport:
        """Index (or remove) these decisions after an import, an edit or a delete."""
        wanted = list(dict.fromkeys(source_ids))
        state = state or TaskState()
        job = self._locked(lambda locked_state: self._index_ids(wanted, locked_state))
        return self._writer.submit(job, state).result()

    # -- reading (any thread) ------------------------------------------------------------

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        sort: str = "relevance",
        limit: int = 20,
        snippets: bool = True,
        snippet_count: int | None = None,
    ) -> SearchResults:
        """Never raises for any query text; problems come back as ``warning``.

        ``sort`` is "relevance" or "date" (newest first). With ``snippets=False`` the hits
        carry an empty ``snippet_html`` (saves reading the texts from SQLite); with
        ``snippet_count`` only that many of the first hits get one, the rest can be asked
        for with :meth:`snippet` when they are shown. ``body:``, ``type:`` and date prefixes
        in the query restrict the results like ``filters`` do.
        """
        filters = filters or SearchFilters()
        sortedby = "date" if sort == "date" else None
        if self._vocabulary_cache is None and self._first_vocabulary_reading.is_set():
            self._first_vocabulary_done.wait(FIRST_VOCABULARY_WAIT_S)  # not holding the lock
        corrections: dict[str, str] = {}
        with self._lock:
            parsed = self._builder.parse(query)
            whoosh_query = parsed.query
            warning = parsed.warning
            searcher = self._searcher
            if searcher is None:
                if whoosh_query is None and filters.is_empty() and parsed.filters.is_empty():
                    return SearchResults(query, [], 0, warning=warning)
                return SearchResults(query, [], 0, warning=INDEX_BUILDING)
            filter_query = _all_of(
                _filter_query(filters), _prefix_filter_query(parsed.filters, searcher)
            )
            if whoosh_query is None:
                if filter_query is None:
                    return SearchResults(query, [], 0, warning=warning)
                whoosh_query = wq.Every()
            part_keys: set[str] = set()
            try:
                words = (
                    plain_words(whoosh_query, searcher.schema) if self.choice.own_ranking else None
                )
                if words:
                    words, corrections = self._expand(searcher, words, parsed.words)
                    part_keys = {term.text for word in words for term in word}
                    if self._ranks(sortedby):
                        rows, total, exact = self._rank(searcher, words, filter_query, limit)
                    else:
                        rows, total, exact = _run(
                            searcher, _any_word(words), filter_query, sortedby, limit
                        )
                else:
                    rows, total, exact = _run(searcher, whoosh_query, filter_query, sortedby, limit)
            except Exception:  # a query Whoosh cannot run: retry with the plain words
                log.info("query %r failed, retrying with plain words", query, exc_info=True)
                whoosh_query = self._builder.plain(query) or wq.NullQuery
                warning = SIMPLIFIED
                try:
                    rows, total, exact = _run(searcher, whoosh_query, filter_query, sortedby, limit)
                except Exception:  # the index itself is unreadable; repair in the background
                    log.warning("search failed; index will be checked", exc_info=True)
                    self._schedule_repair()
                    return SearchResults(query, [], 0, warning=INDEX_UNAVAILABLE)
            terms = expand_for_highlight(whoosh_query, searcher) | part_keys
        shown = len(rows) if snippet_count is None else snippet_count
        hits = self._hits(rows, terms, shown if snippets else 0)
        suggested = ""
        if corrections and rows:
            texts = self._texts([str(fields["source_id"]) for fields, _ in rows[:SUGGESTION_HITS]])
            suggested = suggestion(query, corrections, list(texts.values()))
        return SearchResults(query, hits, total, exact, warning, frozenset(terms), suggested)

    def snippet(self, source_id: str, terms: Collection[str]) -> str:
        """The snippet of one hit, for the hits a search left without one (see ``search``)."""
        texts = self._texts([source_id])
        if source_id not in texts:
            return ""
        with self._lock:
            searcher = self._searcher
            fields = (searcher.document(source_id=source_id) if searcher else None) or {}
        return self._snippet(texts[source_id], terms, self._parts_of(), fields)

    def mark_html(
        self, text: str, terms: Collection[str], open_tag: str = "<b>", close_tag: str = "</b>"
    ) -> str:
        """``text`` escaped, with the words a search matched (its ``terms``) between tags."""
        return mark_all(text, terms, self._key, self._parts_of(), open_tag, close_tag)

    def similar(self, text: str, limit: int = 8, exclude: Iterable[str] = ()) -> list[Hit]:
        """Earlier decisions most like a draft's title and proposal (key terms of ``text``)."""
        excluded = set(exclude)
        text = text[:20_000]
        if len(text.split()) < 2:
            return []
        with self._lock:
            searcher = self._searcher
            if searcher is None:
                return []
            try:
                keys = searcher.key_terms_from_text("text", text, numterms=15)
                if not keys:
                    return []
                words: list[Word] = [
                    (
                        FieldTerm("text", term, float(weight)),
                        FieldTerm("title", term, 2.0 * float(weight)),
                    )
                    for term, weight in keys
                ]
                ranked = self._ranker(searcher).rank(words, limit + len(excluded), coordinate=False)
                rows = [(searcher.stored_fields(d), score) for d, score in ranked.hits]
            except Exception:  # as in search(): never an error for the typing user
                log.warning("similar-decisions query failed", exc_info=True)
                return []
        rows = [row for row in rows if row[0]["source_id"] not in excluded][:limit]
        return self._hits(rows, {term for term, _ in keys})

    def document(self, source_id: str) -> DecisionRecord | None:
        with self._readers.connection() as connection:
            return DecisionRepository(connection).get(source_id)

    def facets(self) -> dict[str, list[str]]:
        """Distinct bodies, document types and classifications, for the filter lists."""
        found: dict[str, list[str]] = {}
        with self._readers.connection() as connection:
            for column in ("body_org", "doc_type", "classification"):
                rows = connection.execute(
                    f"SELECT DISTINCT {column} FROM decisions WHERE {column} != '' ORDER BY 1"
                ).fetchall()
                found[column] = [str(row[0]) for row in rows]
        return found

    # -- internals -----------------------------------------------------------------------

    def _expand(
        self, searcher: Searcher, words: list[Word], typed: tuple[str, ...]
    ) -> tuple[list[Word], dict[str, str]]:
        """The words with compound parts, folded, corrected and Swedish forms (own keys only)."""
        if not self.choice.folded_keys:
            return words, {}
        reader = searcher.reader()
        folded = "folded" in searcher.schema

        def known(fieldname: str, text: str) -> int:
            found = reader.doc_frequency(fieldname, text)
            if folded and fieldname == "text":
                found = max(found, reader.doc_frequency("folded", fold_umlauts(text)))
            return int(found)

        words = with_compound_parts(words, known)
        expansion = expand(words, typed, reader, lambda: self._vocabulary(searcher))
        return expansion.words, expansion.corrections

    def _vocabulary(self, searcher: Searcher) -> Vocabulary:
        """The known keys; the caller holds the lock.

        Read here only the first time (the command line); otherwise the writer thread keeps
        them up to date and a search never waits for it.
        """
        cached = self._vocabulary_cache
        if cached is None:
            cached = self._vocabulary_cache = _read_vocabulary(searcher.reader())
            self._vocabulary_stale = False
        elif self._vocabulary_stale and not self._vocabulary_refreshing and not self._closed:
            self._vocabulary_refreshing = True
            self._writer.submit(self._refresh_vocabulary)
        return cached

    def _refresh_vocabulary(self) -> None:
        """Read the known keys with a reader of its own (writer thread), then swap them in."""
        with self._lock:
            if self._closed or self._ix is None:
                self._vocabulary_refreshing = False
                return
            reader = self._ix.reader()
            self._vocabulary_stale = False  # a commit from now on makes it stale again
        vocabulary: Vocabulary | None = None
        first = self._vocabulary_cache is None
        if first:
            self._first_vocabulary_reading.set()
        try:
            vocabulary = _read_vocabulary(reader)
        finally:
            reader.close()
            with self._lock:
                self._vocabulary_refreshing = False
                if vocabulary is None:
                    self._vocabulary_stale = True  # tried again at the next misspelt word
                else:
                    self._vocabulary_cache = vocabulary
            if first:
                self._first_vocabulary_done.set()

    def _ranks(self, sortedby: str | None) -> bool:
        """Whether plain-word queries go to the own ranker (date order stays with Whoosh)."""
        return self.choice.own_ranking and sortedby is None

    def _ranker(self, searcher: Searcher) -> Ranker:
        """The ranker of the current searcher (a new searcher after each commit)."""
        from desktop_app.search.ranker import Ranker  # at once after the warm-up in _quick_open

        ranker = self._current_ranker
        if ranker is None or ranker.searcher is not searcher:
            ranker = self._current_ranker = Ranker(searcher)
        return ranker

    def _rank(
        self,
        searcher: Searcher,
        words: list[Word],
        filter_query: wq.Query | None,
        limit: int,
    ) -> tuple[list[tuple[dict[str, Any], float]], int, bool]:
        allowed = set(searcher.docs_for_query(filter_query)) if filter_query else None
        ranked = self._ranker(searcher).rank(words, max(1, limit), allowed=allowed)
        rows = [(searcher.stored_fields(docnum), score) for docnum, score in ranked.hits]
        return rows, ranked.total, True

    def _hits(
        self,
        rows: list[tuple[dict[str, Any], float]],
        terms: set[str],
        snippet_count: int | None = None,
    ) -> list[Hit]:
        """Hits of ``rows``; the first ``snippet_count`` (all when None) with a snippet."""
        ids = [str(fields["source_id"]) for fields, _ in rows]
        texts = self._texts(ids[:snippet_count])
        origins = self._origins(ids)
        parts = self._parts_of()
        hits = []
        for fields, score in rows:
            source_id = str(fields["source_id"])
            raw_date = str(fields.get("date") or "")
            source_key, link = origins.get(source_id, ("", ""))
            hits.append(
                Hit(
                    source_id=source_id,
                    title=str(fields.get("title") or fields.get("sv_title") or ""),
                    date=date.fromisoformat(raw_date) if raw_date else None,
                    body_org=str(fields.get("body_org") or ""),
                    doc_type=str(fields.get("doc_type") or ""),
                    classification=str(fields.get("classification") or ""),
                    case_id=str(fields.get("case_id") or ""),
                    score=score,
                    snippet_html=self._snippet(texts[source_id], terms, parts, fields)
                    if source_id in texts
                    else "",
                    source_key=source_key,
                    link=link,
                )
            )
        return hits

    def _snippet(
        self,
        text: str,
        terms: Collection[str],
        parts: Callable[[str], tuple[str, ...]] | None,
        fields: dict[str, Any],
    ) -> str:
        if fields.get("lang") == "sv":
            return make_snippet(text, terms, swedish_key)
        return make_snippet(text, terms, self._key, parts)

    def _parts_of(self) -> Callable[[str], tuple[str, ...]] | None:
        """What marks a word's compound parts in snippets: nothing without a parts field."""
        return self._parts if self.choice.compound_min_tail is not None else None

    def _parts(self, word: str) -> tuple[str, ...]:
        if self.choice.voikko:
            from desktop_app.search import voikko

            return voikko.compound_parts(word)
        parts = compound_tails(finnish_key(word), self.choice.compound_min_tail or 4)
        if self.choice.compound_heads:
            parts = parts + compound_heads(word) + compound_middles(word)
        return parts

    def _key(self, word: str) -> str:
        if self.choice.voikko:
            from desktop_app.search import voikko

            return voikko.query_lemma(word)
        if self.choice.folded_keys:
            return finnish_key(word)
        return "".join(t.text for t in self.choice.main_analyzer()(word)) or word

    def _origins(self, source_ids: list[str]) -> dict[str, tuple[str, str]]:
        """Source key and link of the synced decisions among ``source_ids``."""
        rows = self._decision_rows(
            "source_key, link", source_ids, "AND (source_key != '' OR link != '')"
        )
        return {str(row[0]): (str(row[1]), str(row[2])) for row in rows}

    def _texts(self, source_ids: list[str]) -> dict[str, str]:
        rows = self._decision_rows("substr(text, 1, 60000)", source_ids)
        return {str(row[0]): str(row[1]) for row in rows}

    def _decision_rows(
        self, columns: str, source_ids: list[str], condition: str = ""
    ) -> list[tuple[Any, ...]]:
        """(source_id, *columns) of the stored decisions among ``source_ids``."""
        if not source_ids:
            return []
        marks = ", ".join("?" * len(source_ids))
        with self._readers.connection() as connection:
            return connection.execute(
                f"SELECT source_id, {columns} FROM decisions"
                f" WHERE source_id IN ({marks}) {condition}",
                source_ids,
            ).fetchall()

    def _locked(
        self, job: Callable[[TaskState], IndexReport]
    ) -> Callable[[TaskState], IndexReport]:
        """``job`` run while this process holds the index folder (see IndexStore.writing).

        Inside, the current generation is read again: another process may have built a new
        one while this one waited.
        """

        def run(state: TaskState) -> IndexReport:
            self._running_states.add(state)
            try:
                with self.store.writing(state):
                    self._catch_up_searcher()
                    return job(state)
            finally:
                self._running_states.discard(state)

        return run

    def _catch_up_searcher(self) -> None:
        """See what another process committed to the current generation meanwhile.

        Without this, decisions it indexed would look missing here and be added again.
        """
        with self._lock:
            if self._searcher is None or self._searcher.up_to_date():
                return
            with self._searcher_closed():
                pass

    def _schedule_repair(self) -> None:
        if self._closed:
            return
        if self._background is None or self._background.done():
            self.ensure_index_in_background()

    def _quick_open(self) -> None:
        """Open the current generation without the full check, so search works at once.

        The ranker (and NumPy with it) is loaded here too, on the writer thread: not on the
        window's start, and not in the first search either.
        """
        import desktop_app.search.ranker  # noqa: F401

        folder = self.store.current_dir()
        if folder is None:
            return
        try:
            ix = open_index(folder)
        except IndexBroken:
            log.info("index in %s does not open; it will be rebuilt", folder)
            return
        searcher = None
        with quiet_leaks():
            try:
                searcher = open_searcher(ix)
            except Exception:  # damaged: the background check rebuilds it
                ix.close()
        if searcher is None:
            return
        with self._lock:
            self._ix, self._searcher = ix, searcher
            self._folder = folder

    def _close_index(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._current_ranker = None
        self._vocabulary_stale = True
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    def _install(self, ix: Index, folder: Path) -> None:
        with self._lock:
            self._close_index()
            self._ix = ix
            self._searcher = open_searcher(ix)
            self._folder = folder

    def _db_stamp(self) -> Stamp:
        with self._readers.connection() as connection:
            row = connection.execute(
                "SELECT COUNT(*), COALESCE(MAX(imported), '') FROM decisions"
            ).fetchone()
        return Stamp(self.choice.name, int(row[0]), str(row[1]))

    def _ensure(self, state: TaskState) -> IndexReport:
        try:
            ix, stamp = self.store.open_current()
        except IndexBroken as problem:
            log.info("rebuilding the search index: %s", problem)
            return self._rebuild(state)
        folder = self.store.current_dir()
        assert folder is not None
        with self._lock:
            same = self._ix is not None and self._folder == folder
        if same:
            ix.close()
        else:
            self._install(ix, folder)
        report = IndexReport()
        if stamp != self._db_stamp():
            report = self._synchronize(state)
        report.left_old_folders = self.store.remove_old()
        return report

    def _rebuild(self, state: TaskState) -> IndexReport:
        stamp = self._db_stamp()
        folder = self.store.new_generation()
        ix = self.store.create(folder)
        try:
            if stamp.count >= self._parallel_min_docs():
                with self._readers.connection() as connection:
                    ranges = bulk.id_ranges(connection, REBUILD_SEGMENT_DOCS)
                done = bulk.build_in_parallel(
                    ix, folder, self.db_path, self.choice, ranges, BULK_WRITER_MB, state
                )
            else:
                done = self._rebuild_serially(ix, stamp.count, state)
            write_stamp(folder, stamp)
        except BaseException:
            ix.close()
            shutil.rmtree(folder, ignore_errors=True)
            raise
        state.progress(done, stamp.count, message("search.progress.ready"))
        self.store.switch_to(folder)
        self._install(ix, folder)
        return IndexReport(rebuilt=True, indexed=done, left_old_folders=self.store.remove_old())

    def _parallel_min_docs(self) -> int:
        """From how many decisions a rebuild runs on worker processes.

        The window's small-run writer (see INTERACTIVE_WRITER_MB) takes worker processes
        much sooner: they share no GIL with its GUI thread, so they may use big runs and
        build its first big import as fast as the command line does.
        """
        if self._writer_mb >= BULK_WRITER_MB:
            return bulk.PARALLEL_MIN_DOCS
        return INTERACTIVE_PARALLEL_MIN_DOCS

    def _rebuild_serially(self, ix: Index, total: int, state: TaskState) -> int:
        writer = ix.writer(limitmb=self._writer_mb)
        done = 0
        try:
            with self._readers.connection() as connection:
                for record in DecisionRepository(connection).iterate():
                    writer.add_document(**self._fields(record))
                    done += 1
                    if done % 200 == 0:
                        state.progress(done, total, message("search.progress.building"))
                        state.check()
                    if done % REBUILD_SEGMENT_DOCS == 0:
                        writer.commit(merge=False)
                        writer = ix.writer(limitmb=self._writer_mb)
            writer.commit(merge=False)
        except BaseException:
            writer.cancel()
            raise
        return done

    def _synchronize(self, state: TaskState) -> IndexReport:
        """Make the index hold exactly the decisions of SQLite, comparing content hashes."""
        stamp = self._db_stamp()
        with self._lock:
            assert self._searcher is not None
            indexed = {
                str(fields["source_id"]): str(fields.get("content_hash") or "")
                for _, fields in self._searcher.reader().iter_docs()
            }
        with self._readers.connection() as connection:
            stored = dict(connection.execute("SELECT source_id, content_hash FROM decisions"))
        changed = [sid for sid, digest in stored.items() if indexed.get(sid) != digest]
        removed = [sid for sid in indexed if sid not in stored]
        report = self._apply(changed, removed, state)
        self._finish_stamp(stamp)
        return report

    def _index_ids(self, source_ids: list[str], state: TaskState) -> IndexReport:
        folder = self.store.current_dir()
        with self._lock:
            installed = self._folder
        if self._ix is None or folder is None or folder != installed:
            # none yet, or another process switched generations: the full check catches up
            return self._ensure(state)
        before = self._db_stamp()
        previous = _read_folder_stamp(folder)
        since = previous.max_imported if previous else ""
        extra: list[str] = []
        if previous:
            with self._readers.connection() as connection:
                extra = [
                    str(row[0])
                    for row in connection.execute(
                        "SELECT source_id FROM decisions WHERE imported >= ?", (since,)
                    )
                ]
        wanted = list(dict.fromkeys([*source_ids, *extra]))
        stored = self._stored_hashes(wanted)
        indexed = self._indexed_hashes(wanted)
        report = self._apply(
            [sid for sid in wanted if sid in stored and indexed.get(sid) != stored[sid]],
            [sid for sid in wanted if sid not in stored and sid in indexed],
            state,
            frozenset(sid for sid in wanted if sid not in indexed),
        )
        self._finish_stamp(before)
        return report

    def _stored_hashes(self, source_ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        with self._readers.connection() as connection:
            for start in range(0, len(source_ids), 500):
                chunk = source_ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                found.update(
                    (str(row[0]), str(row[1]))
                    for row in connection.execute(
                        "SELECT source_id, content_hash FROM decisions"
                        f" WHERE source_id IN ({marks})",
                        chunk,
                    )
                )
        return found

    def _indexed_hashes(self, source_ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        with self._lock:
            if self._searcher is None:
                return found
            for sid in source_ids:
                fields = self._searcher.document(source_id=sid)
                if fields is not None:
                    found[sid] = str(fields.get("content_hash") or "")
        return found

    def _finish_stamp(self, stamp: Stamp) -> None:
        """Record the database state only if the index now has exactly as many documents."""
        folder = self.store.current_dir()
        with self._lock:
            count = self._ix.doc_count() if self._ix is not None else -1
        if folder is not None and count == stamp.count:
            write_stamp(folder, stamp)

    def _apply(
        self,
        changed: list[str],
        removed: list[str],
        state: TaskState,
        known_new: frozenset[str] = frozenset(),
    ) -> IndexReport:
        """Write changes; ``known_new`` ids are certainly not in the index (cheaper add)."""
        report = IndexReport()
        total = len(changed) + len(removed)
        if not total or self._ix is None:
            return report
        with self._readers.connection() as connection:
            return self._write_batches(
                DecisionRepository(connection), changed, removed, state, known_new, report
            )

    def _write_batches(
        self,
        repository: DecisionRepository,
        changed: list[str],
        removed: list[str],
        state: TaskState,
        known_new: frozenset[str],
        report: IndexReport,
    ) -> IndexReport:
        assert self._ix is not None
        total = len(changed) + len(removed)
        done = 0
        for start in range(0, max(len(changed), 1), COMMIT_EVERY):
            batch = changed[start : start + COMMIT_EVERY]
            deletions = removed if start == 0 else []
            writer = self._ix.writer(limitmb=self._writer_mb)
            try:
                for sid in deletions:
                    writer.delete_by_term("source_id", sid)
                    report.removed += 1
                for record in _records(repository, batch):
                    if record.source_id in known_new:
                        writer.add_document(**self._fields(record))
                    else:
                        writer.update_document(**self._fields(record))
                    report.indexed += 1
                    done += 1
                    if done % 100 == 0:
                        state.progress(done, total, message("search.progress.updating"))
                        state.check()
            except BaseException:
                writer.cancel()
                raise
            self._commit(writer)
        state.progress(total, total, message("search.progress.up_to_date"))
        return report

    def _commit(self, writer: Any) -> None:
        with self._lock, self._searcher_closed():
            writer.commit(mergetype=merge_small_segments)

    @contextlib.contextmanager
    def _searcher_closed(self) -> Iterator[None]:
        """Close the searcher for the block, then open a new one on what the index holds now.

        Windows cannot replace files a searcher holds open. The caller holds the lock.
        """
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._current_ranker = None
        self._vocabulary_stale = True
        try:
            yield
        finally:
            assert self._ix is not None
            self._searcher = open_searcher(self._ix)

    def _fields(self, record: DecisionRecord) -> dict[str, str]:
        return bulk.index_fields(record, self.choice)


def merge_small_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh merge policy: merge only the small segments that incremental commits leave.

    Whoosh's default policy would now and then merge the big segments of a rebuild, so that
    adding a hundred decisions could rewrite most of the index.
    """
    from whoosh.reading import SegmentReader

    small = [seg for seg in segments if seg.doc_count_all() < SMALL_SEGMENT_DOCS]
    if len(small) < 3:
        return segments
    for seg in small:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [seg for seg in segments if seg not in small]


def _records(repository: DecisionRepository, source_ids: list[str]) -> Iterator[DecisionRecord]:
    for sid in source_ids:
        record = repository.get(sid)
        if record is not None:
            yield record


def _read_folder_stamp(folder: Path) -> Stamp | None:
    from desktop_app.search.store import read_stamp

    return read_stamp(folder)


def _filter_query(filters: SearchFilters) -> wq.Query | None:
    parts: list[wq.Query] = []
    for fieldname, values in (
        ("body_org", filters.body_orgs),
        ("doc_type", filters.doc_types),
        ("classification", filters.classifications),
    ):
        if values:
            parts.append(wq.Or([wq.Term(fieldname, v) for v in values]))
    if filters.date_from or filters.date_to:
        parts.append(
            wq.TermRange(
                "date",
                filters.date_from.isoformat() if filters.date_from else None,
                filters.date_to.isoformat() if filters.date_to else None,
            )
        )
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _read_vocabulary(reader: Any) -> Vocabulary:
    return Vocabulary(read_keys(reader))


def _all_of(*queries: wq.Query | None) -> wq.Query | None:
    present = [q for q in queries if q is not None]
    if not present:
        return None
    return present[0] if len(present) == 1 else wq.And(present)


def _any_word(words: list[Word]) -> wq.Query:
    """The words as one Whoosh OR query, for the orders the own ranker does not make."""
    return wq.Or([wq.Term(t.field, t.text, boost=t.boost) for word in words for t in word])


def _prefix_filter_query(prefixes: PrefixFilters, searcher: Searcher) -> wq.Query | None:
    """The restrictions typed into the query (``body:``, ``type:``, dates) as a filter.

    A body is matched by its words (``body:kunnanhallitus`` finds "Kunnanhallitus" and
    "Kunnanhallituksen konsernijaosto"); a type by the stored types containing the value.
    """
    parts: list[wq.Query] = []
    if prefixes.bodies:
        field = searcher.schema["body"]
        alternatives = []
        for value in prefixes.bodies:
            keys = [str(k) for k in field.process_text(value, mode="query")]
            if keys:
                alternatives.append(wq.And([wq.Term("body", k) for k in keys]))
        parts.append(wq.Or(alternatives) if alternatives else wq.NullQuery)
    if prefixes.doc_types:
        known = [t.decode("utf-8") for t in searcher.reader().lexicon("doc_type")]
        wanted = {
            stored
            for value in prefixes.doc_types
            for stored in known
            if value.lower() in stored.lower()
        }
        types = [wq.Term("doc_type", value) for value in sorted(wanted)]
        parts.append(wq.Or(types) if types else wq.NullQuery)
    if prefixes.date_from or prefixes.date_to:
        parts.append(
            wq.TermRange(
                "date",
                prefixes.date_from.isoformat() if prefixes.date_from else None,
                prefixes.date_to.isoformat() if prefixes.date_to else None,
            )
        )
    return _all_of(*parts)


def _run(
    searcher: Searcher,
    query: wq.Query,
    filter_query: wq.Query | None,
    sortedby: str | None,
    limit: int,
) -> tuple[list[tuple[dict[str, Any], float]], int, bool]:
    results = searcher.search(
        query,
        limit=max(1, limit),
        filter=filter_query,
        sortedby=sortedby,
        reverse=sortedby is not None,
        terms=False,
    )
    rows = [
        (hit.fields(), 0.0 if sortedby or hit.score is None else float(hit.score))
        for hit in results
    ]
    if len(rows) < max(1, limit):
        return rows, len(rows), True  # fewer than asked for: these are all of them
    exact = results.has_exact_length()
    total = len(results) if exact else results.estimated_length()
    return rows, max(total, len(rows)), exact
