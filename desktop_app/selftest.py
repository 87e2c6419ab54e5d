"""``paatospaja --self-test``: proof that an installed copy has everything it needs.

An IT department installs the program silently on hundreds of workstations and wants one
command that says whether it works there: the bundled files are complete, SQLite, Whoosh
and python-docx run, worker processes start (a frozen build re-runs its own executable for
them), and which keyring backend the machine offers. Everything happens in a temporary
workspace that is removed afterwards: the user's own workspace is never opened.

The checks run in order and each later check names the earlier ones it needs, so a broken
installation fails at the first real cause and the rest say they were not run. Results are
codes and parameters; the sentences live in ``resources/messages``. The Qt check belongs to
the UI side (the core never imports Qt) and is appended there as one more result.
"""

from __future__ import annotations

import enum
import os
import re
import tempfile
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from desktop_app.errors import (
    PaatospajaError,
    SelfTestExportIncomplete,
    SelfTestFailed,
    SelfTestResourcesMissing,
    SelfTestSearchMissed,
)
from desktop_app.messages import describe, message
from desktop_app.resources import resource_dir

#: Bundled files without which the program cannot do its work (relative to resources/).
REQUIRED_RESOURCES = (
    "messages/fi.toml",
    "messages/sv.toml",
    "messages/en.toml",
    "samples/decisions.jsonl",
    "samples/organizations.toml",
    "house_style/default.docx",
    "icons/paatospaja.png",
)
WORKER_TIMEOUT_S = 120.0


