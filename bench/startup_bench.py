"""Start-up time of the real window on a large workspace: the target is a usable window in 2 s.

    uv run python bench/startup_bench.py                 # N = 2,000 and 20,000
    uv run python bench/startup_bench.py --sizes 500     # any sizes
    uv run python bench/startup_bench.py --rebuild       # build the workspaces anew

A workspace of N drafts and N earlier decisions is built once and cached under the user's
cache folder (``startup-N``); it is built again when its schema version is not the
program's. Drafts are written with one ``executemany`` in one transaction, through the
repository's own column serializer so the app reads them back as it reads its own;
decisions go through ``DecisionRepository``; the search index is built by the app's
``SearchService``, so the window starts with an index that needs no rebuild.

Each measurement runs in a fresh subprocess (nothing warm carries over): it creates the
QApplication, opens the workspace, builds and shows ``MainWindow``, and records the time of
the first paint of the window and the time the draft list holds its first rows. The peak
memory is that process's ru_maxrss (not available on Windows, shown as "–").
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from platformdirs import user_cache_path  # noqa: E402

from desktop_app import drafting  # noqa: E402
from desktop_app.domain.model import (  # noqa: E402
    AgendaItem,
    DecisionRecord,
    ItemState,
    Section,
)
from desktop_app.domain.serialize import item_to_dict  # noqa: E402
from desktop_app.search.service import SearchService  # noqa: E402
from desktop_app.seed import sample_decisions  # noqa: E402
from desktop_app.storage.database import DATABASE_NAME, transaction  # noqa: E402
from desktop_app.storage.decisions import DecisionRepository  # noqa: E402
from desktop_app.storage.items import _COLUMNS, _values  # noqa: E402
from desktop_app.storage.migrations import latest_version  # noqa: E402
from desktop_app.workspace import Workspace  # noqa: E402

TARGET_S = 2.0
DEADLINE_S = 120.0
SIZES = (2_000, 20_000)
#: The indexes the list's page queries read in order (same names as in the migrations).
LIST_INDEXES = (
    "CREATE INDEX IF NOT EXISTS agenda_items_modified ON agenda_items(modified DESC, id DESC)",
    "CREATE INDEX IF NOT EXISTS agenda_items_body_modified"
    " ON agenda_items(organization_id, modified DESC, id DESC)",
    "CREATE INDEX IF NOT EXISTS agenda_items_state_modified"
    " ON agenda_items(state, modified DESC, id DESC)",
)
_TEMPLATE_OF_KIND = {
    "hallitus": "kunnanhallitus",
    "lautakunta": "lautakunta",
    "valtuusto": "valtuusto",
    "viranhaltija": "viranhaltijapaatos",
}

# -- building the workspace ---------------------------------------------------------------


def cache_folder(size: int) -> Path:
    return user_cache_path("paatospaja-bench") / f"startup-{size}"


def cached_version(folder: Path) -> int | None:
    database = folder / DATABASE_NAME
    if not (folder / "ready").exists() or not database.exists():
        return None
    connection = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()


def workspace_for(size: int, rebuild: bool = False) -> Path:
    """The cached workspace of ``size`` drafts and decisions, built when missing or stale."""
    folder = cache_folder(size)
    if not rebuild and cached_version(folder) == latest_version():
        add_list_indexes(folder / DATABASE_NAME)  # one made before an index was listed
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    workspace = Workspace.open(folder)
    try:
        add_decisions(workspace, size)
        print(f"  {size:,} decisions: {time.perf_counter() - started:.1f} s", file=sys.stderr)
        add_drafts(workspace, size)
        print(f"  {size:,} drafts: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    finally:
        workspace.close()
    add_list_indexes(folder / DATABASE_NAME)
    with SearchService.open(
        folder / "index", folder / DATABASE_NAME, check_in_background=False
    ) as service:
        service.wait_ready()
    print(f"  search index: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    (folder / "ready").write_text(str(latest_version()), encoding="utf-8")
    return folder


def add_list_indexes(database: Path) -> None:
    """The list's indexes; no-ops where the migrations made them already."""
    connection = sqlite3.connect(database)
    try:
        for statement in LIST_INDEXES:
            connection.execute(statement)
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def synthetic_decisions(count: int, seed: int = 11) -> list[DecisionRecord]:
    """Decisions mixed from the bundled samples' sentences, each with its own id and date."""
    rng = random.Random(seed)
    base = list(sample_decisions())
    sentences = [[s for s in record.text.split(". ") if s] for record in base]
    records = []
    first = datetime(2015, 1, 1).date()
    for number in range(count):
        donor = base[rng.randrange(len(base))]
        parts: list[str] = []
        for _ in range(3):
            pool = sentences[rng.randrange(len(base))] or [donor.title]
            start = rng.randrange(len(pool))
            parts.extend(pool[start : start + rng.randint(2, 8)])
        records.append(
            DecisionRecord(
                source_id=f"bench-{number}",
                title=donor.title,
                text=". ".join(parts)[:6000],
                date=first + timedelta(days=rng.randrange(4000)),
                body_org=donor.body_org,
                doc_type=donor.doc_type,
                classification=donor.classification,
            )
        )
    return records


def add_decisions(workspace: Workspace, count: int) -> None:
    repository = DecisionRepository(workspace.db)
    records = synthetic_decisions(count)
    for start in range(0, len(records), 2000):
        repository.upsert_many(records[start : start + 2000])


