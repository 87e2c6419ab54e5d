"""The index on disk: generation folders, the pointer to the current one, and its stamp.

Whoosh writes no fsync and keeps its schema pickled, so the index is only ever a cache of
SQLite. A rebuild goes into a fresh ``gen-N`` folder and becomes current when the small
``CURRENT`` pointer file is replaced atomically; a reader never sees half an index. Old
folders are deleted afterwards, and a failed delete (Windows keeps open segment files
locked) is harmless: the folder is tried again next time. Each folder carries a stamp of
the database state it reflects, so a stale index (a crash between the SQLite commit and the
index commit) is noticed and brought up to date.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import re
import shutil
import time
import warnings
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.searching import Searcher
from whoosh.util.filelock import FileLock

from desktop_app.atomic import write_bytes_atomic
from desktop_app.messages import message
from desktop_app.paths import make_private_dir
from desktop_app.search.analysis import (
    AnalyzerChoice,
    folded_analyzer,
    parts_analyzer,
    swedish_analyzer,
)
from desktop_app.tasks import TaskState

log = logging.getLogger(__name__)

POINTER_NAME = "CURRENT"
WRITE_LOCK_NAME = "WRITING.lock"
LOCK_POLL_S = 0.2
STAMP_NAME = "stamp.json"
# 2: keys fold the nt/nn, mp/mm and p/v gradations and keep the "-pa" of "lupa";
# compound parts include middles. 3: keys of one-syllable, -nen and -uus words, "vuosi" and
# "-aika"; compounds also split where a consonant meets a vowel.
# 4: keys of laki, -kas, jäsen, -elin, vesi, virka and -aaminen words; folded (ä → a) keys
# in fields of their own; Swedish decisions in Swedish fields; the language stored.
FORMAT_VERSION = 4
_GENERATION = re.compile(r"^gen-(\d+)$")


class IndexBroken(Exception):
    """The current index cannot be used as it is; it will be rebuilt from SQLite."""


@dataclass(frozen=True)
class Stamp:
    """What the index reflects: the analyzer it was built with and the database state."""

    analyzer: str
    count: int
    max_imported: str
    format: int = FORMAT_VERSION


def build_schema(choice: AnalyzerChoice) -> Schema:
    main = choice.main_analyzer()
    fields = {
        "source_id": ID(stored=True, unique=True),
        "content_hash": ID(stored=True),
        "title": TEXT(analyzer=main, stored=True),
        "text": TEXT(analyzer=main),
        "body": TEXT(analyzer=main, phrase=False),
        "body_org": ID(stored=True),
        "doc_type": ID(stored=True),
        "classification": ID(stored=True),
        "date": ID(stored=True, sortable=True),
        "case_id": ID(stored=True),
    }
    parts = choice.parts_analyzer()
    if parts is not None:
        fields["parts"] = TEXT(analyzer=parts, phrase=False)
    if choice.body_parts:
        fields["text_parts"] = TEXT(analyzer=parts_analyzer(4), phrase=False)
    if choice.folded_keys:
        folded = folded_analyzer()
        fields["folded_title"] = TEXT(analyzer=folded, phrase=False)
        fields["folded"] = TEXT(analyzer=folded, phrase=False)
    if choice.swedish:
        swedish = swedish_analyzer()
        fields["sv_title"] = TEXT(analyzer=swedish, stored=True)
        fields["sv_text"] = TEXT(analyzer=swedish)
        fields["lang"] = ID(stored=True)
    return Schema(**fields)


class IndexStore:
    """The folder ``index_dir`` holding generations of one analyzer's index."""

    def __init__(self, root: Path, choice: AnalyzerChoice) -> None:
        self.root = Path(root)
        self.choice = choice

    def generations(self) -> list[tuple[int, Path]]:
        if not self.root.is_dir():
            return []
        found = []
        for child in self.root.iterdir():
            match = _GENERATION.match(child.name)
            if match and child.is_dir():
                found.append((int(match.group(1)), child))
        return sorted(found)

    def current_dir(self) -> Path | None:
        try:
            name = (self.root / POINTER_NAME).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        if not _GENERATION.match(name):
            return None
        folder = self.root / name
        return folder if folder.is_dir() else None

    def new_generation(self) -> Path:
        make_private_dir(self.root)
        number = max((n for n, _ in self.generations()), default=0) + 1
        folder = self.root / f"gen-{number}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        return folder

    def create(self, folder: Path) -> Index:
        return file_storage(folder).create_index(build_schema(self.choice))

    @contextlib.contextmanager
    def writing(self, state: TaskState) -> Iterator[None]:
        """Hold the index folder for writing against other processes of this workspace.

        A command-line import and the open window, or two commands, would otherwise both
        build ``gen-N`` and delete each other's files. The lock is the operating system's
        (fcntl or msvcrt, through Whoosh), so it goes with a killed process. Waiting tells
        the user why and can be cancelled.
        """
        make_private_dir(self.root)
        lock = FileLock(str(self.root / WRITE_LOCK_NAME))
        told = False
        while not lock.acquire(blocking=False):
            if not told:
                state.progress(0, 0, message("search.progress.waiting"))
                told = True
            state.check()
            time.sleep(LOCK_POLL_S)
        try:
            yield
        finally:
            lock.release()

    def switch_to(self, folder: Path) -> None:
        write_bytes_atomic(self.root / POINTER_NAME, f"{folder.name}\n".encode())

    def remove_old(self) -> list[Path]:
        """Delete every generation but the current one; return those that could not go."""
        current = self.current_dir()
        left: list[Path] = []
        for _, folder in self.generations():
            if current is not None and folder.name == current.name:
                continue
            try:
                shutil.rmtree(folder)
            except OSError as error:
                log.info("old index folder %s stays for now: %s", folder, error)
                left.append(folder)
        return left

    def open_current(self) -> tuple[Index, Stamp]:
        """Open and check the current index; raise :class:`IndexBroken` if it is unusable."""
        folder = self.current_dir()
        if folder is None:
            raise IndexBroken("no current index")
        stamp = read_stamp(folder)
        if stamp is None or stamp.format != FORMAT_VERSION or stamp.analyzer != self.choice.name:
            raise IndexBroken("stamp missing or built differently")
        ix = open_index(folder)
        problem = ""
        with quiet_leaks():
            try:
                probe(ix, self.choice)
            except Exception as error:  # whoosh reports damage with many exception types
                problem = repr(error)
            if problem:
                ix.close()
        if problem:
            raise IndexBroken(f"probe failed: {problem}")
        return ix, stamp


