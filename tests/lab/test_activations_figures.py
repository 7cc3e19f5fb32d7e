"""The exported figures, tables, params and spec of the activation panel (no Qt)."""

from __future__ import annotations

import csv
import io
import math
import subprocess
import sys

import numpy as np
import pytest

from lab import params as lp
from lab.activations.figures import build, compute_statistics_views, curves_axes
from lab.activations.functions import FUNCTIONS as FUNCTIONS_ALL
from lab.activations.params import ActivationParams
from lab.activations.zigzag import zigzag_path
from lab.figures.spec import Band, Line, Span
from lab.figures.tables import table_to_csv
from lab.registry import load_spec


def _tables(fig):
    return {t.name: t for t in fig.tables}


def test_spec_is_registered_and_qt_free() -> None:
    spec = load_spec("activations")
    assert spec.id == "activations" and spec.params_type is ActivationParams
    assert "0.25" in spec.notice and "dead" in spec.notice
    code = ("import sys, lab.activations.spec, lab.activations.figures, lab.activations.cost; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph', 'superqt', 'ui'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_curves_csv_is_tidy_and_exact() -> None:
    p = ActivationParams(functions=("sigmoid", "relu"), n_points=101, x_range=5.0)
    fig = build(p)[0]
    table = _tables(fig)["curves"]
    assert table.columns == ("function", "x", "f", "df")
    assert table.n_rows == 2 * 101
    rows = list(csv.DictReader(io.StringIO(table_to_csv(table))))
    by_key = {(r["function"], float(r["x"])): r for r in rows}
    sig5 = by_key[("sigmoid", 5.0)]
    assert float(sig5["df"]) == pytest.approx(6.648056670790156e-3, rel=1e-15)
    assert float(by_key[("relu", 0.0)]["df"]) == 0.0


def test_statistics_table_has_one_row_per_function_and_says_how() -> None:
    p = ActivationParams(functions=("sigmoid", "elu"))
    stats = {r[0]: r for r in _tables(build(p)[0])["statistics"].rows()}
    cols = _tables(build(p)[0])["statistics"].columns
    elu = dict(zip(cols, stats["elu"], strict=True))
    assert round(elu["mean"], 4) == 0.1605 and elu["method"] == "closed form"
    assert dict(zip(cols, stats["sigmoid"], strict=True))["method"] == "quadrature"


def test_cost_table_is_relative_to_relu() -> None:
    cost = _tables(build(ActivationParams())[0])["cost"]
    rel = {r[0]: r[3] for r in cost.rows()}
    assert rel["relu"] == 1.0 and len(rel) == 10
    assert all(math.isfinite(v) and v > 0 for v in rel.values())


def test_build_is_deterministic_apart_from_the_cost_table() -> None:
    p = ActivationParams(seed=7)
    a, b = build(p), build(p)
    assert [f.name for f in a] == ["overview", "curves", "distribution", "depth", "zigzag"]
    for fa, fb in zip(a, b, strict=True):
        for ax_a, ax_b in zip(fa.axes, fb.axes, strict=True):
            for ia, ib in zip(ax_a.items, ax_b.items, strict=True):
                assert ia.key == ib.key
                for attr in ("x", "y", "counts", "y_low"):
                    if hasattr(ia, attr):
                        np.testing.assert_array_equal(getattr(ia, attr), getattr(ib, attr))
    tables_a = {t.name: t.data for t in a[0].tables if t.name != "cost"}
    tables_b = {t.name: t.data for t in b[0].tables if t.name != "cost"}
    assert tables_a == tables_b


def test_curves_view_shows_dead_region_and_saturation() -> None:
    ax = curves_axes(ActivationParams(functions=("sigmoid", "relu"), threshold=0.01))
    dead = [i for i in ax.items if isinstance(i, Span) and i.key == "dead:relu"]
    assert len(dead) == 1 and dead[0].stop == 0.0
    bands = [i for i in ax.items if isinstance(i, Band)]
    assert {b.key for b in bands} == {"sat:sigmoid:0", "sat:sigmoid:1"}
    assert max(bands[0].x) == pytest.approx(-4.584863339, abs=1e-8)
    dashed = [i for i in ax.items if isinstance(i, Line) and i.style == "dashed"]
    assert {i.key for i in dashed} == {"df:sigmoid", "df:relu"}


def test_depth_table_sigmoid_shrinks_faster_than_quarter_power() -> None:
    depth = _tables(build(ActivationParams(functions=("sigmoid", "relu"), depth=20))[0])["depth"]
    sig = [r[2] for r in depth.rows() if r[0] == "sigmoid"]
    assert len(sig) == 20 and all(v <= 0.25**n for n, v in enumerate(sig, start=1))


def test_distribution_marks_the_exact_means() -> None:
    views = compute_statistics_views(ActivationParams(functions=("sigmoid", "tanh")))
    means = {i.key: float(i.x[0]) for i in views.distribution.items if i.key.startswith("mean:")}
    rules = [i for i in views.distribution.items if i.key.startswith("mean:")]
    assert all(i.x[0] == i.x[1] and i.y[0] == 0.0 < i.y[1] for i in rules)  # vertical rules from the axis up
    assert means["mean:sigmoid"] == pytest.approx(0.5, abs=1e-14)
    assert means["mean:tanh"] == pytest.approx(0.0, abs=1e-14)


def test_zigzag_positive_inputs_only_move_along_the_diagonals() -> None:
    pos = zigzag_path("positive", np.random.default_rng(0), steps=50)
    steps = np.diff(pos.path, axis=0)
    assert pos.same_sign_share == 1.0 and np.all(steps[:, 0] * steps[:, 1] > 0)
    centred = zigzag_path("centred", np.random.default_rng(0), steps=50)
    assert 0.2 < centred.same_sign_share < 0.8
    batched = zigzag_path("positive", np.random.default_rng(0), steps=50, batch=64)
    assert batched.same_sign_share < 0.5  # mini-batch averaging softens the constraint
    with pytest.raises(ValueError):
        zigzag_path("negative", np.random.default_rng(0))


def test_params_validation_and_cli_parsing() -> None:
    info = {i.name: i for i in lp.infos(ActivationParams)}
    assert lp.parse_text(info["functions"], "relu,elu") == ("relu", "elu")
    with pytest.raises(ValueError, match="twice"):
        ActivationParams(functions=("relu", "relu"))
    with pytest.raises(ValueError, match="slope"):
        ActivationParams(slope=1.5)
    with pytest.raises(ValueError, match="sigma"):
        ActivationParams(sigma=math.nan)
    p, problems = lp.from_dict(ActivationParams, {"alpha": 99.0, "mu": 1.0}, strict=False)
    assert p.mu == 1.0 and p.alpha == 1.0 and problems


@pytest.mark.parametrize("changes", [
    dict(functions=()), dict(mu=-10.0, sigma=0.01), dict(mu=10.0, sigma=10.0), dict(x_range=50.0, n_points=11),
    dict(threshold=0.99, slope=0.0), dict(threshold=1e-6, alpha=5.0), dict(depth=1, bins=5, n_samples=100),
    dict(functions=tuple(ActivationParams.__dataclass_fields__["functions"].metadata["lab_param"]["choices"])),
])
def test_extreme_params_build_finite_figures(changes) -> None:
    figs = build(lp.replace(ActivationParams(), **changes))
    for ax in figs[0].axes:
        for item in ax.items:
            for attr in ("x", "y", "counts"):
                if isinstance(getattr(item, attr, None), np.ndarray):
                    assert np.all(np.isfinite(getattr(item, attr))), (ax.key, item.key)


@pytest.mark.parametrize("changes", [dict(), dict(functions=tuple(FUNCTIONS_ALL), mu=-3.0, sigma=0.05)])
def test_slides_render_without_layout_warnings(tmp_path, changes) -> None:
    from lab.figures.render import render

    figs = build(lp.replace(ActivationParams(), **changes))
    for fig in (figs[0], figs[1]):  # the crowded overview and the main curves slide
        path = render(fig, tmp_path / f"{fig.name}.png", width_px=1920, height_px=1080, dpi=200)
        assert path.stat().st_size > 20_000
