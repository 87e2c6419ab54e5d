"""Driving the real window as a user would, from inside its own event loop.

A walk is a generator of steps: each step acts (clicks, types, triggers a menu action) and
then yields a :class:`Wait` for the state a user would wait for. :class:`Walk` advances it
from a timer, so modal dialogs (which run their own event loops) are driven too: a step
opens one with :func:`later`, returns, and the next step finds it with :func:`modal`.

Anything that goes wrong is collected in :class:`Problems`: a traceback anywhere, a Qt
warning or critical message, an error the application logs, a state not reached in time.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QPoint, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QTabBar,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


@dataclass
class Wait:
    """A state the next step needs; ``settle`` lets the window paint once it is reached."""

    what: str
    ready: Callable[[], bool]
    timeout: float = 30.0
    settle: float = 0.0


class Problems:
    """Everything that makes the run fail, printed as it happens and again at the end."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.warnings: list[str] = []

    def add(self, text: str) -> None:
        self.items.append(text)
        print(f"PROBLEM: {text}", file=sys.stderr, flush=True)


class Recorder(logging.Handler):
    """Errors the app logs (a failed save, a worker's exception) fail the run."""

    def __init__(self, problems: Problems) -> None:
        super().__init__(logging.WARNING)
        self.problems = problems

    def emit(self, record: logging.LogRecord) -> None:
        text = f"log {record.levelname} {record.name}: {record.getMessage()}"
        if record.exc_info:
            text += "\n" + "".join(traceback.format_exception(*record.exc_info))
        if record.levelno >= logging.ERROR:
            self.problems.add(text)
        else:
            self.problems.warnings.append(text)


def install_watchers(problems: Problems) -> None:
    """Tracebacks of the GUI thread (slots included) and of worker threads, Qt's messages."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        problems.add("traceback:\n" + "".join(traceback.format_exception(kind, value, tb)))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def qt_message(kind: QtMsgType, _context: object, text: str) -> None:
        if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            problems.add(f"Qt {kind.name}: {text}")

    sys.excepthook = hook
    threading.excepthook = thread_hook
    qInstallMessageHandler(qt_message)


class Walk:
    """Runs a generator of steps from a timer in the app's event loop.

    A step that opens a modal dialog (``exec``) must do so through :func:`later`: the step
    returns, and the walk goes on inside the dialog's own event loop.
    """

    def __init__(self, problems: Problems) -> None:
        self.steps: Iterator[Wait] = iter(())
        self.problems = problems
        self.started = time.monotonic()
        self.pending: Wait | None = None
        self.deadline = 0.0
        self.ready_since: float | None = None
        self.busy = False
        self.done = False
        #: runs before each step: what a window manager does between the user's actions
        self.before_step: Callable[[], None] = lambda: None
        self.timer = QTimer()
        self.timer.setInterval(40)
        self.timer.timeout.connect(self.tick)

    def start(self, steps: Iterator[Wait]) -> None:
        self.steps = steps
        self.timer.start()

    def log(self, text: str) -> None:
        print(f"[{time.monotonic() - self.started:7.2f} s] {text}", flush=True)

    def check(self, condition: bool, text: str) -> None:
        if not condition:
            raise AssertionError(text)
        self.log(f"checked: {text}")

    def tick(self) -> None:
        if self.busy or self.done:
            return
        if self.pending is not None and not self._reached(self.pending):
            return
        self.busy = True
        try:
            self.before_step()
            self.pending = next(self.steps)
            self.deadline = time.monotonic() + self.pending.timeout
            self.ready_since = None
        except StopIteration:
            self.done = True
            self.timer.stop()
        except Exception:
            self.problems.add("step failed:\n" + traceback.format_exc())
            self.stop()
        finally:
            self.busy = False

    def _reached(self, wait: Wait) -> bool:
        now = time.monotonic()
        try:
            ready = wait.ready()
        except Exception:
            self.problems.add(f"checking '{wait.what}':\n{traceback.format_exc()}")
            self.stop()
            return False
        if not ready:
            self.ready_since = None
            if now > self.deadline:
                self.problems.add(f"timed out after {wait.timeout:g} s: {wait.what}")
                self.stop()
            return False
        if self.ready_since is None:
            self.ready_since = now
        if now - self.ready_since < wait.settle:
            return False
        self.log(f"ok: {wait.what}")
        self.pending = None
        return True

    def stop(self) -> None:
        """Give up: every nested event loop and the application's own return."""
        self.done = True
        self.timer.stop()
        QApplication.exit(1)


# --- what a user does ---------------------------------------------------------------------
def later(action: Callable[[], object]) -> None:
    """Act from the event loop: a modal dialog it opens does not block the walk."""
    QTimer.singleShot(0, action)


def click(button: QAbstractButton) -> None:
    if not button.isEnabled() or not button.isVisible():
        raise AssertionError(f"button {button.text()!r} is not clickable")
    QTest.mouseClick(button, LEFT)


def clicker(button: QAbstractButton) -> Callable[[], None]:
    return lambda: click(button)


def click_at(widget: QWidget, point: QPoint) -> None:
    QTest.mouseClick(widget, LEFT, NO_KEYS, point)


def click_row(view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    click_at(view.viewport(), view.visualRect(index).center())


def click_tab(bar: QTabBar, index: int) -> None:
    click_at(bar, bar.tabRect(index).center())


def type_text(widget: QWidget, text: str) -> None:
    """Keys as typed; ä, ö, å and dashes as key events (QTest.keyClicks aborts on them)."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    run = ""
    for char in text:
        if char.isascii():
            run += char
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, NO_KEYS)
    if run:
        QTest.keyClicks(widget, run)


def replace_text(widget: QWidget, text: str) -> None:
    """Select all, delete, type: what a user does with a field that holds the wrong text."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


# --- what a user sees -----------------------------------------------------------------------
def modal() -> QWidget | None:
    return QApplication.activeModalWidget()


def modal_open(kind: type, what: str, timeout: float = 30.0) -> Wait:
    def shown() -> bool:
        dialog = modal()
        return dialog is not None and isinstance(dialog, kind) and dialog.isVisible()

    return Wait(what, shown, timeout, settle=0.4)


def closed(dialog: QWidget, what: str) -> Wait:
    return Wait(what, lambda: modal() is not dialog)


def button_named(parent: QWidget, name: str) -> QAbstractButton:
    button = parent.findChild(QAbstractButton, name)
    if button is None:
        raise AssertionError(f"no button {name!r} in {type(parent).__name__}")
    return button


def dialog_button(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(which) if box is not None else None
    if button is None:
        raise AssertionError(f"no {which.name} button in {type(dialog).__name__}")
    return button
