"""The bundled sample decisions: removing them, and the demo workspace that keeps them.

A new workspace starts with the samples so that search and reuse can be tried at once; a
municipality's own archive must never show them among its real decisions. They go when
the first real decisions are imported (:mod:`desktop_app.importing.importer`) or when the
user removes them; whoever wants to try things later opens the separate demo workspace.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.first_start import mark_welcomed
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.paths import default_workspace
from desktop_app.search.service import SearchService
from desktop_app.seed import delete_samples, sample_ids
from desktop_app.storage.meta import get_meta, set_meta
from desktop_app.workspace import Workspace

DEMO_MEETING_KEY = "demo.meeting"
DEMO_SUFFIX = "-esimerkki"


def has_samples(workspace: Workspace) -> bool:
    return bool(sample_ids(workspace.db))


def remove_samples(workspace: Workspace, index: SearchService) -> list[str]:
    """Remove the samples from the archive and the search index; the removed ids.

    Runs on a connection of its own, so a window may call it from a worker thread.
    """
    with workspace.session() as own:
        removed = delete_samples(own.db)
    if removed:
        index.index_decisions(removed)
    return removed


def demo_workspace_dir() -> Path:
    """Beside the default workspace in the per-user data folder, never inside a real one."""
    default = default_workspace()
    return default.with_name(default.name + DEMO_SUFFIX)


def prepare_demo_workspace(folder: Path | None = None) -> Path:
    """The demo workspace, seeded with the samples and the demo meeting (once)."""
    target = folder or demo_workspace_dir()
    workspace = Workspace.open(target)  # a new workspace is seeded with the samples
    try:
        if not get_meta(workspace.db, DEMO_MEETING_KEY):
            meeting_id = create_demo_meeting(workspace)
            set_meta(workspace.db, DEMO_MEETING_KEY, str(meeting_id))
            mark_welcomed(workspace.db)  # a demo asks nothing of its user
    finally:
        workspace.close()
    return target


def window_command(workspace: Path) -> tuple[str, list[str]]:
    """The program and arguments that open ``workspace`` in a window of its own.

    A frozen build (PyInstaller) is the application itself; from source, the interpreter
    runs the launcher module.
    """
    if getattr(sys, "frozen", False):
        return sys.executable, ["--workspace", str(workspace)]
    return sys.executable, ["-m", "ui.launcher", "--workspace", str(workspace)]
