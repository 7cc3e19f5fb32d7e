"""The PCA panel's lecture presets: the worked example's exact numbers, the decision-line view,
training-only statistics, and the patch spectrum view (checked against closed forms)."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import numpy as np
import pytest

from lab.figures.spec import Text
from lab.pca.compute import analyse_params, base_points
from lab.pca.decision_figure import decision_figure
from lab.pca.params import PcaParams, apply_preset
from lab.pca.spec import SPEC
from lab.pca.worked import exact_covariance_points

WORKED = "Worked example Σ"


def closed_form(a: float, b: float, c: float) -> tuple[float, float, float]:
    """Eigenvalues of [[a, b], [b, c]] and the first axis's angle in degrees, by hand."""
    mid, rad = (a + c) / 2, math.hypot((a - c) / 2, b)
    return mid + rad, mid - rad, math.degrees(0.5 * math.atan2(2 * b, a - c))


def test_closed_form_matches_the_lecture():
    l1, l2, angle = closed_form(3.0, 1.5, 1.0)
    assert (round(l1, 5), round(l2, 5), round(angle, 3)) == (3.80278, 0.19722, 28.155)


def agrees(printed: str, true: float) -> bool:
    """``printed`` is ``true`` to the digits shown (whatever precision the figure chooses)."""
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    return abs(float(printed) - true) <= 0.5 * 10.0**-decimals + 1e-12


def numbers(text: str) -> list[str]:
    return re.findall(r"[-−]?\d+(?:\.\d+)?", text.split("=", 1)[1].replace("−", "-"))


def test_worked_example_prints_the_lectures_numbers():
    p = apply_preset(PcaParams(), WORKED)
    pts = base_points(p)
    centred = pts - pts.mean(axis=0)
    assert centred.T @ centred / len(pts) == pytest.approx(np.array([[3.0, 1.5], [1.5, 1.0]]), abs=1e-12)
    assert pts.mean(axis=0) == pytest.approx([p.mean_x, p.mean_y], abs=1e-12)
    l1, l2, angle = closed_form(3.0, 1.5, 1.0)
    fig = SPEC.build(p)[0]
    original = fig.axes_by_key("stage0")
    lam_text = next(i.text for i in original.items if isinstance(i, Text) and i.key == "stats_lam")
    shown = numbers(lam_text)
    assert len(shown) == 2 and agrees(shown[0], l1) and agrees(shown[1], l2), lam_text
    assert len(shown[0].replace(".", "")) >= 2  # at least 3.8
    cov_text = next(i.text for i in original.items if isinstance(i, Text) and i.key == "stats_cov")
    assert [float(v) for v in numbers(cov_text)] == [3.0, 1.5, 1.5, 1.0], cov_text
    printed = re.search(r"PC1 at ([-−]?[\d.]+)°", fig.caption).group(1).replace("−", "-")
    assert agrees(printed, angle) and abs(float(printed) - 28.2) < 0.05, fig.caption


def test_worked_source_ignores_shape_sliders_and_follows_the_seed():
    p = apply_preset(PcaParams(), WORKED)
    a = base_points(replace(p, std1=9.0, rotation_deg=-70.0))
    assert a == pytest.approx(base_points(p))
    assert not np.allclose(base_points(replace(p, seed=1)), a)
    with pytest.raises(ValueError, match="positive definite"):
        exact_covariance_points(10, np.random.default_rng(0), [[1.0, 2.0], [2.0, 1.0]])
    with pytest.raises(ValueError, match="at least 3"):
        exact_covariance_points(2, np.random.default_rng(0))


def test_decision_preset_flips_far_off_data_not_centred_data():
    p = apply_preset(PcaParams(), "Decision line: centred vs not")
    figs = SPEC.build(p)
    fig = figs[0]
    assert fig.name == "decision"  # the preset's view is the main figure
    (table,) = fig.tables
    rows = {row[0]: row for row in table.rows()}
    off, cen = rows["original"][3], rows["centred"][3]
    # Independent estimate: the line turns about the origin, so at the cloud (distance R) it moves by
    # about R·tan θ, and a unit Gaussian cloud loses P(0 < N(0, 1) < R·tan θ) of its points.
    r = math.hypot(p.mean_x, p.mean_y)
    expected = 0.5 * math.erf(r * math.tan(math.radians(p.tilt_deg)) / math.sqrt(2))
    assert off == pytest.approx(expected, abs=0.06)
    assert cen == pytest.approx(p.tilt_deg / 180, abs=0.02)  # a round cloud: a wedge of θ/180°
    assert off > 5 * cen
    assert f"{100 * off:.1f}% flip" in fig.axes[0].title


def test_decision_figure_with_no_tilt_flips_nothing():
    pts = np.random.default_rng(3).standard_normal((50, 2)) + 4
    fig = decision_figure(pts, np.arange(50), 0.0)
    assert [row[2] for row in fig.tables[0].rows()] == [0, 0]


def test_training_only_statistics_preset():
    r = analyse_params(apply_preset(PcaParams(), "Training statistics only"))
    assert r.test.size == r.train.size == 100
    train, test = r.stages[3].points[r.train], r.stages[3].points[r.test]
    assert np.cov(train.T, bias=True) == pytest.approx(np.eye(2), abs=1e-3)  # white: its own statistics
    assert not np.allclose(np.cov(test.T, bias=True), np.eye(2), atol=0.02)  # only approximately white


def test_patch_preset_makes_the_spectrum_the_main_figure():
    p = apply_preset(PcaParams(), "Patches: what top-k keeps")
    assert SPEC.build(p)[0].name == "patches"


def test_decision_lines_are_clipped_to_the_view_and_go_through_the_mean():
    fig = SPEC.build(apply_preset(PcaParams(), "Decision line: centred vs not"))[0]
    for ax in fig.axes:
        for key in ("line", "tilted"):
            line = next(i for i in ax.items if getattr(i, "key", "") == key)
            assert np.all((line.x >= ax.xlim[0] - 1e-9) & (line.x <= ax.xlim[1] + 1e-9))
            assert np.all((line.y >= ax.ylim[0] - 1e-9) & (line.y <= ax.ylim[1] + 1e-9))
            assert np.hypot(np.diff(line.x), np.diff(line.y))[0] > 0.5 * (ax.xlim[1] - ax.xlim[0])
    off = fig.axes[0]
    line = next(i for i in off.items if getattr(i, "key", "") == "line")
    kept, flipped = (next(i for i in off.items if getattr(i, "key", "") == k) for k in ("kept", "flipped"))
    mean = np.array([np.r_[kept.x, flipped.x].mean(), np.r_[kept.y, flipped.y].mean()])
    (dx, dy), (mx, my) = (line.x[1] - line.x[0], line.y[1] - line.y[0]), mean - (line.x[0], line.y[0])
    assert abs(dx * my - dy * mx) / math.hypot(dx, dy) < 1e-9  # the mean lies on the untilted line
