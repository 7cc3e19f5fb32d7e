"""The panel computation: train/test rule, stages, interpolation, presets, figures, patches."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lab.params import from_dict, replace, to_dict
from lab.pca.analysis import analyse, interpolate_stage
from lab.pca.compute import analyse_params
from lab.pca.figures import display_indices, stages_figure
from lab.pca.params import PRESETS, PcaParams, apply_preset
from lab.pca.patches import image_spectrum, load_rgb, patch_matrix, patch_spectrum
from lab.pca.spec import SPEC
from lab.registry import load_spec

SIGMA = np.array([[3.0, 1.5], [1.5, 1.0]])


def exact_points(n: int = 400, seed: int = 0) -> np.ndarray:
    z = np.random.default_rng(seed).standard_normal((n, 2))
    z -= z.mean(axis=0)
    z = z @ np.linalg.inv(np.linalg.cholesky(z.T @ z / n)).T
    return z @ np.linalg.cholesky(SIGMA).T + [4.0, 1.0]


def test_statistics_come_from_training_points_only():
    x = exact_points()
    train, test = np.arange(300), np.arange(300, 400)
    x[300:] += 50.0  # a wildly shifted test set must not move the statistics
    res = analyse(x, train, test, eps=0.0)
    mu = x[:300].mean(axis=0)
    assert res.fit.mean == pytest.approx([0, 0], abs=1e-12)  # fitted on centred training data
    assert res.stages[1].points[300:] == pytest.approx(x[300:] - mu, abs=1e-12)
    white = res.stages[3].points
    assert np.cov(white[:300], rowvar=False, bias=True) == pytest.approx(np.eye(2), abs=1e-10)
    # the test set is transformed with the same matrix: (x − μ_train) W
    w = np.linalg.inv(np.linalg.cholesky(np.cov(x[:300], rowvar=False, bias=True)))
    assert np.abs(white[300:]).mean() > 10  # not re-centred on its own mean
    assert np.linalg.norm((x[300:] - mu) @ w.T, axis=1) == pytest.approx(np.linalg.norm(white[300:], axis=1))


def test_stage_statistics_match_closed_forms():
    res = analyse(exact_points(), np.arange(400), np.arange(0), eps=0.0)
    lam = [2 + math.sqrt(3.25), 2 - math.sqrt(3.25)]
    for st in res.stages[:3]:
        assert st.eigenvalues == pytest.approx(lam, abs=1e-10)
    assert res.stages[0].cov == pytest.approx(SIGMA, abs=1e-10)
    assert res.stages[2].cov == pytest.approx(np.diag(lam), abs=1e-10)
    assert res.stages[3].cov == pytest.approx(np.eye(2), abs=1e-10)
    assert res.fit.first_axis_deg == pytest.approx(28.155, abs=5e-4)
    # arrows: √λ₁ along 28.155° in the original view, √λ on the axes after decorrelation
    a = res.stages[0].axes[0]
    assert math.hypot(*a) == pytest.approx(math.sqrt(lam[0]))
    assert math.degrees(math.atan2(a[1], a[0])) == pytest.approx(28.155, abs=5e-4)
    assert res.stages[2].axes == pytest.approx(np.diag(np.sqrt(lam)), abs=1e-12)
    assert res.stages[3].axes == pytest.approx(np.eye(2), abs=1e-12)
    assert res.retained == pytest.approx(lam[0] / 4.0)


def test_zca_stage_and_standardised_pca():
    res = analyse(exact_points(), np.arange(400), np.arange(0), eps=0.0, whitening="ZCA")
    assert res.stages[3].name == "zca_whitened"
    assert res.stages[3].cov == pytest.approx(np.eye(2), abs=1e-10)
    std = analyse(exact_points(), np.arange(400), np.arange(0), standardise_first=True)
    assert std.stages[1].name == "standardised"
    # PCA of a 2×2 correlation matrix: axes at ±45°, eigenvalues 1 ± ρ
    rho = 1.5 / math.sqrt(3.0)
    assert std.fit.first_axis_deg == pytest.approx(45.0, abs=1e-9)
    assert std.fit.eigenvalues == pytest.approx([1 + rho, 1 - rho], abs=1e-10)


def test_interpolation_hits_stages_and_moves_smoothly():
    res = analyse(exact_points(100), np.arange(100), np.arange(0), whitening="ZCA")
    for i in range(4):
        assert interpolate_stage(res, float(i)) == pytest.approx(res.stages[i].points, abs=1e-12)
    # centred → decorrelated is a pure rotation (or rotation + flip): lengths never grow
    mid = interpolate_stage(res, 1.5)
    assert np.linalg.norm(mid, axis=1).max() <= np.linalg.norm(res.stages[1].points, axis=1).max() + 1e-9
    for t in np.linspace(0, 3, 31)[:-1]:
        jump = np.abs(interpolate_stage(res, t + 1e-6) - interpolate_stage(res, t)).max()
        assert jump < 1e-4
    with pytest.raises(ValueError, match="finite"):
        interpolate_stage(res, math.nan)


def test_degenerate_data_gives_notes_not_nan():
    t = np.linspace(0, 1, 30)
    x = np.column_stack([t, 3 * t])
    res = analyse(x, np.arange(30), np.arange(0), eps=0.0)
    assert any("~0 variance" in n and "collinear" in n for n in res.notes)
    assert all(np.all(np.isfinite(st.points)) for st in res.stages)
    same = analyse(np.ones((5, 2)), np.arange(5), np.arange(0), eps=0.0)
    assert any("identical" in n for n in same.notes)
    assert all(np.all(np.isfinite(st.points)) for st in same.stages)
    fig = stages_figure(same)  # builds without NaN limits
    for ax in fig.axes:
        assert all(math.isfinite(v) for v in (*ax.xlim, *ax.ylim))


def test_params_round_trip_and_moves_change_data():
    p = replace(PcaParams(), moved_points=(0.0, 100.0, 100.0), selected=0)
    q, problems = from_dict(PcaParams, to_dict(p))
    assert q == p and problems == []
    moved = analyse_params(p)
    assert moved.points[0] == pytest.approx([100.0, 100.0])
    assert analyse_params(PcaParams()).points[0] != pytest.approx([100.0, 100.0])
    far = analyse_params(replace(PcaParams(), moved_points=(999.0, 1.0, 1.0)))
    assert any("Ignored dragged point" in n for n in far.notes)
    with pytest.raises(ValueError, match="triples"):
        PcaParams(moved_points=(1.0, 2.0))


def test_presets_show_what_they_promise():
    assert {p.name for p in PRESETS} == {"Correlated Gaussian", "Units differ (hPa vs °C)", "All-positive data",
                            "Outlier", "Nearly collinear (ε matters)", "Worked example Σ",
                            "Decision line: centred vs not", "Training statistics only",
                            "Patches: what top-k keeps"}
    units = analyse_params(apply_preset(PcaParams(), "Units differ (hPa vs °C)"))
    raw = analyse_params(replace(apply_preset(PcaParams(), "Units differ (hPa vs °C)"), standardise=False))
    assert abs(units.fit.first_axis_deg) == pytest.approx(45.0, abs=1e-9)
    assert abs(raw.fit.first_axis_deg) < 15  # without ÷std PCA finds the pressure axis
    assert analyse_params(apply_preset(PcaParams(), "All-positive data")).points.min() > 0
    col = analyse_params(apply_preset(PcaParams(), "Nearly collinear (ε matters)"))
    lam, eps = col.fit.eigenvalues, col.fit.eps
    assert lam[1] < eps  # ε dominates the thin direction …
    assert col.stages[3].cov[1, 1] == pytest.approx(lam[1] / (lam[1] + eps), rel=1e-9)
    assert col.stages[3].cov[1, 1] < 0.2  # … so it is not blown up to unit variance
    out = analyse_params(apply_preset(PcaParams(), "Outlier"))
    clean = analyse_params(replace(apply_preset(PcaParams(), "Outlier"), source="gaussian"))
    assert out.test.size == 0  # the outlier is a training point and drives the statistics
    assert out.fit.eigenvalues[1] > 3 * clean.fit.eigenvalues[1]
    assert abs(out.fit.first_axis_deg - clean.fit.first_axis_deg) > 10


def test_stage_tables_are_tidy():
    p = replace(PcaParams(), n=50)
    fig = SPEC.build(p)[0]
    points, stats, split = fig.tables
    assert points.columns == ("stage", "point", "x", "y")
    assert points.n_rows == 200
    rows = points.rows()
    assert rows[0][0] == "original" and rows[199][0] == "pca_whitened"
    res = analyse_params(p)
    assert np.array([r[2:4] for r in rows[:50]], dtype=float) == pytest.approx(res.points)
    assert [int(r[1]) for r in rows[50:100]] == list(range(50))
    srows = stats.rows()
    assert [r[0] for r in srows] == ["original", "centred", "decorrelated", "pca_whitened"]
    assert srows[0][1] == pytest.approx(np.cov(res.points[res.train], rowvar=False, bias=True)[0, 0])
    assert split.rows().count((int(res.test[0]), "test")) == 1


def test_build_is_deterministic_and_registered():
    assert load_spec("pca") is SPEC
    a, b = SPEC.build(PcaParams()), SPEC.build(PcaParams())
    assert [f.name for f in a] == ["stages", "topk", "patches", "decision"]
    assert a[0].tables[0].data[2] == pytest.approx(b[0].tables[0].data[2])
    assert "÷N" in a[0].caption


def test_display_subset_keeps_selected_point():
    idx = display_indices(1_000_000, 1000, extra=(123_457,))
    assert 123_457 in idx and idx.size == 1001
    assert display_indices(10, 1000).tolist() == list(range(10))


def test_patch_matrix_layout_and_rank():
    img = np.zeros((4, 6, 3), dtype=np.uint8)
    img[1, 0, 2] = 255  # patch 0, row 1, col 0, blue
    img[0, 3, 0] = 51  # patch 1 (cols 2–3), row 0, col 1, red
    x = patch_matrix(img, 2)
    assert x.shape == (6, 12)
    assert x[0, (1 * 2 + 0) * 3 + 2] == 1.0
    assert x[1, (0 * 2 + 1) * 3 + 0] == pytest.approx(0.2)
    assert x.sum() == pytest.approx(1.2)
    # patches of one flat grey level: a single component keeps all the variance
    rng = np.random.default_rng(0)
    grey = np.kron(rng.integers(0, 256, (16, 16)), np.ones((8, 8)))
    flat = np.repeat(grey[:, :, None], 3, axis=2).astype(np.uint8)
    spec = patch_spectrum(flat, 8, rng=rng)
    assert spec.dim == 192 and spec.cumulative[0] == pytest.approx(1.0, abs=1e-12)
    assert spec.components_for(0.99) == 1


def test_default_image_spectrum_and_errors(tmp_path):
    spec = image_spectrum("", 8, rng=np.random.default_rng(0))
    assert spec.image_name == "astronaut.jpg" and spec.dim == 192
    assert np.all(np.diff(spec.cumulative) >= -1e-12) and spec.cumulative[-1] == pytest.approx(1.0)
    assert spec.components_for(0.9) < 20  # far fewer than 192 dimensions keep 90 %
    bad = tmp_path / "x.png"
    bad.write_text("not an image")
    with pytest.raises(ValueError, match="not a readable image"):
        load_rgb(bad)
    with pytest.raises(ValueError, match="file not found"):
        load_rgb(tmp_path / "missing.png")
    with pytest.raises(ValueError, match="fewer than 2 patches"):
        patch_matrix(np.zeros((8, 8, 3), dtype=np.uint8), 8)
