"""Activation functions in float32 for the depth experiment: forward, local gradient, statistics."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from lab.special import expit

ACTIVATIONS: tuple[str, ...] = ("tanh", "relu", "leaky_relu", "sigmoid", "elu", "selu", "linear")

ACTIVATION_LABELS: dict[str, str] = {
    "tanh": "tanh",
    "relu": "ReLU",
    "leaky_relu": "Leaky ReLU",
    "sigmoid": "sigmoid",
    "elu": "ELU",
    "selu": "SELU",
    "linear": "linear",
}

SELU_LAMBDA = 1.0507009873554805
SELU_ALPHA = 1.6732632423543772

#: |tanh(z)| above this counts as saturated (local gradient 1 − h² < 0.0591).
TANH_SATURATION = 0.97
#: |σ(z) − 0.5| above this counts as saturated (local gradient σ(1 − σ) < 0.0291).
SIGMOID_SATURATION = 0.47
#: ELU/SELU count as saturated on the flat negative branch, e^z < 0.03.
ELU_SATURATION_Z = float(np.log(0.03))

F32 = np.float32


def check_activation(name: str) -> None:
    """Raise ``ValueError`` for an unknown activation name."""
    if name not in ACTIVATIONS:
        raise ValueError(f"unknown activation {name!r} (known: {', '.join(ACTIVATIONS)})")


def activate(z: NDArray[np.float32], name: str, *, slope: float = 0.01, alpha: float = 1.0) -> NDArray[np.float32]:
    """Return ``f(z)`` as a new float32 array.

    Parameters
    ----------
    z : ndarray of float32
        Pre-activations; may contain ``inf`` (the caller checks finiteness first).
    name : str
        One of :data:`ACTIVATIONS`.
    slope : float
        Negative slope of Leaky ReLU.
    alpha : float
        α of ELU (SELU uses its fixed constants).
    """
    check_activation(name)
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, F32(0.0))
    if name == "leaky_relu":
        return np.where(z > 0, z, z * F32(slope))
    if name == "sigmoid":
        return expit(z)
    if name in ("elu", "selu"):
        a = F32(alpha if name == "elu" else SELU_ALPHA)
        neg = np.expm1(np.minimum(z, F32(0.0)))
        neg *= a
        out = np.where(z > 0, z, neg)
        if name == "selu":
            out *= F32(SELU_LAMBDA)
        return out
    return z.copy()


def local_grad_from_output(
    h: NDArray[np.float32], name: str, *, slope: float = 0.01, alpha: float = 1.0
) -> NDArray[np.float32]:
    """Return ``f'(z)`` computed from the output ``h = f(z)`` (so ``z`` need not be stored).

    ReLU uses ``f'(0) = 0`` like PyTorch; ``h > 0`` is equivalent to ``z > 0`` for every
    activation here.
    """
    check_activation(name)
    if name == "tanh":
        g = h * h
        np.subtract(F32(1.0), g, out=g)
        return g
    if name == "sigmoid":
        g = F32(1.0) - h
        g *= h
        return g
    if name == "relu":
        return (h > 0).astype(np.float32)
    if name == "leaky_relu":
        return np.where(h > 0, F32(1.0), F32(slope))
    if name == "elu":
        return np.where(h > 0, F32(1.0), h + F32(alpha))
    if name == "selu":
        lam = F32(SELU_LAMBDA)
        return np.where(h > 0, lam, h + F32(SELU_LAMBDA * SELU_ALPHA))
    return np.ones_like(h)


def saturated_count(h: NDArray[np.float32], name: str, *, alpha: float = 1.0) -> int:
    """Number of saturated outputs: |tanh| > 0.97, |σ − 0.5| > 0.47, ELU/SELU with e^z < 0.03.

    ReLU, Leaky ReLU and linear units never saturate (a ReLU at 0 is *dead*, counted apart).
    """
    check_activation(name)
    if name == "tanh":
        return int(np.count_nonzero(np.abs(h) > F32(TANH_SATURATION)))
    if name == "sigmoid":
        return int(np.count_nonzero(np.abs(h - F32(0.5)) > F32(SIGMOID_SATURATION)))
    if name in ("elu", "selu"):
        # h = c·(e^z − 1) on the negative branch, so e^z < 0.03  <=>  h < c·(0.03 − 1).
        c = alpha if name == "elu" else SELU_LAMBDA * SELU_ALPHA
        return int(np.count_nonzero(h < F32(c * (0.03 - 1.0))))
    return 0


def dead_count(h: NDArray[np.float32], name: str) -> int:
    """Number of ReLU outputs that are exactly 0 (no gradient flows through them)."""
    if name != "relu":
        return 0
    return int(h.size - np.count_nonzero(h))
