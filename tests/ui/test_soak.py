"""A seeded random-action soak of the whole window: no exception, no error dialog, no paint error."""

from __future__ import annotations

from ui.soak import soak


def test_random_actions_on_every_panel_stay_clean(make_window, qtbot):
    window = make_window()
    window.resize(1280, 720)
    report = soak(window, window.real_panels, window.set_current_panel, seed=20261130, actions=160,
                  wait=qtbot.wait)
    for panel in window.real_panels().values():  # let the last runs land (and be drawn) too
        assert panel.controller.wait_idle(60_000)
    window.grab()
    assert report.actions >= 150 and report.switches >= 5
    visited = {what.split(":")[0] for _, what in report.timeline}
    assert set(window.real_panels()) <= visited  # every panel, Training included, got actions
    assert {"slider", "spin", "combo", "check", "button"} <= set(report.kinds)
    assert report.dialogs == []
    assert report.logged == []