def file_storage(folder: Path) -> FileStorage:
    """Whoosh storage without memory-mapping.

    Mapped segment files count fully in the process's memory once touched (about 500 MB for
    100,000 decisions, against 35 MB read normally); queries measured about 20 % slower
    without mapping, which is well within the latency budget.
    """
    return FileStorage(str(folder), supports_mmap=False)


def open_index(folder: Path) -> Index:
    """Open a Whoosh index folder; raise :class:`IndexBroken` on any damage."""
    problem = ""
    with quiet_leaks():
        try:
            return file_storage(folder).open_index()
        except Exception as error:  # whoosh reports damage with many exception types
            problem = repr(error)
    raise IndexBroken(f"open failed: {problem}")


@contextlib.contextmanager
def quiet_leaks() -> Iterator[None]:
    """Close, without warnings, the files Whoosh leaves open when it fails on damage.

    On Windows such an open file would also keep the damaged folder from being deleted, so
    they are collected at once rather than whenever the garbage collector runs.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            yield
        finally:
            gc.collect()


def probe(ix: Index, choice: AnalyzerChoice) -> None:
    """Touch every part of the index a search reads, so damage shows now and not mid-query."""
    if set(ix.schema.names()) != set(build_schema(choice).names()):
        raise IndexBroken("schema differs")
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for fieldname in ("source_id", "title", "text"):
            for _ in reader.lexicon(fieldname):
                pass
        last = None
        for docnum, _ in reader.iter_docs():
            last = docnum
        if last is not None:
            searcher.stored_fields(last)
            term = next(iter(reader.lexicon("text")), None)
            if term is not None:
                list(reader.postings("text", term).all_ids())


def read_stamp(folder: Path) -> Stamp | None:
    try:
        data = json.loads((folder / STAMP_NAME).read_text(encoding="utf-8"))
        return Stamp(
            analyzer=str(data["analyzer"]),
            count=int(data["count"]),
            max_imported=str(data["max_imported"]),
            format=int(data["format"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_stamp(folder: Path, stamp: Stamp) -> None:
    write_bytes_atomic(folder / STAMP_NAME, json.dumps(asdict(stamp)).encode("utf-8"))


def preload_field_lengths(searcher: Searcher) -> None:
    """Keep each segment's per-document field lengths in memory instead of on disk.

    BM25F needs the length of every matching document's field; Whoosh reads each one with
    a seek and a one-byte read of the segment file, which was ~15 % of a query's time. The
    lengths are one byte per document and field (100 kB for 100,000 documents), and a
    searcher never sees its segments change, so a plain ``bytes`` copy is always right.
    """
    scorable = [name for name, field in searcher.schema.items() if field.scorable]
    for reader, _ in searcher.reader().leaf_readers():
        for fieldname in scorable:
            length_codes(reader, fieldname)


def length_codes(reader: Any, fieldname: str) -> bytes | None:
    """The one-byte length code of a field for each document of a W3 segment, kept in memory.

    None for a reader of another layout, or when no document of the segment has the field.
    """
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield

    perdoc = getattr(reader, "_perdoc", None)
    if not isinstance(perdoc, W3PerDocReader):
        return None
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return None
    if not isinstance(column, bytes):
        column = perdoc._readers[_lenfield(fieldname)] = bytes(column)
    return column


def open_searcher(ix: Index) -> Searcher:
    """A searcher of ``ix`` with the field lengths preloaded (see above)."""
    searcher = ix.searcher()
    try:
        preload_field_lengths(searcher)
    except Exception:  # only a speed-up: a reader of another layout works without it
        log.debug("field lengths not preloaded", exc_info=True)
    return searcher
