"""Guards against known defects of the Qt binding we pin."""

import gc
import sys
import weakref

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()
    carried = Signal(object)


class _Payload:
    """A plain object: unlike True or None it is not immortal, so a leak of it shows."""


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="True is immortal from Python 3.12 on: its reference count cannot change",
)
def test_signal_emit_keeps_reference_counts_intact() -> None:
    """PySide6 6.12.0 returned a borrowed True from emit(); every emit then freed one
    reference to True and the process aborted at exit. Our pin must not have that defect."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit()
    assert sys.getrefcount(True) >= before - 5


def test_an_emitted_object_is_released_after_delivery() -> None:
    """Background tasks hand their results (search hits, imported decisions) to the window
    through signals; a binding that kept a reference to each would keep every result alive."""
    emitter = _Emitter()
    received: list[object] = []
    emitter.carried.connect(received.append)
    payload = _Payload()
    released = weakref.ref(payload)
    for _ in range(200):
        emitter.carried.emit(payload)
    assert len(received) == 200 and all(item is payload for item in received)
    del payload
    received.clear()
    gc.collect()
    assert released() is None
