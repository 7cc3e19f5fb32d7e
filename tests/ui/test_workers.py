"""Background workers: results, progress, cancellation and errors reach the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QSpinBox

from ui.workers import create_worker, signals_blocked


def test_function_worker_returns_in_the_gui_thread(qtbot):
    gui = threading.get_ident()
    seen = {}

    def work(a, b):
        seen["thread"] = threading.get_ident()
        return a + b

    worker = create_worker(work, 2, b=3)
    worker.returned.connect(lambda value: seen.update(value=value, slot_thread=threading.get_ident()))
    with qtbot.waitSignal(worker.finished, timeout=10000):
        worker.start()
    assert seen["value"] == 5
    assert seen["thread"] != gui and seen["slot_thread"] == gui


def test_generator_worker_yields_progress_and_can_be_cancelled(qtbot):
    def count(n):
        for i in range(n):
            time.sleep(0.01)
            yield i
        return "done"

    worker = create_worker(count, 5)
    got = []
    worker.yielded.connect(got.append)
    with qtbot.waitSignal(worker.returned, timeout=10000) as blocker:
        worker.start()
    assert got == [0, 1, 2, 3, 4] and blocker.args == ["done"]

    slow = create_worker(count, 10_000)
    results = []
    slow.returned.connect(results.append)
    with qtbot.waitSignal(slow.finished, timeout=10000):
        slow.start()
        qtbot.wait(50)
        slow.quit()
    assert results == [] and not slow.is_running


def test_errors_are_reported(qtbot):
    def fail():
        raise ValueError("bad input")

    worker = create_worker(fail, _ignore_errors=True)
    with qtbot.waitSignal(worker.errored, timeout=10000) as blocker:
        worker.start()
    assert isinstance(blocker.args[0], ValueError) and str(blocker.args[0]) == "bad input"


def test_unhandled_errors_are_reraised_in_the_gui_thread(qtbot):
    worker = create_worker(lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError), qtbot.captureExceptions() as caught:
        with qtbot.waitSignal(worker.finished, timeout=10000):
            worker.start()
        qtbot.wait(50)
        if caught:
            raise caught[0][1]


def test_signals_blocked_restores_state(qtbot):
    spin = QSpinBox()
    qtbot.addWidget(spin)
    changes = []
    spin.valueChanged.connect(changes.append)
    with signals_blocked(spin):
        spin.setValue(5)
    spin.setValue(6)
    assert changes == [6] and not spin.signalsBlocked()


def test_guarded_slots_skip_a_deleted_owner(qtbot):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from ui.workers import guarded

    owner = QWidget()
    calls = []
    slot = guarded(owner, calls.append)
    slot(1)
    shiboken6.delete(owner)
    slot(2)  # the owner is gone: nothing happens, no RuntimeError
    assert calls == [1]


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) / 1024 for line in fh if line.startswith("VmRSS:"))


def test_freed_heap_goes_back_to_the_system_when_the_last_worker_ends(qtbot, monkeypatch):
    """A worker that leaves ~128 MB of freed heap under a live block: glibc keeps it as RSS
    unless trimmed; the last worker to finish trims it (off the GUI thread)."""
    import numpy as np

    from ui import heap, workers

    monkeypatch.setattr(heap, "TRIM_EVERY_S", 0.0)  # (rate-limited to every 5 s in the app)

    def fragment():
        chunks = [np.ones(2000 + (i % 7)) for i in range(8000)]  # ~128 MB in 16 kB blocks (not mmap'ed)
        pin = np.ones(2000)  # above them in the heap: free() alone cannot shrink the heap past it
        chunks.clear()
        return _rss_mb(), pin

    assert workers.Worker.await_workers(60_000)  # it is the only worker running
    worker = create_worker(fragment)
    result = []
    worker.returned.connect(result.append)
    with qtbot.waitSignal(worker.finished, timeout=30000):
        worker.start()
    rss_freed, _pin = result[0]
    if heap.glibc() is not None:
        assert _rss_mb() < rss_freed - 64, (rss_freed, _rss_mb())
