"""Activation functions and derivatives: central differences, LECTURE.md §1 numbers, stability."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.optimize import brentq, minimize_scalar

from lab.activations import functions as fn
from lab.activations.functions import FUNCTIONS, evaluate

PARAMS = {"slope": 0.01, "alpha": 1.0}


def _grid() -> np.ndarray:
    # dense near 0, the kinks' neighbourhood, and the tails
    return np.unique(np.concatenate([np.linspace(-30, 30, 601), np.linspace(-1e-3, 1e-3, 41),
                                     [-12.5, -7.3, 7.3, 12.5]]))


@pytest.mark.parametrize("name", FUNCTIONS)
@pytest.mark.parametrize(("slope", "alpha"), [(0.01, 1.0), (0.2, 0.3)])
def test_derivative_matches_central_difference(name: str, slope: float, alpha: float) -> None:
    x = _grid()
    if name in ("relu", "leaky_relu", "elu", "selu"):
        x = x[np.abs(x) > 1e-5]  # one-sided at the kink: central differences do not apply at 0
    h = 1e-6 * np.maximum(1.0, np.abs(x))
    f_plus, _ = evaluate(name, x + h, slope=slope, alpha=alpha)
    f_minus, _ = evaluate(name, x - h, slope=slope, alpha=alpha)
    numeric = (f_plus - f_minus) / (2 * h)
    _, analytic = evaluate(name, x, slope=slope, alpha=alpha)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize("x", [-700.0, -100.0, -30.0, -20.0, 20.0, 30.0, 100.0, 700.0])
def test_saturating_tails_keep_full_relative_precision(x: float) -> None:
    # 1 − tanh² or σ(1 − σ) would return 0 or noise here; the reference is the exact e^{-|x|} form.
    e = math.exp(-abs(x))
    assert fn.sigmoid_grad(x) == pytest.approx(e / (1 + e) ** 2, rel=1e-13)
    e2 = math.exp(-2 * abs(x))
    assert fn.tanh_grad(x) == pytest.approx(4 * e2 / (1 + e2) ** 2, rel=1e-13, abs=1e-320)
    assert fn.softplus_grad(x) == pytest.approx(1 / (1 + math.exp(-x)), rel=1e-13)


def test_lecture_sigmoid_numbers() -> None:
    assert fn.sigmoid_grad(0.0) == 0.25
    assert f"{fn.sigmoid_grad(5.0):.2e}" == "6.65e-03"
    assert f"{fn.sigmoid_grad(10.0):.2e}" == "4.54e-05"
    x = np.linspace(-10, 10, 2001)
    assert x[np.argmax(fn.sigmoid_grad(x))] == 0.0
    # independent: σ(x)(1 − σ(x)) from the standard library
    s = 1 / (1 + math.exp(-5.0))
    assert fn.sigmoid_grad(5.0) == pytest.approx(s * (1 - s), rel=1e-12)


def test_lecture_tanh_numbers_and_identity() -> None:
    assert fn.tanh_grad(0.0) == 1.0
    assert f"{fn.tanh_grad(3.0):.2e}" == "9.87e-03"
    assert f"{fn.tanh_grad(5.0):.2e}" == "1.82e-04"
    x = np.linspace(-8, 8, 161)
    np.testing.assert_allclose(fn.tanh(x), 2 * fn.sigmoid(2 * x) - 1, atol=1e-15)
    np.testing.assert_allclose(fn.tanh_grad(x), [1 / math.cosh(v) ** 2 for v in x], rtol=1e-13)


def test_relu_conventions() -> None:
    assert fn.relu_grad(0.0) == 0.0
    assert fn.relu_grad(1e-300) == 1.0
    assert fn.leaky_relu(-2.0, 0.01) == pytest.approx(-0.02)
    assert fn.leaky_relu_grad(0.0, 0.01) == 0.01
    assert fn.elu(-1.0, 1.0) == pytest.approx(math.exp(-1) - 1)


def test_selu_and_gelu_constants() -> None:
    assert fn.SELU_LAMBDA == 1.0507009873554805 and fn.SELU_ALPHA == 1.6732632423543772
    assert fn.selu(1.0) == pytest.approx(1.0507009873554805)
    assert fn.selu(-50.0) == pytest.approx(-1.0507009873554805 * 1.6732632423543772)
    # GELU minimum, found independently with math.erf
    def gelu(x: float) -> float:
        return x * 0.5 * (1 + math.erf(x / math.sqrt(2)))

    res = minimize_scalar(gelu, bounds=(-2, 0), method="bounded", options={"xatol": 1e-10})
    assert round(res.fun, 5) == -0.16997
    assert round(res.x, 3) == -0.752
    # the zero of our analytic derivative is the same minimum
    root = brentq(lambda t: float(fn.gelu_grad(t)), -1.5, -0.2, xtol=1e-14)
    assert root == pytest.approx(res.x, abs=1e-7)
    assert float(fn.gelu(root)) == pytest.approx(res.fun, abs=1e-12)


def test_silu_softplus_mish_reference_values() -> None:
    assert fn.silu(2.0) == pytest.approx(2 / (1 + math.exp(-2)), rel=1e-15)
    assert fn.softplus(3.0) == pytest.approx(math.log1p(math.exp(3.0)), rel=1e-15)
    assert fn.mish(1.0) == pytest.approx(math.tanh(math.log1p(math.e)), rel=1e-15)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("name", FUNCTIONS)
def test_stable_at_extremes(name: str, dtype: type) -> None:
    big = np.finfo(dtype).max
    x = np.array([-big, -1e6, -1e3, -100, -1, 0, 1, 100, 1e3, 1e6, big], dtype=dtype)
    with np.errstate(over="raise", invalid="raise", divide="raise"):  # underflow to 0 is the right answer
        f, d = evaluate(name, x, slope=0.01, alpha=1.0)
    assert f.dtype == dtype and d.dtype == dtype
    assert np.all(np.isfinite(f)) and np.all(np.isfinite(d))
    # the tails have their limits
    lo_lim, hi_lim = fn.get_activation(name).grad_limits(0.01, 1.0)
    assert d[1] == pytest.approx(lo_lim, abs=1e-30)
    assert d[-2] == pytest.approx(hi_lim, rel=1e-6)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_float32_matches_float64(name: str) -> None:
    x = np.linspace(-12, 12, 241)
    f64, d64 = evaluate(name, x)
    f32, d32 = evaluate(name, x.astype(np.float32))
    np.testing.assert_allclose(f32, f64, rtol=2e-6, atol=2e-7)
    np.testing.assert_allclose(d32, d64, rtol=2e-5, atol=2e-7)


def test_bad_input_is_rejected() -> None:
    with pytest.raises(ValueError, match="real"):
        fn.relu(np.array([1j]))
    with pytest.raises(ValueError, match="slope"):
        fn.leaky_relu(1.0, slope=-0.5)
    with pytest.raises(ValueError, match="alpha"):
        fn.elu(1.0, alpha=0.0)
    with pytest.raises(ValueError, match="unknown activation"):
        evaluate("swishy", 1.0)


def test_integer_input_becomes_float64() -> None:
    f, d = evaluate("relu", np.array([-2, 3]))
    assert f.dtype == np.float64 and list(f) == [0.0, 3.0] and list(d) == [0.0, 1.0]
