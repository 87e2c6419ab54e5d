"""Search as you type in the real window: from the last key to the painted results.

    uv run python bench/search_paint_bench.py                  # 20,000 decisions (cached)
    uv run python bench/search_paint_bench.py --size 3000      # any size
    uv run python bench/search_paint_bench.py --rebuild        # build the cached set anew
    uv run python bench/search_paint_bench.py --db corpus.sqlite3 --work DIR  # a given set

The target: results painted within 300 ms of the last key at 20,000 decisions, the
debounce included. The decisions are the synthetic set of bench/search_bench.py (real
titles, sentences of three real decisions mixed, same seed), so both benchmarks measure the
same 20,000; it is built once and cached under the user's cache folder
(``search-paint-N``), with the time the build took.

A real ``SearchPanel`` in a real QApplication (the offscreen platform unless
QT_QPA_PLATFORM says otherwise), 1,200 × 800 pixels, on a ``SearchService`` opened as the
window opens it. The queries of ../shared/corpus/queries-fi.jsonl (and two short ones) are
typed key by key into the query field as a typist types: 80–150 ms between keys, and now
and then a pause of 150–400 ms after a space, long enough for the debounce to start a search
for the half-typed query, which the final one must then overtake. Before each query the
field's text is selected and typed over.

Latency = from the last key event to the end of the first paint of the results list's
viewport that shows the final query's results. The paint's end is exact: an event filter on
the viewport runs the view's own paint for the event and notes the time after it. The
phases, per query:

- debounce: last key → the search starts on its worker thread (timer + thread pool);
- search: the ``SearchService.search`` call on the worker (ranking and the first snippets);
- delivery: the search's end → the list model is reset (the result waits for the GUI thread);
- show: model reset → the paint starts (rows, status, the first hit's preview, layout);
- paint: the viewport's paint event (the first one that draws rows of the new list).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from platformdirs import user_cache_path  # noqa: E402

from bench.search_bench import (  # noqa: E402
    make_database,
    real_records,
    synthetic_records,
)
from desktop_app.search.service import (  # noqa: E402
    INTERACTIVE_WRITER_MB,
    SearchFilters,
    SearchResults,
    SearchService,
)

JUDGED = REPO.parent / "shared" / "corpus" / "queries-fi.jsonl"
EXTRA_QUERIES = ["kaava", "talousarvio"]  # short ones: the most hits, the longest lists
TARGET_MS = 300.0
KEY_GAP_MS = (80, 150)
WORD_PAUSE_MS = (150, 400)
WORD_PAUSE_SHARE = 0.3
SETTLE_MS = 1200  # reading the results before the next query
WAIT_LIMIT_S = 10.0
WARM_LIMIT_S = 120.0
POLL_MS = 5
DATABASE = "corpus.sqlite3"


# -- the decisions ---------------------------------------------------------------------------


def cache_folder(size: int) -> Path:
    return user_cache_path("paatospaja-bench") / f"search-paint-{size}"


def build_set(folder: Path, size: int) -> dict[str, float]:
    """The synthetic decisions in SQLite and their index; the seconds each took."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    count = make_database(folder / DATABASE, synthetic_records(real_records(), size))
    database_s = time.perf_counter() - started
    index_s = build_index(folder)
    built = {"decisions": count, "database_s": database_s, "index_s": index_s}
    (folder / "built.json").write_text(json.dumps(built), encoding="utf-8")
    return built


def build_index(folder: Path) -> float:
    started = time.perf_counter()
    service = SearchService(folder / "index", folder / DATABASE)
    try:
        service.rebuild()
    finally:
        service.close()
    return time.perf_counter() - started


def cached_set(size: int, rebuild: bool) -> tuple[Path, dict[str, float]]:
    folder = cache_folder(size)
    stamp = folder / "built.json"
    if rebuild or not stamp.exists():
        print(f"… building {size:,} decisions in {folder}", file=sys.stderr, flush=True)
        return folder, build_set(folder, size)
    return folder, {**json.loads(stamp.read_text(encoding="utf-8")), "cached": 1.0}


