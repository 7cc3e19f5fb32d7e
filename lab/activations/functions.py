"""Activation functions and their analytic first derivatives, stable for every finite input.

Every function takes an array-like ``x`` and returns an array of the same shape.  ``float32``
and ``float64`` inputs keep their dtype; anything else real (ints, bools, float16) is
computed in ``float64``.  No function overflows or warns for any finite input: exponentials
only ever see non-positive (or clipped) arguments, products are bounded by ``|x|``, and the
one function that is steeper than the identity (SELU, slope λ > 1) saturates at the largest
finite value of the dtype instead of overflowing.

Conventions at the kinks (the one-sided choices PyTorch makes):

* ``relu_grad(0) == 0``,
* ``leaky_relu_grad(0) == slope``,
* ``elu_grad(0) == alpha`` and ``selu_grad(0) == λ·α`` (the left-hand derivative).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from lab.special import expit, ndtr

FloatArray = NDArray[np.floating]

#: SELU constants (Klambauer et al. 2017), as in PyTorch.
SELU_LAMBDA = 1.0507009873554805
SELU_ALPHA = 1.6732632423543772

_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
# sech²(x) = 4·e^{-2|x|}/(1 + e^{-2|x|})² is below the smallest float64 subnormal once
# |x| > 373.3, so clipping |x| at 400 changes no result and keeps 2x finite in float32.
_SECH_CLIP = 400.0
# φ(x) = e^{-x²/2}/√(2π) is exactly 0.0 in float64 for |x| > 38.6; clip so x² cannot overflow.
_PDF_CLIP = 40.0


def as_float_array(x: ArrayLike) -> FloatArray:
    """Return ``x`` as a float32/float64 array (other real dtypes become float64).

    Raises
    ------
    ValueError
        For complex or non-numeric input.
    """
    arr = np.asarray(x)
    if arr.dtype in (np.float32, np.float64):
        return arr
    if arr.dtype.kind in "biuf":
        return arr.astype(np.float64)
    raise ValueError(f"activation input must be real numbers, got dtype {arr.dtype}")


def _sech2(x: FloatArray) -> FloatArray:
    """sech²(x) = 1 − tanh²(x), accurate to full relative precision in the tails."""
    xc = np.clip(x, -_SECH_CLIP, _SECH_CLIP)
    two = xc + xc
    return 4.0 * expit(two) * expit(-two)


def _pdf(x: FloatArray) -> FloatArray:
    """Standard normal density, without overflow for huge ``|x|``."""
    xc = np.clip(x, -_PDF_CLIP, _PDF_CLIP)
    return _INV_SQRT_2PI * np.exp(-0.5 * xc * xc)


# --- sigmoid family ----------------------------------------------------------------------
def sigmoid(x: ArrayLike) -> FloatArray:
    """Logistic sigmoid σ(x) = 1/(1 + e^{−x}), range (0, 1)."""
    return expit(as_float_array(x))


def sigmoid_grad(x: ArrayLike) -> FloatArray:
    """σ′(x) = σ(x)·σ(−x) (= σ(x)(1 − σ(x)), without the cancellation); max 0.25 at 0."""
    x = as_float_array(x)
    return expit(x) * expit(-x)


def tanh(x: ArrayLike) -> FloatArray:
    """Hyperbolic tangent, range (−1, 1); tanh(x) = 2σ(2x) − 1."""
    return np.tanh(as_float_array(x))


def tanh_grad(x: ArrayLike) -> FloatArray:
    """tanh′(x) = sech²(x) = 4σ(2x)σ(−2x), accurate in the tails (1 − tanh² is not)."""
    return _sech2(as_float_array(x))


# --- rectifiers ---------------------------------------------------------------------------
def relu(x: ArrayLike) -> FloatArray:
    """ReLU max(0, x)."""
    x = as_float_array(x)
    return np.maximum(x, x.dtype.type(0))


def relu_grad(x: ArrayLike) -> FloatArray:
    """ReLU′: 1 for x > 0, else 0 (f′(0) = 0 by convention, like PyTorch)."""
    x = as_float_array(x)
    return (x > 0).astype(x.dtype)


def _check_slope(slope: float) -> None:
    if not (math.isfinite(slope) and 0.0 <= slope <= 1.0):
        raise ValueError(f"leaky ReLU slope must be in [0, 1], got {slope!r}")


def leaky_relu(x: ArrayLike, slope: float = 0.01) -> FloatArray:
    """Leaky ReLU max(slope·x, x) for ``0 <= slope <= 1``."""
    _check_slope(slope)
    x = as_float_array(x)
    return np.where(x > 0, x, x * x.dtype.type(slope))


def leaky_relu_grad(x: ArrayLike, slope: float = 0.01) -> FloatArray:
    """Leaky ReLU′: 1 for x > 0, else ``slope`` (also at 0, like PyTorch)."""
    _check_slope(slope)
    x = as_float_array(x)
    one, neg = x.dtype.type(1), x.dtype.type(slope)
    return np.where(x > 0, one, neg)


def _check_alpha(alpha: float) -> None:
    if not (math.isfinite(alpha) and 0.0 < alpha <= 100.0):
        raise ValueError(f"ELU alpha must be in (0, 100], got {alpha!r}")


def elu(x: ArrayLike, alpha: float = 1.0) -> FloatArray:
    """ELU: x for x > 0, α(eˣ − 1) otherwise (negative saturation at −α)."""
    _check_alpha(alpha)
    x = as_float_array(x)
    neg = x.dtype.type(alpha) * np.expm1(np.minimum(x, x.dtype.type(0)))
    return np.where(x > 0, x, neg)


def elu_grad(x: ArrayLike, alpha: float = 1.0) -> FloatArray:
    """ELU′: 1 for x > 0, α·eˣ otherwise (so ``alpha`` at 0, the left derivative)."""
    _check_alpha(alpha)
    x = as_float_array(x)
    neg = x.dtype.type(alpha) * np.exp(np.minimum(x, x.dtype.type(0)))
    return np.where(x > 0, x.dtype.type(1), neg)


def selu(x: ArrayLike) -> FloatArray:
    """SELU = λ·ELU_α(x) with the self-normalising λ, α; saturates at the dtype's max."""
    x = as_float_array(x)
    lam = x.dtype.type(SELU_LAMBDA)
    # λ·x overflows only when the true value is not representable: saturate there instead.
    x = np.minimum(x, np.finfo(x.dtype).max / lam)
    return lam * elu(x, SELU_ALPHA)