def synthetic_drafts(workspace: Workspace, count: int, seed: int = 5) -> list[AgendaItem]:
    """Drafts as the app makes them (from a template), with real titles and sections."""
    rng = random.Random(seed)
    organizations = workspace.organizations.all()
    templates = {t.id: t for t in workspace.templates.all()}
    decisions = list(sample_decisions())
    states = list(ItemState)
    weights = (60, 20, 8, 12)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    drafts: list[AgendaItem] = []
    prototypes: dict[str, AgendaItem] = {}
    for number in range(count):
        organization = organizations[number % len(organizations)]
        template_id = _TEMPLATE_OF_KIND.get(str(organization.kind), "lautakunta")
        template = templates.get(template_id) or next(iter(templates.values()))
        prototype = prototypes.get(organization.id)
        if prototype is None:
            prototype = drafting.new_item(template, organization, workspace.municipality)
            prototypes[organization.id] = prototype
        decision = decisions[rng.randrange(len(decisions))]
        stamp = start + timedelta(minutes=number * 7 + rng.randrange(5))
        sections = dict(prototype.sections)
        sections[Section.DESCRIPTION] = f"<p>{decision.text[:1500]}</p>"
        sections[Section.PROPOSAL] = f"<p>Esitetään, että {decision.title.lower()}.</p>"
        drafts.append(
            AgendaItem(
                id=number + 1,
                organization_id=organization.id,
                template_id=prototype.template_id,
                title=f"{decision.title} ({number + 1})",
                dno=f"{organization.short_name or organization.id.upper()}/{number + 1}/2024",
                state=rng.choices(states, weights)[0],
                preparer=prototype.preparer,
                contact=prototype.contact,
                presenter=prototype.presenter,
                sections=sections,
                appeal_type=prototype.appeal_type,
                created=stamp,
                modified=stamp,
            )
        )
    return drafts


def add_drafts(workspace: Workspace, count: int) -> None:
    """All drafts and their first version in one transaction (``ItemRepository.save`` one
    by one would take minutes at this size)."""
    drafts = synthetic_drafts(workspace, count)

    def row(item: AgendaItem) -> tuple[Any, ...]:
        assert item.modified is not None
        modified = item.modified.isoformat(timespec="milliseconds")
        return (item.id, *_values(item, modified), modified)

    def versions() -> Any:
        for item in drafts:
            assert item.modified is not None
            snapshot = item_to_dict(item) | {
                "id": item.id,
                "modified": item.modified.isoformat(),
                "created": item.modified.isoformat(),
            }
            saved = item.modified.isoformat(timespec="milliseconds")
            yield item.id, 1, saved, json.dumps(snapshot, ensure_ascii=False)

    with transaction(workspace.db):
        marks = ", ".join("?" * len(row(drafts[0])))
        workspace.db.executemany(
            f"INSERT INTO agenda_items (id, {_COLUMNS}, created) VALUES ({marks})",
            (row(item) for item in drafts),
        )
        workspace.db.executemany(
            "INSERT INTO item_versions (item_id, number, saved_at, snapshot_json)"
            " VALUES (?, ?, ?, ?)",
            versions(),
        )


# -- one measurement (in its own process) ---------------------------------------------------


def measure_here(folder: Path) -> dict[str, float | None]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not painted and event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter() - started)
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    workspace = Workspace.open(folder)
    window = MainWindow(workspace)
    window.show()
    model = window.draft_list.model
    first_page: float | None = None
    deadline = time.perf_counter() + DEADLINE_S
    while time.perf_counter() < deadline and (not painted or first_page is None):
        app.processEvents()
        if first_page is None and model.rowCount() > 0:
            first_page = time.perf_counter() - started
        if not painted or first_page is None:
            time.sleep(0.002)
    rows = model.rowCount()
    window.close()
    workspace.close()
    app.removeEventFilter(spy)
    peak: float | None = None
    if sys.platform != "win32":
        import resource

        scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    return {
        "painted_s": painted[0] if painted else None,
        "first_page_s": first_page,
        "rows": rows,
        "peak_rss_mb": peak,
    }


def measure(folder: Path) -> dict[str, Any]:
    """One start in a fresh interpreter, so no import or page cache of Python carries over."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, __file__, "--measure", str(folder)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=DEADLINE_S + 60,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"measurement failed:\n{result.stderr[-4000:]}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _seconds(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--rounds", type=int, default=1, help="starts per size (median shown)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--measure", metavar="WORKSPACE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure_here(Path(args.measure))))
        return 0
    results = []
    for size in args.sizes:
        print(f"workspace of {size:,} drafts and decisions…", file=sys.stderr)
        folder = workspace_for(size, rebuild=args.rebuild)
        runs = sorted(
            (measure(folder) for _ in range(max(1, args.rounds))),
            key=lambda r: r["painted_s"] or float("inf"),
        )
        results.append((size, runs[len(runs) // 2]))
    print(
        f"{'N':>8}  {'window painted s':>16}  {'first page s':>12}  {'rows':>5}  "
        f"{'peak RSS MB':>11}  {'window / 2 s':>12}  {'page / 2 s':>10}"
    )
    for size, run in results:
        painted, page = run["painted_s"], run["first_page_s"]
        peak = run["peak_rss_mb"]
        print(
            f"{size:>8,}  {_seconds(painted):>16}  {_seconds(page):>12}  {run['rows']:>5}  "
            f"{'–' if peak is None else f'{peak:.0f}':>11}  "
            f"{'–' if painted is None else f'{painted / TARGET_S:.2f}':>12}  "
            f"{'–' if page is None else f'{page / TARGET_S:.2f}':>10}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
