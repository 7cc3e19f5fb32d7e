"""Run work off the GUI thread; block signals while setting controls.

A small stand-in for ``superqt.utils`` (``create_worker``, ``signals_blocked``) with the same
names and signals.  superqt's package import pulls in all of its widgets and qtpy (≈130 ms
measured here), which alone would eat a third of the start-up budget.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import inspect
import time
from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QSignalBlocker, QThreadPool, Signal


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
        _limit_malloc_arenas()
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
            _trim_when_idle(self)
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


_COMPUTE_POOL: QThreadPool | None = None


def compute_pool() -> QThreadPool:
    """The pool of the panels' computations, apart from the global one.

    A panel's controller runs one computation at a time, so this pool has a thread for each
    panel: a long export, a preview or another panel's training run in the global pool (two
    threads on two cores) can never keep a panel's slider change waiting.
    """
    global _COMPUTE_POOL
    if _COMPUTE_POOL is None:
        _COMPUTE_POOL = QThreadPool()
        _COMPUTE_POOL.setMaxThreadCount(8)
    return _COMPUTE_POOL


_M_ARENA_MAX = -8  # glibc's mallopt parameter


@functools.cache
def _glibc() -> Any:
    """glibc, for ``mallopt`` and ``malloc_trim``; ``None`` elsewhere (macOS, Windows, musl)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        if not all(hasattr(libc, name) for name in ("malloc_trim", "mallopt", "mallinfo2")):  # glibc ≥ 2.33
            return None
        libc.mallinfo2.restype = _MallInfo2
        return libc
    except OSError:
        return None
_arenas_limited: list[bool] = []


def _limit_malloc_arenas(arenas: int = 2) -> None:
    """Let glibc's malloc use at most ``arenas`` heaps (once, before the first worker runs).

    By default every thread that meets a locked heap gets its own (up to 8 per core); the GUI
    thread and the pool's workers then each keep freed memory in separate heaps that are never
    returned.  In the soak benchmark this fragmentation was ~85 MB of RSS that
    ``malloc_trim`` gave back; with two heaps it was ~55 MB, and RSS growth 156 MB instead of 234 MB.
    A no-op without glibc.
    """
    if _arenas_limited:
        return
    _arenas_limited.append(True)
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, arenas)


_TRIM_EVERY_S = 5.0
_TRIM_FREE_BYTES = 32 * 2**20
_last_trim = [time.monotonic()]  # none during start-up either


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def _trim_when_idle(worker: Worker) -> None:
    """Give glibc's free heap pages back to the system when the last running worker ends.

    Runs in the pool thread, at most every 5 s and only when the heaps hold 32 MB or more of
    freed memory: ``malloc_trim`` walks every heap (up to ~50 ms on a fragmented one), locking
    each in turn.  Without it the soak's RSS kept ~55–110 MB of freed memory.
    """
    now = time.monotonic()
    if now - _last_trim[0] < _TRIM_EVERY_S or any(w.is_running for w in tuple(Worker._running) if w is not worker):
        return
    _last_trim[0] = now
    libc = _glibc()
    if libc is not None and libc.mallinfo2().fordblks >= _TRIM_FREE_BYTES:
        libc.malloc_trim(0)


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
