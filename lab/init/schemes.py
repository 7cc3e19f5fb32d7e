"""Weight-initialization schemes: their standard deviations, gains and the weights themselves."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

SCHEMES: tuple[str, ...] = (
    "zeros",
    "constant",
    "small_gaussian",
    "large_gaussian",
    "xavier",
    "glorot_normal",
    "glorot_uniform",
    "kaiming_normal",
    "kaiming_uniform",
    "orthogonal",
)

SCHEME_LABELS: dict[str, str] = {
    "zeros": "zeros",
    "constant": "constant",
    "small_gaussian": "small Gaussian",
    "large_gaussian": "large Gaussian",
    "xavier": "Xavier",
    "glorot_normal": "Glorot normal",
    "glorot_uniform": "Glorot uniform",
    "kaiming_normal": "Kaiming normal",
    "kaiming_uniform": "Kaiming uniform",
    "orthogonal": "orthogonal",
}

#: Schemes whose weights are drawn from the shared uniform stream U(−1, 1).
UNIFORM_SCHEMES = frozenset({"glorot_uniform", "kaiming_uniform"})


@dataclass(frozen=True)
class SchemeSettings:
    """The user-set numbers some schemes need."""

    sigma_small: float = 0.01
    sigma_large: float = 0.5
    const_value: float = 0.01
    slope: float = 0.01  # Leaky ReLU slope, used by Kaiming when the activation is Leaky ReLU


def check_scheme(name: str) -> None:
    """Raise ``ValueError`` for an unknown scheme name."""
    if name not in SCHEMES:
        raise ValueError(f"unknown init scheme {name!r} (known: {', '.join(SCHEMES)})")


def kaiming_gain(activation: str, slope: float) -> float:
    """He et al.'s gain: √2 for ReLU, √(2/(1 + a²)) for Leaky ReLU (PyTorch's convention)."""
    a = slope if activation == "leaky_relu" else 0.0
    return math.sqrt(2.0 / (1.0 + a * a))


def weight_std(
    scheme: str, fan_in: int, fan_out: int, *, activation: str = "relu", settings: SchemeSettings | None = None
) -> float:
    """Standard deviation of one weight under ``scheme`` (0 for the deterministic schemes).

    Uniform schemes draw from U(−b, b) with b = √3·std, so their std is the same formula.
    Orthogonal matrices have unit-norm columns (or rows), so each entry has variance
    1/max(d_in, d_out).
    """
    check_scheme(scheme)
    if fan_in < 1 or fan_out < 1:
        raise ValueError(f"fan-in and fan-out must be >= 1, got {fan_in} and {fan_out}")
    s = settings or SchemeSettings()
    if scheme in ("zeros", "constant"):
        return 0.0
    if scheme == "small_gaussian":
        return s.sigma_small
    if scheme == "large_gaussian":
        return s.sigma_large
    if scheme == "xavier":
        return math.sqrt(1.0 / fan_in)
    if scheme in ("glorot_normal", "glorot_uniform"):
        return math.sqrt(2.0 / (fan_in + fan_out))
    if scheme in ("kaiming_normal", "kaiming_uniform"):
        return kaiming_gain(activation, s.slope) / math.sqrt(fan_in)
    return math.sqrt(1.0 / max(fan_in, fan_out))


def orthogonalize(base: NDArray[np.floating]) -> NDArray[np.float32]:
    """Orthonormal columns (or rows, if wider than tall) from a Gaussian matrix, as in PyTorch.

    The QR factor is sign-corrected with ``sign(diag(R))`` so the result is Haar-distributed.
    """
    rows, cols = base.shape
    a = base.astype(np.float64, copy=False)
    if rows < cols:
        a = a.T
    q, r = np.linalg.qr(a)
    d = np.sign(np.diag(r))
    d[d == 0] = 1.0
    q = q * d
    if rows < cols:
        q = q.T
    return np.ascontiguousarray(q, dtype=np.float32)


def scheme_weights(
    scheme: str,
    base_normal: NDArray[np.float32] | None,
    base_uniform: NDArray[np.float32] | None,
    shape: tuple[int, int],
    fan_in: int,
    fan_out: int,
    *,
    activation: str,
    settings: SchemeSettings,
    out: NDArray[np.float32] | None = None,
) -> NDArray[np.float32]:
    """Weights of ``shape`` for ``scheme``, scaled from shared base draws.

    Two schemes compared on one seed start from the same standard-normal matrix
    ``base_normal`` (or the same U(−1, 1) matrix ``base_uniform``), so the comparison shows the
    scheme and nothing else.  A scaled scheme writes into ``out`` when it is given (the other
    schemes return a new array).
    """
    check_scheme(scheme)
    if scheme == "zeros":
        return np.zeros(shape, dtype=np.float32)
    if scheme == "constant":
        return np.full(shape, settings.const_value, dtype=np.float32)
    std = weight_std(scheme, fan_in, fan_out, activation=activation, settings=settings)
    if scheme in UNIFORM_SCHEMES:
        if base_uniform is None or base_uniform.shape != shape:
            raise ValueError("uniform schemes need a U(-1, 1) base matrix of the weight shape")
        return np.multiply(base_uniform, np.float32(math.sqrt(3.0) * std), out=out)
    if base_normal is None or base_normal.shape != shape:
        raise ValueError("Gaussian schemes need a standard-normal base matrix of the weight shape")
    if scheme == "orthogonal":
        return orthogonalize(base_normal)
    return np.multiply(base_normal, np.float32(std), out=out)


def init_weights(
    scheme: str,
    fan_in: int,
    fan_out: int,
    rng: np.random.Generator,
    *,
    activation: str = "relu",
    settings: SchemeSettings | None = None,
) -> NDArray[np.float32]:
    """Draw a ``(fan_in, fan_out)`` float32 weight matrix with ``rng``.

    Examples
    --------
    >>> w = init_weights("kaiming_normal", 500, 500, np.random.default_rng(0))
    >>> round(float(w.std() ** 2 * 500), 1)
    2.0
    """
    shape = (fan_in, fan_out)
    s = settings or SchemeSettings()
    normal = uniform = None
    if scheme in UNIFORM_SCHEMES:
        uniform = rng.uniform(-1.0, 1.0, size=shape).astype(np.float32)
    elif scheme not in ("zeros", "constant"):
        normal = rng.standard_normal(shape, dtype=np.float32)
    return scheme_weights(scheme, normal, uniform, shape, fan_in, fan_out, activation=activation, settings=s)
