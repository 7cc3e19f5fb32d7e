"""The training view: gradients against finite differences, the data sets, and the lecture's claims."""

from __future__ import annotations

import csv
import dataclasses
import math

import numpy as np
import pytest

from lab import params as lp
from lab.export import ExportOptions, export_figures
from lab.train import data, mlp
from lab.train.compute import compute, run_keys, train
from lab.train.params import MAX_RUNS, PRESETS, TrainParams, preset
from lab.train.spec import SPEC

SEEDS = (0, 1, 7)


# --- the network ---------------------------------------------------------------------------
def _tiny_net(activation: str, rng: np.random.Generator) -> mlp.Net:
    sizes = mlp.layer_sizes(3, 6, 3, 4)
    net = mlp.init_net(sizes, mlp.base_draws(sizes, rng), "lecun_normal", activation)
    biases = tuple(0.1 * rng.standard_normal(b.shape) for b in net.biases)
    return dataclasses.replace(net, biases=biases)


@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid", "leaky_relu", "elu", "gelu", "selu"])
def test_gradients_match_central_finite_differences(activation):
    rng = np.random.default_rng(3)
    net = _tiny_net(activation, rng)
    x = rng.standard_normal((7, 3))
    y = rng.integers(0, 4, 7)
    _, grad_w, grad_b = mlp.loss_and_grads(net, x, y)
    h = 1e-6
    for params, grads in ((net.weights, grad_w), (net.biases, grad_b)):
        for p, g in zip(params, grads, strict=True):
            numeric = np.empty_like(p)
            for idx in np.ndindex(p.shape):
                old = p[idx]
                p[idx] = old + h
                up = mlp.loss_and_grads(net, x, y)[0]
                p[idx] = old - h
                down = mlp.loss_and_grads(net, x, y)[0]
                p[idx] = old
                numeric[idx] = (up - down) / (2 * h)
            assert g.shape == p.shape
            np.testing.assert_allclose(g, numeric, rtol=1e-5, atol=1e-8)


def test_softmax_cross_entropy_closed_forms():
    loss, grad = mlp.softmax_cross_entropy(np.zeros((5, 3)), np.array([0, 1, 2, 0, 1]))
    assert loss == pytest.approx(math.log(3), rel=1e-15)  # chance level: ln k
    np.testing.assert_allclose(grad.sum(axis=1), 0.0, atol=1e-16)
    # huge logits stay finite: −log softmax of the right class → 0, of a wrong one → the gap
    loss, _ = mlp.softmax_cross_entropy(np.array([[1000.0, 0.0]]), np.array([1]))
    assert loss == pytest.approx(1000.0)


def test_sgd_step_moves_against_the_gradient():
    rng = np.random.default_rng(0)
    net = _tiny_net("tanh", rng)
    x, y = rng.standard_normal((20, 3)), rng.integers(0, 4, 20)
    before, gw, gb = mlp.loss_and_grads(net, x, y)
    mlp.sgd_step(net, gw, gb, 1e-3)
    assert mlp.loss_and_grads(net, x, y)[0] < before


# --- the data sets --------------------------------------------------------------------------
def test_spiral_is_the_cs231n_spiral():
    got = data.spiral(50, np.random.default_rng(5), classes=3, noise=0.2)
    rng = np.random.default_rng(5)  # the notes' loop, written out independently
    for j in range(3):
        r = np.linspace(0.0, 1, 50)
        t = np.linspace(j * 4, (j + 1) * 4, 50) + rng.standard_normal(50) * 0.2
        np.testing.assert_allclose(got.x[50 * j : 50 * (j + 1)], np.c_[r * np.sin(t), r * np.cos(t)], rtol=0, atol=0)
        assert np.all(got.y[50 * j : 50 * (j + 1)] == j)


def test_moons_and_xor_labels():
    m = data.moons(40, np.random.default_rng(1), noise=0.0)
    assert m.classes == 2 and m.x.shape == (80, 2)
    np.testing.assert_allclose(np.hypot(*m.x[m.y == 0].T), 1.0)  # outer moon: the unit half circle
    np.testing.assert_allclose(np.hypot(m.x[m.y == 1, 0] - 1, m.x[m.y == 1, 1] - 0.5), 1.0)
    xo = data.xor_blobs(101, np.random.default_rng(2), noise=0.1)
    assert xo.x.shape == (202, 2)
    assert np.array_equal(xo.y, (np.sign(xo.x[:, 0]) != np.sign(xo.x[:, 1])).astype(int))


def test_input_kinds_keep_the_points_and_move_the_mean():
    d = data.spiral(30, np.random.default_rng(0))
    c, p = data.prepare_inputs(d.x, "centred"), data.prepare_inputs(d.x, "positive")
    np.testing.assert_allclose(c.mean(axis=0), 0.0, atol=1e-15)
    assert p.min() == pytest.approx(data.POSITIVE_MARGIN) and np.all(p > 0)
    np.testing.assert_allclose(p - c, (p - c)[0] + np.zeros_like(c), atol=1e-14)  # a pure shift
    with pytest.raises(ValueError, match="input kind"):
        data.prepare_inputs(d.x, "whitened")
    with pytest.raises(ValueError, match="data set"):
        data.make_dataset("circles", 10, np.random.default_rng(0))


