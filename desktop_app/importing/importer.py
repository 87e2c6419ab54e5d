"""The import task: ``run(ImportInputs, TaskState) -> ImportReport``.

Files are read one at a time and written to SQLite in small batches, so memory stays flat
however big the folder is. A file that cannot be read goes into the report with a reason
code and a sentence for the user; everything else is imported. Cancelling keeps what was
already written and returns the report so far.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.model import DecisionRecord
from desktop_app.errors import DatabaseCorrupt, DatabaseFailure, PaatospajaError
from desktop_app.importing.errors import BadJsonLine, ExtractionFailed, ImportPathMissing
from desktop_app.importing.extract import READERS, extract
from desktop_app.importing.registry import ImportedFiles, KnownFile
from desktop_app.messages import describe, message
from desktop_app.seed import delete_samples, record_from_json
from desktop_app.storage.database import connect
from desktop_app.storage.decisions import INSERTED, UNCHANGED, DecisionRepository
from desktop_app.tasks import Cancelled, TaskState

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FILE_BATCH = 50
JSONL_BATCH = 500
MAX_JSON_LINE = 8 * 1024 * 1024
FILE_DOC_TYPE = "tiedosto"


@dataclass(frozen=True)
class ImportInputs:
    paths: list[Path]
    db_path: Path
    prune: bool = False


@dataclass(frozen=True)
class ImportFailure:
    path: str
    code: str
    message: str  # in the user's language (Finnish by default)


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)  # source ids
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # decisions whose file has left the folder; kept, since prune was not asked for
    missing: list[str] = field(default_factory=list)
    failed: list[ImportFailure] = field(default_factory=list)
    cancelled: bool = False
    # the bundled sample decisions, removed when the first real decisions came in
    samples_removed: list[str] = field(default_factory=list)

    @property
    def changed_ids(self) -> list[str]:
        """What the search index must update: new, changed and removed decisions."""
        return [*self.imported, *self.updated, *self.removed, *self.samples_removed]

    def fail(self, path: str, error: PaatospajaError) -> None:
        self.failed.append(ImportFailure(path, error.code, describe(error)))


def run(inputs: ImportInputs, state: TaskState) -> ImportReport:
    report = ImportReport()
    connection = connect(inputs.db_path)
    try:
        for path in inputs.paths:
            path = Path(path)
            if path.is_dir():
                _import_folder(connection, path, inputs.prune, state, report)
            elif path.is_file() and path.suffix.lower() in JSONL_SUFFIXES:
                _import_jsonl(connection, path, state, report)
            elif path.is_file():
                _import_files(connection, path.parent, [path], state, report)
            else:
                report.fail(str(path), ImportPathMissing(path=str(path)))
        arrived = [*report.imported, *report.updated, *report.unchanged]
        if arrived:  # real decisions now: the samples must not be mistaken for them
            report.samples_removed = delete_samples(connection, keep=arrived)
    except Cancelled:
        report.cancelled = True
    finally:
        connection.close()
    return report


def _database_failed(error: BaseException) -> bool:
    """The database refused a write: writing the rest of the batch would fail the same way.

    Then the error is reported once; the batches committed before it stay.
    """
    return isinstance(error, (sqlite3.Error, DatabaseFailure, DatabaseCorrupt))


def _record(report: ImportReport, outcome: dict[str, str]) -> None:
    for source_id, status in outcome.items():
        target = {INSERTED: report.imported, UNCHANGED: report.unchanged}.get(
            status, report.updated
        )
        target.append(source_id)


# -- JSON Lines -----------------------------------------------------------------------------


def _json_lines(path: Path) -> Iterator[tuple[int, str | None]]:
    """(line number, text); text is None for a line too long to hold in memory."""
    with path.open("r", encoding="utf-8-sig", errors="replace", newline="\n") as handle:
        number = 0
        while True:
            line = handle.readline(MAX_JSON_LINE)
            if not line:
                return
            number += 1
            if len(line) >= MAX_JSON_LINE and not line.endswith("\n"):
                while line and not line.endswith("\n"):
                    line = handle.readline(MAX_JSON_LINE)
                yield number, None
                continue
            yield number, line


def _import_jsonl(
    connection: sqlite3.Connection, path: Path, state: TaskState, report: ImportReport
) -> None:
    repository = DecisionRepository(connection)
    total = max(path.stat().st_size, 1)
    batch: list[DecisionRecord] = []
    done_bytes = 0
    try:
        for number, line in _json_lines(path):
            where = f"{path}:{number}"
            if line is None:
                report.fail(where, BadJsonLine("import.reason.line_too_long", path=where))
                continue
            done_bytes += len(line)
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as error:
                column = getattr(error, "colno", None)
                reason = "import.reason.not_json_at" if column else "import.reason.not_json"
                report.fail(where, BadJsonLine(reason, path=where, column=column))
                continue
            if not isinstance(data, dict) or not str(data.get("id") or "").strip():
                report.fail(where, BadJsonLine("import.reason.no_id", path=where))
                continue
            if not str(data.get("title") or "").strip() and not str(data.get("text") or "").strip():
                report.fail(where, BadJsonLine("import.reason.no_text", path=where))
                continue
            batch.append(record_from_json(data))
            if len(batch) >= JSONL_BATCH:
                _record(report, repository.upsert_with_outcome(batch))
                batch.clear()
                state.check()
                state.progress(
                    min(done_bytes, total), total, message("import.progress.file", name=path.name)
                )
    except BaseException as error:
        if batch and not _database_failed(error):
            _record(report, repository.upsert_with_outcome(batch))
        raise
    if batch:
        _record(report, repository.upsert_with_outcome(batch))
    state.progress(total, total, message("import.progress.file_done", name=path.name))


# -- Folders of documents -------------------------------------------------------------------


def file_source_id(path: Path) -> str:
    """A new file's id: its full path, resolved (a mapped drive becomes its UNC path).

    The same file imported through another folder (a subfolder, or the folder above) gets
    the same id; two folders that only share a name do not.
    """
    return f"file:{path.resolve().as_posix()}"


def _known_file(registry: ImportedFiles, path: Path, digest: str) -> KnownFile | None:
    """The file as imported before through another folder, or before it was moved.

    A file with the same content counts when it is this very file, or when the file it was
    has gone (moved or renamed), so re-importing after a reorganisation updates instead of
    duplicating.
    """
    here = path.resolve()
    same_content = registry.with_content(digest)
    for known in same_content:
        if known.location().resolve() == here:
            return known
    for known in same_content:
        if not known.location().exists():
            return known
    return None


def _free_id(
    wanted: str, digest: str, registry: ImportedFiles, repository: DecisionRepository
) -> str:
    """``wanted``, or with the content hash added when a moved file's decision holds it.

    A file moved away keeps the id of its old path; a new file written there later is
    another decision and must not overwrite it.
    """
    if repository.get(wanted) is None and not registry.of_decision(wanted):
        return wanted
    return f"{wanted}#{digest[:12]}"


def _sha1(path: Path) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _supported_files(root: Path) -> list[Path]:
    """Documents under ``root``; Word's "~$" lock files and hidden files are not documents."""
    return sorted(
        p
        for p in root.rglob("*")
        if p.suffix.lower() in READERS and not p.name.startswith(("~$", ".")) and p.is_file()
    )