def selu_grad(x: ArrayLike) -> FloatArray:
    """SELU′ = λ for x > 0, λα·eˣ otherwise."""
    x = as_float_array(x)
    return x.dtype.type(SELU_LAMBDA) * elu_grad(x, SELU_ALPHA)


# --- smooth gates ---------------------------------------------------------------------------
def gelu(x: ArrayLike) -> FloatArray:
    """Exact GELU x·Φ(x) (Φ the standard normal CDF, erf-based); min −0.16997 at −0.7518."""
    x = as_float_array(x)
    return x * ndtr(x)


def gelu_grad(x: ArrayLike) -> FloatArray:
    """GELU′ = Φ(x) + x·φ(x)."""
    x = as_float_array(x)
    return ndtr(x) + x * _pdf(x).astype(x.dtype, copy=False)


def silu(x: ArrayLike) -> FloatArray:
    """SiLU / Swish (β = 1): x·σ(x)."""
    x = as_float_array(x)
    return x * expit(x)


def silu_grad(x: ArrayLike) -> FloatArray:
    """SiLU′ = σ(x)·(1 + x·σ(−x))."""
    x = as_float_array(x)
    s = expit(x)
    return s * (1 + x * expit(-x))


def softplus(x: ArrayLike) -> FloatArray:
    """Softplus log(1 + eˣ) = max(x, 0) + log1p(e^{−|x|})."""
    x = as_float_array(x)
    return np.maximum(x, x.dtype.type(0)) + np.log1p(np.exp(-np.abs(x)))


def softplus_grad(x: ArrayLike) -> FloatArray:
    """Softplus′ = σ(x)."""
    return expit(as_float_array(x))


def mish(x: ArrayLike) -> FloatArray:
    """Mish x·tanh(softplus(x))."""
    x = as_float_array(x)
    return x * np.tanh(softplus(x))


