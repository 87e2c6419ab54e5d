"""Where earlier decisions come from, and how the archive is kept current with them.

- :mod:`.contract`: what an adapter yields (decisions, checkpoints, skipped items, a listing).
- :mod:`.config`, :mod:`.store`: sources, their sync state and pending removals in SQLite.
- :mod:`.http`: the polite, bounded fetcher; :mod:`.secret_store`: where secrets come from.
- :mod:`.folder`, :mod:`.jsonl_url`, :mod:`.open_decision`, :mod:`.oparl`: the adapters.
- :mod:`.sync`: the task ``run(SyncInputs, TaskState) -> SyncReport``.
- :mod:`.manage`: :class:`~.manage.Sources`, what the dialog and the command line call.
- :mod:`.indexing`: the search index after a sync or a confirmed removal.
"""