def judged_queries() -> list[str]:
    with JUDGED.open(encoding="utf-8") as handle:
        queries = [json.loads(line)["query"] for line in handle if line.strip()]
    return queries + EXTRA_QUERIES


# -- measuring in the window ----------------------------------------------------------------


@dataclass
class Call:
    query: str
    started: float
    ended: float = 0.0


class TimedService(SearchService):
    """The production service; each search notes when it ran (on whichever thread)."""

    calls: list[Call]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls = []
        self._calls_lock = threading.Lock()

    def search(
        self, query: str, filters: SearchFilters | None = None, *args: Any, **kwargs: Any
    ) -> SearchResults:
        call = Call(query, time.perf_counter())
        try:
            return super().search(query, filters, *args, **kwargs)
        finally:
            call.ended = time.perf_counter()
            with self._calls_lock:
                self.calls.append(call)

    def last_call(self, query: str) -> Call | None:
        with self._calls_lock:
            return next((c for c in reversed(self.calls) if c.query == query), None)


@dataclass
class Watch:
    """What happened while ``query`` was typed and after its last key."""

    query: str = ""
    first_key: float = 0.0
    last_key: float = 0.0
    reset: float = 0.0
    paint_started: float = 0.0
    painted: float = 0.0
    rows: int = 0
    stale_paints: list[float] = field(default_factory=list)


