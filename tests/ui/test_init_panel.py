"""The Initialization panel with pytest-qt: worker runs, presets, compare mode, cancellation, export."""

from __future__ import annotations

import csv
import dataclasses
import math
import time

import pytest
from PySide6.QtCore import Qt

from lab.figures import DARK
from lab.figures.render import render
from lab.figures.tables import write_csv
from lab.init.spec import InitParams
from ui.panels.init import InitPanel

SMALL = InitParams(depth=4, width=200, batch=200)
TIMEOUT = 30_000


def make_panel(qtbot, params=None):
    p = InitPanel()
    qtbot.addWidget(p)
    p.resize(1400, 900)
    if params is not None:
        p.set_params(params)  # before the debounce fires: only this run happens
    with qtbot.waitSignal(p.run_finished, timeout=TIMEOUT):
        p.show()
    return p


@pytest.fixture
def panel(qtbot):
    p = make_panel(qtbot, SMALL)
    yield p
    p.shutdown()


def run(panel, qtbot, params):
    with qtbot.waitSignal(panel.run_finished, timeout=TIMEOUT):
        panel.set_params(params)
    return panel.results()


def test_default_run_is_the_lecture_experiment(qtbot):
    panel = make_panel(qtbot)
    (result,) = panel.results()
    assert panel.params() == InitParams()
    assert result.config.width == 500 and result.config.batch == 1000 and result.config.depth == 10
    assert result.layers[0].std == pytest.approx(0.62793, abs=0.003)
    assert len(result.grads) == 10
    assert [a.key for a in panel.view.figure().axes] == ["ridge_a", "stats", "fractions", "grads"]
    assert panel.progress.value() == panel.progress.maximum()
    panel.shutdown()


def test_set_params_shows_values_without_emitting(panel, qtbot):
    target = dataclasses.replace(SMALL, scheme="kaiming_uniform", activation="leaky_relu", slope=0.2, seed=9)
    with qtbot.assertNotEmitted(panel.params_changed), qtbot.waitSignal(panel.run_finished, timeout=TIMEOUT):
        panel.set_params(target)
    assert panel.params() == target
    assert panel.form.widget("scheme").currentData() == "kaiming_uniform"
    assert panel.form.widget("slope").value() == pytest.approx(0.2) and panel.form.widget("slope").isEnabled()
    assert panel.form.widget("seed").value() == 9 and int(panel.form.widget("depth").value()) == 4


def test_preset_button_reproduces_kaiming(panel, qtbot):
    with qtbot.waitSignal(panel.params_changed), qtbot.waitSignal(panel.run_finished, timeout=TIMEOUT):
        qtbot.mouseClick(panel.preset_buttons["Kaiming + ReLU"], Qt.MouseButton.LeftButton)
    p = panel.params()
    assert (p.scheme, p.activation, p.width, p.batch) == ("kaiming_normal", "relu", 500, 1000)
    first = panel.results()[0].layers[0]
    assert first.mean == pytest.approx(1 / math.sqrt(math.pi), abs=0.003)
    assert first.std == pytest.approx(math.sqrt(1 - 1 / math.pi), abs=0.004)
    assert first.dead == pytest.approx(0.5, abs=0.005)


def test_compare_mode_runs_two_schemes_on_one_seed(panel, qtbot):
    run(panel, qtbot, dataclasses.replace(SMALL, activation="relu"))
    with qtbot.waitSignal(panel.run_finished, timeout=TIMEOUT):
        panel.form.widget("compare").setChecked(True)  # Xavier vs the default Kaiming normal
    a, b = panel.results()
    assert (a.scheme, b.scheme) == ("xavier", "kaiming_normal")
    assert b.layers[0].pre_std / a.layers[0].pre_std == pytest.approx(math.sqrt(2), rel=1e-5)
    assert {a.key for a in panel.view.figure().axes} == {"ridge_a", "ridge_b", "stats", "fractions", "grads"}
    assert panel.form.widget("scheme_b").isEnabled()


