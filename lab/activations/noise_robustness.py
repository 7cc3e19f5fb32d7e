"""ELU vs Leaky ReLU for noisy negative inputs: how much of the input noise reaches the output.

For x ~ N(μ, σ²) (a unit's pre-activation jittered by noise σ around a negative level μ), the
output spread std f(x) is exact (closed forms of :func:`lab.activations.stats.moments`).  Leaky
ReLU passes ``slope·σ`` however negative μ is; ELU saturates at −α, so its spread falls like
α·e^μ·σ: below the crossover μ* ELU is the quieter one, above it Leaky ReLU is (with slope 0.01,
μ* ≈ ln 0.01 ≈ −4.6 for small σ).  Clevert et al. (2016) call this ELU's noise-robust
"deactivation state".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from lab.activations.functions import evaluate
from lab.activations.stats import moments

COMPARED: tuple[str, ...] = ("elu", "leaky_relu")


def output_spread(name: str, mu: float, sigma: float, *, slope: float = 0.01, alpha: float = 1.0) -> float:
    """Exact std of f(x) for x ~ N(μ, σ²)."""
    return moments(name, mu, sigma, slope=slope, alpha=alpha)[1]


@dataclass(frozen=True, eq=False)
class SpreadCurves:
    """Output spread of ELU and Leaky ReLU against the input level μ at noise σ."""

    mu: NDArray[np.float64]
    sigma: float
    elu: NDArray[np.float64]
    leaky_relu: NDArray[np.float64]
    crossover: float  # μ* where both spreads are equal (ELU quieter below it)


def spread_curves(mu: ArrayLike, sigma: float, *, slope: float = 0.01, alpha: float = 1.0) -> SpreadCurves:
    """Both spreads at every μ, and the crossover level."""
    mus = np.asarray(mu, dtype=np.float64)
    if mus.ndim != 1 or mus.size == 0:
        raise ValueError("mu must be a non-empty 1-D array of input levels")
    elu = np.array([output_spread("elu", float(m), sigma, alpha=alpha) for m in mus])
    leaky = np.array([output_spread("leaky_relu", float(m), sigma, slope=slope) for m in mus])
    return SpreadCurves(mus, sigma, elu, leaky, crossover_level(sigma, slope=slope, alpha=alpha))


def crossover_level(sigma: float, *, slope: float = 0.01, alpha: float = 1.0) -> float:
    """The input level μ* below which ELU's output spread is smaller than Leaky ReLU's (bisection).

    Returns ``-inf`` if ELU is never the quieter one (slope 0: Leaky ReLU is then ReLU, with
    no spread at all far below zero).
    """
    if slope <= 0.0:
        return -math.inf

    def gap(m: float) -> float:
        return output_spread("elu", m, sigma, alpha=alpha) - output_spread("leaky_relu", m, sigma, slope=slope)

    lo, hi = -60.0, 0.0
    if gap(lo) >= 0.0:
        return -math.inf
    if gap(hi) <= 0.0:
        return hi
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if gap(mid) < 0.0:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return 0.5 * (lo + hi)


def noisy_outputs(name: str, mu: float, sigma: float, rng: np.random.Generator, n: int = 10_000, *,
                  slope: float = 0.01, alpha: float = 1.0) -> NDArray[np.float64]:
    """``n`` samples of f(μ + σ·ε), ε ~ N(0, 1) (for a histogram beside the exact spread)."""
    if name not in COMPARED:
        raise ValueError(f"compare {' or '.join(COMPARED)}, got {name!r}")
    if n < 1 or not (math.isfinite(sigma) and sigma > 0.0):
        raise ValueError(f"need n >= 1 and sigma > 0, got {n} and {sigma!r}")
    x = mu + sigma * rng.standard_normal(n)
    return evaluate(name, x, slope=slope, alpha=alpha)[0]
