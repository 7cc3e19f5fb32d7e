"""Activation panel additions: marked points, the second zig-zag path, the noise figure, the new presets."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lab.activations.compute import compute
from lab.activations.params import PRESETS, ActivationParams, mark_values
from lab.activations.spec import SPEC
from lab.figures.spec import Scatter, Text
from lab.presets import find


def _preset(name: str) -> ActivationParams:
    return find(PRESETS, name).apply(ActivationParams())


def _curves(figures):
    """The curves axes of the curves slide (the overview's small cell shows the marks without values)."""
    return next(a for f in figures if f.name == "curves" for a in f.axes if a.key == "curves")


def test_marks_parse_and_reject_bad_lists():
    assert mark_values(" 0, 3 ;−5 ") == (0.0, 3.0, -5.0)
    assert mark_values("") == ()
    for bad in ("a, 1", "1, 2, 3, 4, 5, 6, 7", "nan", "1e9"):
        with pytest.raises(ValueError, match="marks"):
            ActivationParams(marks=bad)


def test_tanh_preset_reads_the_lecture_derivatives():
    p = _preset("tanh saturates")
    figures = SPEC.build(p)
    texts = [i.text.strip() for i in _curves(figures).items if isinstance(i, Text) and i.key.startswith("mark:")]
    assert texts == ["tanh′(0) = 1", "tanh′(3) = 9.87e-3", "tanh′(5) = 1.82e-4"]
    (marks,) = [t for t in figures[0].tables if t.name == "marks"]
    df = {row[1]: row[3] for row in marks.rows()}
    for x, value in ((0.0, 1.0), (3.0, 9.866037e-3), (5.0, 1.8158323e-4)):  # 1 − tanh²(x)
        assert df[x] == pytest.approx(1 - math.tanh(x) ** 2, rel=1e-12)
        assert df[x] == pytest.approx(value, rel=1e-6)


def test_gelu_preset_marks_the_minimum():
    p = _preset("GELU minimum")
    (marks,) = [t for t in SPEC.build(p)[0].tables if t.name == "marks"]
    (row,) = marks.rows()
    x = row[1]
    phi, cdf = math.exp(-x * x / 2) / math.sqrt(2 * math.pi), 0.5 * math.erfc(-x / math.sqrt(2))
    assert row[2] == pytest.approx(x * cdf, rel=1e-12) and row[2] == pytest.approx(-0.16997, abs=5e-6)
    assert abs(cdf + x * phi) < 1e-4  # GELU′(x) = Φ(x) + xφ(x) vanishes there: the minimum
    points = [i for i in _curves(SPEC.build(p)).items if isinstance(i, Scatter) and i.key == "mark:f:gelu"]
    assert points and points[0].y[0] == pytest.approx(-0.16997, abs=5e-6)


def test_noise_preset_adds_the_noise_figure_with_exact_spreads():
    p = _preset("ELU vs Leaky ReLU under noise")
    figures = SPEC.build(p)
    noise = figures[-1]
    assert noise.name == "noise-robustness" and [a.key for a in noise.axes] == ["noise_spread", "noise_hist"]
    (table,) = noise.tables
    rows = {round(r[0], 6): r for r in table.rows()}
    # Leaky ReLU far below 0 is linear with slope a: std = a·σ exactly
    assert rows[-6.0][2] == pytest.approx(0.01 * 0.5, rel=1e-9)
    # ELU far below 0: α(e^x − 1) with x ~ N(μ, σ²) is lognormal-scaled: std = α e^(μ+σ²/2) √(e^(σ²) − 1)
    # (up to the tiny mass above 0)
    assert rows[-6.0][1] == pytest.approx(math.exp(-6 + 0.125) * math.sqrt(math.exp(0.25) - 1), rel=1e-6)
    assert rows[-6.0][1] < rows[-6.0][2]  # ELU is the quieter one far below zero …
    assert rows[-3.0][1] > rows[-3.0][2]  # … and not nearer zero
    assert compute(p).noise is not None and compute(ActivationParams()).noise is None


def test_second_zigzag_uses_the_same_seed_and_averages():
    p = _preset("Mini-batch softens the zig-zag")
    figures = SPEC.build(p)
    zig = next(a for a in figures[0].axes if a.key == "zigzag")
    keys = {i.key for i in zig.items}
    assert {"zig:positive", "zig:positive_b", "zig:centred"} <= keys
    (table,) = [t for t in figures[0].tables if t.name == "zigzag-batch"]
    assert table.n_rows == p.zigzag_steps + 1 and {r[1] for r in table.rows()} == {32}
    first = next(i for i in zig.items if i.key == "zig:positive")
    second = next(i for i in zig.items if i.key == "zig:positive_b")
    assert first.x[0] == second.x[0] and first.y[0] == second.y[0]  # same start
    steps_1 = np.diff(np.column_stack([first.x, first.y]), axis=0)
    steps_32 = np.diff(np.column_stack([second.x, second.y]), axis=0)
    same_1 = np.mean(steps_1[:, 0] * steps_1[:, 1] > 0)
    same_32 = np.mean(steps_32[:, 0] * steps_32[:, 1] > 0)
    assert same_1 == 1.0 and same_32 < 0.5  # batch 1 with all-positive inputs: every step ↗ or ↙
    live = compute(p).views.zigzag
    assert "zig:positive_b" in {i.key for i in live.items}


def test_exact_preset_names():
    names = [p.name for p in PRESETS]
    for name in ("tanh saturates", "GELU minimum", "ELU vs Leaky ReLU under noise", "Mini-batch softens the zig-zag",
                 "Sigmoid kills gradients", "Not zero-centred", "Dead ReLU", "Leaky ReLU fixes it",
                 "ELU: near-zero mean"):
        assert name in names
