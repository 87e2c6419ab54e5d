"""Bringing the archive up to date from its sources without ever standing in the user's way.

The core's sync task runs on a worker; the search index follows through the core's
``index_changes`` (the same function the command line uses). What the user sees is one
quiet line in the status bar, a small progress bar and a cancel button while it runs: the
secretary keeps typing and searching meanwhile. At start the sources are synced a moment
after the window is shown, so a slow network share or an unreachable server never delays
the window, and a failure is that same quiet line, never a dialog in the way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop_app.errors import PaatospajaError
from desktop_app.messages import describe
from desktop_app.search.service import SearchService
from desktop_app.sources.errors import SyncSecretMissing
from desktop_app.sources.indexing import index_changes
from desktop_app.sources.manage import Sources
from desktop_app.sources.sync import SourceReport, SyncReport
from desktop_app.sources.sync import run as run_sync
from desktop_app.tasks import Cancelled, TaskState
from desktop_app.workspace import Workspace
from ui.widgets import named, single_shot
from ui.workers import Task, running

log = logging.getLogger(__name__)

#: How long after the window is shown the start-up sync begins: the window paints, the
#: index check starts and the user can type before any source is asked for anything.
STARTUP_DELAY_MS = 2500

SECRET_MISSING = SyncSecretMissing.code


class SyncStatus(QWidget):
    """The status bar's part of a sync: the quiet line, and progress with cancel meanwhile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.line = named(QLabel(), "syncStatus")
        # a long line is cut, never widens the window; the tooltip has it whole
        self.line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.line.setMinimumWidth(120)
        self.line.setAccessibleName(self.tr("Lähteiden synkronoinnin tila"))
        row.addWidget(self.line, 1)
        self.progress = named(QProgressBar(), "syncProgress")
        self.progress.setMaximumWidth(140)
        self.progress.setAccessibleName(self.tr("Synkronoinnin edistyminen"))
        self.progress.hide()
        row.addWidget(self.progress)
        self.cancel = named(QPushButton(self.tr("Keskeytä synkronointi")), "syncCancel")
        self.cancel.setFlat(True)
        self.cancel.hide()
        row.addWidget(self.cancel)

    def show_running(self, text: str) -> None:
        self.line.setText(text)
        self.line.setToolTip("")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.setEnabled(True)
        self.cancel.show()

    def show_progress(self, done: int, total: int, text: str) -> None:
        if self.progress.isHidden():  # a start-up sync shows itself once there is a source
            self.show_running(text)
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        if text:
            self.line.setText(text)

    def show_done(self, text: str, details: str = "") -> None:
        self.progress.hide()
        self.cancel.hide()
        self.line.setText(text)
        self.line.setToolTip("\n\n".join(part for part in (text, details) if part))