def mish_grad(x: ArrayLike) -> FloatArray:
    """Mish′ = tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x)."""
    x = as_float_array(x)
    sp = softplus(x)
    return np.tanh(sp) + x * _sech2(sp) * expit(x)


# --- the catalogue -------------------------------------------------------------------------
@dataclass(frozen=True)
class Activation:
    """One activation function: its name, label, formula and how to evaluate it.

    ``f`` and ``df`` take ``(x, slope, alpha)``; functions without a parameter ignore them.
    ``grad_limits`` are the limits of f′ at −∞ and +∞ (used to close saturated intervals).
    ``param`` names the parameter the function uses (``"slope"``, ``"alpha"`` or ``""``).
    """

    name: str
    label: str
    formula: str
    f: Callable[[FloatArray, float, float], FloatArray]
    df: Callable[[FloatArray, float, float], FloatArray]
    grad_limits: Callable[[float, float], tuple[float, float]]
    param: str = ""
    kinks: tuple[float, ...] = ()


def _no_param(fn: Callable[[ArrayLike], FloatArray]) -> Callable[[FloatArray, float, float], FloatArray]:
    return lambda x, slope, alpha: fn(x)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("sigmoid", "sigmoid", "σ(x) = 1/(1+e⁻ˣ)", _no_param(sigmoid), _no_param(sigmoid_grad),
                   lambda s, a: (0.0, 0.0)),
        Activation("tanh", "tanh", "tanh(x) = 2σ(2x) − 1", _no_param(tanh), _no_param(tanh_grad),
                   lambda s, a: (0.0, 0.0)),
        Activation("relu", "ReLU", "max(0, x)", _no_param(relu), _no_param(relu_grad),
                   lambda s, a: (0.0, 1.0), kinks=(0.0,)),
        Activation("leaky_relu", "Leaky ReLU", "max(αx, x)", lambda x, s, a: leaky_relu(x, s),
                   lambda x, s, a: leaky_relu_grad(x, s), lambda s, a: (s, 1.0), "slope", (0.0,)),
        Activation("elu", "ELU", "x if x>0 else α(eˣ−1)", lambda x, s, a: elu(x, a),
                   lambda x, s, a: elu_grad(x, a), lambda s, a: (0.0, 1.0), "alpha", (0.0,)),
        Activation("selu", "SELU", "λ·ELU_α(x), λ≈1.0507, α≈1.6733", _no_param(selu), _no_param(selu_grad),
                   lambda s, a: (0.0, SELU_LAMBDA), kinks=(0.0,)),
        Activation("gelu", "GELU", "x·Φ(x)", _no_param(gelu), _no_param(gelu_grad), lambda s, a: (0.0, 1.0)),
        Activation("silu", "SiLU/Swish", "x·σ(x)", _no_param(silu), _no_param(silu_grad), lambda s, a: (0.0, 1.0)),
        Activation("softplus", "Softplus", "log(1+eˣ)", _no_param(softplus), _no_param(softplus_grad),
                   lambda s, a: (0.0, 1.0)),
        Activation("mish", "Mish", "x·tanh(softplus(x))", _no_param(mish), _no_param(mish_grad),
                   lambda s, a: (0.0, 1.0)),
    )
}

#: The function names, in display order.
FUNCTIONS: tuple[str, ...] = tuple(ACTIVATIONS)


def get_activation(name: str) -> Activation:
    """Return the :class:`Activation` called ``name`` or raise ``ValueError``."""
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise ValueError(f"unknown activation {name!r} (known: {', '.join(FUNCTIONS)})") from None


def evaluate(name: str, x: ArrayLike, *, slope: float = 0.01, alpha: float = 1.0) -> tuple[FloatArray, FloatArray]:
    """Return ``(f(x), f′(x))`` for the activation ``name``.

    Parameters
    ----------
    name
        One of :data:`FUNCTIONS`.
    x
        Inputs (any shape); float32 stays float32.
    slope, alpha
        Leaky ReLU slope and ELU α (ignored by the other functions).
    """
    act = get_activation(name)
    xa = as_float_array(x)
    return act.f(xa, slope, alpha), act.df(xa, slope, alpha)