# --- the runs -------------------------------------------------------------------------------
QUICK = {"steps": 60, "n_per_class": 30, "width": 12, "depth": 2}


def test_runs_are_reproducible_from_the_seed_and_share_data():
    p = TrainParams(activations=("relu", "tanh"), schemes=("glorot_normal",), **QUICK)
    a, b = compute(p), compute(p)
    for ra, rb in zip(a.runs, b.runs, strict=True):
        assert np.array_equal(ra.loss, rb.loss) and np.array_equal(ra.accuracy, rb.accuracy)
    other = compute(dataclasses.replace(p, seed=1))
    assert not np.array_equal(other.runs[0].loss, a.runs[0].loss)
    # every run starts from the same data; with the same weights ReLU and tanh start near ln 3
    assert a.runs[0].loss[0] == pytest.approx(math.log(3), abs=0.15)


def test_progress_reaches_the_end_and_can_be_cancelled():
    p = TrainParams(activations=("relu", "tanh"), schemes=("glorot_normal",), **QUICK)
    fractions = [pr.fraction for pr in train(p)]
    assert fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0)
    gen = train(p)
    first = next(gen)
    assert first.run == 0 and first.step == 0 and first.partial.steps.tolist() == [0]
    gen.close()  # cancelling stops the work without an error


def test_a_diverging_run_is_reported_without_warnings():
    p = TrainParams(activations=("leaky_relu",), schemes=("large_gaussian",), sigma_large=5.0, lr=10.0, **QUICK)
    run = compute(p).runs[0]
    assert run.diverged_at is not None and np.isfinite(run.loss[:-1]).all()
    figs = SPEC.build(p)  # still draws (warnings are errors under pytest)
    assert "diverged" in " ".join(t.text for ax in figs[1].axes for t in ax.items if hasattr(t, "text"))


def test_params_validation():
    with pytest.raises(ValueError, match="twice"):
        TrainParams(activations=("relu", "relu"))
    with pytest.raises(ValueError, match="at least one"):
        TrainParams(inputs=())
    with pytest.raises(ValueError, match="runs"):
        TrainParams(activations=("relu", "tanh", "sigmoid", "elu"), schemes=("glorot_normal", "kaiming_normal"),
                    inputs=("centred", "positive"))
    with pytest.raises(ValueError, match="lr"):
        TrainParams(lr=float("nan"))
    info = {i.name: i for i in lp.infos(TrainParams)}
    assert lp.parse_text(info["schemes"], "xavier,kaiming_normal") == ("xavier", "kaiming_normal")
    assert len(run_keys(TrainParams())) <= MAX_RUNS
    for item in PRESETS:
        assert len(run_keys(preset(item.name))) <= MAX_RUNS


# --- the lecture's claims, on the default seed and others -------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_small_init_does_not_learn_while_glorot_and_kaiming_do(seed):
    result = compute(dataclasses.replace(preset("Small init does not learn"), seed=seed))
    for run in result.runs:
        if run.key.scheme == "small_gaussian":
            assert run.final_loss > 0.97 * math.log(3) and run.steps_to_target is None
            assert run.final_accuracy < 0.45
        else:
            assert run.final_loss < 0.4 and run.steps_to_target is not None and run.final_accuracy > 0.85


@pytest.mark.parametrize("seed", SEEDS)
def test_relu_reaches_the_target_in_fewer_steps_than_tanh_and_sigmoid(seed):
    result = compute(dataclasses.replace(preset("ReLU vs tanh vs sigmoid"), seed=seed))
    s2t = {r.key.activation: r.steps_to_target for r in result.runs}
    steps = result.params.steps
    assert s2t["relu"] is not None
    assert s2t["relu"] < (s2t["tanh"] or steps + 1) < (s2t["sigmoid"] or steps + 1) or s2t["sigmoid"] is None
    assert s2t["tanh"] is None or s2t["relu"] < s2t["tanh"]
    assert s2t["sigmoid"] is None or s2t["relu"] < s2t["sigmoid"]


@pytest.mark.parametrize("seed", SEEDS)
def test_zero_centred_inputs_train_faster_than_all_positive(seed):
    result = compute(dataclasses.replace(preset("Zero-centred vs all-positive inputs"), seed=seed))
    by = {(r.key.activation, r.key.inputs): r for r in result.runs}
    for act in ("relu", "tanh"):
        centred, positive = by[(act, "centred")], by[(act, "positive")]
        assert centred.steps_to_target is not None
        assert positive.steps_to_target is None or positive.steps_to_target > centred.steps_to_target
        # and the whole curve lies lower: its mean over the run (the final value alone is SGD noise)
        assert centred.loss.mean() < 0.8 * positive.loss.mean()


