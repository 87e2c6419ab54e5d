"""A full rebuild on several processes: each writes its own segments of the new index.

Most of a rebuild is pure Python (analysis, posting encoding) and holds the GIL, so threads
do not help; processes do. Each worker opens the fresh index folder, reads its own range of
decision ids straight from SQLite (nothing big crosses the process boundary), writes one
finished segment per range and returns its description; the parent then lists all segments
in the index's table of contents in one commit. Workers are always *spawned* (the only
start method Windows has), never forked. The command line uses this for big workspaces; the
window from far fewer decisions, since worker processes leave its GUI thread the GIL.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.writing import SegmentWriter

from desktop_app.domain.model import DecisionRecord
from desktop_app.messages import message
from desktop_app.search.analysis import (
    ANALYZERS,
    AnalyzerChoice,
    coordinated_compounds,
    detect_language,
)
from desktop_app.storage.database import connect
from desktop_app.storage.decisions import DecisionRepository
from desktop_app.tasks import TaskState

# Below this many decisions starting the worker processes (each imports the app, ~0.5 s)
# costs more than it saves.
PARALLEL_MIN_DOCS = 5000
PARALLEL_PROCS = 2


def index_fields(record: DecisionRecord, choice: AnalyzerChoice) -> dict[str, str]:
    """The Whoosh fields of one decision (shared by the serial and the parallel writer)."""
    values = {
        "source_id": record.source_id,
        "content_hash": record.content_hash,
        "title": record.title,
        "text": record.text,
        "body": record.body_org,
        "body_org": record.body_org,
        "doc_type": record.doc_type,
        "classification": record.classification,
        "date": record.date.isoformat() if record.date else "",
        "case_id": record.case_id,
    }
    if choice.swedish and detect_language(record.language, record.text) == "sv":
        # analysed with Swedish rules only: Finnish keys of Swedish words are noise
        values["sv_title"] = values.pop("title")
        values["sv_text"] = values.pop("text")
        values["lang"] = "sv"
        return {name: value for name, value in values.items() if value}
    if choice.swedish:
        values["lang"] = "fi"
    if choice.body_parts:
        values["text_parts"] = record.text
    if choice.folded_keys:
        coordinated = coordinated_compounds(f"{record.title}\n{record.text}")
        if coordinated:  # indexed as words of the text, found at full weight
            values["text"] = f"{record.text}\n{' '.join(coordinated)}"
    if choice.compound_min_tail is not None:
        values["parts"] = (
            record.title if choice.parts_from_title_only else f"{record.title}\n{record.text}"
        )
    if choice.folded_keys:
        values["folded_title"] = record.title
        values["folded"] = record.text
    return {name: value for name, value in values.items() if value}


def id_ranges(connection: sqlite3.Connection, per_range: int) -> list[tuple[int, int, int]]:
    """(first id, last id, count) of consecutive runs of at most ``per_range`` decisions."""
    ids = [int(row[0]) for row in connection.execute("SELECT id FROM decisions ORDER BY id")]
    return [
        (ids[start], ids[min(start + per_range, len(ids)) - 1], len(ids[start : start + per_range]))
        for start in range(0, len(ids), per_range)
    ]


def write_segment(
    folder: str, db_path: str, analyzer: str, first_id: int, last_id: int, limitmb: int
) -> Any:
    """Worker: index the decisions with ``first_id <= id <= last_id`` as one new segment.

    Runs in a spawned process. Returns the finished (unlisted) Whoosh segment; the parent
    makes it part of the index. ``_lk=False``: the parent holds no writer lock yet and the
    segments have random names, so workers cannot collide.
    """
    choice = ANALYZERS[analyzer]
    ix = FileStorage(folder).open_index()
    writer = SegmentWriter(ix, _lk=False, limitmb=limitmb)
    connection = connect(Path(db_path))
    try:
        for record in _records_between(DecisionRepository(connection), first_id, last_id):
            writer.add_document(**index_fields(record, choice))
        return writer._finalize_segment()
    except BaseException:
        writer.cancel()
        raise
    finally:
        connection.close()
        ix.close()


def _records_between(
    repository: DecisionRepository, first_id: int, last_id: int
) -> Iterator[DecisionRecord]:
    yield from repository.iterate(after=first_id - 1, up_to=last_id)


def build_in_parallel(
    ix: Index,
    folder: Path,
    db_path: Path,
    choice: AnalyzerChoice,
    ranges: list[tuple[int, int, int]],
    limitmb: int,
    state: TaskState,
) -> int:
    """Write the ranges as segments on worker processes and commit them; returns the count.

    ``state`` is checked while waiting, so a cancel stops between segments.
    """
    total = sum(count for _, _, count in ranges)
    procs = max(1, min(PARALLEL_PROCS, os.cpu_count() or 1, len(ranges)))
    context = multiprocessing.get_context("spawn")
    segments: list[Any] = []
    done = 0
    with ProcessPoolExecutor(max_workers=procs, mp_context=context) as pool:
        pending: dict[Future[Any], int] = {
            pool.submit(
                write_segment, str(folder), str(db_path), choice.name, first, last, limitmb
            ): count
            for first, last, count in ranges
        }
        try:
            while pending:
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    segments.append(future.result())
                    done += pending.pop(future)
                    state.progress(done, total, message("search.progress.building"))
                state.check()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    writer = ix.writer()
    try:
        # What whoosh.multiproc.MpWriter(multisegment=True) does with its workers' segments.
        writer._close_segment()
        writer._commit_toc(list(writer.segments) + segments)
    finally:
        writer._finish()
    return done
