"""The panel controller's policy: latest wins, stale results are dropped, shutdown cancels."""

from __future__ import annotations

import threading
import time

from ui.controller import PanelController


class Gate:
    """A compute function whose first call blocks until released; records what ran."""

    def __init__(self) -> None:
        self.ran: list[int] = []
        self.release = threading.Event()
        self.entered = threading.Event()

    def __call__(self, params: int) -> str:
        self.ran.append(params)
        if len(self.ran) == 1:
            self.entered.set()
            assert self.release.wait(10)
        return f"result {params}"


def test_latest_params_win_and_stale_results_are_dropped(qtbot):
    gate = Gate()
    ctl = PanelController(0, gate, debounce_ms=5)
    shown = []
    ctl.result_ready.connect(lambda p, r: shown.append((p, r)))
    ctl.set_params(1)
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)
    for p in (2, 3, 4):  # while 1 runs: 2 and 3 are superseded before they start
        ctl.set_params(p)
    qtbot.wait(50)
    gate.release.set()
    assert ctl.wait_idle(10_000)
    assert shown == [(4, "result 4")]  # 1's result is stale and dropped
    assert gate.ran == [1, 4]  # 2 and 3 never ran: only the latest parameters do
    assert ctl.result() == "result 4"
    ctl.set_params(5, compute=False)
    assert ctl.result() is None  # the result belongs to other params now
    ctl.shutdown()


def test_progress_and_errors_reach_the_gui_thread(qtbot):
    gui = threading.get_ident()

    def compute(n: int):
        yield from range(n)
        if n == 3:
            raise ValueError("three is bad")
        return n

    ctl = PanelController(0, compute, debounce_ms=1)
    progress, failed, threads = [], [], set()
    ctl.progress.connect(lambda v: (progress.append(v), threads.add(threading.get_ident())))
    ctl.failed.connect(lambda p, exc: failed.append((p, str(exc))))
    with qtbot.waitSignal(ctl.result_ready, timeout=5000) as blocker:
        ctl.set_params(2)
    assert blocker.args == [2, 2] and progress == [0, 1] and threads == {gui}
    with qtbot.waitSignal(ctl.failed, timeout=5000):
        ctl.set_params(3)
    assert failed == [(3, "three is bad")]
    ctl.shutdown()


def test_shutdown_cancels_the_run_without_waiting(qtbot):
    stopped = threading.Event()

    def endless(_params: int):
        try:
            while True:
                time.sleep(0.005)
                yield None
        finally:
            stopped.set()

    ctl = PanelController(0, endless, debounce_ms=1)
    results = []
    ctl.result_ready.connect(lambda p, r: results.append(r))
    with qtbot.waitSignal(ctl.started, timeout=5000):
        ctl.set_params(1)
    t0 = time.perf_counter()
    ctl.shutdown()
    assert time.perf_counter() - t0 < 0.05  # no waiting in the GUI thread
    assert stopped.wait(5)  # the generator was stopped at its next yield
    ctl.set_params(2)  # after shutdown nothing runs any more
    qtbot.wait(50)
    assert results == [] and not ctl.is_busy()


def test_rapid_changes_coalesce_into_one_run(qtbot):
    ran = []
    ctl = PanelController(0, lambda p: ran.append(p) or p, debounce_ms=30)
    for p in range(1, 20):
        ctl.set_params(p)
    assert ctl.wait_idle(5000)
    assert ran == [19]  # the debounce let only the last of a burst run
    ctl.shutdown()


def test_wait_idle_waits_for_a_request_made_as_the_last_run_ends(qtbot):
    """A delayed request (the activations panel's cost column) can land in the event batch that
    ends the wait: wait_idle waits for it too instead of returning False with work pending."""
    ran: list[int] = []
    ctl = PanelController(0, lambda p: ran.append(p) or p, debounce_ms=5)
    again = [True]

    def request_once_more() -> None:
        if again:
            again.clear()
            ctl.set_params(2)

    ctl.idle.connect(request_once_more)  # connected before wait_idle's own slot: runs first
    ctl.set_params(1)
    assert ctl.wait_idle(10_000)
    assert ran == [1, 2] and not ctl.is_busy() and ctl.result() == 2
