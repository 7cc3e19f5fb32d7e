"""The activation panel in a real (offscreen) Qt: controls, presets, crosshair, export."""

from __future__ import annotations

import csv
import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from lab.activations.params import ActivationParams
from lab.figures import DARK
from lab.figures.render import render
from lab.figures.tables import write_csv
from ui.panels.activations import ActivationsPanel


@pytest.fixture
def panel(qtbot):
    w = ActivationsPanel()
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    assert w.wait_for_statistics()
    yield w
    w.shutdown()


def _item(panel: ActivationsPanel, key: str):
    for ax in panel.curves_view.figure().axes:
        for item in ax.items:
            if item.key == key:
                return item
    raise KeyError(key)


def _table(panel: ActivationsPanel) -> dict[str, dict[str, str]]:
    t = panel.stats_table
    headers = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    return {t.item(r, 0).text(): {h: t.item(r, c).text() for c, h in enumerate(headers)} for r in range(t.rowCount())}


def test_defaults_show_four_functions_and_their_statistics(panel, qtbot) -> None:
    assert panel.params() == ActivationParams()
    rows = _table(panel)
    assert set(rows) == {"sigmoid", "tanh", "ReLU", "Leaky ReLU"}
    assert rows["sigmoid"]["mean"] == "0.5000" and rows["ReLU"]["dead"] == "50 %"
    assert rows["ReLU"]["method"] == "closed form"
    # the cost is measured shortly after start-up (not while the window first paints)
    qtbot.waitUntil(lambda: _table(panel)["ReLU"]["cost ×ReLU"] == "1.0", timeout=20000)
    # on a narrow screen (the offscreen one is 800 px) one statistics view at a time, over the full width
    assert panel.lower_tab() == "distribution"
    assert [ax.key for ax in panel.stats_view.figure().axes] == ["distribution"]
    for key in ("depth", "zigzag"):
        panel.show_lower_tab(key)
        assert [ax.key for ax in panel.stats_view.figure().axes] == [key]
    panel.show_lower_tab("all")
    assert {ax.key for ax in panel.stats_view.figure().axes} == {"distribution", "depth", "zigzag"}


def test_a_preset_brings_its_view_to_the_front(panel, qtbot) -> None:
    panel.preset_buttons["Sigmoid kills gradients"].click()  # its claim is in the depth view
    assert panel.lower_tab() == "depth"
    assert panel.wait_for_statistics()
    assert [ax.key for ax in panel.stats_view.figure().axes] == ["depth"]
    panel.preset_buttons["ELU vs Leaky ReLU under noise"].click()  # the noise view appears with its result
    assert panel.wait_for_statistics()
    assert panel.lower_tab() == "noise"
    assert panel.noise_view.isVisible() and not panel.stats_view.isVisible()
    panel.preset_buttons["Dead ReLU"].click()  # no noise asked for: its tab goes away
    assert panel.wait_for_statistics()
    assert "noise" not in [panel.lower_tabs.tabData(i) for i in range(panel.lower_tabs.count())]


def test_toggling_a_function_redraws_at_once(panel, qtbot) -> None:
    row = [panel.form.widget("functions").item(r).data(Qt.ItemDataRole.UserRole) for r in range(10)].index("elu")
    with qtbot.waitSignal(panel.params_changed):
        panel.form.widget("functions").item(row).setCheckState(Qt.CheckState.Checked)
    assert "elu" in panel.params().functions
    line = _item(panel, "f:elu")  # drawn synchronously, before any worker
    assert line.y[0] == pytest.approx(math.expm1(-6.0), rel=1e-12)
    assert panel.wait_for_statistics()
    assert _table(panel)["ELU"]["mean"] == "0.1605" and _table(panel)["ELU"]["std"] == "0.7869"


def test_sliders_and_typed_values_drive_the_params(panel, qtbot) -> None:
    panel.set_params(ActivationParams(functions=("elu",)))
    with qtbot.waitSignal(panel.params_changed):
        panel.form.widget("alpha").slider.setValue(panel.form.widget("alpha").slider.maximum())
    assert panel.params().alpha == 5.0
    assert _item(panel, "f:elu").y[0] == pytest.approx(5.0 * math.expm1(-6.0), rel=1e-12)
    with qtbot.waitSignal(panel.params_changed):
        panel.form.widget("alpha").spin.setValue(0.37)
    assert panel.params().alpha == 0.37 and panel.form.widget("alpha").slider.value() == round((0.37 - 0.01) / 4.99 * 1000)
    with qtbot.waitSignal(panel.params_changed):
        panel.form.widget("threshold").spin.setValue(0.05)
    assert panel.params().threshold == 0.05
    assert panel.wait_for_statistics()
    # ELU′ = α·eˣ < 0.05 ⇔ x < log(0.05/0.37): its Gaussian mass shows up as saturated
    expected = 0.5 * math.erfc(-math.log(0.05 / 0.37) / math.sqrt(2))
    assert _table(panel)["ELU"]["saturated"] == f"{100 * expected:.3g} %"


def test_set_params_is_silent(panel, qtbot) -> None:
    with qtbot.assertNotEmitted(panel.params_changed):
        panel.set_params(ActivationParams(functions=("gelu",), mu=1.0))
    assert panel.form.widget("mu").value() == 1.0
    checked = [panel.form.widget("functions").item(r).text() for r in range(10)
               if panel.form.widget("functions").item(r).checkState() == Qt.CheckState.Checked]
    assert checked == ["GELU"]