def test_a_change_cancels_the_running_worker(panel, qtbot):
    slow = dataclasses.replace(InitParams(), depth=50, width=1000, batch=2000)
    panel.set_params(slow)
    with qtbot.waitSignal(panel.controller.progress, timeout=TIMEOUT):  # the slow run is going
        pass
    finished = []
    panel.run_finished.connect(lambda: finished.append(panel.results()[0].config.depth))
    t0 = time.perf_counter()
    with qtbot.waitSignal(panel.run_finished, timeout=TIMEOUT):
        panel.form.widget("depth").spin.setValue(2)  # a user edit (typed into the box) while the slow run is going
    (result,) = panel.results()
    assert result.config.depth == 2 and len(result.layers) == 2
    assert time.perf_counter() - t0 < 5  # the slow run (~40 GFLOP) was cancelled, not waited for
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=TIMEOUT)
    qtbot.wait(100)
    assert finished == [2]  # the slow run's result never showed


def test_overflow_is_reported_in_the_status_bar(panel, qtbot):
    params = dataclasses.replace(SMALL, scheme="large_gaussian", sigma_large=1.0, activation="relu", depth=50,
                                 batch=20)
    with qtbot.waitSignal(panel.message, timeout=TIMEOUT) as blocker:
        panel.set_params(params)
    assert "exploded to inf at layer" in blocker.args[0]
    assert "exploded to inf" in panel.status.text()


def test_impossible_size_keeps_the_previous_result(panel, qtbot):
    before = panel.results()
    with qtbot.waitSignal(panel.message, timeout=TIMEOUT) as blocker:
        panel.set_params(dataclasses.replace(InitParams(), depth=50, width=4096, batch=10000))
    assert "GB" in blocker.args[0]
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=TIMEOUT)
    assert panel.results() is before


def test_typing_a_depth_updates_params(panel, qtbot):
    spin = panel.form.widget("depth").spin
    spin.selectAll()
    with qtbot.waitSignal(panel.params_changed):
        qtbot.keyClicks(spin, "3")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert panel.params().depth == 3


def test_layer_calculator(panel, qtbot):
    calc = panel.calculator
    runs = []
    panel.controller.started.connect(runs.append)
    with qtbot.waitSignal(panel.params_changed):
        panel.preset_buttons["Pooling: 32×32×3 → 16×16×3"].click()
    assert "32×32×3 → 16×16×3, 0 parameters" in calc.result.text()
    assert not calc.apply.isEnabled() and not panel.form.widget("calc_k").isEnabled()
    panel.form.widget("calc_kind").setCurrentIndex(panel.form.widget("calc_kind").findData("conv"))
    panel.form.widget("calc_f").setValue(3)
    panel.form.widget("calc_s").setValue(2)
    panel.form.widget("calc_p").setValue(0)
    assert "do not tile" in calc.result.text()
    panel.form.widget("calc_s").setValue(1)
    assert "fan-in d_in = 27" in calc.result.text()
    assert panel.controller.wait_idle(TIMEOUT)
    assert len(runs) <= 1  # the preset's click may run once; calculator edits never rerun the experiment
    table = next(t for t in panel.current_figures()[0].tables if t.name == "layer-calculator")
    row = dict(zip(table.columns, table.rows()[0], strict=True))
    assert (row["out_h"], row["out_w"], row["out_c"], row["params"], row["fan_in"]) == (30, 30, 10, (27 + 1) * 10, 27)  # K = 10 filters of 3·3·3 + bias
    with qtbot.waitSignal(panel.params_changed):
        qtbot.mouseClick(calc.apply, Qt.MouseButton.LeftButton)
    p = panel.params()
    assert (p.layer_kind, p.kernel, p.channels) == ("conv", 3, 3)


def test_export_figures_and_csv(panel, qtbot, tmp_path):
    run(panel, qtbot, dataclasses.replace(SMALL, compare=True))
    fig = panel.current_figures()[0]
    layers, hist, _detail = fig.tables[:3]
    assert layers.columns == ("scheme", "activation", "layer", "mean", "std", "saturated", "dead", "grad_std")
    assert layers.n_rows == 8
    assert [r[4] for r in layers.rows()[:4]] == [s.std for s in panel.results()[0].layers]
    with open(write_csv(hist, tmp_path / "hist.csv"), newline="") as handle:
        rows = list(csv.DictReader(handle))
    per_layer = sum(int(r["count"]) for r in rows if r["scheme"] == "xavier" and r["layer"] == "1")
    assert per_layer == 200 * 200
    png = render(fig, tmp_path / "init.png", width_px=960, height_px=540, dpi=100)
    assert png.stat().st_size > 10_000


def test_theme_and_shutdown(panel, qtbot):
    panel.set_theme(DARK)
    assert panel.view.figure() is not None
    panel.set_params(SMALL)
    panel.shutdown()
    assert not panel.is_running()