def measure(folder: Path, queries: list[str], seed: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QThreadPool, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.search_panel import HtmlDelegate, SearchPanel

    if QApplication.instance() is None:
        QApplication([sys.argv[0]])
    service = TimedService.open(
        folder / "index", folder / DATABASE, writer_mb=INTERACTIVE_WRITER_MB
    )
    assert isinstance(service, TimedService)
    opened = time.perf_counter()
    service.wait_ready()
    ready_s = time.perf_counter() - opened
    panel = SearchPanel(service)
    panel.resize(1200, 800)
    panel.refresh_facets()
    panel.show()
    panel.query.setFocus()
    QTest.qWaitForWindowExposed(panel)
    debounce_ms = panel._timer.interval()
    watch = Watch()
    view = panel.results

    def on_reset() -> None:
        results = panel.last_results
        if watch.query and results is not None and results.query == watch.query:
            watch.reset = watch.reset or time.perf_counter()

    panel.model.modelReset.connect(on_reset)
    shown = panel._show
    entered: dict[str, float] = {}

    def show(generation: int, results: SearchResults) -> None:
        entered[results.query] = time.perf_counter()
        shown(generation, results)

    panel._show = show  # type: ignore[method-assign]

    class CountingDelegate(HtmlDelegate):
        """The panel's own delegate; counts the rows it draws."""

        drawn = 0

        def paint(self, painter: Any, option: Any, index: Any) -> None:
            CountingDelegate.drawn += 1
            super().paint(painter, option, index)

    view.setItemDelegate(CountingDelegate(view))

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or watched is not view.viewport():
                return False
            drawn = CountingDelegate.drawn
            started = time.perf_counter()
            view.viewportEvent(event)  # what the view's own filter would do next
            ended = time.perf_counter()
            # a paint before the rows are laid out draws none of them: not yet painted
            showing = CountingDelegate.drawn > drawn or panel.model.rowCount() == 0
            if watch.query and not watch.painted:
                if watch.reset and showing:
                    watch.paint_started, watch.painted = started, ended
                    watch.rows = panel.model.rowCount()
                elif watch.last_key:
                    watch.stale_paints.append(ended)
            return True

    spy = PaintWatch()
    view.viewport().installEventFilter(spy)

    def pause(ms: int) -> None:
        """Let the window run its event loop as ``app.exec()`` would.

        Not ``QTest.qWait``: it keeps Python's GIL while it waits, so the search thread
        would get a sliver of the time it gets in the running program.
        """
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(condition: Any, limit_s: float = WAIT_LIMIT_S) -> bool:
        deadline = time.perf_counter() + limit_s
        while not condition():
            if time.perf_counter() > deadline:
                return False
            pause(POLL_MS)
        return True

    def press(char: str) -> None:
        """The key event a keyboard sends (keyClick with ä/ö aborts: the text is given)."""
        if char.isascii() and char.isalnum():
            key = Qt.Key(ord(char.upper()))
        else:
            key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, panel.query, key, char, Qt.KeyboardModifier.NoModifier
        )

    # The first searches after opening wait for the known words (read once per index
    # generation): timed apart, not in the typing latencies.
    first_search: list[float] = []
    for warm in ("päätös", "kaava"):
        started = time.perf_counter()
        panel.query.setText(warm)
        wait_until(
            lambda w=warm: panel.last_results is not None and panel.last_results.query == w,
            WARM_LIMIT_S,
        )
        first_search.append(time.perf_counter() - started)
    wait_until(lambda: service._vocabulary_cache is not None, WARM_LIMIT_S)
    pause(SETTLE_MS)

    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    columns = ("latency_ms", *PHASES, "queued_ms")
    print("  " + " ".join(f"{c[:-3]:>8}" for c in columns) + " searches query", file=sys.stderr)
    for query in queries:
        panel.query.selectAll()  # typed over, as a new search is
        watch = Watch(query, first_key=time.perf_counter())
        for position, char in enumerate(query):
            last = position == len(query) - 1
            if last:
                watch.last_key = time.perf_counter()
            press(char)
            if last:
                break
            gap = rng.uniform(*KEY_GAP_MS)
            if char == " " and rng.random() < WORD_PAUSE_SHARE:
                gap = rng.uniform(*WORD_PAUSE_MS)
            pause(int(gap))
        if not wait_until(lambda typed=watch: bool(typed.painted)):
            print(f"  no paint for {query!r} within {WAIT_LIMIT_S} s", file=sys.stderr)
            continue
        call = service.last_call(query)
        assert call is not None and call.ended
        results = panel.last_results
        assert results is not None and results.query == query == panel.query.text()
        rows.append(
            {
                "query": query,
                "hits": watch.rows,
                "total": results.total,
                "latency_ms": (watch.painted - watch.last_key) * 1000,
                "debounce_ms": (call.started - watch.last_key) * 1000,
                "search_ms": (call.ended - call.started) * 1000,
                "delivery_ms": (watch.reset - call.ended) * 1000,
                "queued_ms": (entered.get(query, 0.0) - call.ended) * 1000,
                "show_ms": (watch.paint_started - watch.reset) * 1000,
                "paint_ms": (watch.painted - watch.paint_started) * 1000,
                "searches": len([c for c in service.calls if c.started >= watch.first_key]),
                "earlier_lists_painted": len(watch.stale_paints),
            }
        )
        print(
            "  "
            + " ".join(f"{rows[-1][c]:8.0f}" for c in columns)
            + f" {rows[-1]['searches']:8d} {query}",
            file=sys.stderr,
            flush=True,
        )
        pause(SETTLE_MS)
    view.viewport().removeEventFilter(spy)
    QThreadPool.globalInstance().waitForDone(int(WAIT_LIMIT_S * 1000))
    panel.close()
    service.close()
    panel.deleteLater()
    pause(50)
    return {
        "platform": QGuiApplication.platformName(),
        "debounce_ms": debounce_ms,
        "open_ready_s": ready_s,
        "first_search_s": first_search[0],
        "rows": rows,
    }


# -- reporting ---------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    place = share * (len(ordered) - 1)
    low = int(place)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (place - low)


PHASES = ("debounce_ms", "search_ms", "delivery_ms", "show_ms", "paint_ms")


