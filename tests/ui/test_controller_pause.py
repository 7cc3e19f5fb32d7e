"""PanelController.set_paused: no run starts while paused; resuming runs the latest params once."""

from __future__ import annotations

from ui.controller import PanelController


def test_paused_requests_wait_and_resume_runs_the_latest(qtbot):
    ran: list[int] = []
    ctl = PanelController(0, lambda p: ran.append(p) or p, debounce_ms=5)
    shown: list[int] = []
    ctl.result_ready.connect(lambda p, r: shown.append(r))
    ctl.set_paused(True)
    for p in (1, 2, 3):
        ctl.set_params(p)
    qtbot.wait(60)  # many debounce periods
    assert ran == [] and ctl.is_busy()  # held back, still pending
    ctl.set_paused(False)
    assert ctl.wait_idle(10_000)
    assert ran == [3] and shown == [3]
    ctl.shutdown()
