"""One controller per panel: params, debounce, latest-wins background computation, shutdown.

A panel is a form, a view and a ``compute(params) -> result`` function from ``lab``.  The
controller owns the panel's params dataclass; every change (a user edit, a preset, a
session) goes through :meth:`PanelController.set_params`.  After a short debounce it runs
``compute`` in a worker thread.  At most one run is in flight: a newer request cancels the
running one (a generator stops at its next ``yield``, napari's ``thread_worker`` pattern)
and starts once it has finished, so only the latest parameters run and the pool never fills
with stale work.  A result (or progress, or an error) reaches the panel on the GUI thread,
and only while it belongs to the current parameters: a stale result is dropped.
:meth:`shutdown` stops the timer and cancels the run without waiting for it.

Why not superqt's ``qdebounced`` / ``create_worker``: importing ``superqt.utils`` pulls in
superqt's widgets and qtpy, 133–158 ms measured here (3 runs, after PySide6 was imported),
a third of the start-up budget, and the first panel builds its controller before the
window shows.  ``ui.workers`` offers the same ``create_worker`` API; the debounce is one
single-shot ``QTimer``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from ui.workers import Worker, create_worker, guarded

P = TypeVar("P")

DEBOUNCE_MS = 30


class PanelController(QObject, Generic[P]):
    """Params, debounce and a latest-wins worker for one panel.

    Signals
    -------
    params_changed(params)
        After every change of the params (on the GUI thread, at once): redraw what is cheap.
    edited()
        After a change the user made (not a programmatic one): the window saves state on it.
    started(params)
        A run for ``params`` starts.
    progress(value)
        A value the current run yielded.
    result_ready(params, result)
        The current run finished; ``params`` is what it was computed for (still current).
    failed(params, exc)
        The current run raised ``exc``.
    idle()
        Nothing is pending or running any more.
    """

    params_changed = Signal(object)
    edited = Signal()
    started = Signal(object)
    progress = Signal(object)
    result_ready = Signal(object, object)
    failed = Signal(object, object)
    idle = Signal()

    def __init__(self, params: P, compute: Callable[[P], Any], *, debounce_ms: int = DEBOUNCE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._params = params
        self._compute = compute
        self._version = 0  # bumped on every change: a run is current while its version is
        self._worker: Worker | None = None
        self._worker_version = -1
        self._pending = False
        self._closed = False
        self._result: tuple[P, Any] | None = None
        self._paused = False
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self._start)

    # --- params ------------------------------------------------------------------------------
    def params(self) -> P:
        """The current parameters."""
        return self._params

    def set_params(self, params: P, *, user: bool = False, compute: bool = True) -> None:
        """Make ``params`` current; recompute after the debounce unless ``compute=False``."""
        self._params = params
        self._version += 1
        self.params_changed.emit(params)
        if user:
            self.edited.emit()
        if compute:
            self.request()

    def request(self) -> None:
        """Recompute the current params after the debounce (the pending run is replaced)."""
        if self._closed:
            return
        self._pending = True
        if self._worker is not None:
            self._worker.quit()  # stale: stops at its next yield; _on_finished starts the latest
        self._timer.start()

    def set_paused(self, paused: bool) -> None:
        """While paused no run starts (requests wait); resuming starts the latest one, if any.

        For benchmarks and scripts that time one frame without the worker's result arriving.
        """
        self._paused = paused
        if not paused and self._pending and not self._closed:
            self._timer.start()

    def invalidate(self) -> None:
        """Mark any running result stale without changing the params (e.g. after a local edit)."""
        self._version += 1

    # --- results -----------------------------------------------------------------------------
    def result(self) -> Any | None:
        """The last result, if it was computed for the current params (else ``None``)."""
        if self._result is not None and self._result[0] == self._params:
            return self._result[1]
        return None

    def last_result(self) -> Any | None:
        """The last result shown, whatever params it was computed for."""
        return None if self._result is None else self._result[1]

    def is_busy(self) -> bool:
        """A run is pending (debounce) or in flight."""
        return self._pending or self._worker is not None

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Run the event loop until nothing is pending or running (for tests and scripts).

        Waits again when a new request came in while the loop was stopping (a delayed request,
        such as the activations panel's cost measurement, landing in the same event batch as
        the end of the run): False only when the timeout passed with work still pending.
        """
        deadline = time.monotonic() + timeout_ms / 1000
        while self.is_busy():
            left_ms = int(1000 * (deadline - time.monotonic()))
            if left_ms <= 0:
                return False
            loop = QEventLoop()
            self.idle.connect(loop.quit)
            QTimer.singleShot(left_ms, loop.quit)
            loop.exec()
            self.idle.disconnect(loop.quit)
        return True

    # --- the worker ----------------------------------------------------------------------------
    def _start(self) -> None:
        if self._closed or self._paused or self._worker is not None:
            return  # paused, or the running (cancelled) worker starts the latest request when it finishes
        self._pending = False
        version, params = self._version, self._params
        worker = create_worker(self._compute, params, _ignore_errors=True)
        # guarded: the panel (and this controller) may be deleted before the worker ends
        worker.yielded.connect(guarded(self, lambda value: self._on_progress(version, value)))
        worker.returned.connect(guarded(self, lambda result: self._on_returned(version, params, result)))
        worker.errored.connect(guarded(self, lambda exc: self._on_errored(version, params, exc)))
        worker.finished.connect(guarded(self, self._on_finished))
        self._worker, self._worker_version = worker, version
        self.started.emit(params)
        worker.start()

    def _current(self, version: int) -> bool:
        return not self._closed and version == self._version

    def _on_progress(self, version: int, value: Any) -> None:
        if self._current(version):
            self.progress.emit(value)

    def _on_returned(self, version: int, params: P, result: Any) -> None:
        if self._current(version):
            self._result = (params, result)
            self.result_ready.emit(params, result)

    def _on_errored(self, version: int, params: P, exc: BaseException) -> None:
        if self._current(version):
            self.failed.emit(params, exc)

    def _on_finished(self) -> None:
        self._worker = None
        if self._closed:
            return
        if self._pending and not self._timer.isActive():
            self._start()
        elif not self._pending:
            self.idle.emit()

    def shutdown(self) -> None:
        """Stop: no new run starts, the running one is cancelled and its result dropped.

        Does not wait: a worker only holds lab data, and its signals go nowhere once closed.
        """
        self._closed = True
        self._pending = False
        self._timer.stop()
        if self._worker is not None:
            self._worker.quit()
        self.idle.emit()
