r"""A folder or network share (``\\server\paatokset``) of DOCX, PDF, HTML and TXT files.

The files are read with the importer's own readers and limits. A file whose size and
modification time are as at the last sync is not opened at all; one that was only touched
is read, and its unchanged content hash keeps it from being rewritten. Every scan is a
complete listing, so a file that has gone is proposed for removal — unless the folder
itself cannot be reached, which fails the sync instead of emptying the archive.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from desktop_app.domain.model import DecisionRecord
from desktop_app.importing.errors import ExtractionFailed
from desktop_app.importing.extract import READERS, extract
from desktop_app.importing.importer import FILE_DOC_TYPE
from desktop_app.sources.contract import (
    Event,
    HttpFetcher,
    Listing,
    PullRequest,
    RemoteDecision,
    Skipped,
)
from desktop_app.sources.errors import SyncFolderMissing
from desktop_app.tasks import TaskState

KIND = "folder"


def documents(root: Path) -> list[Path]:
    """The documents under ``root`` the importer reads; Word's "~$" lock files are none."""
    return sorted(
        path
        for path in root.rglob("*")
        if path.suffix.lower() in READERS
        and not path.name.startswith(("~$", "."))
        and path.is_file()
    )


def _link(path: Path) -> str:
    try:
        return path.resolve().as_uri()
    except (OSError, ValueError):
        return str(path)


class FolderAdapter:
    kind = KIND

    def pull(self, request: PullRequest, http: HttpFetcher, state: TaskState) -> Iterator[Event]:
        root = Path(request.location)
        try:
            if not root.is_dir():
                raise SyncFolderMissing(
                    "not a folder", source=request.source_key, path=request.location
                )
            files = documents(root)
        except OSError as error:
            raise SyncFolderMissing(
                error.strerror or type(error).__name__,
                source=request.source_key,
                path=request.location,
            ) from None
        seen: set[str] = set()
        for done, path in enumerate(files):
            state.check()
            state.progress(done, len(files), path.name)
            relative = path.relative_to(root).as_posix()
            try:
                info = path.stat()
            except OSError:
                continue  # gone since the listing
            seen.add(relative)  # a file that cannot be read is still there: never removed
            version = f"{info.st_size}:{info.st_mtime_ns}"
            if request.known.get(relative) == version:
                continue
            try:
                extracted = extract(path)
            except ExtractionFailed as error:
                yield Skipped(relative, error)
                continue
            record = DecisionRecord(
                source_id=f"{request.source_key}:{relative}",
                title=extracted.title,
                text=extracted.text,
                date=extracted.date,
                doc_type=FILE_DOC_TYPE,
                source=relative,
            )
            yield RemoteDecision(relative, record, link=_link(path), version=version)
        if files:
            state.progress(len(files), len(files), "")
        yield Listing(complete=True, seen=frozenset(seen))
