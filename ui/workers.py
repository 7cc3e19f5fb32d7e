"""Run work off the GUI thread; block signals while setting controls.

A small stand-in for ``superqt.utils`` (``create_worker``, ``signals_blocked``) with the same
names and signals.  superqt's package import pulls in all of its widgets and qtpy (≈130 ms
measured here), which alone would eat a third of the start-up budget.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QSignalBlocker, QThreadPool, Signal

from ui import heap


@contextlib.contextmanager
def signals_blocked(obj: QObject) -> Iterator[None]:
    """Block ``obj``'s signals inside the ``with`` block (restores the previous state)."""
    blocker = QSignalBlocker(obj)
    try:
        yield
    finally:
        blocker.unblock()


class WorkerSignals(QObject):
    started = Signal()
    yielded = Signal(object)
    returned = Signal(object)
    errored = Signal(object)
    finished = Signal()


class Worker(QRunnable):
    """Runs a function (or drains a generator) in the global thread pool.

    A generator's values are emitted as ``yielded``; ``quit()`` stops it at its next
    ``yield`` (that is how a stale computation is cancelled).  The return value is emitted
    as ``returned``, an exception as ``errored``; ``finished`` always comes last.
    """

    _running: set[Worker] = set()  # keeps running workers (and their signals) alive

    def __init__(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._func, self._args, self._kwargs = func, args, kwargs
        self.signals = WorkerSignals()
        self.started, self.yielded = self.signals.started, self.signals.yielded
        self.returned, self.errored = self.signals.returned, self.signals.errored
        self.finished = self.signals.finished
        self.abort_requested = False
        self.is_running = False
        self.finished.connect(self._forget)

    def _forget(self) -> None:
        Worker._running.discard(self)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Run in ``pool`` (default: Qt's global pool, which exports and previews share)."""
        heap.limit_arenas()
        Worker._running.add(self)
        self.is_running = True
        (pool or QThreadPool.globalInstance()).start(self)

    def quit(self) -> None:
        """Ask a generator worker to stop at its next ``yield`` (its result is then dropped)."""
        self.abort_requested = True

    def run(self) -> None:  # runs in a pool thread
        self.signals.started.emit()
        try:
            result = self._func(*self._args, **self._kwargs)
            if inspect.isgenerator(result):
                result = self._drain(result)
            if not self.abort_requested:
                self.signals.returned.emit(result)
        except Exception as exc:  # reported to the GUI thread, never lost
            self.signals.errored.emit(exc)
        finally:
            self.is_running = False
            heap.trim(others_running=any(w.is_running for w in tuple(Worker._running)))  # (self is done)
            self.signals.finished.emit()

    def _drain(self, gen: Any) -> Any:
        try:
            while True:
                value = next(gen)
                if self.abort_requested:
                    gen.close()
                    return None
                self.signals.yielded.emit(value)
        except StopIteration as stop:
            return stop.value

    @staticmethod
    def await_workers(msecs: int = -1) -> bool:
        """Wait for every running worker (e.g. before the app quits), in both pools."""
        done = QThreadPool.globalInstance().waitForDone(msecs)
        return compute_pool().waitForDone(msecs) and done


@functools.cache
def compute_pool() -> QThreadPool:
    """The pool of the panels' computations, apart from the global one.

    A panel's controller runs one computation at a time, so this pool has a thread for each
    panel: a long export, a preview or another panel's training run in the global pool (two
    threads on two cores) can never keep a panel's slider change waiting.
    """
    pool = QThreadPool()
    pool.setMaxThreadCount(8)
    return pool


def guarded(owner: QObject, slot: Callable[..., Any]) -> Callable[..., None]:
    """``slot``, called only while ``owner`` (a widget) still exists.

    A worker can finish after the panel that started it was deleted (a closed window, a
    test's teardown); a lambda or ``partial`` connected to its signals would then touch a
    dead widget.  Bound methods of ``owner`` are disconnected by Qt, other callables are not.
    """

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            slot(*args)

    return call


def _reraise(exc: BaseException) -> None:
    raise exc


def create_worker(func: Callable[..., Any], *args: Any, _start_thread: bool = False, **kwargs: Any) -> Worker:
    """A :class:`Worker` for ``func(*args, **kwargs)``; started only with ``_start_thread=True``.

    Unless ``_ignore_errors=True`` (for callers that connect ``errored`` themselves) an
    exception is re-raised in the GUI thread, where it reaches the app's error dialog.
    """
    ignore_errors = kwargs.pop("_ignore_errors", False)
    worker = Worker(func, *args, **kwargs)
    if not ignore_errors:
        worker.errored.connect(_reraise)
    if _start_thread:
        worker.start()
    return worker
