"""The depth experiment against the lecture's numbers, closed forms and finite differences."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from scipy.special import ndtr

from lab.init import draws
from lab.init.config import DepthConfig
from lab.init.experiment import run_compare, run_depth, run_to_end
from lab.init.schemes import SchemeSettings

LECTURE_XAVIER_TANH = [0.628, 0.486, 0.407, 0.357, 0.321, 0.294, 0.273, 0.255, 0.241, 0.228]
LECTURE_SMALL_TANH = [0.2135, 0.0476, 0.0106, 0.00237, 5.3e-4, 1.2e-4, 2.7e-5, 6e-6, 1e-6]
LARGE = SchemeSettings(sigma_large=1.0)


def run(**kw):
    return run_to_end(run_depth(DepthConfig(**kw)))


def stds(result):
    return np.array([s.std for s in result.layers])


def test_xavier_tanh_layer_one_tight_and_deeper_layers_averaged():
    first = run(scheme="xavier", activation="tanh", depth=1, backward=False)
    assert first.layers[0].std == pytest.approx(0.62793, abs=0.003)  # the classic 1000 × 500 set-up
    avg = np.mean([stds(run(scheme="xavier", depth=10, batch=300, seed=s, backward=False)) for s in range(3)], axis=0)
    assert avg == pytest.approx(LECTURE_XAVIER_TANH, abs=0.01)


def test_small_gaussian_tanh_collapses_and_gradients_vanish():
    r = run(scheme="small_gaussian", activation="tanh")
    measured = stds(r)
    assert measured[0] == pytest.approx(0.2135, rel=0.01)
    # deeper layers: tanh is linear here, so each layer multiplies the std by √500·0.01 = 0.2236
    assert measured[2:10] / measured[1:9] == pytest.approx([math.sqrt(500) * 0.01] * 8, rel=0.02)
    for got, want in zip(measured[1:9], LECTURE_SMALL_TANH[1:], strict=True):
        assert got == pytest.approx(want, rel=0.35)  # the lecture prints one or two digits
    assert measured[9] < 1e-6
    grads = r.grad_by_layer()
    assert grads[1].act_std < 1e-5 * grads[10].act_std  # ∂L/∂h shrinks on the way back
    assert max(g.weight_std for g in r.grads) < 1e-6  # ∂L/∂W ~ 0: nothing learns


def test_large_gaussian_tanh_saturates_everywhere():
    r = run(scheme="large_gaussian", settings=LARGE, activation="tanh", batch=400, depth=6)
    assert stds(r) == pytest.approx([0.98] * 6, abs=0.005)
    for s in r.layers:
        assert 0.91 < s.saturated < 0.94  # "about 92 % of units have |h| > 0.97"
    assert max(g.local_grad for g in r.grads) < 0.07  # local gradients ~0


def test_sigmoid_saturation_threshold():
    r = run(scheme="large_gaussian", settings=LARGE, activation="sigmoid", depth=1, backward=False)
    # |σ(z) − 0.5| > 0.47  <=>  |z| > ln(0.97/0.03), with z ~ N(0, 500)
    expected = 2 * ndtr(-math.log(0.97 / 0.03) / math.sqrt(500))
    assert r.layers[0].saturated == pytest.approx(expected, abs=0.004)


def test_xavier_relu_halves_the_variance():
    first = run(scheme="xavier", activation="relu", depth=1, backward=False).layers[0]
    assert first.mean == pytest.approx(1 / math.sqrt(2 * math.pi), abs=0.003)  # 0.3989
    assert first.std == pytest.approx(math.sqrt(0.5 - 0.5 / math.pi), abs=0.003)  # 0.5838
    avg = np.mean([stds(run(scheme="xavier", activation="relu", depth=4, batch=300, seed=s, backward=False))
                   for s in range(3)], axis=0)
    assert avg[1:] == pytest.approx([0.414, 0.295, 0.208], rel=0.06)


def test_kaiming_relu_layer_one_exact_values():
    r = run(scheme="kaiming_normal", activation="relu", depth=6)
    first = r.layers[0]
    assert first.mean == pytest.approx(1 / math.sqrt(math.pi), abs=0.003)  # 0.5642
    assert first.std == pytest.approx(math.sqrt(1 - 1 / math.pi), abs=0.004)  # 0.8256
    assert first.dead == pytest.approx(0.5, abs=0.005)  # half the units are exactly zero
    assert first.pre_std == pytest.approx(math.sqrt(2.0), rel=0.01)
    # the scale stays roughly constant (deep layers wander from seed to seed)
    assert stds(r) == pytest.approx([0.8256] * 6, rel=0.3)
    assert [g.act_std for g in r.grads] == pytest.approx([1.0] * 6, rel=0.3)


def test_compare_uses_the_same_input_and_base_weights():
    a, b = run_to_end(run_compare(DepthConfig(scheme="xavier", activation="relu", depth=1, batch=100), "kaiming_normal"))
    # Kaiming's weights are √2 × Xavier's on the same base draw, so every pre-activation is too.
    assert b.layers[0].pre_std / a.layers[0].pre_std == pytest.approx(math.sqrt(2), rel=1e-5)
    assert a.bins == b.bins


def test_overflow_at_depth_50_is_reported_not_warned():
    r = run(scheme="large_gaussian", settings=LARGE, activation="relu", depth=50, batch=100)
    # pre-activation rms √500·√250^(l−1) passes float32's 3.4e38 around layer 31–32
    assert r.exploded_in == "forward"
    assert 29 <= r.exploded_at <= 33
    assert f"exploded to inf at layer {r.exploded_at}" in r.message
    assert len(r.layers) == r.exploded_at - 1
    assert all(math.isfinite(s.std) and math.isfinite(s.mean) for s in r.layers)
    assert r.grads == ()


def test_generator_yields_per_layer_and_can_be_cancelled():
    gen = run_depth(DepthConfig(depth=5, width=50, batch=40))
    first = next(gen)
    assert (first.stage, first.layer, first.step, first.total) == ("forward", 1, 1, 10)
    assert first.forward is not None and first.forward.layer == 1
    gen.close()  # what the worker does when a slider moves
    with pytest.raises(StopIteration):
        next(gen)
    events = list(run_depth(DepthConfig(depth=3, width=20, batch=20)))
    assert [(e.stage, e.layer) for e in events] == [
        ("forward", 1), ("forward", 2), ("forward", 3), ("backward", 3), ("backward", 2), ("backward", 1),
    ]


def test_seeded_and_deterministic():
    cfg = DepthConfig(depth=3, width=40, batch=30, seed=7)
    draws.clear_cache()
    a, b = run_to_end(run_depth(cfg)), run_to_end(run_depth(cfg))
    assert [s.std for s in a.layers] == [s.std for s in b.layers]
    assert [g.weight_std for g in a.grads] == [g.weight_std for g in b.grads]
    c = run_to_end(run_depth(dataclasses.replace(cfg, seed=8)))
    assert [s.std for s in a.layers] != [s.std for s in c.layers]


def test_histograms_share_bins_and_count_everything():
    r = run(scheme="kaiming_normal", activation="relu", depth=4, width=64, batch=50)
    total = 50 * 64
    for s in r.layers:
        assert int(s.counts.sum()) + s.below + s.above == total
        assert s.below == 0  # ReLU outputs are never negative
    assert r.bins.lo == 0.0
    assert len(r.bins.edges) == len(r.layers[0].counts) + 1


def test_gradients_match_finite_differences():
    """dL/dW and dL/dh for L = mean_i <g_i, h_L,i>, recomputed in float64 by central differences."""
    cfg = DepthConfig(scheme="xavier", activation="tanh", depth=2, width=10, batch=12, seed=3)
    r = run_to_end(run_depth(cfg))
    x = draws.network_input(3, "normal", (12, 10)).astype(np.float64)
    w1 = draws.standard_normal(3, draws.STREAM_NORMAL, 1, (10, 10)).astype(np.float64) / np.float32(math.sqrt(10))
    w2 = draws.standard_normal(3, draws.STREAM_NORMAL, 2, (10, 10)).astype(np.float64) / np.float32(math.sqrt(10))
    g = draws.standard_normal(3, draws.STREAM_UPSTREAM, 0, (12, 10)).astype(np.float64)

    def loss(a, b, h1_shift=None):
        h1 = np.tanh(x @ a)
        if h1_shift is not None:
            h1 = h1 + h1_shift
        return float(np.sum(g * np.tanh(h1 @ b))) / 12

    eps = 1e-6
    d1 = np.zeros_like(w1)
    for idx in np.ndindex(w1.shape):
        e = np.zeros_like(w1)
        e[idx] = eps
        d1[idx] = (loss(w1 + e, w2) - loss(w1 - e, w2)) / (2 * eps)
    dh1 = np.zeros((12, 10))
    for idx in np.ndindex(dh1.shape):
        e = np.zeros((12, 10))
        e[idx] = eps
        dh1[idx] = 12 * (loss(w1, w2, e) - loss(w1, w2, -e)) / (2 * eps)  # per-example gradient
    grads = r.grad_by_layer()
    assert grads[1].weight_std == pytest.approx(float(d1.std()), rel=1e-4)
    assert grads[1].act_std == pytest.approx(float(dh1.std()), rel=1e-4)
    assert grads[2].act_std == pytest.approx(float(g.std()), rel=1e-6)


def test_zeros_init_learns_nothing():
    r = run(scheme="zeros", activation="relu", depth=3, width=20, batch=20)
    assert all(s.std == 0.0 and s.dead == 1.0 for s in r.layers)
    assert all(g.weight_std == 0.0 for g in r.grads)


def test_positive_input_has_the_same_second_moment():
    # |N(0,1)| has E[x²] = 1 like N(0,1), so zero-mean weights give the same pre-activation scale
    # in expectation; for one weight draw the (Σ_i w_ij)²·E[x]² term wanders by a few %.
    def pre_std(kind, seed):
        return run(scheme="kaiming_normal", activation="relu", depth=1, batch=200, backward=False,
                   input_kind=kind, seed=seed).layers[0].pre_std

    positive = np.mean([pre_std("positive", s) for s in range(6)])
    assert positive == pytest.approx(math.sqrt(2.0), rel=0.03)
    assert np.mean([pre_std("normal", s) for s in range(6)]) == pytest.approx(math.sqrt(2.0), rel=0.02)


@pytest.mark.parametrize(
    ("kw", "match"),
    [
        ({"depth": 0}, "depth"),
        ({"width": 5000}, "width"),
        ({"scheme": "he"}, "unknown init scheme"),
        ({"activation": "swish"}, "unknown activation"),
        ({"input_kind": "pixels"}, "input kind"),
        ({"depth": 50, "width": 4096, "batch": 10000}, "GB"),
    ],
)
def test_bad_configs_raise_clear_errors(kw, match):
    with pytest.raises(ValueError, match=match):
        DepthConfig(**kw)


def test_results_do_not_depend_on_which_thread_draws_or_in_what_order():
    cfg = DepthConfig(depth=4, width=60, batch=50, seed=9, activation="relu", scheme="kaiming_normal")
    draws.clear_cache()
    cold = run_to_end(run_depth(cfg))  # each layer's weights drawn by the helper thread during the run
    draws.clear_cache()
    for layer in range(cfg.depth, 0, -1):  # drawn here, last layer first, before the run
        draws.standard_normal(cfg.seed, draws.STREAM_NORMAL, layer, cfg.weight_shape)
    ahead = run_to_end(run_depth(cfg))
    for one, two in ((cold, ahead), (cold, run_to_end(run_depth(cfg)))):  # and all from the cache
        assert [s.std for s in one.layers] == [s.std for s in two.layers]
        assert all(np.array_equal(a.counts, b.counts) for a, b in zip(one.layers, two.layers, strict=True))
        assert [g.weight_std for g in one.grads] == [g.weight_std for g in two.grads]


def test_forward_and_backward_layer_match_closed_forms():
    """The public one-layer API (reused by the training panel): z = h·W + b, and for a linear
    layer ∂L/∂W = hᵀ·g / batch and ∂L/∂h = g·Wᵀ."""
    from lab.init.experiment import backward_layer, forward_layer

    rng = np.random.default_rng(0)
    h = rng.standard_normal((8, 5)).astype(np.float32)
    w = rng.standard_normal((5, 5)).astype(np.float32)
    g = rng.standard_normal((8, 5)).astype(np.float32)
    cfg = DepthConfig(activation="linear", width=10, batch=10, bias=0.5)
    np.testing.assert_allclose(forward_layer(cfg, h, w), h.astype(np.float64) @ w + 0.5, rtol=1e-5, atol=1e-5)
    out = forward_layer(cfg, h, w)
    grads = backward_layer(cfg, h, out, w, g)
    np.testing.assert_allclose(grads.weights, h.T.astype(np.float64) @ g / 8, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(grads.below, g.astype(np.float64) @ w.T, rtol=1e-5, atol=1e-5)
    assert grads.local_mean == 1.0
    assert backward_layer(cfg, h, out, w, g, need_below=False).below is None
