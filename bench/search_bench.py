"""Index speed: our Whoosh index against SQLite FTS5 over the same documents.

    uv run python bench/search_bench.py            # real corpus, 20,000 and 100,000 docs
    uv run python bench/search_bench.py --quick    # real corpus subset + 3,000 docs, ~1 min

The synthetic corpora are derived from ../shared/corpus/decisions-fi.jsonl: each document
takes a real title and mixes sentences of three real documents, with a new id, so the
vocabulary and the document lengths stay realistic. Every measurement runs in its own
subprocess, so the peak memory (ru_maxrss of that process) belongs to that build alone; a
whoosh rebuild of 5,000 or more documents runs on two spawned worker processes, whose largest
peak is shown apart (peak_workers_mb; the two run at the same time).

    uv run python bench/search_bench.py --sizes 20000 --engines whoosh,fts5-keys

After the engines, at 20,000 (3,000 with --quick; ``--paint`` for other sizes), the same
decisions are searched as you type in the real window: bench/search_paint_bench.py types
the judged queries key by key into a ``SearchPanel`` and prints the time from the last key
to the painted results (target 300 ms, the debounce included) and where it goes.

Engines:
- whoosh: the production SearchService (the default analyzer unless --analyzer), build =
  ``rebuild()`` from SQLite, query = ``search()`` including the highlighted snippets. A
  second table shows what forgiving search adds (see ``forgiving_timings``): queries with
  two letters swapped, a 5,000-character text as the query (first 12 snippets, all 50),
  similar decisions for such a text, near-spelling lookups with our vocabulary against
  Whoosh's ``reader.terms_within``, and the map of the text's compounds by their last part
  (desktop_app.search.compounds): its build time, memory and size. ``--compound-expansions
  0`` measures the search without compound expansion, for a before/after comparison.
- fts5-keys: FTS5 with the SAME stemming: the text is analysed in Python with our Finnish
  analyzer (folded Snowball keys + compound parts in a third column), stored as keys, with
  tokenizer unicode61; queries are analysed the same way and OR-ed, ranked by bm25 with the
  same field weights. Build time includes the Python analysis.
- fts5-plain: FTS5 unicode61 over the raw text, no stemming at all (a floor for speed).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop_app.domain.model import DecisionRecord  # noqa: E402
from desktop_app.search.analysis import (  # noqa: E402
    ANALYZERS,
    DEFAULT_ANALYZER,
    STOP_WORDS,
    compound_heads,
    compound_middles,
    compound_tails,
    finnish_key,
)
from desktop_app.search.query import FIELD_BOOSTS  # noqa: E402
from desktop_app.search.service import SearchService  # noqa: E402
from desktop_app.seed import record_from_json  # noqa: E402
from desktop_app.storage.database import connect  # noqa: E402
from desktop_app.storage.decisions import DecisionRepository  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "decisions-fi.jsonl"
QUERIES = REPO / "bench" / "queries-fi-extended.jsonl"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"\w+")


# -- corpora --------------------------------------------------------------------------------


def real_records(limit: int | None = None) -> list[DecisionRecord]:
    with CORPUS.open(encoding="utf-8") as handle:
        records = [record_from_json(json.loads(line)) for line in handle if line.strip()]
    return records[:limit] if limit else records


def synthetic_records(base: list[DecisionRecord], count: int, seed: int = 7):
    rng = random.Random(seed)
    sentences = [_SENTENCE.split(r.text) for r in base]
    for number in range(count):
        donor = base[rng.randrange(len(base))]
        parts: list[str] = []
        for _ in range(3):
            pool = sentences[rng.randrange(len(base))]
            start = rng.randrange(max(1, len(pool)))
            parts.extend(pool[start : start + rng.randint(2, 8)])
        yield DecisionRecord(
            source_id=f"syn-{number}",
            title=donor.title,
            text=" ".join(parts)[:6000],
            date=donor.date,
            body_org=donor.body_org,
            doc_type=donor.doc_type,
            classification=donor.classification,
        )


def make_database(path: Path, records) -> int:
    connection = connect(path)
    repository = DecisionRepository(connection)
    batch: list[DecisionRecord] = []
    count = 0
    for record in records:
        batch.append(record)
        if len(batch) >= 2000:
            repository.upsert_many(batch)
            count += len(batch)
            batch.clear()
    if batch:
        repository.upsert_many(batch)
        count += len(batch)
    connection.close()
    return count


def extra_records(base: list[DecisionRecord], count: int = 100):
    for record in synthetic_records(base, count, seed=99):
        record.source_id = "added-" + record.source_id
        yield record


# -- workers (one per subprocess) -----------------------------------------------------------


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def latencies(run_query, queries: list[str], rounds: int) -> list[float]:
    for q in queries[:5]:
        run_query(q)
    times = []
    for _ in range(rounds):
        for q in queries:
            started = time.perf_counter()
            run_query(q)
            times.append((time.perf_counter() - started) * 1000)
    return times


def summary(
    build: float, size: int, times: list[float], times_plain: list[float], add100: float
) -> dict:
    """One engine's row: ``times_plain`` are the query times without snippets."""
    return {
        "build_s": build,
        "size_mb": size / 1048576,
        "p50_ms": statistics.median(times),
        "p95_ms": statistics.quantiles(times, n=20)[18],
        "p95_nosnippet_ms": statistics.quantiles(times_plain, n=20)[18],
        "add100_s": add100,
    }