class CheckStatus(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"  # works, with a limitation the user or IT should know of
    FAILED = "failed"
    SKIPPED = "skipped"  # not run because a check it needs failed


@dataclass(frozen=True)
class CheckResult:
    check: str  # a stable name: resources, workspace, samples, index, search, …
    status: CheckStatus
    code: str  # the message code of the sentence that explains the result
    params: dict[str, Any] = field(default_factory=dict)

    def line(self, language: str | None = None) -> str:
        """One line of the report: status, the check's name and what was found."""
        status = message(f"selftest.status.{self.status.value}", language)
        name = message(f"selftest.check.{self.check}", language)
        return f"{status:<9} {name}: {message(self.code, language, **self.params)}"


@dataclass(frozen=True)
class SelfTestReport:
    results: list[CheckResult]

    @property
    def failed(self) -> list[CheckResult]:
        return [r for r in self.results if r.status is CheckStatus.FAILED]

    @property
    def passed(self) -> bool:
        return not self.failed

    def summary(self, language: str | None = None) -> str:
        if self.failed:
            names = ", ".join(message(f"selftest.check.{r.check}", language) for r in self.failed)
            return describe(SelfTestFailed(checks=names), language)
        warnings = sum(r.status is CheckStatus.WARNING for r in self.results)
        ok = sum(r.status is CheckStatus.OK for r in self.results)
        return message("selftest.passed", language, ok=ok, warnings=warnings)


@dataclass
class _Context:
    """What the checks hand on to each other inside one temporary folder."""

    folder: Path
    stack: ExitStack
    language: str | None
    workspace: Any = None  # desktop_app.workspace.Workspace once opened
    sample_ids: list[str] = field(default_factory=list)
    sample_titles: dict[str, str] = field(default_factory=dict)
    search: Any = None  # desktop_app.search.service.SearchService once built


Outcome = tuple[CheckStatus, str, dict[str, Any]]


@dataclass(frozen=True)
class _Check:
    name: str
    needs: tuple[str, ...]
    run: Callable[[_Context], Outcome]


def run_checks(
    language: str | None = None, on_result: Callable[[CheckResult], None] | None = None
) -> SelfTestReport:
    """Run every core check in a temporary folder; ``on_result`` hears each one as it ends.

    The folder is removed at the end even when a check failed half-way; a file that Windows
    still keeps open is left to the system's temporary-file clean-up rather than failing.
    """
    results: dict[str, CheckResult] = {}
    with (
        tempfile.TemporaryDirectory(
            prefix="paatospaja-selftest-", ignore_cleanup_errors=True
        ) as temporary,
        ExitStack() as stack,
    ):
        context = _Context(Path(temporary), stack, language)
        for check in _CHECKS:
            result = _run_one(check, context, results)
            results[check.name] = result
            if on_result is not None:
                on_result(result)
    return SelfTestReport(list(results.values()))


def _run_one(check: _Check, context: _Context, done: dict[str, CheckResult]) -> CheckResult:
    causes: list[str] = []  # the failed checks themselves, not the ones skipped for them
    for name in check.needs:
        if done[name].status is CheckStatus.FAILED:
            causes.append(message(f"selftest.check.{name}", context.language))
        elif done[name].status is CheckStatus.SKIPPED:
            causes.append(done[name].params["needs"])
    if causes:
        needs = ", ".join(dict.fromkeys(causes))
        return CheckResult(check.name, CheckStatus.SKIPPED, "selftest.skipped", {"needs": needs})
    return guarded(check.name, lambda: check.run(context), context.language)


def guarded(
    name: str, run: Callable[[], Outcome | CheckResult], language: str | None = None
) -> CheckResult:
    """The result of one check; an exception becomes a failure that says what and where.

    The point of a self-test is to report, so nothing a check raises may end the run.
    """
    try:
        outcome = run()
    except PaatospajaError as error:
        reason = describe(error, language)
        return CheckResult(name, CheckStatus.FAILED, "selftest.reason", {"reason": reason})
    except Exception as error:
        frame = traceback.extract_tb(error.__traceback__)[-1]
        params = {
            "kind": type(error).__name__,
            "detail": str(error) or "-",
            "where": f"{Path(frame.filename).name}:{frame.lineno}",
        }
        return CheckResult(name, CheckStatus.FAILED, "selftest.unexpected", params)
    if isinstance(outcome, CheckResult):
        return outcome
    status, code, params = outcome
    return CheckResult(name, status, code, params)


# -- the checks ----------------------------------------------------------------------------


def _check_resources(context: _Context) -> Outcome:
    folder = resource_dir()
    missing = [name for name in REQUIRED_RESOURCES if not (folder / name).is_file()]
    if not any((folder / "templates").glob("*.toml")):
        missing.append("templates/*.toml")
    if missing:
        raise SelfTestResourcesMissing(missing=", ".join(missing), path=str(folder))
    return CheckStatus.OK, "selftest.resources.ok", {"path": str(folder)}


def _check_workspace(context: _Context) -> Outcome:
    from desktop_app.workspace import Role, Workspace

    root = context.folder / "workspace"
    # Without the first-start seeding: the samples check loads them itself, so the result
    # does not depend on what a new workspace happens to start with.
    workspace = Workspace.open(root, seed=False, role=Role.LIBRARY)
    context.stack.callback(workspace.close)
    context.workspace = workspace
    return CheckStatus.OK, "selftest.workspace.ok", {"path": str(root)}


def _check_samples(context: _Context) -> Outcome:
    from desktop_app.seed import sample_decisions, sample_organizations
    from desktop_app.storage.meta import set_meta

    workspace = context.workspace
    names, organizations = sample_organizations()
    for organization in organizations:
        workspace.organizations.save(organization)
    set_meta(workspace.db, "municipality", names["fi"])
    records = list(sample_decisions())
    workspace.decisions.upsert_many(records)
    context.sample_ids = [r.source_id for r in records]
    context.sample_titles = {r.source_id: r.title for r in records}
    params = {"decisions": workspace.decisions.count(), "bodies": len(organizations)}
    return CheckStatus.OK, "selftest.samples.ok", params


def _check_index(context: _Context) -> Outcome:
    from desktop_app.search.service import SearchService

    workspace = context.workspace
    service = SearchService(workspace.index_dir, workspace.database_path)
    context.stack.callback(service.close)
    report = service.ensure_index()
    context.search = service
    return CheckStatus.OK, "selftest.index.ok", {"indexed": report.indexed}


def _check_search(context: _Context) -> Outcome:
    source_id, query = _search_probe(context.sample_titles)
    results = context.search.search(query, limit=len(context.sample_ids) or 20)
    found = [hit.source_id for hit in results.hits]
    if source_id not in found:
        raise SelfTestSearchMissed(
            query=query, source_id=source_id, hits=len(found), warning=results.warning or "-"
        )
    return CheckStatus.OK, "selftest.search.ok", {"query": query, "hits": results.total}


def _search_probe(titles: dict[str, str]) -> tuple[str, str]:
    """A decision and the longest word of its title: a query that must find it."""
    for source_id, title in titles.items():
        words = re.findall(r"[^\W\d_]{5,}", title)
        if words:
            return source_id, max(words, key=len)
    raise SelfTestSearchMissed(query="-", source_id="-", hits=0, warning="-")


def _check_export(context: _Context) -> Outcome:
    import docx

    from desktop_app.drafting import new_item
    from desktop_app.export.task import ExportKind, ExportRequest, run
    from desktop_app.tasks import TaskState

    workspace = context.workspace
    template, organization = _template_and_body(workspace)
    item = new_item(template, organization, workspace.municipality)
    item.title = message("selftest.sample_title", context.language)
    workspace.items.save(item)
    assert item.id is not None
    target = context.folder / "export" / "selftest.docx"
    target.parent.mkdir()
    run(ExportRequest(workspace.root, ExportKind.ITEM, item.id, target), TaskState())
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    if not any(item.title in text for text in texts):
        raise SelfTestExportIncomplete(path=str(target), title=item.title)
    params = {
        "title": item.title,
        "paragraphs": len(document.paragraphs),
        "size": max(1, round(target.stat().st_size / 1024)),
    }
    return CheckStatus.OK, "selftest.export.ok", params


def _template_and_body(workspace: Any) -> tuple[Any, Any]:
    """A built-in template and a body of the kind it is written for (any, failing that)."""
    templates = workspace.templates.all()
    organizations = workspace.organizations.all()
    for template in templates:
        for organization in organizations:
            if organization.kind == template.body_kind:
                return template, organization
    return templates[0], organizations[0]


def _check_workers(context: _Context) -> Outcome:
    # "spawn" is what Windows always uses, and what the parallel index build asks for.
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        pid = pool.submit(worker_pid).result(timeout=WORKER_TIMEOUT_S)
    if pid == os.getpid():
        raise RuntimeError("the worker ran in this process")
    return CheckStatus.OK, "selftest.workers.ok", {"pid": pid}


def worker_pid() -> int:
    """Run in a worker process: its process id proves it started and answered."""
    return os.getpid()


def _check_keyring(context: _Context) -> Outcome:
    # The same probe the app makes at start (it reads one entry), so a locked or refused
    # keyring shows here exactly as the sources dialog will report it.
    from desktop_app.secrets import backend_status

    status = backend_status()
    if not status.usable:
        return CheckStatus.WARNING, "selftest.keyring.missing", {"backend": status.backend}
    return CheckStatus.OK, "selftest.keyring.ok", {"backend": status.backend}


def _check_opendata(context: _Context) -> Outcome:
    # The open-data export validates every record; in a bundle the schema files and
    # jsonschema's own meta-schemas must both have come along.
    from desktop_app.opendata.schema import SCHEMA_NAMES, validator

    for name in SCHEMA_NAMES:
        validator(name)
    return CheckStatus.OK, "selftest.opendata.ok", {"schemas": len(SCHEMA_NAMES)}


_CHECKS = (
    _Check("resources", (), _check_resources),
    _Check("workspace", (), _check_workspace),
    _Check("samples", ("resources", "workspace"), _check_samples),
    _Check("index", ("samples",), _check_index),
    _Check("search", ("index",), _check_search),
    _Check("export", ("samples",), _check_export),
    _Check("workers", (), _check_workers),
    _Check("keyring", (), _check_keyring),
    _Check("opendata", (), _check_opendata),
)

#: The names of the core checks, in the order they run.
CHECK_NAMES = tuple(check.name for check in _CHECKS)
