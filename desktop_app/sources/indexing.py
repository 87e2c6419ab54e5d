"""After a sync or a confirmed removal: the search index follows the archive.

One function for the window (which has its search service open) and the command line
(which opens one for the command), so both update the index the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desktop_app.search.service import IndexReport, SearchService
from desktop_app.tasks import TaskState


def index_changes(
    source_ids: Iterable[str],
    *,
    service: SearchService | None = None,
    index_dir: Path | None = None,
    db_path: Path | None = None,
    state: TaskState | None = None,
) -> IndexReport:
    """Index the new and changed decisions and drop the removed ones.

    With ``service`` (the window's) the work runs on its writer thread; without, a service
    is opened on ``index_dir`` and ``db_path``, checked, used and closed.
    """
    wanted = list(dict.fromkeys(source_ids))
    if service is not None:
        return service.index_decisions(wanted, state) if wanted else IndexReport()
    if index_dir is None or db_path is None:
        raise ValueError("index_changes needs a service or the index folder and database")
    with SearchService(index_dir, db_path) as opened:
        checked = opened.ensure_index(state)
        if not wanted:
            return checked
        return opened.index_decisions(wanted, state)
