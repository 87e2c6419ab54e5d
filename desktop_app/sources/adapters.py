"""Which adapter speaks which kind of source."""

from __future__ import annotations

from desktop_app.sources.config import KINDS
from desktop_app.sources.contract import Adapter
from desktop_app.sources.errors import SourceBadKind


def adapter_for(kind: str) -> Adapter:
    """A fresh adapter; the API adapters are imported only when a source of theirs syncs."""
    if kind == "folder":
        from desktop_app.sources.folder import FolderAdapter

        return FolderAdapter()
    if kind == "jsonl_url":
        from desktop_app.sources.jsonl_url import JsonLinesAdapter

        return JsonLinesAdapter()
    if kind == "open_decision":
        from desktop_app.sources.open_decision import OpenDecisionAdapter

        return OpenDecisionAdapter()
    if kind == "oparl":
        from desktop_app.sources.oparl import OParlAdapter

        return OParlAdapter()
    raise SourceBadKind("kind", value=kind, kinds=", ".join(KINDS), source="")