class SyncRunner(QObject):
    """One sync at a time for the window: started from the sources dialog or at start.

    ``finished(report)`` comes after the index has been updated, so whoever listens may
    search at once; ``archive_changed`` only when decisions were added, changed or removed.
    """

    started = Signal()
    progress = Signal(int, int, str)
    finished = Signal(object)  # SyncReport, or None when there was nothing to sync
    archive_changed = Signal()

    def __init__(
        self,
        db_path: Path,
        search_service: SearchService,
        *,
        sources: Sources | None = None,
        read_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sources = sources or Sources(db_path)
        self.search_service = search_service
        self.read_only = read_only
        self.status = SyncStatus()
        self.status.cancel.clicked.connect(self.cancel)
        self.last_report: SyncReport | None = None
        #: this run's own sentence for a source's last failure (the workspace keeps a code)
        self.errors: dict[str, str] = {}
        self._task: Task | None = None
        self._tasks: list[Task] = []  # finished ones are freed when the next one starts
        self._startup_timer = single_shot(self, STARTUP_DELAY_MS)
        self._startup_timer.timeout.connect(self.start_startup)
        self._watched: QWidget | None = None

    # -- starting -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, keys: Sequence[str] = (), *, full: bool = False) -> bool:
        """Sync the named sources (all enabled ones when none); False if one already runs."""
        wanted = tuple(keys)
        return self._start(lambda: wanted, full)

    def start_startup(self) -> bool:
        """The start-up sync: folders and shares rescanned, network sources pulled."""
        if self.read_only:
            return False
        sources = self.sources
        return self._start(sources.startup_keys, False, quiet_when_empty=True)

    def start_when_shown(self, window: QWidget, delay_ms: int | None = None) -> None:
        """Start :meth:`start_startup` ``delay_ms`` after ``window`` is first shown."""
        self._startup_timer.setInterval(STARTUP_DELAY_MS if delay_ms is None else delay_ms)
        if window.isVisible():
            self._startup_timer.start()
            return
        self._watched = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self._watched = None
            self._startup_timer.start()
        return super().eventFilter(watched, event)

    def _start(
        self, keys: Callable[[], Sequence[str]], full: bool, quiet_when_empty: bool = False
    ) -> bool:
        if self._task is not None or self.read_only:
            return False
        sources, service = self.sources, self.search_service

        def work(state: TaskState) -> tuple[SyncReport, str] | None:
            wanted = list(keys())
            if quiet_when_empty and not wanted:
                return None  # no sources: nothing to say either
            report = run_sync(sources.sync_inputs(wanted, full=full), state)
            sync_index(report.changed_ids, service, state)
            missing = any(e.error_code == SECRET_MISSING for e in report.sources)
            # the keyring was asked already; this only reads why it keeps nothing, if so
            return report, session_notice(sources) if missing else ""

        task = Task(work, self)
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        self._task = task
        self._tasks = [*running(self._tasks), task]
        if not quiet_when_empty:  # at start: nothing shows until a source is synced
            self.status.show_running(self.tr("Lähteitä synkronoidaan…"))
        self.started.emit()
        task.start()
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.cancel.setEnabled(False)
            self.status.line.setText(self.tr("Keskeytetään… jo saadut päätökset säilyvät."))

    def shutdown(self) -> None:
        """The window closes: nothing more starts and a running sync stops at its next step."""
        self._startup_timer.stop()
        self.read_only = True
        if self._task is not None:
            self._task.cancel()

    # -- results ------------------------------------------------------------------------

    def _on_progress(self, done: int, total: int, key: str) -> None:
        text = self.tr("Synkronoidaan lähdettä %s…") % key if key else ""
        self.status.show_progress(done, total, text)
        self.progress.emit(done, total, key)

    def _on_finished(self, outcome: tuple[SyncReport, str] | None) -> None:
        self._task = None
        if outcome is None:
            self.status.show_done("")
            self.finished.emit(None)
            return
        report, notice = outcome
        self.last_report = report
        for entry in report.sources:
            if entry.error_code:
                self.errors[entry.source_key] = entry.error
            else:
                self.errors.pop(entry.source_key, None)
        line, details = summary(report)
        self.status.show_done(line, "\n".join(part for part in (details, notice) if part))
        if report.changed_ids:
            self.archive_changed.emit()
        self.finished.emit(report)

    def _on_failed(self, error: object) -> None:
        """A program error, not a source's: still only the quiet line."""
        self._task = None
        reason = describe(error) if isinstance(error, PaatospajaError) else str(error)
        self.status.show_done(self.tr("Lähteiden synkronointi epäonnistui."), reason)
        self.finished.emit(None)

    def _on_cancelled(self) -> None:
        self._task = None
        self.status.show_done(self.tr("Synkronointi keskeytettiin — jo saadut päätökset säilyivät"))
        self.finished.emit(None)


def session_notice(sources: Sources) -> str:
    """Why secrets are kept for this run only ("" when the keyring keeps them).

    Asks the keyring (which may wait for it to be unlocked): call it on a worker.
    """
    notice = getattr(sources.secrets, "session_notice", None)
    return str(notice()) if callable(notice) else ""


def sync_index(source_ids: list[str], service: SearchService, state: TaskState) -> None:
    """The index follows what arrived, also after a cancel: what is in the archive is found.

    Indexing that is cancelled in turn is caught up by the index check at the next start.
    """
    if not source_ids:
        return
    try:
        index_changes(source_ids, service=service, state=state if not state.cancelled else None)
    except Cancelled:
        log.info("index update after sync cancelled; the next start catches up")


def summary(report: SyncReport) -> tuple[str, str]:
    """The quiet status line after a sync, and the full sentences for its tooltip."""
    parts: list[str] = []
    details: list[str] = []
    succeeded = [entry for entry in report.sources if entry.ok]
    new = sum(len(entry.new) for entry in succeeded)
    changed = sum(len(entry.changed) for entry in succeeded)
    pending = sum(len(entry.pending_removals) for entry in report.sources)
    if report.cancelled:
        parts.append(
            QCoreApplication.translate(
                "SyncRunner", "Synkronointi keskeytettiin — jo saadut päätökset säilyivät"
            )
        )
    if succeeded and (new or changed):
        parts.append(
            QCoreApplication.translate("SyncRunner", "Lähteet päivitetty: uusia %d, muuttuneita %d")
            % (new, changed)
        )
    elif succeeded and not report.failed_sources and not report.cancelled:
        parts.append(QCoreApplication.translate("SyncRunner", "Lähteet ajan tasalla"))
    for entry in report.failed_sources:
        parts.append(_failure_line(entry))
        details.append(entry.error)
    if pending:
        parts.append(
            QCoreApplication.translate(
                "SyncRunner", "Lähteestä poistuneita päätöksiä: %d (Tiedosto → Lähteet)"
            )
            % pending
        )
    return " · ".join(parts), "\n".join(details)


def _failure_line(entry: SourceReport) -> str:
    if entry.error_code == SECRET_MISSING:
        return (
            QCoreApplication.translate(
                "SyncRunner", "Lähteen %s salasana puuttuu (Tiedosto → Lähteet)"
            )
            % entry.source_key
        )
    if entry.error_code == "sync.unauthorized":
        return (
            QCoreApplication.translate(
                "SyncRunner", "Lähde %s ei hyväksynyt tunnuksia — arkisto ennallaan"
            )
            % entry.source_key
        )
    return (
        QCoreApplication.translate("SyncRunner", "Lähdettä %s ei tavoitettu — arkisto ennallaan")
        % entry.source_key
    )


def attach(
    window: QMainWindow,
    workspace: Workspace,
    search_service: SearchService,
    on_archive_changed: Callable[[], None],
) -> SyncRunner:
    """The window's runner: its line in the status bar, the start-up sync once shown."""
    runner = SyncRunner(
        workspace.database_path,
        search_service,
        read_only=workspace.read_only,
        parent=window,
    )
    window.statusBar().addWidget(runner.status, 1)
    runner.archive_changed.connect(on_archive_changed)
    runner.start_when_shown(window)
    return runner
