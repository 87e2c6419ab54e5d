"""Guards against known defects of the Qt binding we pin."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_signal_emit_keeps_reference_counts_intact() -> None:
    """PySide6 6.12.0 returned a borrowed True from emit(); every emit then freed one
    reference to True and the process aborted at exit. Our pin must not have that defect."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit()
    assert sys.getrefcount(True) >= before - 5
