"""Mean-field predictions of each layer's statistics (the infinite-width limit).

For zero-mean random weights with per-weight variance σ_w² and fan-in d, the pre-activations of
layer l are (in the wide limit) Gaussian, z_l ~ N(b, v_l), with

    v_1 = d·σ_w²·E[x²],        v_{l+1} = d·σ_w²·E[f(z_l)²]

(the *second moment*, not the variance, carries over: that is why ReLU's non-zero mean halves the
scale only by √2).  E[f] and E[f²] are closed forms for linear, ReLU, Leaky ReLU, ELU and SELU and
an adaptive quadrature for tanh and sigmoid.  For Xavier + tanh this gives 0.6279, 0.4863, 0.4082…,
the numbers of the classic slides.  Constant weights make every unit of a layer identical, so the
whole net is a scalar map of layer 1's pre-activation, which is integrated directly.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lab import special
from lab.activations.float32 import (
    ELU_SATURATION_Z,
    SELU_ALPHA,
    SELU_LAMBDA,
    SIGMOID_SATURATION,
    TANH_SATURATION,
    activate,
    check_activation,
)

_SQRT_2PI = math.sqrt(2.0 * math.pi)
#: |z| beyond which tanh saturates (|tanh z| > 0.97).
TANH_SATURATION_Z = math.atanh(TANH_SATURATION)
#: |z| beyond which the sigmoid saturates (|σ(z) − 0.5| > 0.47).
SIGMOID_SATURATION_Z = math.log((0.5 + SIGMOID_SATURATION) / (0.5 - SIGMOID_SATURATION))


@dataclass(frozen=True, eq=False)
class Prediction:
    """Predicted per-layer statistics (arrays of length ``depth``; NaN where none exists)."""

    pre_mean: NDArray[np.float64]
    pre_std: NDArray[np.float64]
    mean: NDArray[np.float64]
    std: NDArray[np.float64]
    saturated: NDArray[np.float64]
    dead: NDArray[np.float64]
    method: str


def _phi(a: float) -> float:
    return math.exp(-0.5 * a * a) / _SQRT_2PI


def ndtr(x: float) -> float:
    """Φ(x) from ``math.erfc`` (exact to double precision; no SciPy import at start-up)."""
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def log_ndtr(x: float) -> float:
    """log Φ(x); SciPy only far in the lower tail, where erfc underflows."""
    if x > -37.0:
        return math.log(ndtr(x))
    return float(special.log_ndtr(x))


@functools.lru_cache(maxsize=4)
def _legendre(n: int) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    return np.polynomial.legendre.leggauss(n)


def _integrate(g: Callable[[NDArray[np.float64]], NDArray[np.float64]], cuts: list[float]) -> float:
    """∫ g over consecutive intervals of ``cuts``, 96-point Gauss–Legendre on each."""
    nodes, weights = _legendre(96)
    total = 0.0
    for a, b in zip(cuts[:-1], cuts[1:], strict=True):
        if b > a:
            half, mid = 0.5 * (b - a), 0.5 * (b + a)
            total += half * float(weights @ g(mid + half * nodes))
    return total


def _relu_moments(mu: float, s: float) -> tuple[float, float]:
    """E[relu(z)], E[relu(z)²] for z ~ N(mu, s²)."""
    if s == 0.0:
        r = max(mu, 0.0)
        return r, r * r
    a = mu / s
    cdf, pdf = ndtr(a), _phi(a)
    return mu * cdf + s * pdf, (mu * mu + s * s) * cdf + mu * s * pdf


def _exp_below_zero(k: float, mu: float, s: float) -> float:
    """E[exp(k·z); z < 0] for z ~ N(mu, s²), computed in log space so it never overflows."""
    if s == 0.0:
        return math.exp(k * mu) if mu < 0 else 0.0
    a = mu / s + k * s
    if a > 30.0:
        # exp(k·mu + k²s²/2)·Φ(−a) = exp(−mu²/2s²)·erfcx(a/√2)/2 exactly: the form with the
        # logarithm cancels two huge terms here (k²s²/2 ≈ −log Φ(−a)) and overflows
        from scipy.special import erfcx

        return 0.5 * math.exp(-0.5 * (mu / s) ** 2) * float(erfcx(a / math.sqrt(2.0)))
    log_value = k * mu + 0.5 * k * k * s * s + log_ndtr(-a)
    return math.exp(log_value) if log_value > -745.0 else 0.0


def _elu_moments(mu: float, s: float, alpha: float) -> tuple[float, float]:
    pos1, pos2 = _relu_moments(mu, s)
    p_neg = ndtr(-mu / s) if s > 0 else float(mu < 0)
    e1, e2 = _exp_below_zero(1.0, mu, s), _exp_below_zero(2.0, mu, s)
    m1 = pos1 + alpha * (e1 - p_neg)
    m2 = pos2 + alpha * alpha * (e2 - 2.0 * e1 + p_neg)
    return m1, m2


def _quad_moments(f: Callable[[NDArray[np.float64]], NDArray[np.float64]], mu: float, s: float) -> tuple[float, float]:
    """E[f], E[f²] for smooth f and z ~ N(mu, s²) by Gauss–Legendre on ±12 s.

    The range is cut at 0 and ±1, ±4 around it (where tanh and the sigmoid bend) and at the
    mean ± 1, 3 s, so a narrow bend inside a wide Gaussian is still resolved; the tests check
    this against SciPy's adaptive quadrature.
    """
    if s == 0.0:
        v = float(f(np.array([mu]))[0])
        return v, v * v
    lo, hi = mu - 12.0 * s, mu + 12.0 * s
    marks = [0.0, -1.0, 1.0, -4.0, 4.0] + [mu + k * s for k in (-3.0, -1.0, 1.0, 3.0)]
    cuts = sorted({lo, hi, *(m for m in marks if lo < m < hi)})

    def weighted(power: int) -> Callable[[NDArray[np.float64]], NDArray[np.float64]]:
        def g(z: NDArray[np.float64]) -> NDArray[np.float64]:
            t = (z - mu) / s
            return f(z) ** power * np.exp(-0.5 * t * t) / (_SQRT_2PI * s)

        return g

    return _integrate(weighted(1), cuts), _integrate(weighted(2), cuts)


@functools.lru_cache(maxsize=4096)
def gaussian_moments(
    activation: str, mu: float, s: float, *, slope: float = 0.01, alpha: float = 1.0
) -> tuple[float, float]:
    """Return ``(E[f(z)], E[f(z)²])`` for ``z ~ N(mu, s²)``.

    Examples
    --------
    >>> m1, m2 = gaussian_moments("relu", 0.0, math.sqrt(2.0))   # Kaiming layer 1
    >>> round(m1, 4), round(math.sqrt(m2 - m1 * m1), 4)
    (0.5642, 0.8256)
    """
    check_activation(activation)
    if not (math.isfinite(mu) and math.isfinite(s)) or s < 0:
        raise ValueError(f"need a finite mean and std >= 0, got {mu}, {s}")
    if activation == "linear":
        return mu, mu * mu + s * s
    if activation == "relu":
        return _relu_moments(mu, s)
    if activation == "leaky_relu":
        p1, p2 = _relu_moments(mu, s)
        n1, n2 = _relu_moments(-mu, s)
        return p1 - slope * n1, p2 + slope * slope * n2
    if activation == "elu":
        return _elu_moments(mu, s, alpha)
    if activation == "selu":
        m1, m2 = _elu_moments(mu, s, SELU_ALPHA)
        return SELU_LAMBDA * m1, SELU_LAMBDA**2 * m2
    if activation == "tanh":
        return _quad_moments(np.tanh, mu, s)
    return _quad_moments(special.expit, mu, s)


def saturated_probability(activation: str, mu: float, s: float) -> float:
    """P(unit saturated) for ``z ~ N(mu, s²)``, with the thresholds of the measurement."""
    if activation in ("tanh", "sigmoid"):
        c = TANH_SATURATION_Z if activation == "tanh" else SIGMOID_SATURATION_Z
        if s == 0.0:
            return float(abs(mu) > c)
        return ndtr((mu - c) / s) + ndtr((-mu - c) / s)
    if activation in ("elu", "selu"):
        if s == 0.0:
            return float(mu < ELU_SATURATION_Z)
        return ndtr((ELU_SATURATION_Z - mu) / s)
    return 0.0


def _saturated_mask(activation: str, z: NDArray[np.float64]) -> NDArray[np.bool_]:
    if activation == "tanh":
        return np.abs(z) > TANH_SATURATION_Z
    if activation == "sigmoid":
        return np.abs(z) > SIGMOID_SATURATION_Z
    if activation in ("elu", "selu"):
        return z < ELU_SATURATION_Z
    return np.zeros(z.shape, dtype=bool)


def predict_layers(
    activation: str,
    depth: int,
    fan_in: int,
    weight_var: float,
    *,
    bias: float = 0.0,
    input_second_moment: float = 1.0,
    slope: float = 0.01,
    alpha: float = 1.0,
) -> Prediction:
    """Mean-field statistics of every layer for zero-mean random weights of variance ``weight_var``.

    Once the scale leaves the range of finite numbers the remaining layers are NaN.
    """
    check_activation(activation)
    if depth < 1 or fan_in < 1 or weight_var < 0:
        raise ValueError("need depth >= 1, fan_in >= 1 and weight_var >= 0")
    out = {k: np.full(depth, np.nan) for k in ("pre_mean", "pre_std", "mean", "std", "saturated", "dead")}
    second = input_second_moment
    gain = fan_in * weight_var
    for layer in range(depth):
        v = gain * second
        if not math.isfinite(v) or v > 1e300:
            break
        s = math.sqrt(v)
        m1, m2 = gaussian_moments(activation, bias, s, slope=slope, alpha=alpha)
        out["pre_mean"][layer] = bias
        out["pre_std"][layer] = s
        out["mean"][layer] = m1
        out["std"][layer] = math.sqrt(max(m2 - m1 * m1, 0.0))
        out["saturated"][layer] = saturated_probability(activation, bias, s)
        if activation == "relu":
            out["dead"][layer] = ndtr(-bias / s) if s > 0 else float(bias <= 0)
        else:
            out["dead"][layer] = 0.0
        second = m2
    method = "closed form" if activation in ("linear", "relu", "leaky_relu", "elu", "selu") else "quadrature"
    return Prediction(method=f"mean field, {method}", **out)


def predict_constant(
    activation: str,
    depth: int,
    fan_in: int,
    value: float,
    *,
    bias: float = 0.0,
    input_mean: float = 0.0,
    input_var: float = 1.0,
    slope: float = 0.01,
    alpha: float = 1.0,
) -> Prediction:
    """Statistics when every weight equals ``value``: all units of a layer are identical.

    Layer 1's pre-activation is ``value·Σx_i + b`` (Gaussian by the central limit theorem;
    exact for Gaussian inputs); every later layer is the scalar map ``z ↦ value·d·f(z) + b``.
    """
    check_activation(activation)
    mu = value * fan_in * input_mean + bias
    s = abs(value) * math.sqrt(fan_in * input_var)
    if s > 0:
        z = mu + s * np.linspace(-10.0, 10.0, 20001)
        w = np.exp(-0.5 * np.linspace(-10.0, 10.0, 20001) ** 2)
        w /= w.sum()
    else:
        z, w = np.array([mu]), np.array([1.0])
    out = {k: np.full(depth, np.nan) for k in ("pre_mean", "pre_std", "mean", "std", "saturated", "dead")}
    with np.errstate(over="ignore", invalid="ignore"):
        for layer in range(depth):
            if not np.all(np.isfinite(z)) or np.max(np.abs(z)) > 1e30:
                break
            h = activate(z, activation, slope=slope, alpha=alpha)
            zm = float(w @ z)
            hm = float(w @ h)
            out["pre_mean"][layer] = zm
            out["pre_std"][layer] = math.sqrt(max(float(w @ (z - zm) ** 2), 0.0))
            out["mean"][layer] = hm
            out["std"][layer] = math.sqrt(max(float(w @ (h - hm) ** 2), 0.0))
            out["saturated"][layer] = float(w @ _saturated_mask(activation, z))
            out["dead"][layer] = float(w @ (h == 0.0)) if activation == "relu" else 0.0
            z = value * fan_in * h + bias
    return Prediction(method="constant weights: scalar map", **out)