# --- export ---------------------------------------------------------------------------------
def test_export_writes_the_training_curves_csv(tmp_path):
    p = TrainParams(activations=("relu", "sigmoid"), schemes=("glorot_normal",), inputs=("centred", "positive"),
                    **QUICK)
    figures = SPEC.build(p)
    assert [f.name for f in figures] == ["training", "regions", "steps-to-target"]
    paths = export_figures("train", figures, tmp_path, ExportOptions(formats=("png", "csv"), width_px=640,
                                                                     height_px=360, dpi=100))
    curves = tmp_path / "train-training-curves.csv"
    assert curves in paths and (tmp_path / "train-training.png").stat().st_size > 0
    with open(curves, newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["run", "activation", "scheme", "input", "step", "loss", "accuracy"]
    assert len(rows) - 1 == 4 * (QUICK["steps"] + 1)  # record_every = 1 for 60 steps
    assert p.record_every == 1 and TrainParams(steps=800).record_every == 8
    assert {r[3] for r in rows[1:]} == {"centred", "positive"}
    assert rows[1][4] == "0" and float(rows[1][5]) == pytest.approx(math.log(3), abs=0.3)


def test_cli_exports_the_train_panel(tmp_path, capsys):
    from lab.cli import run_export

    code = run_export(["--panel", "train", "--format", "csv", "--out", str(tmp_path), "--set", "train.steps=20",
                       "--set", "train.activations=relu", "--set", "train.schemes=kaiming_normal"])
    assert code == 0
    assert (tmp_path / "train-training-curves.csv").exists()


@pytest.mark.parametrize("seed", SEEDS)
def test_with_pytorch_gains_tanh_catches_up_with_relu(seed):
    # what the notice says: the ReLU advantage above is for the same weights; with each
    # activation's calculate_gain (ReLU √2, tanh 5/3) tanh is as fast on this small problem
    p = dataclasses.replace(preset("ReLU vs tanh vs sigmoid"), gain_mode="activation", seed=seed)
    s2t = {r.key.activation: r.steps_to_target for r in compute(p).runs}
    assert s2t["relu"] is not None and s2t["tanh"] is not None and s2t["sigmoid"] is None
    assert abs(s2t["tanh"] - s2t["relu"]) <= 0.3 * s2t["relu"]


def test_decision_regions_agree_with_the_net_and_work_mid_run():
    from lab.train.figures import decision_regions, region_axes, region_bounds

    p = TrainParams(activations=("relu",), schemes=("kaiming_normal",), **QUICK)
    result = compute(p)
    run = result.runs[0]
    scores = mlp.logits(run.net, result.data.x + run.offset)
    assert run.final_accuracy == pytest.approx(float(np.mean(scores.argmax(axis=1) == result.data.y)))
    bounds = (-1.0, 1.0, -0.5, 0.5)
    grid = decision_regions(run, bounds, n=5)
    # row 0 is y0 and column 0 is x0: the raster's corners are the bounds' corners
    corners = np.array([[-1.0, -0.5], [1.0, -0.5], [-1.0, 0.5], [1.0, 0.5]]) + run.offset
    want = mlp.logits(run.net, corners).argmax(axis=1)
    assert [grid[0, 0], grid[0, -1], grid[-1, 0], grid[-1, -1]] == want.tolist()
    gen = train(p)
    for _ in range(10):
        progress = next(gen)
    gen.close()
    ax = region_axes(progress.partial, result.data, "mid-run", key="r", color=0, style="solid", row=0, col=0)
    assert ax.items[0].data.shape == (96, 96, 3) and ax.xlim == region_bounds(result.data)[:2]


def test_figures_of_a_comparison_still_running():
    from lab.train.compute import TrainResult, dataset
    from lab.train.figures import regions_figure, steps_figure, training_figure

    p = TrainParams(activations=("relu", "tanh"), schemes=("glorot_normal",), **QUICK)
    gen = train(p)
    progress = [next(gen) for _ in range(QUICK["steps"] + 5)]  # run 0 done, run 1 under way
    gen.close()
    assert progress[-1].run == 1
    done = TrainResult(p, dataset(p), (progress[QUICK["steps"]].partial, progress[-1].partial))
    fig = training_figure(done)
    assert [ln.x.size for ln in fig.axes_by_key("loss").items if getattr(ln, "key", "").startswith("loss:")] == [
        QUICK["steps"] + 1, 4]  # 61 records of run 0, then steps 0..3 of run 1
    assert len(regions_figure(done).axes) == 2 and steps_figure(done).tables[0].n_rows == 2


def test_end_labels_stay_at_their_lines_unless_crowded():
    """Labels pushed down by the ceiling move only the labels they would meet (the lone ones stay put)."""
    import math

    from lab.figures.placement import spread_labels

    top = math.log10(1.1)
    values = [top, top, top, top, math.log10(0.07), math.log10(0.05)]
    placed = spread_labels(values, gap=0.1, ceiling=0.05)
    assert placed[4] == values[4] and placed[5] == values[5]  # 0.146 apart already: not moved
    crowded = sorted(placed[:4])
    assert max(crowded) <= 0.05 + 1e-12
    assert all(b - a >= 0.1 - 1e-12 for a, b in zip(crowded, crowded[1:], strict=False))
    assert min(crowded) - placed[4] >= 0.1 - 1e-12  # and they keep clear of the lower labels
