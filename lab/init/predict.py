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
from scipy import integrate
from scipy.special import expit, log_ndtr, ndtr

from lab.init.activations import (
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


def _relu_moments(mu: float, s: float) -> tuple[float, float]:
    """E[relu(z)], E[relu(z)²] for z ~ N(mu, s²)."""
    if s == 0.0:
        r = max(mu, 0.0)
        return r, r * r
    a = mu / s
    cdf, pdf = float(ndtr(a)), _phi(a)
    return mu * cdf + s * pdf, (mu * mu + s * s) * cdf + mu * s * pdf


def _exp_below_zero(k: float, mu: float, s: float) -> float:
    """E[exp(k·z); z < 0] for z ~ N(mu, s²), computed in log space so it never overflows."""
    if s == 0.0:
        return math.exp(k * mu) if mu < 0 else 0.0
    log_value = k * mu + 0.5 * k * k * s * s + float(log_ndtr((-mu - k * s * s) / s))
    return math.exp(log_value) if log_value > -745.0 else 0.0


def _elu_moments(mu: float, s: float, alpha: float) -> tuple[float, float]:
    pos1, pos2 = _relu_moments(mu, s)
    p_neg = float(ndtr(-mu / s)) if s > 0 else float(mu < 0)
    e1, e2 = _exp_below_zero(1.0, mu, s), _exp_below_zero(2.0, mu, s)
    m1 = pos1 + alpha * (e1 - p_neg)
    m2 = pos2 + alpha * alpha * (e2 - 2.0 * e1 + p_neg)
    return m1, m2


def _quad_moments(f: Callable[[float], float], mu: float, s: float) -> tuple[float, float]:
    if s == 0.0:
        v = float(f(mu))
        return v, v * v
    lo, hi = mu - 12.0 * s, mu + 12.0 * s
    points = [0.0] if lo < 0.0 < hi else None

    def density(z: float) -> float:
        t = (z - mu) / s
        return math.exp(-0.5 * t * t) / (_SQRT_2PI * s)

    m1 = integrate.quad(lambda z: float(f(z)) * density(z), lo, hi, points=points, limit=200)[0]
    m2 = integrate.quad(lambda z: float(f(z)) ** 2 * density(z), lo, hi, points=points, limit=200)[0]
    return m1, m2


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
        return _quad_moments(math.tanh, mu, s)
    return _quad_moments(lambda z: float(expit(z)), mu, s)


def saturated_probability(activation: str, mu: float, s: float) -> float:
    """P(unit saturated) for ``z ~ N(mu, s²)``, with the thresholds of the measurement."""
    if activation in ("tanh", "sigmoid"):
        c = TANH_SATURATION_Z if activation == "tanh" else SIGMOID_SATURATION_Z
        if s == 0.0:
            return float(abs(mu) > c)
        return float(ndtr((mu - c) / s) + ndtr((-mu - c) / s))
    if activation in ("elu", "selu"):
        if s == 0.0:
            return float(mu < ELU_SATURATION_Z)
        return float(ndtr((ELU_SATURATION_Z - mu) / s))
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
            out["dead"][layer] = float(ndtr(-bias / s)) if s > 0 else float(bias <= 0)
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
