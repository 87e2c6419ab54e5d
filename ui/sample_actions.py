"""The sample material in the window: removing the samples, opening the demo workspace.

The work is the core's (:mod:`desktop_app.samples`) and runs on a worker thread: the index
may still be building on a first start, and the window must not wait for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox

from desktop_app.errors import PaatospajaError
from desktop_app.messages import describe
from desktop_app.samples import (
    has_samples,
    prepare_demo_workspace,
    remove_samples,
    window_command,
)
from desktop_app.tasks import TaskState
from ui.widgets import ask_before
from ui.workers import Task

if TYPE_CHECKING:
    from pathlib import Path

    from ui.main_window import MainWindow


def _tell_failure(window: MainWindow, error: object) -> None:
    text = describe(error) if isinstance(error, PaatospajaError) else str(error)
    QMessageBox.warning(window, "Päätöspaja", text)


def remove_samples_asked(window: MainWindow) -> Task | None:
    """Remove the samples once the user confirms; None when there is nothing to remove."""
    workspace = window.workspace
    if not has_samples(workspace):
        window.statusBar().showMessage(
            QCoreApplication.translate("SampleActions", "Työtilassa ei ole esimerkkipäätöksiä."),
            6000,
        )
        return None
    confirmed = ask_before(
        window,
        QMessageBox.Icon.Question,
        QCoreApplication.translate(
            "SampleActions",
            "Poistetaanko ohjelman mukana tulleet esimerkkipäätökset arkistosta ja hausta? "
            "Kunnan omat päätökset ja luonnokset säilyvät. Esimerkkejä voi edelleen kokeilla "
            "esimerkkityötilassa (Ohje → Avaa esimerkkityötila).",
        ),
        QCoreApplication.translate("SampleActions", "Poista esimerkit"),
        QCoreApplication.translate("SampleActions", "Älä poista"),
    )
    if not confirmed:
        return None
    service = window.search_service

    def work(_state: TaskState) -> int:
        return len(remove_samples(workspace, service))

    def done(count: int) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("SampleActions", "Esimerkkipäätökset poistettiin: %d")
            % count,
            10000,
        )
        window.search_panel.index_changed()

    task = Task(work, window)
    task.finished.connect(done)
    task.failed.connect(lambda error: _tell_failure(window, error))
    return task.start()


def open_demo_workspace(window: MainWindow) -> Task:
    """Prepare the demo workspace off the GUI thread, then open it in a process of its own."""

    def work(_state: TaskState) -> Path:
        return prepare_demo_workspace()

    def launch(folder: Path) -> None:
        program, arguments = window_command(folder)
        started, _pid = QProcess.startDetached(program, arguments)
        if not started:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("SampleActions", "Esimerkkityötila"),
                QCoreApplication.translate(
                    "SampleActions", "Esimerkkityötilan ikkunaa ei voitu avata (%s)."
                )
                % program,
            )
            return
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "SampleActions", "Esimerkkityötila avautuu omaan ikkunaansa: %s"
            )
            % folder,
            10000,
        )

    task = Task(work, window)
    task.finished.connect(launch)
    task.failed.connect(lambda error: _tell_failure(window, error))
    return task.start()
