"""Float32 activation kernels for deep nets: forward, local gradient from the output, counts.

The definitions (names, labels, SELU's constants) are those of :mod:`lab.activations.functions`;
this module adds the in-place float32 kernels that the depth experiment's and the training
panel's megabyte-sized layers need (``h`` is a layer's output, so ``z`` need not be stored).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from lab.activations.functions import ACTIVATIONS as _FUNCTIONS
from lab.activations.functions import SELU_ALPHA, SELU_LAMBDA
from lab.special import expit

ACTIVATIONS: tuple[str, ...] = ("tanh", "relu", "leaky_relu", "sigmoid", "elu", "selu", "linear")

ACTIVATION_LABELS: dict[str, str] = {name: _FUNCTIONS[name].label if name in _FUNCTIONS else name
                                     for name in ACTIVATIONS}

__all__ = ["ACTIVATIONS", "ACTIVATION_LABELS", "SELU_ALPHA", "SELU_LAMBDA", "activate", "check_activation",
           "dead_count", "local_grad_from_output", "saturated_count"]

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


def activate(
    z: NDArray[np.float32], name: str, *, slope: float = 0.01, alpha: float = 1.0, out: NDArray[np.float32] | None = None
) -> NDArray[np.float32]:
    """Return ``f(z)`` as a float32 array (new, or ``out``, which may be ``z`` itself).

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
    out : ndarray of float32, optional
        Where to write the result; ``out=z`` works in place (tanh, ReLU and linear without
        any temporary: a deep net's layers are megabytes, and temporaries fault in pages).
    """
    check_activation(name)
    if name == "tanh":
        return np.tanh(z, out=out)
    if name == "relu":
        return np.maximum(z, F32(0.0), out=out)
    if name == "linear":
        if out is None:
            return z.copy()
        np.copyto(out, z)
        return out
    if name == "leaky_relu":
        result = np.where(z > 0, z, z * F32(slope))
    elif name == "sigmoid":
        result = expit(z)
    else:  # elu, selu
        a = F32(alpha if name == "elu" else SELU_ALPHA)
        neg = np.expm1(np.minimum(z, F32(0.0)))
        neg *= a
        result = np.where(z > 0, z, neg)
        if name == "selu":
            result *= F32(SELU_LAMBDA)
    if out is None:
        return result
    np.copyto(out, result)
    return out


def local_grad_from_output(
    h: NDArray[np.float32],
    name: str,
    *,
    slope: float = 0.01,
    alpha: float = 1.0,
    out: NDArray[np.float32] | None = None,
) -> NDArray[np.float32]:
    """Return ``f'(z)`` computed from the output ``h = f(z)`` (so ``z`` need not be stored).

    ReLU uses ``f'(0) = 0`` like PyTorch; ``h > 0`` is equivalent to ``z > 0`` for every
    activation here.  The result goes to ``out`` when given (it must not be ``h``).
    """
    check_activation(name)
    if out is None:
        out = np.empty_like(h)
    if name == "tanh":
        np.multiply(h, h, out=out)
        np.subtract(F32(1.0), out, out=out)
    elif name == "sigmoid":
        np.subtract(F32(1.0), h, out=out)
        out *= h
    elif name == "relu":
        np.greater(h, F32(0.0), out=out)  # True/False → 1.0/0.0
    elif name == "leaky_relu":
        np.copyto(out, np.where(h > 0, F32(1.0), F32(slope)))
    elif name == "elu":
        np.copyto(out, np.where(h > 0, F32(1.0), h + F32(alpha)))
    elif name == "selu":
        np.copyto(out, np.where(h > 0, F32(SELU_LAMBDA), h + F32(SELU_LAMBDA * SELU_ALPHA)))
    else:
        out.fill(F32(1.0))
    return out


def saturated_count(h: NDArray[np.float32], name: str, *, alpha: float = 1.0) -> int:
    """Number of saturated outputs: |tanh| > 0.97, |σ − 0.5| > 0.47, ELU/SELU with e^z < 0.03.

    ReLU, Leaky ReLU and linear units never saturate (a ReLU at 0 is *dead*, counted apart).
    """
    check_activation(name)
    if name not in ("tanh", "sigmoid", "elu", "selu"):
        return 0
    # one boolean temporary per call: as fast as reused buffers on AVX2 and AVX-512 alike
    if name in ("elu", "selu"):
        # h = c·(e^z − 1) on the negative branch, so e^z < 0.03  <=>  h < c·(0.03 − 1).
        c = alpha if name == "elu" else SELU_LAMBDA * SELU_ALPHA
        return int(np.count_nonzero(h < F32(c * (0.03 - 1.0))))
    if name == "tanh":
        return int(np.count_nonzero(np.abs(h) > F32(TANH_SATURATION)))
    return int(np.count_nonzero(np.abs(h - F32(0.5)) > F32(SIGMOID_SATURATION)))


def dead_count(h: NDArray[np.float32], name: str) -> int:
    """Number of ReLU outputs that are exactly 0 (no gradient flows through them)."""
    if name != "relu":
        return 0
    return int(h.size - np.count_nonzero(h))
