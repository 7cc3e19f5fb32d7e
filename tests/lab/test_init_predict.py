"""Mean-field predictions against closed forms, the lecture's numbers and numerical integration."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate
from scipy.special import ndtr

from lab.init.predict import gaussian_moments, predict_constant, predict_layers

LECTURE_XAVIER_TANH = [0.628, 0.486, 0.407, 0.357, 0.321, 0.294, 0.273, 0.255, 0.241, 0.228]
LECTURE_SMALL_TANH = ["0.2135", "0.0476", "0.0106", "0.00237", "5.3e-4", "1.2e-4", "2.7e-5", "6e-6", "1e-6"]


def _numeric(f, mu, s):
    """SciPy's adaptive quadrature, on pieces cut where the integrands bend (an independent check)."""
    pdf = lambda z: math.exp(-0.5 * ((z - mu) / s) ** 2) / (math.sqrt(2 * math.pi) * s)  # noqa: E731
    lo, hi = mu - 15 * s, mu + 15 * s
    cuts = sorted({lo, hi, *(c for c in (-10.0, -1.0, 0.0, 1.0, 10.0, mu - s, mu + s) if lo < c < hi)})
    m1 = m2 = 0.0
    for a, b in zip(cuts[:-1], cuts[1:], strict=True):
        m1 += integrate.quad(lambda z: f(z) * pdf(z), a, b, limit=400, epsabs=1e-13, epsrel=1e-11)[0]
        m2 += integrate.quad(lambda z: f(z) ** 2 * pdf(z), a, b, limit=400, epsabs=1e-13, epsrel=1e-11)[0]
    return m1, m2


def test_kaiming_relu_layer_one_closed_form():
    m1, m2 = gaussian_moments("relu", 0.0, math.sqrt(2.0))
    assert m1 == pytest.approx(1 / math.sqrt(math.pi), abs=1e-12)  # 0.5642
    assert math.sqrt(m2 - m1 * m1) == pytest.approx(math.sqrt(1 - 1 / math.pi), abs=1e-12)  # 0.8256


def test_xavier_relu_layer_one_and_halving():
    p = predict_layers("relu", 4, 500, 1 / 500)
    assert p.mean[0] == pytest.approx(0.3989, abs=5e-5)
    assert p.std[0] == pytest.approx(0.5838, abs=5e-5)
    assert p.std[1:] / p.std[:-1] == pytest.approx([1 / math.sqrt(2)] * 3, rel=1e-12)
    assert p.dead == pytest.approx([0.5] * 4)


def test_xavier_tanh_matches_the_classic_slides():
    p = predict_layers("tanh", 10, 500, 1 / 500)
    assert p.std[0] == pytest.approx(0.62793, abs=5e-6)
    assert p.std == pytest.approx(LECTURE_XAVIER_TANH, abs=2e-3)


def test_small_gaussian_tanh_collapses_like_the_lecture():
    p = predict_layers("tanh", 10, 500, 0.01**2)
    assert p.pre_std[0] == pytest.approx(math.sqrt(500) * 0.01)  # 0.2236
    # The printed numbers were measured on one seed: agree to their last digit (or 1 %).
    for got, printed in zip(p.std[:9], LECTURE_SMALL_TANH, strict=True):
        want = float(printed)
        digits = len(printed.split("e")[0].replace("0.", "").lstrip("0").replace(".", ""))
        last_digit = 10 ** (math.floor(math.log10(want)) - digits + 1)
        assert abs(got - want) <= max(last_digit, 0.01 * want), printed
    assert p.std[9] < 5e-7


def test_large_gaussian_tanh_saturates():
    p = predict_layers("tanh", 5, 500, 1.0)
    assert p.std == pytest.approx([0.98] * 5, abs=0.005)
    expected = 2 * ndtr(-math.atanh(0.97) / math.sqrt(500))
    assert p.saturated[0] == pytest.approx(expected, abs=1e-12)
    assert 0.91 < p.saturated[0] < 0.93


def test_elu_and_selu_moments_from_lecture():
    m1, m2 = gaussian_moments("elu", 0.0, 1.0)
    assert m1 == pytest.approx(0.1605, abs=5e-5)
    assert math.sqrt(m2 - m1 * m1) == pytest.approx(0.7869, abs=5e-5)
    s1, s2 = gaussian_moments("selu", 0.0, 1.0)
    assert abs(s1) < 1e-6 and s2 - s1 * s1 == pytest.approx(1.0, abs=1e-6)


@pytest.mark.parametrize(
    ("act", "f"),
    [
        ("leaky_relu", lambda z: z if z > 0 else 0.1 * z),
        ("elu", lambda z: z if z > 0 else 1.5 * math.expm1(z)),
        ("sigmoid", lambda z: 1 / (1 + math.exp(-z)) if z > -700 else 0.0),
        ("tanh", math.tanh),
        ("linear", lambda z: z),
    ],
)
@pytest.mark.parametrize(("mu", "s"), [(0.3, 0.7), (-0.5, 2.0), (0.01, 0.05), (0.0, 22.36), (0.2, 1000.0), (0.0, 1e-4)])
def test_moments_match_numerical_integration(act, f, mu, s):
    got = gaussian_moments(act, mu, s, slope=0.1, alpha=1.5)
    want = _numeric(f, mu, s)
    assert got == pytest.approx(want, rel=1e-6, abs=1e-10)


def test_prediction_stops_when_the_scale_overflows():
    p = predict_layers("linear", 200, 500, 1.0)
    assert np.isfinite(p.std[0]) and np.isnan(p.std[-1])


def test_constant_weights_map():
    p = predict_constant("tanh", 3, 500, 0.01)
    assert p.std[0] == pytest.approx(0.21355, abs=1e-4)  # z = 0.01·Σx ~ N(0, 0.05), same as small Gaussian
    zeros = predict_constant("relu", 3, 500, 0.0)
    assert np.all(zeros.std == 0.0) and np.all(zeros.dead == 1.0)


def test_bad_inputs():
    with pytest.raises(ValueError):
        gaussian_moments("relu", math.nan, 1.0)
    with pytest.raises(ValueError):
        predict_layers("relu", 0, 10, 1.0)
