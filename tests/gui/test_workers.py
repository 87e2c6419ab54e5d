"""A background task outliving the view that started it ends quietly."""

import threading

import shiboken6
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from desktop_app.tasks import TaskState
from ui.workers import Task


def test_a_task_whose_view_was_closed_finishes_without_an_error(qtbot: QtBot) -> None:
    release = threading.Event()
    returned = threading.Event()
    raised: list[BaseException] = []

    def work(state: TaskState) -> str:
        release.wait(10)
        state.progress(1, 1, "")
        return "done"

    task = Task(work)
    original = task._run

    def watched() -> None:
        try:
            original()
        except BaseException as error:  # what a worker thread would print as a traceback
            raised.append(error)
        finally:
            returned.set()

    task._run = watched  # type: ignore[method-assign]
    task.start()
    shiboken6.delete(task)  # the view closed: its task's Qt side is gone
    release.set()
    assert returned.wait(10)
    QThreadPool.globalInstance().waitForDone(5000)
    assert raised == []