def summarize(result: dict[str, Any]) -> dict[str, Any]:
    rows = result["rows"]
    latencies = [r["latency_ms"] for r in rows]
    total = sum(latencies) or 1.0
    return {
        "queries": len(rows),
        "p50_ms": statistics.median(latencies),
        "p95_ms": percentile(latencies, 0.95),
        "max_ms": max(latencies),
        "over_target": sum(1 for v in latencies if v > TARGET_MS),
        "phase_p50_ms": {p: statistics.median(r[p] for r in rows) for p in PHASES},
        "phase_p95_ms": {p: percentile([r[p] for r in rows], 0.95) for p in PHASES},
        "phase_share": {p: sum(r[p] for r in rows) / total for p in PHASES},
    }


def report(result: dict[str, Any], built: dict[str, Any], load: str) -> str:
    summary = summarize(result)
    lines = [
        f"search as you type: {built.get('decisions', 0):,} decisions, platform"
        f" {result['platform']}, panel 1200×800, debounce {result['debounce_ms']} ms,"
        f" keys {KEY_GAP_MS[0]}–{KEY_GAP_MS[1]} ms apart",
        f"  set: database {built.get('database_s', 0):.1f} s + index"
        f" {built.get('index_s', 0):.1f} s"
        + (" (built before)" if built.get("cached") else "")
        + f"; service ready after {result['open_ready_s']:.2f} s, first search painted"
        f" {result['first_search_s']:.2f} s after it was typed; load {load}",
        f"  last key → painted, {summary['queries']} queries: p50 {summary['p50_ms']:.0f} ms"
        f"  p95 {summary['p95_ms']:.0f} ms  max {summary['max_ms']:.0f} ms"
        f"  (over {TARGET_MS:.0f} ms: {summary['over_target']})",
        "  " + " ".join(f"{p[:-3]:>10}" for p in PHASES),
    ]
    for label, key, unit in (
        ("p50", "phase_p50_ms", "ms"),
        ("p95", "phase_p95_ms", "ms"),
    ):
        lines.append(
            "  " + " ".join(f"{summary[key][p]:>8.0f}{unit}" for p in PHASES) + f"   {label}"
        )
    lines.append("  " + " ".join(f"{summary['phase_share'][p]:>9.0%} " for p in PHASES) + "  share")
    return "\n".join(lines)


def machine_load() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:  # not on Windows
        return "–"
    return f"{one:.2f}/{five:.2f} on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--db", default="", help="measure these decisions (their index is built if missing)"
    )
    parser.add_argument("--work", default="", help="with --db: where the index is built")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="only the first N queries")
    parser.add_argument("--json", action="store_true", help="one JSON line on stdout")
    args = parser.parse_args(argv)
    if args.db:
        folder = Path(args.work or Path(args.db).parent)
        if Path(args.db).resolve() != (folder / DATABASE).resolve():
            shutil.copy2(args.db, folder / DATABASE)
        built: dict[str, Any] = {"decisions": _count(folder / DATABASE), "database_s": 0.0}
        if (folder / "index").exists():  # search_bench's whoosh build, kept up to date
            built["cached"] = 1.0
        built["index_s"] = 0.0 if built.get("cached") else build_index(folder)
    else:
        folder, built = cached_set(args.size, args.rebuild)
    queries = judged_queries()
    if args.limit:
        queries = queries[: args.limit]
    load_before = machine_load()
    result = measure(folder, queries, args.seed)
    load = f"{load_before} before, {machine_load()} after"
    if args.json:
        print(json.dumps({"built": built, "load": load, **result, **summarize(result)}))
    else:
        print(report(result, built, load))
    return 0


def _count(database: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(database)
    try:
        return int(connection.execute("SELECT count(*) FROM decisions").fetchone()[0])
    finally:
        connection.close()


if __name__ == "__main__":
    raise SystemExit(main())