def worker_whoosh(db: Path, work: Path, queries: list[str], analyzer: str, rounds: int) -> dict:
    index_dir = work / "index"
    shutil.rmtree(index_dir, ignore_errors=True)
    service = SearchService(index_dir, db, analyzer=analyzer)
    started = time.perf_counter()
    service.rebuild()
    build = time.perf_counter() - started
    size = folder_size(index_dir)
    times = latencies(lambda q: service.search(q, limit=20), queries, rounds)
    times_plain = latencies(lambda q: service.search(q, limit=20, snippets=False), queries, 1)
    extra = forgiving_timings(service, queries, rounds)
    base = real_records(300)
    connection = connect(db)
    added = list(extra_records(base))
    DecisionRepository(connection).upsert_many(added)
    connection.close()
    started = time.perf_counter()
    service.index_decisions([r.source_id for r in added])
    add100 = time.perf_counter() - started
    service.close()
    return {**summary(build, size, times, times_plain, add100), **extra}


def long_texts(count: int = 5, chars: int = 5000) -> list[str]:
    """Pasted paragraphs / draft texts of about ``chars`` characters from real decisions."""
    texts = [r.text for r in real_records(400) if len(r.text) >= chars]
    return [t[:chars] for t in texts[:: max(1, len(texts) // count)][:count]]


def forgiving_timings(service: SearchService, queries: list[str], rounds: int) -> dict:
    """Timings of the paths a forgiving search adds: typos, long texts, similar decisions.

    - typo_p95_ms: the queries with two neighbouring letters swapped in the longest word;
    - long50_first_ms / long50_all_ms: a 5,000-character text as the query, 50 hits, with
      snippets for the first screenful (what the window paints first) and for all 50;
    - similar_p95_ms: similar decisions for a 5,000-character draft text;
    - near_own_ms / near_whoosh_ms: looking up the near spellings of a few misspelt keys
      with desktop_app.search.spelling and with Whoosh's reader.terms_within.
    """
    from bench.search_quality import typo_variant
    from desktop_app.search.compounds import CompoundIndex
    from desktop_app.search.spelling import Vocabulary, read_keys

    typos = [typo_variant(q) for q in queries]
    texts = long_texts()
    first = latencies(lambda t: service.search(t, limit=50, snippet_count=12), texts, rounds)
    every = latencies(lambda t: service.search(t, limit=50), texts, rounds)
    similar = latencies(lambda t: service.similar(t), texts, rounds)
    typo_times = latencies(lambda q: service.search(q, limit=20), typos, rounds)
    searcher = service._searcher
    assert searcher is not None
    misspelt = [
        finnish_key(typo_variant(w))
        for w in (
            "kiinteistövero",
            "rakennuslupa",
            "päiväkoti",
            "ympäristölautakunta",
            "hankintalaki",
        )
    ]
    started = time.perf_counter()
    vocabulary = Vocabulary(read_keys(searcher.reader()))  # as the search service reads it
    vocabulary_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    compounds = CompoundIndex(read_keys(searcher.reader()))
    compounds_ms = (time.perf_counter() - started) * 1000
    # what the map keeps: the term list read for it is dropped once it is built
    del compounds
    tracemalloc.start()
    compounds = CompoundIndex(read_keys(searcher.reader()))
    compounds_mb = tracemalloc.get_traced_memory()[0] / 1048576
    tracemalloc.stop()
    started = time.perf_counter()
    for key in misspelt:
        vocabulary.near(key, 2)
    own = (time.perf_counter() - started) * 1000 / len(misspelt)
    started = time.perf_counter()
    for key in misspelt:
        list(searcher.reader().terms_within("text", key, 2, prefix=1))
    whoosh = (time.perf_counter() - started) * 1000 / len(misspelt)
    return {
        "typo_p95_ms": statistics.quantiles(typo_times, n=20)[18],
        "long50_first_ms": statistics.median(first),
        "long50_all_ms": statistics.median(every),
        "similar_p95_ms": max(similar)
        if len(similar) < 20
        else statistics.quantiles(similar, n=20)[18],
        "vocabulary_ms": vocabulary_ms,
        "compounds_ms": compounds_ms,
        "compounds_mb": compounds_mb,
        "compound_tails": float(len(compounds)),
        "compound_links": float(compounds.links),
        "near_own_ms": own,
        "near_whoosh_ms": whoosh,
    }


def fts_analyse(text: str) -> str:
    """The keys our analyzer would index, as text for FTS5's unicode61 tokenizer."""
    return " ".join(
        finnish_key(word)
        for word in _WORD.findall(text.lower())
        if word not in STOP_WORDS and len(word) >= 2
    )


def fts_parts(title: str) -> str:
    parts: list[str] = []
    for word in _WORD.findall(title.lower()):
        if word in STOP_WORDS or len(word) < 2:
            continue
        parts.extend(compound_tails(finnish_key(word)))
        parts.extend(compound_heads(word))
        parts.extend(compound_middles(word))
    return " ".join(parts)


def worker_fts(db: Path, work: Path, queries: list[str], mode: str, rounds: int) -> dict:
    path = work / f"{mode}.sqlite3"
    path.unlink(missing_ok=True)
    source = sqlite3.connect(db)
    target = sqlite3.connect(path)
    target.execute("PRAGMA journal_mode = WAL")
    tokenizer = "unicode61 remove_diacritics 0"
    target.execute(
        f"CREATE VIRTUAL TABLE docs USING fts5(source_id UNINDEXED, title, body, parts,"
        f" tokenize='{tokenizer}')"
    )
    started = time.perf_counter()

    def rows(cursor):
        for source_id, title, text in cursor:
            if mode == "fts5-keys":
                yield source_id, fts_analyse(title), fts_analyse(text), fts_parts(title)
            else:
                yield source_id, title, text, ""

    with target:
        target.executemany(
            "INSERT INTO docs VALUES (?, ?, ?, ?)",
            rows(source.execute("SELECT source_id, title, text FROM decisions")),
        )
    build = time.perf_counter() - started
    target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    weights = f"{FIELD_BOOSTS['title']}, {FIELD_BOOSTS['text']}, {FIELD_BOOSTS['parts']}"

    def run_query(q: str) -> list:
        words = [w for w in _WORD.findall(q.lower()) if w not in STOP_WORDS]
        terms = [finnish_key(w) if mode == "fts5-keys" else w for w in words]
        if not terms:
            return []
        match = " OR ".join(f'"{t}"' for t in dict.fromkeys(terms))
        return target.execute(
            f"SELECT source_id, title, bm25(docs, 0, {weights}) AS score FROM docs"
            " WHERE docs MATCH ? ORDER BY score LIMIT 20",
            (match,),
        ).fetchall()

    times = latencies(run_query, queries, rounds)
    base = real_records(300)
    added = list(extra_records(base))
    started = time.perf_counter()
    with target:
        target.executemany(
            "INSERT INTO docs VALUES (?, ?, ?, ?)",
            [
                (
                    r.source_id,
                    *(
                        (fts_analyse(r.title), fts_analyse(r.text), fts_parts(r.title))
                        if mode == "fts5-keys"
                        else (r.title, r.text, "")
                    ),
                )
                for r in added
            ],
        )
    add100 = time.perf_counter() - started
    target.close()
    source.close()
    return summary(build, size, times, times, add100)  # FTS5 makes no snippets


def run_worker(args: argparse.Namespace) -> int:
    queries = [json.loads(line)["query"] for line in QUERIES.open(encoding="utf-8")]
    queries += [
        "päätös",
        "kaava",
        "talousarvio",
        "tontti",
        "avustus",
        "koulu",
        "hankinta",
        "asemakaava muutos",
        "uimahalli urakka",
        "vero",
    ]
    db, work = Path(args.db), Path(args.work)
    if args.compound_expansions is not None:
        from desktop_app.search import compounds

        compounds.MAX_EXPANSIONS = args.compound_expansions
    if args.engine == "whoosh":
        result = worker_whoosh(db, work, queries, args.analyzer, args.rounds)
    else:
        result = worker_fts(db, work, queries, args.engine, args.rounds)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["peak_workers_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(result))
    return 0


# -- driver ---------------------------------------------------------------------------------


def measure(
    engine: str,
    db: Path,
    work: Path,
    analyzer: str,
    rounds: int,
    compound_expansions: int | None = None,
) -> dict:
    command = [
        sys.executable,
        __file__,
        "--worker",
        engine,
        "--db",
        str(db),
        "--work",
        str(work),
        "--analyzer",
        analyzer,
        "--rounds",
        str(rounds),
    ]
    if compound_expansions is not None:
        command += ["--compound-expansions", str(compound_expansions)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{engine} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_paint(db: Path, work: Path) -> dict:
    """Last key to painted results in the real search panel, in a process of its own."""
    command = [
        sys.executable,
        str(REPO / "bench" / "search_paint_bench.py"),
        "--db",
        str(db),
        "--work",
        str(work),
        "--json",
    ]
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    environment = {**os.environ, "QT_QPA_PLATFORM": platform}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    if done.returncode != 0:
        raise SystemExit(f"search as you type failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sizes", default="", help="e.g. real,20000,100000")
    parser.add_argument("--analyzer", default=DEFAULT_ANALYZER, choices=sorted(ANALYZERS))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--compound-expansions",
        type=int,
        default=None,
        help="compounds a query word is expanded to (0: none; default: the search's own)",
    )
    parser.add_argument("--worker", default="")
    parser.add_argument("--engines", default="whoosh,fts5-keys,fts5-plain")
    parser.add_argument("--db", default="")
    parser.add_argument(
        "--paint",
        default="",
        help="sizes whose search-as-you-type latency is measured in the window"
        " (bench/search_paint_bench.py); 20000 by default (3000 with --quick), none: none",
    )
    parser.add_argument("--work", default="")
    args = parser.parse_args()
    if args.worker:
        args.engine = args.worker
        return run_worker(args)
    sizes = (
        args.sizes.split(",")
        if args.sizes
        else (["real:600", "3000"] if args.quick else ["real", "20000", "100000"])
    )
    rounds = 1 if args.quick else args.rounds
    engines = [e for e in args.engines.split(",") if e]
    base = real_records()
    table: list[tuple[str, str, dict]] = []
    # search as you type in the window (bench/search_paint_bench.py), after the engines
    paint_sizes = set((args.paint or ("3000" if args.quick else "20000")).split(","))
    painted: list[tuple[str, dict]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            work = Path(tmp) / size.replace(":", "-")
            work.mkdir()
            db = work / "corpus.sqlite3"
            if size.startswith("real"):
                limit = int(size.split(":")[1]) if ":" in size else None
                count = make_database(db, real_records(limit))
            else:
                count = make_database(db, synthetic_records(base, int(size)))
            label = f"{size} ({count})"
            for engine in engines:
                print(f"… {label} {engine}", file=sys.stderr, flush=True)
                result = measure(engine, db, work, args.analyzer, rounds, args.compound_expansions)
                table.append((label, engine, result))
            if size in paint_sizes:
                print(f"… {label} search as you type", file=sys.stderr, flush=True)
                painted.append((label, measure_paint(db, work)))
            shutil.rmtree(work, ignore_errors=True)
    columns = [
        "build_s",
        "size_mb",
        "p50_ms",
        "p95_ms",
        "p95_nosnippet_ms",
        "add100_s",
        "peak_rss_mb",
        "peak_workers_mb",
    ]
    print(f"analyzer: {args.analyzer}; machine: {os.cpu_count()} cores; rounds: {rounds}")
    header = f"{'corpus':<18} {'engine':<11} " + " ".join(f"{c:>16}" for c in columns)
    print(header)
    print("-" * len(header))
    for label, engine, result in table:
        print(f"{label:<18} {engine:<11} " + " ".join(f"{result[c]:>16.2f}" for c in columns))
    print()
    forgiving = [
        "typo_p95_ms",
        "long50_first_ms",
        "long50_all_ms",
        "similar_p95_ms",
        "vocabulary_ms",
        "compounds_ms",
        "compounds_mb",
        "compound_tails",
        "compound_links",
        "near_own_ms",
        "near_whoosh_ms",
    ]
    print(f"{'corpus':<18} " + " ".join(f"{c:>16}" for c in forgiving))
    for label, engine, result in table:
        if engine == "whoosh":
            print(f"{label:<18} " + " ".join(f"{result[c]:>16.2f}" for c in forgiving))
    print()
    for label, result in painted:
        from bench.search_paint_bench import report as paint_report

        print(f"{label}:", paint_report(result, result["built"], result["load"]))
        print()
    for label in dict.fromkeys(label for label, _, _ in table):
        ours = next((r for lab, e, r in table if lab == label and e == "whoosh"), None)
        keys = next((r for lab, e, r in table if lab == label and e == "fts5-keys"), None)
        if ours is None or keys is None:
            continue
        print(
            f"{label}: whoosh/fts5-keys  build ×{ours['build_s'] / keys['build_s']:.2f}"
            f"  p95 ×{ours['p95_ms'] / keys['p95_ms']:.2f}"
            f" (without snippets ×{ours['p95_nosnippet_ms'] / keys['p95_ms']:.2f})"
            f"  size ×{ours['size_mb'] / keys['size_mb']:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
