"""A meeting's documents: the exports, the check before publishing and the web version.

The findings of the check scroll inside their list: however many there are, the page
asks the window for no more height.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Meeting, Organization
from desktop_app.export.task import ExportKind, ExportRequest
from desktop_app.export.task import run as run_export
from desktop_app.meetings.file_names import suggested_file_name
from desktop_app.opendata.errors import OpenDataNotPublishable
from desktop_app.opendata.export import export_opendata
from desktop_app.publishing.export import (
    PublicExportResult,
    check_for_publishing,
    export_public,
)
from desktop_app.publishing.findings import Finding
from desktop_app.publishing.pdf import find_soffice
from desktop_app.publishing.schedule import PublicationRepository
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace
from ui.export_folder import export_folder, remember_export_folder
from ui.meeting_feedback import tell, warn
from ui.widgets import named
from ui.workers import Task, running

#: Runs a core action and reports a typed error to the user; whether it went through.
Guard = Callable[[Callable[[], object]], bool]


class MeetingDocuments(QWidget):
    """The strings keep the translation context "MeetingView", where they were written."""

    #: The check's results were shown: the page holding them should be the one in view.
    findings_shown = Signal()
    publish_requested = Signal()
    publications_changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        organizations: dict[str, Organization],
        guard: Guard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._organizations = organizations
        self._guard = guard
        self._meeting: Meeting | None = None
        self._item_id: int | None = None  # the item of the agenda entry selected
        self._tasks: list[Task] = []
        self._shown_findings: list[Finding] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_buttons())
        self.findings = named(QListWidget(), "publishFindings")
        self.findings.setAccessibleName(
            QCoreApplication.translate("MeetingView", "Julkaisukelpoisuuden tarkistus")
        )
        self.findings.setWordWrap(True)
        # however many findings, the list scrolls: it never asks the window for more height
        self.findings.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.findings, 1)
        self.override_button = named(
            QPushButton(
                QCoreApplication.translate("MeetingView", "Ohita valittu estävä kohta perustellen…")
            ),
            "overrideFinding",
        )
        self.override_button.setAccessibleName(self.override_button.text().rstrip("…"))
        self.override_button.clicked.connect(lambda: self.override_selected_finding())
        self.override_button.hide()
        layout.addWidget(self.override_button)

    def _build_buttons(self) -> QGridLayout:
        """Two rows, the documents and then publishing, so that they fit a laptop screen."""
        grid = QGridLayout()
        buttons: list[tuple[str, str, Callable[[], object]]] = [
            (
                QCoreApplication.translate("MeetingView", "Esityslista (DOCX)…"),
                "exportAgenda",
                lambda: self.export_dialog(ExportKind.AGENDA),
            ),
            (
                QCoreApplication.translate("MeetingView", "Pöytäkirja (DOCX)…"),
                "exportMinutes",
                lambda: self.export_dialog(ExportKind.MINUTES),
            ),
            (
                QCoreApplication.translate("MeetingView", "Valittu asia (DOCX)…"),
                "exportItem",
                lambda: self.export_dialog(ExportKind.ITEM),
            ),
            (
                QCoreApplication.translate("MeetingView", "Tarkista julkaisukelpoisuus"),
                "checkPublish",
                self.run_check,
            ),
            (
                QCoreApplication.translate("MeetingView", "Julkaisuversio…"),
                "exportPublic",
                self.export_public_dialog,
            ),
            (
                QCoreApplication.translate("MeetingView", "Muutoksenhaun jälkeen…"),
                "exportAfterAppeal",
                lambda: self.export_public_dialog(after_appeal=True),
            ),
            (
                QCoreApplication.translate("MeetingView", "Julkaise pöytäkirja"),
                "publishMinutes",
                self.publish_requested.emit,
            ),
            (
                QCoreApplication.translate("MeetingView", "Avoin data (JSON)…"),
                "exportOpenData",
                self.export_opendata_dialog,
            ),
        ]
        for position, (text, name, handler) in enumerate(buttons):
            button = named(QPushButton(text), name)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(handler)
            grid.addWidget(button, *((0, position) if position < 3 else (1, position - 3)))
            if name == "exportItem":
                self.export_item_button = button
        return grid

    # --- what is shown ------------------------------------------------------------------
    def show_meeting(self, meeting: Meeting | None) -> None:
        """A meeting chosen (or none): earlier findings belong to the one shown before."""
        self._meeting = meeting if meeting is not None and meeting.id is not None else None
        self.clear_findings()

    def select_item(self, item_id: int | None) -> None:
        """The agenda entry's item "Valittu asia (DOCX)" exports; none disables it."""
        self._item_id = item_id
        self.export_item_button.setEnabled(item_id is not None)

    def clear_findings(self) -> None:
        self.findings.clear()
        self._shown_findings = []
        self.override_button.hide()

    # --- exports ------------------------------------------------------------------------
    def _suggested_name(
        self,
        kind: ExportKind,
        meeting: Meeting,
        *,
        public: bool = False,
        after_appeal: bool = False,
    ) -> str:
        organization = self._organizations.get(meeting.organization_id)
        return suggested_file_name(
            kind, meeting, organization, public=public, after_appeal=after_appeal
        )

    def export_dialog(self, kind: ExportKind) -> None:
        meeting = self._meeting
        if meeting is None or meeting.id is None:
            return
        object_id = meeting.id
        if kind is ExportKind.ITEM:
            if self._item_id is None:
                return
            object_id = self._item_id
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MeetingView", "Tallenna asiakirja"),
            str(export_folder() / self._suggested_name(kind, meeting)),
            QCoreApplication.translate("MeetingView", "Word-asiakirja (*.docx)"),
        )
        if target:
            remember_export_folder(Path(target))
            self.export(kind, object_id, Path(target))

    def export(self, kind: ExportKind, object_id: int, target: Path) -> Task:
        """Export in the background with a progress dialog; the draft is only read."""
        request = ExportRequest(self.workspace.root, kind, object_id, target)
        return self._run_with_progress(
            QCoreApplication.translate("MeetingView", "Viedään asiakirjaa…"),
            lambda state: run_export(request, state),
        )

    def _run_with_progress(self, title: str, work: Callable[[TaskState], object]) -> Task:
        progress = QProgressDialog(
            title, QCoreApplication.translate("MeetingView", "Keskeytä"), 0, 0, self
        )
        progress.setWindowTitle(QCoreApplication.translate("MeetingView", "Päätöspaja"))
        progress.setMinimumDuration(300)
        task = Task(work, self)
        progress.canceled.connect(task.cancel)

        def on_progress(done: int, total: int, message: str) -> None:
            progress.setMaximum(max(total, 0))
            progress.setValue(done)
            if message:
                progress.setLabelText(message[:120])

        def finished(result: object) -> None:
            progress.reset()
            if isinstance(result, Path):
                tell(self, QCoreApplication.translate("MeetingView", "Tallennettu: %s") % result)

        def failed(error: object) -> None:
            progress.reset()
            warn(self, error)

        task.progress.connect(on_progress)
        task.finished.connect(finished)
        task.failed.connect(failed)
        task.cancelled.connect(progress.reset)
        self._tasks = [*running(self._tasks), task]
        task.start()
        return task

    # --- the check before publishing ----------------------------------------------------
    def run_check(self) -> list[Finding]:
        """The findings in the order the list shows them: row n is finding n."""
        if self._meeting is None or self._meeting.id is None:
            return []
        findings = check_for_publishing(self.workspace, self._meeting.id)
        self._show_findings(findings)
        if not findings:
            self.findings.addItem(
                QCoreApplication.translate(
                    "MeetingView", "✔ Ei huomautettavaa: julkaisuversion voi viedä."
                )
            )
        return list(self._shown_findings)

    def _show_findings(self, findings: list[Finding]) -> None:
        """Blocking findings first, each with its place ("§ 5", "Kokouksen tiedot › …")."""
        self.findings.clear()
        self._shown_findings = sorted(findings, key=lambda f: not f.blocks)  # stable
        for index, finding in enumerate(self._shown_findings):
            if finding.overridden:
                note = QCoreApplication.translate("MeetingView", " (ohitettu: %s)")
                marker, note = "↷", note % finding.overridden
            else:
                marker, note = ("✖" if finding.blocks else "!"), ""
            text = finding.text()
            excerpt = str(finding.params.get("excerpt", ""))
            if excerpt and excerpt not in text:
                text += f" [{excerpt}]"
            place = f"{finding.place()}: " if finding.target else ""
            row = QListWidgetItem(f"{marker} {place}{text}{note}")
            row.setToolTip(finding.place())
            row.setData(Qt.ItemDataRole.UserRole, index)
            self.findings.addItem(row)
        self.override_button.setVisible(any(f.blocks for f in findings))
        self.findings_shown.emit()

    def override_selected_finding(self, reason: str | None = None) -> bool:
        """Publish despite a blocking finding: only consciously, with a reason that is kept."""
        meeting_id = self._meeting.id if self._meeting is not None else None
        current = self.findings.currentItem()
        # Rows carry their finding's index: status lines above or below them carry none.
        row = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if meeting_id is None or not isinstance(row, int):
            return False
        finding = self._shown_findings[row]
        if not finding.blocks:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                QCoreApplication.translate("MeetingView", "Ohita perustellen"),
                QCoreApplication.translate(
                    "MeetingView", "Miksi asiakirjan saa julkaista tästä huolimatta?"
                ),
            )
            if not ok:
                return False
        code, target = finding.key
        if self._guard(
            lambda: PublicationRepository(self.workspace.db).override(
                meeting_id, code, target, reason or ""
            )
        ):
            self.run_check()
            return True
        return False

    # --- the web version ----------------------------------------------------------------
    def export_public_dialog(self, after_appeal: bool = False) -> None:
        meeting = self._meeting
        if meeting is None or meeting.id is None:
            return
        name = self._suggested_name(
            ExportKind.MINUTES, meeting, public=True, after_appeal=after_appeal
        )
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MeetingView", "Tallenna julkaisuversio"),
            str(export_folder() / name),
            QCoreApplication.translate("MeetingView", "Word-asiakirja (*.docx)"),
        )
        if target:
            remember_export_folder(Path(target))
            self.export_public(meeting.id, Path(target), after_appeal=after_appeal)

    def export_public(self, meeting_id: int, target: Path, after_appeal: bool = False) -> Task:
        """Check, redact and write in the background; a PDF too when LibreOffice is there."""
        owner = self.workspace

        def work(state: TaskState) -> PublicExportResult:
            with owner.session() as workspace:  # its own connection, closed at the end
                return export_public(
                    workspace,
                    meeting_id,
                    target,
                    after_appeal=after_appeal,
                    pdf=find_soffice() is not None,
                    published_on=date.today(),
                )

        task = self._run_with_progress(
            QCoreApplication.translate("MeetingView", "Tehdään julkaisuversiota…"), work
        )
        task.finished.connect(self._show_public_result)
        return task

    # --- open data ----------------------------------------------------------------------
    def export_opendata_dialog(self) -> None:
        meeting = self._meeting
        if meeting is None or meeting.id is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("MeetingView", "Kansio avoimen datan JSON-tiedostoille"),
            str(export_folder()),
        )
        if folder:
            remember_export_folder(Path(folder) / "event.json")  # the folder itself is kept
            self.export_opendata(meeting.id, Path(folder))

    def export_opendata(self, meeting_id: int, folder: Path) -> Task:
        """The publishing version as Open Decision API records; a refusal lists its places."""
        owner = self.workspace

        def work(state: TaskState) -> Path:
            with owner.session() as workspace:
                return export_opendata(workspace, meeting_id, folder).folder

        task = self._run_with_progress(
            QCoreApplication.translate("MeetingView", "Viedään avointa dataa…"), work
        )
        task.failed.connect(self._show_refusal)
        return task

    def _show_refusal(self, error: object) -> None:
        """A meeting the check blocks: its findings are listed, each with its place."""
        if isinstance(error, OpenDataNotPublishable):
            self._show_findings(error.findings)

    def _show_public_result(self, result: object) -> None:
        if not isinstance(result, PublicExportResult):
            return
        self._show_findings(result.findings)
        if result.docx is None:
            line = QCoreApplication.translate(
                "MeetingView", "Julkaisuversiota ei tehty: korjaa estävät kohdat."
            )
        else:
            written = str(result.docx)
            if result.pdf:
                both = QCoreApplication.translate("MeetingView", "%s ja %s")
                written = both % (written, result.pdf.name)
            line = QCoreApplication.translate("MeetingView", "Julkaisuversio tallennettu: %s")
            line = line % written
            if result.pdf_error:
                self.findings.addItem(
                    QCoreApplication.translate("MeetingView", "PDF:ää ei tehty: %s")
                    % result.pdf_error
                )
        self.findings.insertItem(0, line)
        tell(self, line)
        self.publications_changed.emit()
