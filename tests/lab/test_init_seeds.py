"""Multi-seed statistics of the depth experiment against the lecture's numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lab.init.config import DepthConfig
from lab.init.seeds import run_seeds, seed_stats


@pytest.fixture(scope="module")
def xavier_relu():
    return seed_stats(DepthConfig(scheme="xavier", activation="relu"))


@pytest.fixture(scope="module")
def kaiming_relu():
    return seed_stats(DepthConfig(scheme="kaiming_normal", activation="relu"))


def test_xavier_relu_over_8_seeds_brackets_the_lecture(xavier_relu):
    s = xavier_relu
    assert s.seeds == tuple(range(8)) and s.std.shape == (8, 10)
    lecture = {1: 0.5838, 2: 0.414, 3: 0.295, 4: 0.208}  # LECTURE.md §4
    for layer, value in lecture.items():
        assert s.std_min[layer - 1] <= value <= s.std_max[layer - 1], layer
    # layer 1: mean 1/√(2π)·… = 0.3989 and std √(1/2 − 1/(2π)) = 0.5838 (half-normal moments)
    assert s.mean[:, 0].mean() == pytest.approx(1 / math.sqrt(2 * math.pi), abs=3e-3)
    assert s.predicted_std[0] == pytest.approx(math.sqrt(0.5 - 0.5 / math.pi), rel=1e-9)
    # the prediction halves the variance each layer, and the seeds agree with it within their spread
    np.testing.assert_allclose(s.predicted_std[1:] / s.predicted_std[:-1], 1 / math.sqrt(2), rtol=1e-9)
    sem = s.std_spread / math.sqrt(len(s.seeds))
    assert np.all(np.abs(s.std_mean - s.predicted_std)[1:] < 4 * sem[1:])


def test_kaiming_relu_over_8_seeds_stays_near_083(kaiming_relu):
    s = kaiming_relu
    assert s.std_min[0] <= 0.8256 <= s.std_max[0]  # √(1 − 1/π), LECTURE.md §4
    assert s.mean[:, 0].mean() == pytest.approx(1 / math.sqrt(math.pi), abs=3e-3)  # 0.5642
    for layer in range(2, 11):
        assert s.std_min[layer - 1] <= 0.83 <= s.std_max[layer - 1], layer
    np.testing.assert_allclose(s.predicted_std, math.sqrt(1 - 1 / math.pi), rtol=1e-9)  # flat
    # deep layers vary from seed to seed much more than layer 1 does
    assert s.std_spread[-1] > 10 * s.std_spread[0]


def test_run_seeds_yields_progress_and_can_be_cancelled():
    cfg = DepthConfig(scheme="kaiming_normal", activation="relu", depth=3, width=40, batch=30)
    gen = run_seeds(cfg, seeds=(3, 4))
    seen = []
    while True:
        try:
            seen.append(next(gen))
        except StopIteration as stop:
            stats = stop.value
            break
    assert [(i, p.layer) for i, p in seen] == [(0, 1), (0, 2), (0, 3), (1, 1), (1, 2), (1, 3)]
    assert {p.config.seed for _, p in seen} == {3, 4}
    assert stats.std.shape == (2, 3) and np.isfinite(stats.std).all()
    gen = run_seeds(cfg, seeds=(0, 1))
    next(gen)
    gen.close()
    with pytest.raises(ValueError, match="twice"):
        seed_stats(cfg, seeds=(1, 1))
    with pytest.raises(ValueError, match="at least one"):
        seed_stats(cfg, seeds=())


def test_exploding_seeds_leave_nan_not_errors():
    from lab.init.schemes import SchemeSettings

    cfg = DepthConfig(scheme="large_gaussian", activation="relu", depth=40, width=200, batch=20,
                      settings=SchemeSettings(sigma_large=5.0))
    s = seed_stats(cfg, seeds=(0, 1))
    assert np.isnan(s.std[:, -1]).all() and np.isnan(s.std_mean[-1]) and np.isfinite(s.std_mean[0])


def test_seed_axes_and_table_show_the_range_mean_prediction_and_quoted_numbers(xavier_relu, tmp_path):
    from lab.figures.render import render
    from lab.figures.spec import Band, Figure, Line, Scatter
    from lab.init.seeds import seed_axes, seed_table

    ax = seed_axes(xavier_relu, label="Xavier + ReLU", quoted=(0.5838, 0.414, 0.295, 0.208), log=True)
    band = next(i for i in ax.items if isinstance(i, Band))
    assert np.array_equal(band.y_low, xavier_relu.std_min) and np.array_equal(band.y_high, xavier_relu.std_max)
    lines = {i.key: i for i in ax.items if isinstance(i, Line)}
    assert np.array_equal(lines["seeds:prediction"].y, xavier_relu.predicted_std)
    quoted = next(i for i in ax.items if isinstance(i, Scatter))
    assert quoted.x.tolist() == [1, 2, 3, 4]
    table = seed_table(xavier_relu)
    assert table.n_rows == 10 and table.rows()[0][0] == 1
    assert table.rows()[1][1] == pytest.approx(float(xavier_relu.std[:, 1].mean()))
    render(Figure("seeds", (ax,), tables=(table,)), tmp_path / "seeds.png", fmt="png", width_px=480, height_px=320,
           dpi=100)
    assert (tmp_path / "seeds.png").stat().st_size > 0
