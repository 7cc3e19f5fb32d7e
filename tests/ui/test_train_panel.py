"""The Training panel with pytest-qt: a run, live progress, presets, Stop, export figures."""

from __future__ import annotations

import dataclasses

from lab.train.params import PRESETS, TrainParams
from ui.panels.train import TrainPanel

SMALL = TrainParams(activations=("relu", "sigmoid"), schemes=("glorot_normal",), steps=60, n_per_class=30)
TIMEOUT = 30_000


def make_panel(qtbot, params=SMALL):
    p = TrainPanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.set_params(params)  # before the debounce fires: only this run happens
    with qtbot.waitSignal(p.run_finished, timeout=TIMEOUT):
        p.show()
    return p


def test_a_run_shows_curves_regions_and_bars_of_every_run(qtbot):
    panel = make_panel(qtbot)
    result = panel.result()
    assert result is not None and [r.key.activation for r in result.runs] == ["relu", "sigmoid"]
    assert panel.progress.value() == panel.progress.maximum()
    assert [a.key for a in panel.regions_view.figure().axes] == ["regions:0", "regions:1"]
    assert [a.key for a in panel.curves_view.figure().axes] == ["loss", "accuracy"]
    assert "Glorot" in panel.title.text()
    figures = panel.current_figures()
    assert [f.name for f in figures] == ["training", "regions", "steps-to-target"]
    assert figures[0].tables[0].name == "training-curves"
    panel.shutdown()


def test_progress_arrives_while_training_and_stop_keeps_the_partial_curves(qtbot):
    panel = make_panel(qtbot)
    events = []
    panel.controller.progress.connect(events.append)
    long = dataclasses.replace(SMALL, steps=20000, batch=256)
    with qtbot.waitSignal(panel.controller.failed, timeout=TIMEOUT) as failed:
        panel.edit(long)
        qtbot.waitUntil(lambda: len(events) > 3 and panel.stop_button.isEnabled(), timeout=TIMEOUT)
        panel.stop_button.click()
    assert "stopped" in str(failed.args[1])
    assert panel.controller.wait_idle(TIMEOUT)
    assert panel.result() is None  # nothing finished for these params
    loss_lines = [i for i in panel.curves_view.figure().axes[0].items if i.key.startswith("loss:")]
    assert loss_lines and max(len(line.x) for line in loss_lines) < 101  # partial curves stay on screen
    assert "Stopped" in panel.status.text() and not panel.stop_button.isEnabled()
    panel.shutdown()


def test_presets_are_buttons_with_their_claims(qtbot):
    panel = make_panel(qtbot)
    assert list(panel.preset_buttons) == [p.name for p in PRESETS]
    target = PRESETS[2]
    assert panel.preset_buttons[target.name].toolTip() == target.claim
    with qtbot.waitSignal(panel.run_finished, timeout=60_000):
        panel.preset_buttons[target.name].click()
    result = panel.result()
    assert {r.key.inputs for r in result.runs} == {"centred", "positive"}
    assert result.params.seed == SMALL.seed and result.params.n_per_class == SMALL.n_per_class  # kept
    assert panel.preset_name() == target.name
    panel.shutdown()


def test_gain_field_is_enabled_only_for_a_fixed_gain(qtbot):
    panel = make_panel(qtbot)
    assert not panel.form.widget("gain").isEnabled()
    panel.edit(dataclasses.replace(SMALL, gain_mode="fixed", gain=2.0))
    assert panel.form.widget("gain").isEnabled()
    panel.shutdown()
