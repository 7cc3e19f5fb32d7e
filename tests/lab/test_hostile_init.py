"""Hostile input, init panel: every corner of the parameter box gives finite numbers or a named explosion."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lab import params as lp
from lab.activations.float32 import ACTIVATIONS
from lab.init.predict import _exp_below_zero, predict_layers
from lab.init.schemes import SCHEMES
from lab.init.spec import InitParams, build, run

INFOS = {i.name: i for i in lp.infos(InitParams)}


def corner(name: str) -> st.SearchStrategy[float]:
    """The two ends of a parameter's declared range (and 0 where it is inside)."""
    info = INFOS[name]
    values = [info.lo, info.hi] + ([0.0] if info.lo < 0 < info.hi else [])
    return st.sampled_from(values)


def _check(result, depth: int) -> None:
    for s in result.layers:
        for v in (s.pre_mean, s.pre_std, s.mean, s.std, s.saturated, s.dead, s.dead_units):
            assert math.isfinite(v), (s.layer, v)
    for g in result.grads:
        assert math.isfinite(g.act_std) and math.isfinite(g.weight_std) and math.isfinite(g.local_grad)
    if result.exploded_at is None:
        assert [s.layer for s in result.layers] == list(range(1, depth + 1))
        assert sorted(g.layer for g in result.grads) == list(range(1, depth + 1))
        assert result.message == ""
    else:
        assert 1 <= result.exploded_at <= depth
        assert f"layer {result.exploded_at}" in result.message
        if result.exploded_in == "forward":
            assert len(result.layers) == result.exploded_at - 1 and not result.grads
    # the prediction is finite up to where its scale leaves the float range, NaN after: never inf
    for arr in (result.prediction.pre_std, result.prediction.std, result.prediction.mean):
        finite = np.isfinite(arr)
        assert not np.isinf(arr).any()
        assert finite.all() or not finite[np.argmin(finite):].any()


@settings(max_examples=60, deadline=None)
@given(
    scheme=st.sampled_from(SCHEMES), activation=st.sampled_from(sorted(ACTIVATIONS)),
    depth=st.sampled_from([1, 50]), sigma_small=corner("sigma_small"), sigma_large=corner("sigma_large"),
    const_value=corner("const_value"), bias=corner("bias"), slope=corner("slope"), elu_alpha=corner("elu_alpha"),
    input_kind=st.sampled_from(["normal", "positive"]),
)
def test_every_corner_of_the_dense_box_is_finite_or_names_the_layer(**kw):
    p = InitParams(width=10, batch=10, **kw)
    (result,) = run(p)
    _check(result, p.depth)
    build(p)  # the figure and its tables build without a warning (pytest turns warnings into errors)


@settings(max_examples=25, deadline=None)
@given(
    scheme=st.sampled_from(SCHEMES), activation=st.sampled_from(sorted(ACTIVATIONS)),
    kernel=st.sampled_from([1, 11]), sigma_large=corner("sigma_large"), elu_alpha=corner("elu_alpha"),
    bias=corner("bias"),
)
def test_every_corner_of_the_conv_box_is_finite_or_names_the_layer(**kw):
    p = InitParams(layer_kind="conv", depth=12, channels=2, conv_size=2, batch=10, **kw)
    (result,) = run(p)
    _check(result, p.depth)


def test_the_reported_elu_corner_no_longer_overflows_in_the_prediction():
    # export --set init.depth=50 activation=elu scheme=large_gaussian sigma_large=5 elu_alpha=5
    p = InitParams(depth=50, activation="elu", scheme="large_gaussian", sigma_large=5.0, elu_alpha=5.0,
                   width=500, batch=10)
    (result,) = run(p)
    _check(result, 50)
    pred = predict_layers("elu", 50, 500, 25.0, alpha=5.0)
    assert np.isfinite(pred.std[:3]).all()


@pytest.mark.parametrize(("k", "mu", "s"), [(1.0, 0.0, 40.0), (2.0, 0.0, 40.0), (2.0, 0.5, 1e6), (1.0, -3.0, 1e140)])
def test_exp_below_zero_matches_the_mills_ratio_asymptote_where_the_log_form_overflowed(k, mu, s):
    # E[exp(kz); z < 0] for z ~ N(mu, s²) = φ(mu/s)·R(a) with a = mu/s + k·s and Mills' ratio
    # R(a) = (1/a)(1 − 1/a² + 3/a⁴ − 15/a⁶ + 105/a⁸ − …): an independent series, ~1e-13 at a = 40
    a = mu / s + k * s
    phi = math.exp(-0.5 * (mu / s) ** 2) / math.sqrt(2.0 * math.pi)
    u = 1.0 / (a * a)
    expected = phi / a * (1.0 - u + 3.0 * u**2 - 15.0 * u**3 + 105.0 * u**4)
    assert _exp_below_zero(k, mu, s) == pytest.approx(expected, rel=1e-9)