@pytest.mark.parametrize(("title", "function", "column", "text"), [
    ("Dead ReLU", "ReLU", "dead", "99.9 %"),
    ("Leaky ReLU fixes it", "Leaky ReLU", "dead", "0 %"),
    ("ELU: near-zero mean", "ELU", "mean", "0.1605"),
    ("Not zero-centred", "sigmoid", "mean", "0.5000"),
    ("Sigmoid kills gradients", "sigmoid", "E[f′]", "0.1148"),
])
def test_presets_show_their_claim(panel, qtbot, title, function, column, text) -> None:
    with qtbot.waitSignal(panel.params_changed):
        qtbot.mouseClick(panel.preset_buttons[title], Qt.MouseButton.LeftButton)
    assert panel.wait_for_statistics()
    assert _table(panel)[function][column] == text


def test_crosshair_readout_under_the_mouse(panel, qtbot) -> None:
    plot = panel.curves_view.plot("curves")
    scene_pos = plot.vb.mapViewToScene(QPointF(5.0, 0.5))
    panel.curves_view.scene().sigMouseMoved.emit(scene_pos)
    qtbot.waitUntil(lambda: "x = 5" in panel.readout.text(), timeout=2000)
    text = panel.readout.text()
    assert "sigmoid: f = 0.99331, f′ = 0.0066481" in text  # σ′(5) = 6.65e-3
    assert "tanh: f = 0.99991, f′ = 0.00018158" in text  # tanh′(5) = 1.82e-4
    assert panel._vline.value() == pytest.approx(5.0, abs=0.02)


def test_theme_switch_keeps_the_crosshair(panel) -> None:
    panel.set_theme(DARK)
    assert panel._vline.scene() is panel.curves_view.scene()
    assert "ReLU: f = 0, f′ = 0" in panel.show_readout(-1.0)


def test_export_figures_and_tidy_csv(panel, tmp_path) -> None:
    panel.set_params(ActivationParams(functions=("sigmoid", "tanh"), n_points=101, x_range=10.0))
    figs = panel.current_figures()
    png = render(figs[0], tmp_path / "activations.png", width_px=960, height_px=540, dpi=100)
    assert png.stat().st_size > 10_000
    tables = {t.name: t for t in figs[0].tables}
    path = write_csv(tables["curves"], tmp_path / "curves.csv")
    with path.open() as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["function", "x", "f", "df"] and len(rows) == 202
    at10 = next(r for r in rows if r["function"] == "sigmoid" and float(r["x"]) == 10.0)
    assert f"{float(at10['df']):.2e}" == "4.54e-05"
    assert {"statistics", "depth", "zigzag", "cost"} <= set(tables)


def test_extreme_settings_stay_finite(panel) -> None:
    panel.set_params(ActivationParams(functions=("selu", "mish", "softplus"), mu=-10.0, sigma=0.01,
                                      x_range=50.0, threshold=1e-6, n_points=11))
    assert panel.wait_for_statistics()
    for row in _table(panel).values():
        assert all(np.isfinite(float(row[c])) for c in ("mean", "std", "E[f′]"))
    panel.set_params(ActivationParams(functions=()))
    assert panel.wait_for_statistics()
    assert panel.stats_table.rowCount() == 0


def test_shutdown_while_a_worker_runs(qtbot) -> None:
    w = ActivationsPanel()
    qtbot.addWidget(w)
    w.wait_for_statistics()
    drawn = []
    w.stats_view.figure_shown.connect(lambda: drawn.append(1))
    with qtbot.waitSignal(w.controller.started, timeout=5000):
        w.set_params(ActivationParams(n_samples=1_000_000, functions=("mish", "gelu", "silu")))
    w.shutdown()
    qtbot.waitUntil(lambda: not w.controller.is_busy(), timeout=20000)  # the run ends by itself
    qtbot.wait(50)
    assert drawn == []  # and its (cancelled) result is never drawn


def test_every_legend_follows_the_parameters(panel, qtbot) -> None:
    # μ = 10: sigmoid E[f′] = 7.5e-05; the depth view's legend must not keep μ = 0's values
    panel.show_lower_tab("depth")

    def legend():
        return [label.text for _s, label in panel.stats_view.plot("depth").legend.items]

    before = legend()
    panel.set_params(ActivationParams(mu=10.0))
    assert panel.wait_for_statistics()
    shown = [i.label for i in panel.stats_view.figure().axes_by_key("depth").items if getattr(i, "label", "")]
    assert legend() == shown and legend() != before


def test_session_values_keep_all_their_digits(panel, qtbot) -> None:
    panel.set_params(ActivationParams(mu=0.123456, threshold=1.2345e-5))
    with qtbot.waitSignal(panel.params_changed):
        panel.form.widget("depth").setValue(10)  # an unrelated edit must not round μ or the threshold
    assert panel.params().mu == 0.123456 and panel.params().threshold == 1.2345e-5


def test_space_toggles_the_current_function(panel, qtbot) -> None:
    lst = panel.form.widget("functions")
    row = [lst.item(r).data(Qt.ItemDataRole.UserRole) for r in range(lst.count())].index("gelu")
    lst.setCurrentRow(row)
    lst.setFocus()
    with qtbot.waitSignal(panel.params_changed):
        qtbot.keyClick(lst.viewport(), Qt.Key.Key_Space)
    assert "gelu" in panel.params().functions