def _import_folder(
    connection: sqlite3.Connection,
    root: Path,
    prune: bool,
    state: TaskState,
    report: ImportReport,
) -> None:
    files = _supported_files(root)
    _import_files(connection, root, files, state, report)
    _prune(connection, root, {p.relative_to(root).as_posix() for p in files}, report, prune)


def _import_files(
    connection: sqlite3.Connection,
    root: Path,
    files: list[Path],
    state: TaskState,
    report: ImportReport,
) -> None:
    registry = ImportedFiles(connection)
    repository = DecisionRepository(connection)
    root_key = str(root.resolve())
    records: list[DecisionRecord] = []
    known: list[KnownFile] = []

    def flush() -> None:
        if records:
            _record(report, repository.upsert_with_outcome(records))
        if known:
            registry.save_many(known)
        records.clear()
        known.clear()

    try:
        for done, path in enumerate(files):
            state.check()
            state.progress(done, len(files), path.name)
            relative = path.relative_to(root).as_posix()
            try:
                info = path.stat()
                previous = registry.get(root_key, relative)
                if (
                    previous is not None
                    and previous.size == info.st_size
                    and previous.mtime_ns == info.st_mtime_ns
                    and repository.get(previous.source_id) is not None
                ):
                    report.unchanged.append(previous.source_id)
                    continue
                digest = _sha1(path)
                earlier = None
                if previous is not None:
                    source_id = previous.source_id
                else:
                    earlier = _known_file(registry, path, digest)
                    source_id = (
                        earlier.source_id
                        if earlier is not None
                        else _free_id(file_source_id(path), digest, registry, repository)
                    )
                extracted = extract(path)
                if earlier is not None and not earlier.location().exists():
                    # moved: no old place (one folder or several) may prune it now
                    for stale in registry.of_decision(earlier.source_id):
                        if not stale.location().exists():
                            registry.forget(stale.root, [stale.path])
            except ExtractionFailed as error:
                report.fail(str(path), error)
                continue
            except OSError as error:
                report.fail(str(path), ExtractionFailed(str(error), path=str(path)))
                continue
            known.append(
                KnownFile(root_key, relative, info.st_size, info.st_mtime_ns, digest, source_id)
            )
            records.append(
                DecisionRecord(
                    source_id=source_id,
                    title=extracted.title,
                    text=extracted.text,
                    date=extracted.date,
                    doc_type=FILE_DOC_TYPE,
                    source=relative,
                )
            )
            if len(records) >= FILE_BATCH:
                flush()
    except BaseException as error:
        if not _database_failed(error):
            flush()
        raise
    flush()
    state.progress(len(files), len(files), message("import.progress.done"))


def _prune(
    connection: sqlite3.Connection,
    root: Path,
    present: set[str],
    report: ImportReport,
    remove: bool = True,
) -> None:
    registry = ImportedFiles(connection)
    root_key = str(root.resolve())
    gone = [known for known in registry.under(root_key) if known.path not in present]
    if not remove:
        report.missing.extend(k.source_id for k in gone)
        return
    if not gone:
        return
    registry.forget(root_key, (k.path for k in gone))
    # A decision whose file is still there through another folder stays.
    orphans = [
        k.source_id
        for k in gone
        if not any(other.location().exists() for other in registry.of_decision(k.source_id))
    ]
    removed = DecisionRepository(connection).delete_many(orphans)
    if removed:
        report.removed.extend(orphans)
