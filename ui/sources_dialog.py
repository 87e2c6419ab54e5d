"""Tiedosto → Lähteet: where the archive is kept current from, and how each source fares.

Not modal: a sync started here runs on the window's :class:`ui.sync_runner.SyncRunner`,
and the secretary may go on drafting meanwhile. Everything that may wait on a network
share, a server or the keyring (listing, testing, applying removals) runs on a worker, so
the dialog itself never freezes. Decisions a source no longer has are listed for a
decision: removed only after the user confirms, or kept in the archive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import PaatospajaError
from desktop_app.messages import describe, message
from desktop_app.sources.config import SourceConfig
from desktop_app.sources.http import HttpSettings
from desktop_app.sources.indexing import index_changes
from desktop_app.sources.manage import SourceView, TestResult
from desktop_app.sources.secret_store import kept_for_session_only
from desktop_app.sources.store import PendingRemoval
from desktop_app.tasks import TaskState
from ui.moments import format_moment
from ui.source_form import QUIET_STYLE, SourceForm, kind_labels
from ui.sync_runner import SyncRunner, session_notice
from ui.widgets import ask_before, banner, named
from ui.workers import Task, running

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
REMOVAL_ROLE = Qt.ItemDataRole.UserRole + 2

#: A connection test is one request: it answers within this or says the source is slow.
TEST_SETTINGS = HttpSettings(timeout=15.0, retries=0, min_interval=0.0)


class SourcesDialog(QDialog):
    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.sources = runner.sources
        self.views: list[SourceView] = []
        self.removals: list[PendingRemoval] = []
        self.notice_text = ""
        self._tasks: list[Task] = []
        self._generation = 0
        self._select_after_reload: str | None = None
        self.setWindowTitle(self.tr("Lähteet"))
        self.setMinimumSize(760, 480)
        self.resize(980, 620)  # fits 1366×768 with the taskbar and title bar
        layout = QVBoxLayout(self)

        self.notice = banner("sourcesSessionNotice", "warning")
        layout.addWidget(self.notice)
        intro = QLabel(
            self.tr(
                "Arkisto pysyy ajan tasalla näistä lähteistä: kansiot luetaan uudelleen ja "
                "verkkolähteet haetaan, kun Päätöspaja käynnistyy, ja aina kun valitset "
                "Synkronoi nyt. Jos lähde ei vastaa, arkisto pysyy ennallaan."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self._build_list(layout)
        self._build_actions(layout)
        self._build_running_row(layout)
        self._build_removals(layout)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sulje"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        # Enter in a list opens the source (itemActivated); it must not also press a button
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        runner.started.connect(self._sync_started)
        runner.progress.connect(self._sync_progress)
        runner.finished.connect(self._sync_finished)
        if runner.running:
            self._sync_started()
        self._update_buttons()
        self.reload()
        self._detect_keyring()

    def _build_list(self, layout: QVBoxLayout) -> None:
        """The sources with their last sync, and the chosen one's details below."""
        self.list = named(QTreeWidget(), "sourcesList")
        self.list.setAccessibleName(self.tr("Lähteet"))
        self.list.setHeaderLabels(
            [
                self.tr("Nimi"),
                self.tr("Laji"),
                self.tr("Sijainti"),
                self.tr("Viimeksi päivitetty"),
                self.tr("Tulos"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setColumnWidth(0, 140)
        self.list.setColumnWidth(1, 190)
        self.list.setColumnWidth(2, 240)
        self.list.setColumnWidth(3, 130)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda *_: self.edit_source())
        layout.addWidget(self.list, 3)
        self.details = named(QLabel(), "sourceDetails")
        self.details.setWordWrap(True)
        self.details.setStyleSheet(QUIET_STYLE)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        """What can be done to a source; syncing sits apart on the right."""
        actions = QHBoxLayout()
        self.add_button = named(QPushButton(self.tr("&Lisää…")), "sourceAdd")
        self.add_button.clicked.connect(self.add_source)
        self.edit_button = named(QPushButton(self.tr("&Muokkaa…")), "sourceEdit")
        self.edit_button.clicked.connect(self.edit_source)
        self.remove_button = named(QPushButton(self.tr("&Poista lähde…")), "sourceRemove")
        self.remove_button.clicked.connect(self.remove_source)
        self.test_button = named(QPushButton(self.tr("&Testaa yhteys")), "sourceTest")
        self.test_button.clicked.connect(self.test_source)
        self.sync_button = named(QPushButton(self.tr("&Synkronoi nyt")), "sourceSync")
        self.sync_button.clicked.connect(self.sync_current)
        self.sync_all_button = named(QPushButton(self.tr("Synkronoi &kaikki")), "sourceSyncAll")
        self.sync_all_button.clicked.connect(self.sync_all)
        for button in (self.add_button, self.edit_button, self.remove_button, self.test_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.sync_button)
        actions.addWidget(self.sync_all_button)
        layout.addLayout(actions)

    def _build_running_row(self, layout: QVBoxLayout) -> None:
        """The last result, and the cancel button while a sync runs."""
        running_row = QHBoxLayout()
        self.result_line = named(QLabel(), "sourceResult")
        self.result_line.setWordWrap(True)
        self.result_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        running_row.addWidget(self.result_line, 1)
        self.cancel_button = named(QPushButton(self.tr("Keskeytä synkronointi")), "sourceCancel")
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.hide()
        running_row.addWidget(self.cancel_button)
        layout.addLayout(running_row)

    def _build_removals(self, layout: QVBoxLayout) -> None:
        """Decisions a source no longer offers: removed only when confirmed."""
        self.removal_group = named(
            QGroupBox(self.tr("Lähteistä poistuneet päätökset")), "pendingRemovals"
        )
        removal_layout = QVBoxLayout(self.removal_group)
        explanation = QLabel(
            self.tr(
                "Nämä päätökset ovat yhä arkistossa, vaikka lähde ei enää tarjoa niitä. "
                "Poista ne arkistosta vain, jos lähde on poistanut ne tarkoituksella; "
                "Säilytä pitää ne arkistossa ilman yhteyttä lähteeseen."
            )
        )
        explanation.setWordWrap(True)
        removal_layout.addWidget(explanation)
        self.removal_list = named(QTreeWidget(), "pendingRemovalList")
        self.removal_list.setAccessibleName(self.tr("Lähteistä poistuneet päätökset"))
        self.removal_list.setHeaderLabels(
            [self.tr("Lähde"), self.tr("Päätös"), self.tr("Huomattu")]
        )
        self.removal_list.setRootIsDecorated(False)
        self.removal_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.removal_list.setColumnWidth(0, 140)
        self.removal_list.setColumnWidth(1, 520)
        self.removal_list.itemSelectionChanged.connect(self._update_buttons)
        removal_layout.addWidget(self.removal_list, 1)
        removal_buttons = QHBoxLayout()
        self.confirm_button = named(QPushButton(self.tr("Poista &arkistosta…")), "removalConfirm")
        self.confirm_button.clicked.connect(self.confirm_removals)
        self.keep_button = named(QPushButton(self.tr("Säil&ytä")), "removalKeep")
        self.keep_button.clicked.connect(self.keep_removals)
        removal_buttons.addStretch(1)
        removal_buttons.addWidget(self.keep_button)
        removal_buttons.addWidget(self.confirm_button)
        removal_layout.addLayout(removal_buttons)
        self.removal_group.hide()
        layout.addWidget(self.removal_group, 2)

    # -- reading ------------------------------------------------------------------------

    def _background(
        self,
        work: Callable[[TaskState], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[object], None] | None = None,
    ) -> Task:
        task = Task(work, self)  # the dialog is kept (hidden) when closed: never freed under it
        task.finished.connect(on_done)
        task.failed.connect(on_error or self._show_error)
        self._tasks = [*running(self._tasks), task]
        return task.start()

    def reload(self) -> None:
        """Read the sources, their state and the pending removals off the GUI thread."""
        self._generation += 1
        generation = self._generation
        sources = self.sources

        def read(_state: TaskState) -> tuple[list[SourceView], list[PendingRemoval]]:
            return sources.all(), sources.pending()

        self._background(read, lambda found: self._show(generation, *found))

    def _detect_keyring(self) -> None:
        """The keyring answers on its own time (it may ask to be unlocked): on a worker."""
        sources = self.sources
        self._background(lambda _state: session_notice(sources), self._show_notice)

    def _show_notice(self, text: str) -> None:
        self.notice_text = text
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show(
        self, generation: int, views: list[SourceView], removals: list[PendingRemoval]
    ) -> None:
        if generation != self._generation:
            return
        chosen = self._select_after_reload or self.current_key()
        self._select_after_reload = None
        self.views = views
        self.removals = removals
        self.list.clear()
        kinds = kind_labels()
        for view in views:
            config, status = view.config, view.status
            when = _moment(status.last_success)
            row = QTreeWidgetItem(
                [
                    config.key,
                    kinds.get(config.kind, config.kind),
                    config.location,
                    when or self.tr("ei vielä"),
                    self._outcome(view),
                ]
            )
            row.setData(0, KEY_ROLE, config.key)
            row.setToolTip(2, config.location)
            if status.last_error:
                row.setToolTip(4, self._error_sentence(view))
            self.list.addTopLevelItem(row)
            if config.key == chosen:
                self.list.setCurrentItem(row)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self._show_removals(removals)
        self._on_current()

    def _outcome(self, view: SourceView) -> str:
        status = view.status
        if status.last_error:
            return self.tr("Viimeisin yritys epäonnistui")
        if status.last_success is None:
            return ""
        counts = status.counts
        text = self.tr("uusia %d, muuttuneita %d") % (counts.new, counts.changed)
        if counts.failed:
            text += self.tr(", ohitettuja %d") % counts.failed
        if counts.pending_removals:
            text += self.tr(", lähteestä poistuneita %d") % counts.pending_removals
        return text

    def _error_sentence(self, view: SourceView) -> str:
        """This run's own sentence when there is one; else the stored code put into words."""
        key = view.config.key
        known = self.runner.errors.get(key)
        if known:
            return known
        return message(
            view.status.last_error,
            source=key,
            url=view.config.location,
            path=view.config.location,
            detail="…",
        )

    def _show_removals(self, removals: list[PendingRemoval]) -> None:
        self.removal_list.clear()
        for removal in removals:
            title = removal.title or removal.source_id
            row = QTreeWidgetItem(
                [removal.source_key, title, _moment(removal.proposed) or removal.proposed]
            )
            row.setData(0, REMOVAL_ROLE, removal)
            row.setToolTip(1, removal.source_id)
            self.removal_list.addTopLevelItem(row)
        self.removal_group.setVisible(bool(removals))
        self._update_buttons()

    def current_key(self) -> str | None:
        row = self.list.currentItem()
        return str(row.data(0, KEY_ROLE)) if row is not None else None

    def current_view(self) -> SourceView | None:
        key = self.current_key()
        return next((view for view in self.views if view.config.key == key), None)

    def _on_current(self, *_args: object) -> None:
        view = self.current_view()
        if view is None:
            self.details.setText(
                self.tr("Ei lähteitä. Lisää kansio, verkkolevy tai päätösrajapinta: Lisää…")
            )
        else:
            self.details.setText(self._details(view))
        self._update_buttons()

    def _details(self, view: SourceView) -> str:
        status = view.status
        lines = []
        if status.last_success:
            lines.append(
                self.tr("Viimeisin onnistunut synkronointi %s: %s")
                % (_moment(status.last_success), self._outcome_counts(view))
            )
        else:
            lines.append(self.tr("Ei vielä synkronoitu."))
        if status.last_error:
            lines.append(
                self.tr("Viimeisin yritys %s: %s")
                % (_moment(status.last_attempt), self._error_sentence(view))
            )
        if view.config.needs_secret and not view.secret_stored:
            lines.append(self.tr("Salasanaa, avainta tai tunnistetta ei ole tallennettu."))
        return "\n".join(lines)

    def _outcome_counts(self, view: SourceView) -> str:
        counts = view.status.counts
        return self.tr("uusia %d, muuttuneita %d, ennallaan %d, ohitettuja %d") % (
            counts.new,
            counts.changed,
            counts.unchanged,
            counts.failed,
        )

    def _update_buttons(self) -> None:
        writable = not self.runner.read_only
        chosen = self.current_view() is not None
        syncing = self.runner.running
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.remove_button.setEnabled(writable and chosen)
        self.test_button.setEnabled(chosen)
        self.sync_button.setEnabled(writable and chosen and not syncing)
        self.sync_all_button.setEnabled(writable and bool(self.views) and not syncing)
        selected = bool(self.removal_list.selectedItems())
        self.confirm_button.setEnabled(writable and selected)
        self.keep_button.setEnabled(writable and selected)

    # -- configuring --------------------------------------------------------------------

    def add_source(self) -> None:
        self._open_form(None)

    def edit_source(self) -> None:
        view = self.current_view()
        if view is not None and not self.runner.read_only:
            self._open_form(view)

    def _open_form(self, view: SourceView | None) -> None:
        """The form stores on Save and stays open when storing fails, with what was typed."""
        adding = view is None

        def store(config: SourceConfig, secret: str | None) -> object:
            if adding:
                return self.sources.add(config, secret or None)
            return self.sources.update(config, secret)

        form = SourceForm(view, session_notice=self.notice_text, save=store, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._stored(form.config().key, form.answer)
        release(form)

    def _stored(self, key: str, answer: object) -> None:
        if kept_for_session_only(answer):
            self._show_notice(self.notice_text or session_notice(self.sources))
            self.result_line.setText(
                self.tr("Lähde %s tallennettiin. Salasana säilyy vain tämän istunnon ajan.") % key
            )
        else:
            self.result_line.setText(self.tr("Lähde %s tallennettiin.") % key)
        self._select_after_reload = key
        self.reload()

    def remove_source(self) -> None:
        view = self.current_view()
        if view is None:
            return
        key = view.config.key
        if not ask_before(
            self,
            QMessageBox.Icon.Question,
            self.tr(
                "Poistetaanko lähde %s? Siitä jo saadut päätökset jäävät arkistoon; "
                "lähteen salasana poistetaan salasanasäilöstä."
            )
            % key,
            self.tr("Poista lähde"),
            self.tr("Älä poista"),
        ):
            return
        try:
            self.sources.remove(key)
        except PaatospajaError as error:
            self._show_error(error)
            return
        self.result_line.setText(self.tr("Lähde %s poistettiin.") % key)
        self.reload()

    # -- checking and syncing -----------------------------------------------------------

    def test_source(self) -> None:
        key = self.current_key()
        if key is None:
            return
        sources = self.sources
        self.test_button.setEnabled(False)
        self.result_line.setText(self.tr("Testataan yhteyttä lähteeseen %s…") % key)

        def done(result: TestResult) -> None:
            self.result_line.setText(result.message)
            self._update_buttons()

        def failed(error: object) -> None:
            self._show_error(error)
            self._update_buttons()

        self._background(lambda _state: sources.test(key, TEST_SETTINGS), done, failed)

    def sync_current(self) -> None:
        key = self.current_key()
        if key is not None:
            self._sync([key])

    def sync_all(self) -> None:
        self._sync([])

    def _sync(self, keys: list[str]) -> None:
        if not self.runner.start(keys):
            self.result_line.setText(self.tr("Synkronointi on jo käynnissä."))

    def _sync_started(self) -> None:
        self.result_line.setText(self.tr("Synkronoidaan…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self._update_buttons()

    def _sync_progress(self, done: int, total: int, key: str) -> None:
        if key:
            self.result_line.setText(
                self.tr("Synkronoidaan lähdettä %s (%d/%d)…") % (key, done + 1, max(total, 1))
            )

    def _sync_finished(self, _report: object) -> None:
        self.cancel_button.hide()
        self.result_line.setText(self.runner.status.line.text())
        self.result_line.setToolTip(self.runner.status.line.toolTip())
        self._update_buttons()
        self.reload()

    # -- removals -----------------------------------------------------------------------

    def _selected_removals(self) -> dict[str, list[str]]:
        chosen: dict[str, list[str]] = defaultdict(list)
        for row in self.removal_list.selectedItems():
            removal = row.data(0, REMOVAL_ROLE)
            if isinstance(removal, PendingRemoval):
                chosen[removal.source_key].append(removal.remote_id)
        return dict(chosen)

    def confirm_removals(self) -> None:
        chosen = self._selected_removals()
        count = sum(len(ids) for ids in chosen.values())
        if not count or not ask_before(
            self,
            QMessageBox.Icon.Warning,
            self.tr(
                "Poistetaanko valitut päätökset (%d) arkistosta? Lähde ei enää tarjoa niitä. "
                "Poistettuja päätöksiä ei löydy enää haulla."
            )
            % count,
            self.tr("Poista arkistosta"),
            self.tr("Älä poista"),
        ):
            return
        sources, service = self.sources, self.runner.search_service

        def remove(state: TaskState) -> list[str]:
            removed = [
                sid for key, ids in chosen.items() for sid in sources.confirm_removals(key, ids)
            ]
            if removed:
                index_changes(removed, service=service, state=state)
            return removed

        def done(removed: list[str]) -> None:
            removed_text = self.tr("Arkistosta poistettuja päätöksiä: %d.") % len(removed)
            self.result_line.setText(removed_text)
            if removed:
                self.runner.archive_changed.emit()
            self.reload()

        self._set_removal_busy()
        self._background(remove, done, self._removal_failed)

    def keep_removals(self) -> None:
        chosen = self._selected_removals()
        if not chosen:
            return
        sources = self.sources

        def keep(_state: TaskState) -> int:
            return sum(sources.keep_removed(key, ids) for key, ids in chosen.items())

        def done(kept: int) -> None:
            self.result_line.setText(self.tr("Arkistoon säilytettyjä päätöksiä: %d.") % kept)
            self.reload()

        self._set_removal_busy()
        self._background(keep, done, self._removal_failed)

    def _set_removal_busy(self) -> None:
        self.confirm_button.setEnabled(False)
        self.keep_button.setEnabled(False)

    def _removal_failed(self, error: object) -> None:
        self._show_error(error)
        self.reload()

    def _show_error(self, error: object) -> None:
        """Quietly, in the dialog: the user is here and reads it; no box on top."""
        text = describe(error) if isinstance(error, PaatospajaError) else str(error)
        self.result_line.setText(text)


def release(form: QDialog) -> None:
    """Free a closed form now, on this stack, rather than at some later turn of the loop.

    Once it has no parent the form belongs to Python alone and goes with its last reference.
    """
    form.setParent(None)


def _moment(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return format_moment(datetime.fromisoformat(iso))
    except ValueError:
        return iso


def open_sources_dialog(runner: SyncRunner, parent: QWidget) -> SourcesDialog:
    """Show the sources dialog of ``parent``: one per window, kept when closed.

    Kept rather than freed, so a test or a removal still running when the user closes it
    reports to a dialog that is still there; reopening shows the sources as they are now.
    """
    existing = parent.findChild(SourcesDialog)
    if isinstance(existing, SourcesDialog):
        if not existing.isVisible():
            existing.reload()
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = SourcesDialog(runner, parent)
    dialog.show()
    return dialog
