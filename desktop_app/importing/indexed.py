"""Import followed by the search index update: the one task the command line and the window run.

When most of the index would change (the first real import into a workspace), building the
index anew is about two and a half times faster than updating it decision by decision: a
rebuild writes big sorted segments once, while updates commit small segments that keep
being merged. Searches go on meanwhile on the old index, which the rebuild swaps out only
when it is complete. A few new decisions are added to the index as they are.
"""

from __future__ import annotations

from typing import Protocol

from desktop_app.importing.importer import ImportInputs, ImportReport
from desktop_app.importing.importer import run as run_import
from desktop_app.messages import message
from desktop_app.storage.database import connect
from desktop_app.storage.decisions import DecisionRepository
from desktop_app.tasks import Cancelled, TaskState

#: Rebuild when at least this share of the workspace's decisions changed.
REBUILD_SHARE = 0.5


class Indexer(Protocol):
    """The part of :class:`desktop_app.search.service.SearchService` this task uses."""

    def rebuild(self, state: TaskState | None = None) -> object: ...

    def index_decisions(self, source_ids: list[str], state: TaskState | None = None) -> object: ...

    def ensure_index_in_background(self, state: TaskState | None = None) -> object: ...


def import_and_index(
    inputs: ImportInputs,
    index: Indexer,
    state: TaskState,
    index_state: TaskState | None = None,
) -> ImportReport:
    """Import ``inputs``, then make the index find exactly what SQLite holds.

    ``index_state`` reports the index part separately (the command line prints it on a line
    of its own); by default both parts report to ``state``. Cancelled, during the import or
    the index update, it returns at once with ``cancelled`` set: the index catches up with
    what did come in on the service's own thread.
    """
    report = run_import(inputs, state)
    if report.cancelled:
        index.ensure_index_in_background()
        return report
    indexing = index_state or state
    indexing.progress(0, 0, message("import.indexing"))
    changed = report.changed_ids
    try:
        if rebuild_pays(len(changed), _decision_count(inputs)):
            index.rebuild(indexing)
        else:
            # With no index open yet (the command line) this checks and builds it first.
            index.index_decisions(changed, indexing)
    except Cancelled:
        report.cancelled = True  # the decisions stay imported; only the index is behind
        index.ensure_index_in_background()
    return report


def rebuild_pays(changed: int, total: int) -> bool:
    """Whether building the whole index anew is faster than updating ``changed`` decisions."""
    return changed > 0 and changed >= REBUILD_SHARE * total


def _decision_count(inputs: ImportInputs) -> int:
    connection = connect(inputs.db_path)
    try:
        return DecisionRepository(connection).count()
    finally:
        connection.close()
