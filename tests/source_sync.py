"""One sync of a configured source into a real workspace, and a search of what it brought."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.search.service import SearchService
from desktop_app.sources.http import HttpSettings
from desktop_app.sources.indexing import index_changes
from desktop_app.sources.manage import Sources
from desktop_app.sources.sync import SourceReport, run
from desktop_app.tasks import TaskState


def sync(service: SearchService, sources: Sources, key: str, *, full: bool = False) -> SourceReport:
    """Sync ``key`` as the window does (its search service follows), without the politeness
    pause a municipal server deserves: this server is local."""
    inputs = replace(
        sources.sync_inputs([key], full=full), http=HttpSettings(min_interval=0.0, retries=0)
    )
    report = run(inputs, TaskState())
    index_changes(report.changed_ids, service=service)
    (entry,) = report.sources
    assert entry.ok, entry.error
    return entry


def found(service: SearchService, query: str) -> list[tuple[str, str, str]]:
    """(source id, source key, link) of each hit, as the search shows where it came from."""
    return [(h.source_id, h.source_key, h.link) for h in service.search(query).hits]
