"""Activations at start-up and on a small screen: the table is never empty and shows every row."""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from lab.activations.figures import DEPTH_FLOOR, compute_statistics_views
from lab.activations.params import ActivationParams
from lab.figures.spec import Line, Text
from ui.panels.activations import ActivationsPanel


def test_closed_form_rows_show_before_the_worker_returns(qtbot):
    panel = ActivationsPanel()  # no event loop has run: the worker cannot have returned
    qtbot.addWidget(panel)
    table = panel.stats_table
    assert table.rowCount() == len(panel.params().functions)
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    # ReLU on N(0, 1): mean φ(0)·1 = 1/√(2π), E[f′] = ½ (independent closed forms)
    assert table.item(rows["ReLU"], 1).text() == f"{1 / math.sqrt(2 * math.pi):.4f}"
    assert table.item(rows["ReLU"], 3).text() == "0.5"
    assert table.item(rows["sigmoid"], 1).text() == "…"
    assert panel.wait_for_statistics()
    assert table.item(rows["sigmoid"], 1).text() == "0.5000"  # σ(z) − ½ is odd: mean ½ exactly
    panel.shutdown()


def test_every_row_is_visible_at_1280x720(qtbot):
    panel = ActivationsPanel()
    qtbot.addWidget(panel)
    panel.set_params(dataclasses.replace(panel.params(), functions=("sigmoid", "tanh", "relu", "leaky_relu", "elu",
                                                                      "selu", "gelu", "silu", "softplus", "mish")))
    panel.resize(1280, 720 - 80)  # minus the menu, tabs and status bar
    panel.show()
    assert panel.wait_for_statistics()
    panel.show_lower_tab("table")  # the user opens the Table tab
    qtbot.wait(50)
    assert panel.curves_view.height() >= 200  # the curves keep a readable height beside the table
    table = panel.stats_table
    assert table.rowCount() == 10
    last = table.visualItemRect(table.item(9, 0))
    assert last.bottom() <= table.viewport().height()
    assert table.verticalScrollBar().maximum() == 0
    assert table.visibleRegion().boundingRect().height() >= table.height() - 1  # not cut by the splitter
    panel.shutdown()


def test_the_depth_view_stops_at_a_readable_floor_and_says_so():
    p = ActivationParams(mu=10.0, functions=("tanh", "relu"), depth=50)
    depth = compute_statistics_views(p).depth
    lines = {i.key: i for i in depth.items if isinstance(i, Line)}
    tanh = lines["depth:tanh"]
    assert np.min(tanh.y) == DEPTH_FLOOR  # tanh′ near 10 is ~8e-9: (8e-9)^50 is far below
    assert depth.ylim is not None and depth.ylim[0] < DEPTH_FLOOR
    marks = [i.text for i in depth.items if isinstance(i, Text)]
    assert any("below" in t and "tanh" in t for t in marks)
    assert lines["one"].label  # the line at 1 is named in the legend
    calm = compute_statistics_views(ActivationParams(functions=("relu",), depth=50)).depth
    assert calm.ylim is None and not any(isinstance(i, Text) for i in calm.items)


def test_a_new_function_gets_its_row_at_once(qtbot):
    panel = ActivationsPanel()
    qtbot.addWidget(panel)
    assert panel.wait_for_statistics()
    panel.set_params(dataclasses.replace(panel.params(), functions=("relu", "elu")))
    table = panel.stats_table  # before any worker result for the new set
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["ReLU", "ELU"]
    # ELU (α = 1) on N(0, 1): E[f′] = ½ + E[eᶻ; z < 0] = ½ + e^{1/2} Φ(−1)
    expected = 0.5 + math.exp(0.5) * 0.5 * math.erfc(1 / math.sqrt(2))
    assert table.item(1, 3).text() == f"{expected:.4g}"
    panel.shutdown()
