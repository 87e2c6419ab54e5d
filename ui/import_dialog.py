"""Progress of an import, with cancel, and its report of what could not be read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.importing.importer import ImportReport
from desktop_app.tasks import TaskState
from ui.widgets import named
from ui.workers import Task


class ImportProgressDialog(QDialog):
    """Non-modal: the secretary may go on drafting while the import runs."""

    finished_import = Signal(object)

    def __init__(
        self, work: Callable[[TaskState], ImportReport], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Päätösten tuonti"))
        self.setMinimumWidth(560)
        self.report: ImportReport | None = None
        layout = QVBoxLayout(self)
        self.message = named(QLabel(self.tr("Aloitetaan…")), "importMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.progress = named(QProgressBar(), "importProgress")
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.summary = named(QLabel(), "importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.failures = named(QTreeWidget(), "importFailures")
        self.failures.setHeaderLabels([self.tr("Tiedosto"), self.tr("Syy")])
        self.failures.setRootIsDecorated(False)
        self.failures.hide()
        layout.addWidget(self.failures, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Keskeytä"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)
        self.task = Task(work, self)
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(lambda: self._on_finished(ImportReport(cancelled=True)))

    def start(self) -> None:
        self.show()
        self.task.start()

    def cancel(self) -> None:
        if self.report is None:
            self.task.cancel()
            self.message.setText(self.tr("Keskeytetään… jo tuodut päätökset säilyvät."))
            self.cancel_button.setEnabled(False)
        else:
            self.accept()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        if text:
            self.message.setText(text)

    def _on_finished(self, report: ImportReport) -> None:
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        head = self.tr("Tuonti keskeytettiin.") if report.cancelled else self.tr("Tuonti valmis.")
        self.message.setText(head)
        self.summary.setText(
            self.tr("Uusia %d, päivitettyjä %d, ennallaan %d, poistettuja %d, epäonnistuneita %d.")
            % (
                len(report.imported),
                len(report.updated),
                len(report.unchanged),
                len(report.removed),
                len(report.failed),
            )
        )
        if report.samples_removed:  # the first real import: the samples made way
            removed = self.tr("Esimerkkipäätökset poistettiin: %d") % len(report.samples_removed)
            self.summary.setText(f"{self.summary.text()}\n{removed}")
        for failure in report.failed:
            QTreeWidgetItem(self.failures, [failure.path, failure.message])
        self.failures.setVisible(bool(report.failed))
        self.failures.resizeColumnToContents(0)
        self.cancel_button.setText(self.tr("Sulje"))
        self.cancel_button.setEnabled(True)
        self.finished_import.emit(report)

    def _on_failed(self, error: object) -> None:
        self.report = ImportReport()
        self.message.setText(self.tr("Tuonti epäonnistui: %s") % error)
        self.cancel_button.setText(self.tr("Sulje"))
        self.cancel_button.setEnabled(True)
